/**
 * Title, chosen from candidates (candidates.ts). Each source proposes what it
 * reads, cleaned (title-clean.ts), with a confidence:
 * - a front matter key (title, position, job_title, roles…)         0.95
 * - a JSON-LD JobPosting's title                                      0.9
 * - a labelled line near the top ("Position: X", "ВАКАНСИЯ: X")        0.9
 * - a title label alone on its line over its value (a <dt>, a header cell) 0.85
 * - the first H1 that reads like a job title                         0.85
 * - a header line of separated parts ("elvex - Senior Engineer - $150k - Remote",
 *   "X - Utrecht - Indeed.com"): the part that reads like a title     0.75
 * - an HTML page's og:title / <title>, its part that reads like a title 0.75 / 0.7
 * - an H2/H3 that reads like a job title (later ones less)            0.7
 * - a short title-like line of a paste with no headings                0.6
 * - a role phrase naming a title word ("we're looking for a X")       0.6
 * - a link alone on its line that reads like a title (a job card's)  0.55
 * - an H1 that does not read like a job title                         0.5
 * - the file name, when it reads like a job title                     0.3
 * A careers page's own heading ("Careers", "Nous recrutons !", "採用情報")
 * is never proposed (tables/titles.ts). The winner's hints (a company or
 * place split off the title) go to ctx.hints.
 */
import path from 'node:path';
import type { Candidate } from './candidates.js';
import { settle } from './candidates.js';
import { frontmatterLine, frontmatterValue, lineForms, type ExtractContext, type Hints, type TextLine } from './context.js';
import { fieldKeys } from './tables/field-keys.js';
import { cleanTitle, isGenericHeading, isPageLabel, looksLikeJobTitle, namesRole } from './title-clean.js';
import { titleLabels } from './tables/titles.js';
import { isOtherJobsHeading } from './title-page-names.js';
import { sectionKindOf } from './sections.js';
import { alternation } from './text.js';
import { jsonLdText, structuredValues } from './page-meta.js';
import { tableRowAsLabel, valueUnderHeading } from './label-lines.js';
import { sameTitle, tooLongForTitle } from './title-evidence.js';
import { scoreTitleCandidates } from './title-score.js';
import { placesIn } from './location.js';
import { speaksToSomeone } from './title-speaker.js';
import { namesOnlyWorkload } from './title-edges.js';
import { isTitleLabel, titleUnderCareersHeading, valueUnderLabel } from './title-label.js';
import { isImageHeading } from './company-logo.js';
import { keywordBit, lineKeywords } from './tree.js';
import { rolePhraseTitle, ROLE_LEAD_WORDS, CJK_ROLE_WORDS, cjkRolePhraseTitleFast } from './title-role-phrase.js';

export { cleanTitle, isGenericHeading, isPageLabel, looksLikeJobTitle } from './title-clean.js';
export { CJK_ROLE_WORDS, cjkRolePhraseTitle, cjkRolePhraseTitleFast, ROLE_LEAD_WORDS, rolePhraseTitle } from './title-role-phrase.js';

// "titel": de, nl, sv, da, no for "title" (a German site's front matter "titel: Physiotherapeutin" beside a contact's "position:").
// "puesto", "cargo": es, pt for "position" (a site's front matter "puesto: Anticorrupción" beside "category: internships").
// The keys of the title, shared with data items (tables/field-keys.ts).
const TITLE_KEYS = fieldKeys.title;
/** How far from the top a labelled line, a header line or a role phrase is looked for. */
const TOP_LINES = 40;

const EMOJI = /[\p{Extended_Pictographic}\u{1F1E6}-\u{1F1FF}\uFE0F\u200D]/gu;
// "Position<TAB>Data Engineer": a two-cell table row copied as text keeps a tab between the label and its value, as "| Position | X |" keeps
// a bar; a row of more cells (a sheet's header "Position<TAB>Company<TAB>Place") is no label and value.
const LABELLED = new RegExp(`^(?:${alternation(Object.values(titleLabels).flat())})(?:[-‐][\\p{L}]{2,12})?\\s*[:：]\\s*(\\S.*)$`, 'iu');
const TABBED = new RegExp(`^(?:${alternation(Object.values(titleLabels).flat())}) {0,3}\\t[ \\t]*(\\S[^\\t]*)$`, 'iu');
const BOLD_LINE = /^(?:\*\*[^*]{2,100}\*\*|__[^_]{2,100}__)$/u;
// "[Safety Engineer](#)", "[ Продавец-консультант ](#vacancy-one)": a line that is one link and nothing else.
const LINK_LINE = /^\[\s*([^[\]]{2,100}?)\s*\]\([^()\s]*\)$/u;
const LIST_MARK = /^\s*(?:[-*+•]|\d{1,2}[.)])\s/u;

interface TitleCandidate extends Candidate<string> { hints: Hints }

/** Set the title from the best candidate. */
export function extractTitle(ctx: ExtractContext): void {
  const candidates: TitleCandidate[] = [];
  const propose = (raw: string, source: Candidate<string>['source'], rule: string, line: number, confidence: number, given: Hints = {}): void => {
    if (isGenericHeading(raw) || isPageLabel(raw) || isQuestion(raw)) return;
    const hints: Hints = { ...given };
    const value = cleanTitle(raw, hints, line, ctx);
    if (value && !isGenericHeading(value)) candidates.push({ value, source, rule, line, text: raw, confidence, hints });
  };

  // Every key that holds a string ("position" may be a map holding "title"), the first most trusted: the others stand in when it is cut, never rival it
  // (over CLOSE below, so two keys that word one title differently raise no conflict); a title given as two or three lines is one title.
  // A key stating only the extent is none ("position: 100% fast"), unless its word names a role too ("Стажер", "Intern": a data item's title).
  const fromFrontmatter = TITLE_KEYS.map((key) => frontmatterValue(ctx, [key])).map((found) => found && { key: found.key, text: titleText(found.key, found.value) })
    .filter((found) => found?.text !== undefined && !(namesOnlyWorkload(found.text) && !namesRole(found.text)));
  fromFrontmatter.forEach((found, index) => propose(found!.text!, 'frontmatter', `frontmatter.${found!.key}`, frontmatterLine(ctx, found!.key), index === 0 ? 0.95 : 0.85));
  // "Weekend Gallery Attendant - PT - Lindenhof Town Museum of Art": a key's value too long for a title, of parts as a header line
  // has them (below), gives its one part that reads like a title; the whole would be dropped as a headline.
  for (const found of fromFrontmatter) {
    const part = tooLongForTitle(found!.text!) ? headerLinePart(found!.text!) : undefined;
    if (part) propose(part.title, 'frontmatter', `frontmatter.${found!.key}-part`, frontmatterLine(ctx, found!.key), 0.8);
  }

  // Only a page with one JobPosting says which job it is.
  for (const found of structuredValues(ctx.page, 'title')) {
    const title = jsonLdText(found.value);
    if (title) propose(title, 'structured', found.rule, found.line, 0.9);
  }

  const top = ctx.text.slice(0, TOP_LINES);
  for (const [index, line] of top.entries()) {
    const label = tableRowAsLabel(top, index, line.plain.replace(EMOJI, '').trim());
    // LABELLED needs a colon: most lines have none, and its case-insensitive alternation is slow to fail.
    // The line's plain form has its tabs made spaces: a tab is looked for in its text.
    const labelled = label.includes(':') || label.includes('：') ? LABELLED.exec(label) : line.text.includes('\t') ? TABBED.exec(line.text.trim()) : null;
    const labelValue = labelled?.[1]?.trim();
    if (labelValue && labelValue.length <= 120 && !namesOnlyWorkload(labelValue)) propose(labelValue, 'header-line', 'text.labelled-line', line.line, 0.9);
    // "<dt>Position</dt><dd>Data Engineer</dd>", "**Job Title:**" over its value: the label alone on its line, the title on the next.
    // A label heading's value is read below (heading.label); an HTML page's lines may all share one source line.
    const value = labelled || /^#{1,6}\s/u.test(line.text) ? undefined : valueUnderLabel(top, index);
    if (value) propose(value.plain, 'header-line', 'text.label-over-value', value.line, 0.85);
  }
  // "**Senior Rust Engineer**" on a line of its own: a title set in bold (0.7, as an H2); several of them list other jobs.
  const bold = top.filter((line) => BOLD_LINE.test(line.text.trim()) && line.plain.length <= 100 && !/[:：]$/u.test(line.plain) && looksLikeJobTitle(line.plain));
  // A bold hiring sentence ("**Buscamos abogados para A Coruña y …**") names its role where a role phrase does.
  if (new Set(bold.map((line) => line.plain.toLowerCase())).size === 1) propose(rolePhraseTitle(bold[0]!.plain) ?? bold[0]!.plain, 'heading', 'text.bold-line', bold[0]!.line, 0.7);
  // "[Safety Engineer](#)" alone on its line: a job card's link, named by the job (0.55, under a role phrase); several list other jobs.
  const linked = new Map(top.map((line) => [LINK_LINE.exec(line.text.trim())?.[1], line] as const)
    .filter(([text, line]) => text !== undefined && !LIST_MARK.test(line.text) && !/[.!?。！？:：]$/u.test(text) && looksLikeJobTitle(text)));
  if (linked.size === 1) for (const [text, line] of linked) propose(text!, 'header-line', 'text.link-line', line.line, 0.55);
  // "### Job Title" over "Senior Rust Engineer": a GitHub issue form and other label headings.
  for (const heading of ctx.headings) {
    const label = isTitleLabel(heading.text);
    if (!label && !(heading.depth === 1 && isGenericHeading(heading.text))) continue;
    // A careers H1 ("# Detalhes da Vaga") over the job's name: only a line that reads like a title.
    const value = label ? valueUnderHeading(ctx, heading.line) : titleUnderCareersHeading(valueUnderHeading(ctx, heading.line), ctx.page.title?.text);
    // Its value is the line a form or a page writes as a title, whatever its words ("## Position" over "Barista"): "# Vacature" over
    // "Wij zoeken een developer voor ons team." is a sentence, "### About" over "You" a pronoun (a role phrase reads the sentence).
    if (value && !/[.!?]$/u.test(value.plain.trim()) && !speaksToSomeone(value.plain, ctx)) propose(value.plain, 'heading', 'heading.label', value.line, 0.85);
  }
  proposeHeadings(ctx, propose);
  for (const [meta, rule, confidence] of [[ctx.page.ogTitle, 'page.og-title', 0.75], [ctx.page.title, 'page.title', 0.7]] as const) {
    const part = meta && pageTitlePart(meta.text);
    if (meta && part) propose(part, 'structured', rule, meta.line, confidence);
  }
  for (const line of top.slice(0, 5)) {
    const part = headerLinePart(line.plain);
    // "elvex - Senior Product Engineer - $150k - Remote": a first part before the title names the company.
    const company = part && part.company ? { company: { name: part.company, line: line.line, rule: 'text.header-line', text: line.plain } } : {};
    if (part) propose(part.title, 'header-line', 'text.header-line', line.line, 0.75, company);
  }
  if (ctx.headings.length === 0) {
    // A sentence ends in a full stop, a colon or a mark, Chinese and Japanese ones too ("Acme招聘后端工程师。").
    const line = ctx.text.slice(0, 12).find((l) => l.plain.length <= 80 && !/[.:!?。：！？]$/u.test(l.plain) && looksLikeJobTitle(l.plain));
    if (line) propose(line.plain, 'body', 'text.title-line', line.line, 0.6);
  }
  // Only a line the shared keyword scan found a role phrase's words in is read for one (ROLE_LEAD_WORDS, CJK_ROLE_WORDS).
  const masks = lineKeywords(ctx);
  const [roleBit, cjkBit] = [keywordBit(ctx, ROLE_LEAD_WORDS), keywordBit(ctx, CJK_ROLE_WORDS)];
  top.forEach((line, index) => {
    const hasLead = (masks[index]! & roleBit) !== 0 || roleBit === 0;
    // A paragraph wrapped at a fixed width ("vi söker därför nu en engagerad" over "verksamhetsutvecklare som …") may cut the
    // sentence inside its title: the next line of the paragraph completes it, read only after a lead on this line.
    const next = hasLead ? paragraphNext(top, index) : undefined;
    const role = (hasLead ? rolePhraseTitle(line.plain) ?? (next ? rolePhraseTitle(`${line.plain} ${next.plain}`, line.plain.length) : undefined) : undefined)
      ?? ((masks[index]! & cjkBit) !== 0 || cjkBit === 0 ? cjkRolePhraseTitleFast(line.plain) : undefined);
    if (role) propose(role, 'role-phrase', 'text.role-phrase', line.line, 0.6);
  });
  const fromName = fileNameTitle(ctx.path);
  if (fromName && !candidates.length && writesEveryWord(ctx, fromName)) propose(fromName, 'file-name', 'file-name', 0, 0.3);

  // Every candidate scored on what it reads as (title-score.ts): a role, a title's shape, no site or place name.
  const best = settle(ctx, 'title', scoreTitleCandidates(candidates, ctx), sameTitle);
  if (!best) return;
  ctx.fields.title = best.value;
  const hints = (best as TitleCandidate).hints;
  for (const [key, hint] of Object.entries(hints)) (ctx.hints as Record<string, unknown>)[key] ??= hint;
}

/** A front matter value as a title: a string, or the title key's list of two or three lines ("- Nous recherchons", "- un·e X"). */
function titleText(key: string, value: unknown): string | undefined {
  if (typeof value === 'string') return value;
  const lines = key === 'title' && Array.isArray(value) && value.length >= 2 && value.length <= 3 && value.every((v) => typeof v === 'string') ? value.join(' ') : '';
  return lines && lines.length <= 160 ? lines : undefined;
}

/** The next line of the same paragraph: right below, with text, no heading, list item or table row of its own. */
function paragraphNext(top: readonly TextLine[], index: number): TextLine | undefined {
  const [line, next] = [top[index]!, top[index + 1]];
  if (!next || next.line !== line.line + 1 || !next.plain.trim() || /^\s*(?:#|\||>)/u.test(next.text) || LIST_MARK.test(next.text)) return undefined;
  return next;
}

/** "Looking for a new challenge?", "¿Quieres trabajar con nosotros?": a heading that asks the reader names no job. */
const isQuestion = (text: string): boolean => /[?？]\s*$|^\s*¿/u.test(text.replace(EMOJI, '').trim());

/** Headings: the first H1 (0.85 when it reads like a job title, else 0.5), then title-like H2/H3s (or the top level, when deeper), each later one less sure. */
function proposeHeadings(ctx: ExtractContext, propose: (raw: string, source: 'heading', rule: string, line: number, c: number) => void): void {
  let h1Seen = false;
  let subheadings = 0;
  // A page whose headings all start at H4 or deeper ("#### Junior Developer" over "##### Requirements") has its title at its top level.
  const deepest = Math.max(3, Math.min(...ctx.headings.map((h) => h.depth)));
  for (const heading of ctx.headings) {
    // "Other jobs", "Weitere Stellen": what follows lists other postings.
    if (isOtherJobsHeading(heading.text)) break;
    if (heading.depth > deepest || subheadings >= 3) continue;
    // A setext heading takes its whole paragraph: a page's last line before the underline is the heading.
    const lines = heading.text.split('\n').map((l) => l.trim()).filter(Boolean);
    const text = lines[lines.length - 1] ?? '';
    const line = heading.line + Math.max(0, heading.text.split('\n').length - 1);
    if (!text || text.length > 140) continue;
    // "# ![Acme](…/logo.png)": a heading made of an image is a banner, its text the owner's name (company-logo.ts).
    if (isImageHeading(ctx.text.find((l) => l.line === line)?.text ?? '')) continue;
    const jobLike = looksLikeJobTitle(text);
    if (sectionKindOf(text) !== 'other' && !jobLike) continue;
    if (heading.depth === 1 && !h1Seen) {
      h1Seen = true;
      propose(text, 'heading', 'heading.h1', line, jobLike ? 0.85 : 0.5);
    } else if (jobLike) {
      propose(text, 'heading', `heading.h${heading.depth}`, line, 0.7 - 0.05 * subheadings++);
    }
  }
}

/** "Senior Engineer | Acme | Berlin | $100k", "X - Utrecht - Indeed.com": the one part (of three or more) that reads like a job title. */
function headerLinePart(text: string): { title: string; company?: string } | undefined {
  if (text.length > 200) return undefined;
  const parts = text.split(/\s+[|–—·•-]\s+|\s*\|\s*/u).map((p) => p.trim()).filter(Boolean);
  if (parts.length < 3) return undefined;
  const titled = parts.filter((part) => part.length <= 80 && looksLikeJobTitle(part));
  if (titled.length !== 1) return undefined;
  // "Fernway (YC S21)": a note in brackets after the name is no part of it.
  const first = parts[0]!.replace(/\s*\([^()]{1,30}\)$/u, '');
  const company = parts[0] !== titled[0] && first.split(/\s+/).length <= 4 && !/\d|remote|hybrid|onsite|on-site/iu.test(first) && !placesIn(first).length ? first : undefined;
  return { title: titled[0]!, ...(company ? { company } : {}) };
}

/** An HTML page title ("Data Engineer | Acme", "Careers - Acme - Data Engineer"): the one part that reads like a job title. */
export function pageTitlePart(text: string): string | undefined {
  const parts = text.split(/\s+[|–—·•-]\s+|\s*\|\s*/u).map((p) => p.trim()).filter(Boolean);
  const titled = parts.filter((part) => part.length <= 100 && looksLikeJobTitle(part));
  return titled.length === 1 ? titled[0] : undefined;
}

/**
 * Does the posting write every word of a file name's title? A file is often named for its site or its owner
 * ("tofulab-engineer.md", "osvaldocariege-tuyetomaker-dev.md"): a word the posting never writes is no part of its title.
 */
function writesEveryWord(ctx: ExtractContext, title: string): boolean {
  const text = `${lineForms(ctx).textLowerText}\n${ctx.frontmatterStrings.map((item) => item.text.toLowerCase()).join('\n')}`;
  return title.toLowerCase().split(/\s+/u).every((word) => text.includes(word));
}

/** "senior-backend-engineer.md" -> "senior backend engineer", when it reads like a title (dates and numbers dropped). */
function fileNameTitle(file: string): string | undefined {
  const base = path.basename(file).replace(/\..*$/, '').replace(/^[\d_-]+/, '');
  const words = base.split(/[-_\s]+/).filter((w) => w && !/^\d+$/.test(w));
  const text = words.join(' ');
  return words.length >= 1 && words.length <= 5 && looksLikeJobTitle(text) ? text : undefined;
}


