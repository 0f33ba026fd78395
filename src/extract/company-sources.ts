/**
 * Company candidates read from the shape of a page, in any language (a page's title: company-page-title.ts):
 * - a careers heading that names the employer ("Careers at Acme",
 *   "Karriere bei der Nordlicht GmbH");
 * - a name heading: a short first heading that is no role, no section and
 *   no place, which the text repeats ("# Brightwave" … "Brightwave builds");
 * - names with a legal form (tables/companies.ts: "Acme GmbH", "Kodex Sp. z
 *   o.o.", "ООО «Ромашка»", "株式会社サンプル", "北京星辰科技有限公司"), each line a
 *   mention, so a name written on several lines adds up;
 * - copyright lines ("© 2024 Acme GmbH").
 * A job board or an ATS (tables/companies.ts jobBoards) is never the company.
 */
import type { ExtractContext } from './context.js';
import { careersAtHeadings, cjkLegalForms, cjkNameLeadIns, companyLabels, jobBoards, legalFormsAfter, legalFormsBefore, weAreWords } from './tables/companies.js';
import { isGenericHeading, looksLikeJobTitle } from './title.js';
import { titleLabels } from './tables/titles.js';
import { teamWords } from './tables/company-names.js';
import { sectionKindOf } from './sections.js';
import { placesIn } from './location.js';
import { CITY_AND_REGION } from './title-place.js';
import { alternation, filterable, lazily } from './text.js';
import { namesWithTail } from './match/name-mentions.js';
import { tableRowAsLabel, valueUnderHeading } from './label-lines.js';
import { namesEmployer } from './company-lines.js';
import { keywordBit, keywordGroup, lineKeywords, type KeywordGroup } from './tree.js';

export type AddCompany = (name: string, line: number, rule: string, text: string, confidence: number, source?: 'structured' | 'heading' | 'body') => void;

const BOARDS = new Set(jobBoards);
const JOB_WORDS = /\s+(?:careers?|jobs?|karriere|carrières?|empleos?|vagas|vacatures|kariera|вакансии|採用情報|招聘)$/iu;

/** "Acme Careers", "Nordlicht Jobs" -> the name without the careers word after it (a page title's part; the pattern stays
 * unexported: on a long run of spaces it is quadratic, and the parts it reads are short). */
export const withoutJobWords = (part: string): string => part.replace(JOB_WORDS, '');

/** "Indeed.com", "HH.ru", "LinkedIn Jobs", "Welcome to the Jungle": a job board's or an ATS's name. */
export function isJobBoard(name: string): boolean {
  const key = name.trim().replace(JOB_WORDS, '').toLowerCase().replace(/\.(?:com|net|org|io|co|ru|ua|pl|cz|sk|de|fr|es|br|in|jp|cn|kr|uk|co\.uk|com\.br)$/u, '').replace(/[^\p{L}\p{N}]+/gu, '');
  return BOARDS.has(key);
}

/** "Careers at Acme", "Karriere bei der X": a careers heading naming the employer (tables/companies.ts careersAtHeadings). */
export const CAREERS_AT = new RegExp(`^(?:${alternation(careersAtHeadings)})\\s+(?:(?:the|der|die|das|la|le|el|o|a)\\s+)?(\\S.{0,60})$`, 'iu');

/** A team word after a name ("Unbody Team", "Acme-Team"). */
const TEAM_TAIL = new RegExp(`[\\s-]+(?:${alternation(Object.values(teamWords).flat())})$`, 'u');
const HEADING_AT_SIGN = /\s@\s+(\p{Lu}[\p{L}\p{N}.&+-]{1,40}(?:\s\p{Lu}[\p{L}\p{N}.&+-]{1,40}){0,2})\s*(?:\(.*\))?$/u;

/** A legal form after a name ("Acme GmbH"): the name is still written on its own. */
const LEGAL_FORM_AFTER = `(?:${alternation(legalFormsAfter)})(?![\\p{L}\\p{N}])`;
/** A heading's name ends a word, and no capitalised word but a legal form follows it: one pattern for every name (match/name-mentions.ts). */
const headingNameEnd = lazily(() => new RegExp(`(?![\\p{L}\\p{N}])(?![ -](?!${LEGAL_FORM_AFTER})\\p{Lu}\\p{Ll})`, 'uy'));

/** "Careers at Acme" (0.75) and a name heading the text repeats (0.6). */
export function headingCompany(ctx: ExtractContext, add: AddCompany): void {
  const title = ctx.fields.title?.toLowerCase();
  for (const heading of ctx.headings.slice(0, 6)) {
    const text = heading.text.replace(/[*_#]+/g, '').trim();
    const careers = CAREERS_AT.exec(text.replace(/[!.]+$/, ''));
    // "Join Unbody Team", "Join the Acme-Team": the team is the company's, its word no part of the name.
    const named = careers?.[1]!.replace(TEAM_TAIL, '');
    if (careers && named && !/^\p{Ll}/u.test(named) && !looksLikeJobTitle(named)) add(named, heading.line, 'heading.careers-at', heading.text, 0.75, 'heading');
    // "Work @ OsmSec", "Hiring @ Shippo (WIP)", "A day as Frontend Developer @ VI Company": "@" read as "at".
    const at = text.includes('@') ? HEADING_AT_SIGN.exec(text) : null;
    if (at && !looksLikeJobTitle(at[1]!) && !placesIn(at[1]!).length) add(at[1]!, heading.line, 'heading.at-sign', heading.text, 0.7, 'heading');
  }
  const first = ctx.headings[0];
  if (!first || first.depth > 2) return;
  const name = first.text.trim();
  if (!/^\p{Lu}/u.test(name) || name.split(/\s+/).length > 4 || name.length > 40 || /[.:!?。！？]$/u.test(name) || name.toLowerCase() === title) return;
  if (looksLikeJobTitle(name) || isGenericHeading(name) || sectionKindOf(name) !== 'other' || placesIn(name).length) return;
  // "# Open" over "Open Source", "Open Educational Resources": a word that only begins longer capitalised names is not repeated as a name.
  const tail = headingNameEnd();
  const repeated = ctx.text.filter((line) => line.line !== first.line && line.plain.includes(name) && namesWithTail(line.plain, name, tail).length > 0).length;
  if (repeated >= 1) add(name, first.line, 'heading.name', first.text, 0.6, 'heading');
}

// A name: one to four capitalised words (or "&", "and", "of"), then a legal form that ends there.
const NAME_WORDS = String.raw`\p{Lu}[\p{L}\p{N}&'’.-]*(?:[ ](?:\p{Lu}[\p{L}\p{N}&'’.-]*|&|and|und|of|de|et)){0,3}`;
const AFTER = new RegExp(`(${NAME_WORDS}),?[ ](?:${alternation(legalFormsAfter)})(?![\\p{L}\\p{N}])`, 'gu');
/** What AFTER needs: a space, a legal form as written, then no letter or digit. */
const FORM_AFTER_SPACE = new RegExp(`[ ](?:${alternation(legalFormsAfter)})(?![\\p{L}\\p{N}])`, 'u');
export const AFTER_FORM = new RegExp(`,?[ ](${alternation(legalFormsAfter)})$`, 'u');
const BEFORE = new RegExp(`(?<![\\p{L}])(?:${alternation(legalFormsBefore)})[ ]?[«"“„]([^»"”“]{2,40})[»"”“]`, 'gu');
const CJK_RUN = String.raw`[\p{Script=Han}\p{Script=Katakana}\p{Script=Hangul}A-Za-z0-9ー・&＆]`;
const CJK = new RegExp(`(?:${alternation(cjkLegalForms)})${CJK_RUN}{1,20}|${CJK_RUN}{1,16}(?:${alternation(cjkLegalForms)})`, 'gu');
const CJK_LEAD_IN = new RegExp(`^(?:${alternation(cjkNameLeadIns)})+`, 'u');
// Case-sensitive on purpose: with the i flag, \p{Lu} would match any letter. A Chinese or Japanese holder has no capital:
// it opens with a Han or Katakana character ("© 2024 株式会社ノルドリヒト", "版权所有 © 北辰科技有限公司"), and "版权所有" ends it.
export const COPYRIGHT = /(?:©|\([cC]\)|[Cc]opyright|COPYRIGHT)\s*(?:©|\([cC]\))?\s*(?:\d{4}(?:\s*[-–]\s*\d{4})?\s*)?,?\s*((?:\p{Lu}|\p{Script=Han}|\p{Script=Katakana})[^|•·\n]{1,60}?)(?=\s*(?:[|•·]|\.(?:\s|$)|[Aa]ll [Rr]ights|ALL RIGHTS|[Aa]lle [Rr]echte|[Tt]ous [Dd]roits|[Tt]odos los [Dd]erechos|版权所有|版權所有|著作權所有|無断転載|$))/u;
// Lowercase words that would make a legal-form match a sentence, not a name ("Because AG").
// "Jsme AdInternet s.r.o.", "We are Acme Ltd": the words of "we are" (tables/companies.ts) too.
const SENTENCE_START = new RegExp(`^(?:${alternation([...Object.values(weAreWords).flat(), 'The', 'A', 'An', 'Our', 'We', 'At', 'In', 'For', 'With', 'By', 'From', 'Die', 'Der', 'Das', 'Bei', 'Für', 'Mit', 'Von', 'Le', 'La', 'Les', 'El', 'Los', 'En', 'Con', 'Por', 'O', 'Na', 'Do', 'W', 'Z', 'Als', 'As',
  // ru, uk, bg "in", "at", "with", "on", "for" at a sentence's start ("В Acme LLC мы ищем …")
  'В', 'Во', 'У', 'С', 'Со', 'На', 'Для'])})\\s+(?=\\p{Lu})`, 'u');

/*
 * Names with a legal form count 0.5 a line, two lines at most. A page that
 * names two or more such organisations (a job board listing other
 * employers, a client and its agency) leaves the company to the other
 * sources, and its copyright line is the site's, not an employer's.
 */
export interface LegalFormMention { name: string; line: number; text: string }

// Every legal-form pattern needs its form written out (AFTER with a space before it): the keyword scan of
// the lines (lower-cased, index.ts) skips the lines that have none, since the patterns try every position.
const legalFormWords = [...legalFormsAfter.map((form) => ` ${form}`), ...legalFormsBefore, ...cjkLegalForms];
/** The keyword group of the legal forms, or null (every line tried) should a form not scan lower-cased. */
export const LEGAL_FORM_WORDS: KeywordGroup | null = legalFormWords.every(filterable) ? keywordGroup(legalFormWords.map((word) => word.toLowerCase())) : null;

/** Every name with a legal form in the text, one entry per line that writes it. */
export function legalFormMentions(ctx: ExtractContext): LegalFormMention[] {
  const found: LegalFormMention[] = [];
  const masks = lineKeywords(ctx);
  const bit = keywordBit(ctx, LEGAL_FORM_WORDS);
  ctx.text.forEach((line, index) => {
    if (index > 0) for (const name of wrappedLegalFormNames(ctx.text[index - 1]!.plain, line.plain)) found.push({ name, line: line.line, text: line.plain });
    if (bit !== 0 && (masks[index]! & bit) === 0) return;
    for (const name of legalFormNamesIn(line.plain)) found.push({ name, line: line.line, text: line.plain });
  });
  return found.filter((f) => !isJobBoard(f.name.replace(AFTER_FORM, '')));
}

/** The names with a legal form that one line writes, in pattern order (none for a line over 2,000 characters). */
export function legalFormNamesIn(plain: string): string[] {
  const names: string[] = [];
  if (plain.length > 2000) return names;
  // "Pty Ltd", "Co., Ltd.": a legal form's own words are no name (the name may end the line before).
  // Each pattern runs only where the line writes what it needs (" as" passes the keyword scan on most English lines; a form as written, after a space, on few).
  if (FORM_AFTER_SPACE.test(plain)) for (const match of plain.matchAll(AFTER)) if (isNamedForm(match)) names.push(match[0].replace(SENTENCE_START, ''));
  if (legalFormsBefore.some((form) => plain.includes(form))) for (const match of plain.matchAll(BEFORE)) names.push(match[0]);
  if (cjkLegalForms.some((form) => plain.includes(form))) for (const match of plain.matchAll(CJK)) names.push(match[0].replace(CJK_LEAD_IN, ''));
  return names;
}

/** legalFormNamesIn without its tests before each pattern: the plain reading it is held to. */
export function legalFormNamesInPlain(plain: string): string[] {
  const names: string[] = [];
  if (plain.length > 2000) return names;
  for (const match of plain.matchAll(AFTER)) if (isNamedForm(match)) names.push(match[0].replace(SENTENCE_START, ''));
  for (const match of plain.matchAll(BEFORE)) names.push(match[0]);
  for (const match of plain.matchAll(CJK)) names.push(match[0].replace(CJK_LEAD_IN, ''));
  return names;
}

/** A name before its legal form: no job title, no legal form's own words, no city before its state's code ("Reno, NV", "Calgary, AB"). */
const isNamedForm = (match: RegExpMatchArray): boolean => !looksLikeJobTitle(match[1]!) && !isLegalFormWords(match[1]!) && !CITY_AND_REGION.test(match[0]);
const LEGAL_FORM_WORDS_SET = new Set(legalFormsAfter.flatMap((form) => form.split(' ')).map((word) => word.replace(/,$/, '')));
export const isLegalFormWords = (name: string): boolean => name.split(/[\s,]+/).filter(Boolean).every((word) => LEGAL_FORM_WORDS_SET.has(word));
const STARTS_WITH_FORM = new RegExp(`^\\(?(?:${alternation(legalFormsAfter)})(?![\\p{L}\\p{N}])`, 'u');

/** A name broken over two lines ("… (Gani Software" / "Pty Ltd) …"): the previous line's last words, then the line. */
export function wrappedLegalFormNames(previous: string, plain: string): string[] {
  if (!STARTS_WITH_FORM.test(plain)) return [];
  const tail = previous.trimEnd().split(/\s+/).slice(-4).join(' ').replace(/^.*\(/u, '');
  return legalFormNamesIn(`${tail} ${plain}`).filter((name) => !plain.includes(name));
}

/** How many organisations the mentions name: two or more is a page about several employers. */
export const organisationCount = (mentions: LegalFormMention[]): number => new Set(mentions.map((f) => f.name.toLowerCase().replace(/[.,\s]+$/u, ''))).size;

/** Names with a legal form: a candidate per line, two at most, when the page names one such organisation only. */
export function legalFormCompanies(mentions: LegalFormMention[], add: AddCompany): void {
  if (organisationCount(mentions) !== 1) return;
  for (const mention of mentions.slice(0, 2)) add(mention.name, mention.line, 'text.legal-form', mention.text, 0.5);
}

/** "© 2024 Acme GmbH. All rights reserved.": the holder of a page's copyright, with a legal form more surely a company. */
export function copyrightCompany(ctx: ExtractContext, mentions: LegalFormMention[], add: AddCompany): void {
  if (organisationCount(mentions) > 1) return;
  for (const line of ctx.text.slice(-40)) {
    if (!/©|\(c\)|copyright/iu.test(line.plain)) continue;
    // "© VINDAZO 2003-2025": a year after the name is no part of it.
    const holder = COPYRIGHT.exec(line.plain)?.[1]?.replace(/,?\s*\d{4}(?:\s*[-–]\s*\d{4})?$/u, '').trim();
    if (holder && /\d/.test(holder)) continue;
    if (!holder || isJobBoard(holder) || holder.split(/\s+/).length > 6 || looksLikeJobTitle(holder) || cjkHolderLacksForm(holder)) continue;
    // "© 2024 Kodex Sp. z o.o.": a legal form with dots and spaces of its own ends the name, not its first dot.
    const holderWithForm = mentions.find((mention) => mention.line === line.line && mention.name.startsWith(`${holder}.`))?.name;
    // "Acme Ltd. All rights reserved": the dot of an abbreviated legal form is the name's, not the sentence's.
    const name = holderWithForm ?? (AFTER_FORM.exec(`${holder}.`)?.[1]?.endsWith('.') && line.plain.includes(`${holder}.`) ? `${holder}.` : holder);
    add(name, line.line, 'text.copyright', line.plain, AFTER_FORM.test(name) ? 0.7 : 0.6);
  }
}

const LABELS = Object.values(companyLabels).flat();
const LABEL_SET = new Set(LABELS);
const LABELLED = new RegExp(`^(?:${alternation(LABELS)})\\s*[:：]\\s*(\\S.{0,80})$`, 'iu');
/** "Company: Acme", "**Unternehmen:** X", "| Company | Acme |", and a "### Company name" heading over the name (GitHub issue forms): 0.85. */
export function labelledCompany(ctx: ExtractContext, add: AddCompany): void {
  for (const [index, line] of ctx.text.slice(0, 40).entries()) {
    const label = tableRowAsLabel(ctx.text, index, line.plain.trim());
    // LABELLED needs a colon: most lines have none, and its case-insensitive alternation is slow to fail.
    const labelled = label.includes(':') || label.includes('：') ? LABELLED.exec(label) : null;
    // "Company: a fast-growing logistics firm in Leeds" describes the employer without naming it: the label-alone pair's check.
    if (labelled && namesEmployer(labelled[1]!)) add(labelled[1]!, line.line, 'text.labelled-line', line.plain, 0.85, 'body');
  }
  for (const heading of ctx.headings) {
    if (!LABEL_SET.has(heading.text.replace(/[*_:：]+/gu, '').trim().toLowerCase())) continue;
    const next = valueUnderHeading(ctx, heading.line);
    if (next) add(next.plain, next.line, 'heading.label', `${heading.text}: ${next.plain}`, 0.85, 'heading');
  }
}

/** A title without its bracketed tags ("[ZUM] Backend" -> "backend"), lower case, spaces folded. */
const titleKey = (text: string): string => text.replace(/\[[^\]]*\]|\([^)]*\)/gu, ' ').replace(/\s+/gu, ' ').trim().toLowerCase();
const TITLE_LABELS = new Set(Object.values(titleLabels).flat());
const PAIR_SEPARATOR = /\s+[-–—|@·]\s+|\s+at\s+/u;

/**
 * A line that pairs the posting's title with a name, as boards link a posting
 * ("[Acme - Backend Engineer](…)", "Backend Engineer | Acme"): the other part
 * names the company (0.6) when it is short and no title, place or remote word.
 */
export function titlePairCompany(ctx: ExtractContext, add: AddCompany): void {
  const title = ctx.fields.title ? titleKey(ctx.fields.title) : '';
  if (title.length < 4) return;
  // "서버 개발자 - 당근페이 플랫폼": a title with a part after a separator is linked by its head alone ("[당근마켓 - 서버 개발자]").
  const head = title.split(PAIR_SEPARATOR)[0]!;
  for (const line of ctx.text) {
    const text = line.plain.trim();
    // The title's own line ("Backend Engineer - Payments Platform") pairs its head with its tail, not with a name.
    if (text.length > 120 || !PAIR_SEPARATOR.test(text) || titleKey(text) === title) continue;
    const parts = text.split(PAIR_SEPARATOR).map((part) => part.trim());
    if (parts.length !== 2) continue;
    const same = (part: string): boolean => {
      const key = titleKey(part);
      return (key.length >= title.length / 2 && title.startsWith(key)) || (head !== title && head.length >= 4 && key === head);
    };
    const other = same(parts[0]!) ? parts[1]! : same(parts[1]!) ? parts[0]! : undefined;
    // "Role - Growth Manager": a label of the title, not a name; "[São Luís] - X": a tag in square brackets is a label too.
    if (!other || TITLE_LABELS.has(other.toLowerCase()) || /^\[[^[\]]*\]$/u.test(other) || isGenericHeading(other) || other.split(/\s+/).length > 4 || /\d|remote|hybrid/iu.test(other) || same(other) || looksLikeJobTitle(other) || placesIn(other).length) continue;
    add(other, line.line, 'text.title-pair', text, 0.6);
  }
}

/** A Chinese or Japanese copyright holder without a legal form is a place or the site's own word ("上海", "本网站", "採用情報サイト"), no employer (review26c). */
export function cjkHolderLacksForm(holder: string): boolean {
  return /^[\p{Script=Han}\p{Script=Katakana}]/u.test(holder) && !cjkLegalForms.some((form) => holder.includes(form));
}
