/**
 * The employer in an HTML page's title, with the job title and the site's careers words taken off ("Senior X | Acme
 * Careers", "Acme - X", "X - Jobs at Acme"; moved from company-sources.ts), and
 * "Backend Engineer at Acme" as an HTML page's `<title>` or `og:title` (or one part of it: "Backend Engineer at Acme |
 * Board", "Job Application for Backend Engineer at Acme"): the name after the "at" word names the employer, as the
 * same words in the posting's heading do (title-clean.ts reads those). The page's own title is often not the posting's
 * chosen title (its <h1> is), so it is read here; the words are the title's (tables/titles.ts titleAtCompanyWords).
 */
import type { ExtractContext } from './context.js';
import type { AddCompany } from './company-sources.js';
import { CAREERS_AT, isJobBoard, withoutJobWords } from './company-sources.js';
import { isGenericHeading, looksLikeJobTitle, pageTitlePart } from './title.js';
import { placesIn } from './location.js';
import { isPlace } from './title-place.js';
import { titleAtCompanyWords } from './tables/titles.js';
import { legalFormsAfter, notEmployerWords } from './tables/companies.js';
import { workplaceValues } from './tables/workplace-values.js';
import { alternation, escapeRegExp, lazily } from './text.js';
import { writtenElsewhere } from './company-general.js';
import { domainsOf } from './company-domain.js';

const PART_SEPARATOR = /\s+[|–—·•-]\s+|\s*\|\s*/u;
/** The role, the "at" word, then one to four capitalised words that end the part. */
const ROLE_AT_NAME = lazily(() => new RegExp(`^(.{3,120}?)\\s+(?:${alternation(Object.values(titleAtCompanyWords).flat())})\\s+(\\p{Lu}[\\p{L}\\p{N}.&+'’-]{0,40}(?:\\s+\\p{Lu}[\\p{L}\\p{N}.&+'’-]{0,40}){0,3})$`, 'u'));

const NOT_EMPLOYER_WORDS = new Set(notEmployerWords);
/** "en Remoto", "at Hybrid": a remote or hybrid workplace value of any language (tables/workplace-values.ts), no employer. */
const WORK_MODES = new Set([...workplaceValues.remote, ...workplaceValues.hybrid]);

/**
 * The employer after "at" in the page's title or og:title, when what goes before names a role and the name is no place,
 * pronoun or kind of company ("chez Nous", "at Berlin Startups"): 0.6 when the posting writes it elsewhere or its domain spells
 * it, else 0.5, no more than a name the body gives ("Senior Engineer at Scale" over "Acme Inc builds tools").
 */
export function pageTitleAtCompany(ctx: ExtractContext, add: AddCompany): void {
  for (const [meta, rule] of [[ctx.page.ogTitle, 'page.og-title.at-company'], [ctx.page.title, 'page.title.at-company']] as const) {
    if (!meta) continue;
    for (const part of meta.text.split(PART_SEPARATOR)) {
      const at = ROLE_AT_NAME().exec(part.trim());
      // "Desarrollador Backend en Remoto": a way of working, like a place, is no employer.
      if (!at || !looksLikeJobTitle(at[1]!) || isPlace(at[2]!) || isJobBoard(at[2]!) || WORK_MODES.has(at[2]!.toLowerCase())) continue;
      if (at[2]!.toLowerCase().split(/\s+/u).some((word) => NOT_EMPLOYER_WORDS.has(word))) continue;
      const spelled = at[2]!.toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');
      const confirmed = writtenElsewhere(ctx, at[2]!, meta.line) || domainsOf(ctx).some((domain) => domain.name === spelled);
      add(at[2]!, meta.line, rule, meta.text, confirmed ? 0.6 : 0.5, 'structured');
      break;
    }
  }
}

// "Senior X | Acme Careers": the parts of a page title.
const PAGE_TITLE_SEPARATOR = /\s+[|–—·•-]\s+|\s*\|\s*/u;
/** Page-title separators, and the underscore Chinese sites put between a page's and the site's name ("加入我们_名医主刀网"). */
const CAREERS_TITLE_SEPARATOR = /\s+[|–—·•-]\s+|\s*\|\s*|(?<=[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}])\s*_\s*(?=[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}])/u;

const CONTRACT_WORDS = /\b(?:remote|hybrid|on-?site|full[- ]?time|part[- ]?time|contract|contractor|freelance|internship|intern|temporary|permanent|télétravail|cdi|cdd|stage|alternance|vollzeit|teilzeit|werkstudent|praktikum|befristet|unbefristet|remoto|tiempo completo|medio tiempo|zdalnie|b2b)\b/iu;

/** The employer in an HTML page's title: the one part that is no job title, no careers word, no place. */
export function pageTitleCompany(ctx: ExtractContext, add: AddCompany): void {
  // A front-matter title in a board's shape ("Backend Engineer | Acme") is read like a page's.
  // So is a careers page's front-matter title ("Acme - Careers", "Acme | Jobs"): the part that is no careers word.
  const fmTitle = ctx.frontmatterStrings.find((item) => /^(?:title|job_title|jobTitle|position)$/u.test(item.key) && /\s[|–—·•]\s/u.test(item.text));
  const fmCareers = ctx.frontmatterStrings.find((item) => item.key === 'title' && /\s[-|–—·•]\s/u.test(item.text));
  const careersParts = fmCareers?.text.split(/\s+[-|–—·•]\s+/u).map((part) => part.trim());
  const careersName = careersParts?.length === 2 && careersParts.some((part) => isGenericHeading(part)) ? careersParts.find((part) => !isGenericHeading(part)) : undefined;
  if (careersName && !looksLikeJobTitle(careersName) && !placesIn(careersName).length && !/\d/.test(careersName) && careersName.split(/\s+/).length <= 4) {
    add(careersName, fmCareers!.line, 'frontmatter.title-careers', fmCareers!.text, 0.6);
  }
  const titles = [[ctx.page.ogTitle, 'page.og-title', 0.6], [ctx.page.title, 'page.title', 0.55], [fmTitle, 'frontmatter.title-part', 0.6]] as const;
  for (const [meta, rule, confidence] of titles) {
    if (!meta) continue;
    if (rule === 'frontmatter.title-part') {
      const parts = meta.text.split(/\s+[|–—·•]\s+/u).map((part) => part.trim()).filter(Boolean);
      const others = parts.filter((part) => !looksLikeJobTitle(part));
      const name = parts.length === 2 && others.length === 1 ? others[0]! : undefined;
      // A contract, schedule, remote or place part ("| Full-time", "— Remote", "| Berlin") is no name.
      // A team or an area after the role ("— Platform") is no employer: the name must be written in the text as a name, not before "team".
      const written = name !== undefined && ctx.text.some((line) => line.plain.includes(name) && !new RegExp(`${escapeRegExp(name)}[ -]?(?:team|Team)`, 'u').test(line.plain));
      if (name && written && !CONTRACT_WORDS.test(name) && !/\d/.test(name) && name.split(/\s+/).length <= 4 && !isGenericHeading(name) && !placesIn(name).length) add(name, meta.line, rule, meta.text, confidence);
      continue;
    }
    // A careers page's title ("Careers and Jobs at Acme", "加入我们_名医主刀网"): the name after "at", or the one part that is no careers word.
    if (!pageTitlePart(meta.text)) {
      const parts = meta.text.split(CAREERS_TITLE_SEPARATOR).map((part) => part.trim()).filter(Boolean);
      const careersAt = parts.length === 1 ? CAREERS_AT.exec(parts[0]!)?.[1] : undefined;
      // The other part must be written in the text too (Chinese "X网" is X's website: "名医主刀网" is written "名医主刀").
      // Or spelled by an address's local part ("Panadería Lindenhof" beside panaderialindenhof@example.com, on a page that writes its name nowhere else; two words at least).
      // A name with a legal form ("Karriere - Nordlicht Software GmbH") names an organisation whether or not the text writes it.
      // Or spelled by a domain of the posting ("Careers | Nordlicht" beside jobs@nordlicht.io): the careers site names its owner.
      const written = (part: string): boolean => ctx.text.some((line) => line.plain.includes(part.replace(/网$/u, ''))) || spelledByAddress(ctx, part) || nameWithLegalForm().test(part) || spelledByDomain(ctx, part);
      const other = parts.length === 2 && parts.some((part) => isGenericHeading(part)) ? parts.find((part) => !isGenericHeading(part) && written(part)) : undefined;
      const name = careersAt ?? (other !== undefined ? withoutJobWords(other) : undefined);
      if (name && !/\d/.test(name) && name.split(/\s+/).length <= 5 && !looksLikeJobTitle(name) && !placesIn(name).length) add(name, meta.line, `${rule}.careers`, meta.text, confidence, 'structured');
      continue;
    }
    const others = meta.text.split(PAGE_TITLE_SEPARATOR).map((part) => part.trim()).filter((part) => part && !looksLikeJobTitle(part))
      .map((part) => CAREERS_AT.exec(part)?.[1] ?? withoutJobWords(part))
      .filter((part) => !isGenericHeading(part) && !placesIn(part).length && !/\d|remote|hybrid/iu.test(part) && part.split(/\s+/).length <= 5)
      // "Senior X - Acme - Glassdoor", "X - London - Acme | StepStone": the job board's own name is the site's, not the employer's.
      .filter((part) => !isJobBoard(part));
    if (others.length === 1) add(others[0]!, meta.line, rule, meta.text, confidence, 'structured');
  }
}

/**
 * A name of one or more words that ends in a legal form ("Nordlicht Software GmbH", "Acme Ltd."). Each word opens with a
 * capital, a digit or "&", and none has a colon: "Ein Unternehmen der X AG", "Part of X plc", "Cliente: X S.L." are no names.
 */
const nameWithLegalForm = lazily(() => new RegExp(`^\\p{Lu}[^\\s:]*(?:[ ](?:\\p{Lu}|\\d|&)[^\\s:]*){0,4}?,?[ ](?:${alternation(legalFormsAfter)})(?![\\p{L}\\p{N}])\\.?$`, 'u'));

/** A name without accents, case, spaces or marks ("Panadería Lindenhof" -> "panaderialindenhof"), as an address writes it. */
const addressForm = (text: string): string => text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');
const ADDRESS_LOCAL = /([\p{L}\p{N}._%+-]{4,64})@[\p{L}\p{N}-]+\./gu;

/**
 * Does an address of the text have the name, as an address writes it, as its whole local part? Four letters at least,
 * and two words: one word is a shared mailbox's name as often as a firm's ("Recruiting" beside recruiting@…, "Office").
 */
function spelledByAddress(ctx: Pick<ExtractContext, 'text'>, name: string): boolean {
  const key = addressForm(name);
  return key.length >= 4 && /\S\s+\S/u.test(name.trim()) && ctx.text.some((line) => line.text.includes('@') && [...line.text.matchAll(ADDRESS_LOCAL)].some((match) => addressForm(match[1]!) === key));
}

/** Does a domain of the posting (an address's, a link's) spell the name, four letters at least ("Nordlicht" and nordlicht.io)? */
const spelledByDomain = (ctx: ExtractContext, name: string): boolean => {
  const key = addressForm(name);
  return key.length >= 4 && domainsOf(ctx).some((domain) => domain.name === key);
};
