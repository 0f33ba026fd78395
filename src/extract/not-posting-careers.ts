/**
 * Signs that a page is a careers page or an index of jobs rather than a posting (posting-kind.ts weighs them): a
 * heading that names jobs in the plural ("SHK-Jobs an den Instituten", "採用情報") or the employer's careers ("Working
 * at Acme"), a line that points to the jobs elsewhere, links to posting files beside a README, and what would make
 * such a page a posting after all: a line that says whom it hires, or short lines that read as its roles.
 */
import type { ExtractContext } from './context.js';
import { looksLikeJobTitle } from './title-clean.js';
import { isGenericHeading, rolePhraseTitle } from './title.js';
import { isPostLabel, normalizeHeading } from './title-page-names.js';
import { alternation, lazily } from './text.js';
import { careersAtHeadings } from './tables/companies.js';
import { jobsHeadingWords, oneJobHeadingPhrases, roleTableColumns } from './tables/not-posting.js';
import { wholeWordsOrCjkAnywhere } from './match/bounded.js';
import { pageSectionWords } from '../split/tables.js';

/** A Latin word whole (letters may not touch it; "-" may: "SHK-Jobs"), a CJK word anywhere. */
const JOBS_HEADING = wholeWordsOrCjkAnywhere(Object.values(jobsHeadingWords).flat());

/** An email or web address ("jobs@muster.at", "careers.acme.example", "https://…/jobs"): its words name no jobs. */
const ADDRESS = /[^\s<>()[\]]*@[^\s<>()[\]]+|(?:https?:\/\/|www\.)\S+|[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+\.\p{L}{2,}/giu;

/** "Описание вакансии": one vacancy, though its jobs word is spelled as the plural is. */
const ONE_JOB_HEADING = lazily(() => wholeWordsOrCjkAnywhere(Object.values(oneJobHeadingPhrases).flat(), 'giu'));

/** Does a heading name jobs in the plural ("SHK-Jobs an den Instituten", "Jobs at Acme", "採用情報")? An address in it is no heading word. */
export const namesJobs = (text: string): boolean => JOBS_HEADING.test(text.replace(ADDRESS, ' ').replace(ONE_JOB_HEADING(), ' '));

/** "Working at Acme", "Werken bij Acme", "Karriere bei der Acme GmbH": a careers heading that names its employer, no role. */
export function namesEmployerCareers(heading: string): boolean {
  const rest = CAREERS_AT().exec(heading.trim())?.[1];
  return rest !== undefined && rest.split(/\s+/).length <= CAREERS_AT_NAME_WORDS && !/[:|–—]/u.test(rest) && !looksLikeJobTitle(rest);
}
const CAREERS_AT = lazily(() => new RegExp(`^(?:${alternation(careersAtHeadings)})\\s+(\\S.*)$`, 'iu'));
/** Words of the employer's name after "Working at": more is a sentence or a role. */
const CAREERS_AT_NAME_WORDS = 4;

/** The page's one heading names something other than its careers ("# Kassierer", "# Barista"): whatever it is, the page is about it. */
export const soleOtherHeading = (headings: ReadonlyArray<{ text: string; depth?: number }>): boolean =>
  headings.length === 1 && !isGenericHeading(headings[0]!.text) && !namesJobs(headings[0]!.text) && !namesEmployerCareers(headings[0]!.text);

/** Words a line that points to the jobs elsewhere has at most: a sentence, not a paragraph about the work. */
const POINTER_LINE_WORDS = 20;

/** The link's line names jobs in the plural around it, in a few words, and links nowhere else: it points the reader to them. */
export function namesJobsAround(link: { line: number; text: string }, ctx: Pick<ExtractContext, 'text'> & Partial<Pick<ExtractContext, 'links'>>): boolean {
  const line = ctx.text.find((text) => text.line === link.line)?.plain;
  if (line === undefined || line.split(/\s+/).length > POINTER_LINE_WORDS || (ctx.links ?? []).filter((other) => other.line === link.line).length !== 1) return false;
  return namesJobs(line.replace(link.text, ''));
}

/** A link to a Markdown file in the same repository ("./posts/aws.md", "jobs/backend.md#apply"): no scheme, no site root. */
export const isPostingFileLink = (url: string): boolean => !/^(?:[a-z][a-z0-9+.-]*:|\/|#)/i.test(url) && /\.(?:md|markdown|mdx)(?:#.*)?$/i.test(url);

/** The role a line says the page hires for ("We are looking for an Art Director", "Wir suchen eine/n Entwickler/in"), when it reads as a job title. */
export function hiredRole(text: ReadonlyArray<{ plain: string }>): string | undefined {
  for (const { plain } of text) {
    const role = rolePhraseTitle(plain);
    if (role !== undefined && looksLikeJobTitle(role) && !isGenericHeading(role)) return role;
  }
  return undefined;
}

/** The words of a page's own sections ("We support…", "Our values", "Warum wir"): a line that starts with one names no role. */
const PAGE_WORDS = new Set(Object.values(pageSectionWords).flat());

/**
 * Two or more short lines (headings, list items, links) that read as job titles: a careers page's roles.
 * A wrapped paragraph's further line (no list item, starting in lower case) and a line of the page's own
 * ("We support real lives") are none.
 */
export function listsRoles(text: ReadonlyArray<{ plain: string }>): boolean {
  const roles = new Set<string>();
  for (const { plain } of text) {
    const line = plain.replace(/^\s*(?:[-*+•|]|\d+[.)])\s+/, '').trim();
    const item = line !== plain.trim();
    if ((!item && /^\p{Ll}/u.test(line)) || PAGE_WORDS.has(line.split(/\s+/)[0]!.toLowerCase())) continue;
    // A role named first, then its place or terms: "Backend Engineer – Berlin", "| Backend Engineer | Berlin |", "Designer (m/w/d)".
    const first = line.split(/\s[|–—-]\s|\s?\|\s?|[:：(（]/)[0]!.trim();
    for (const role of new Set([line, first])) if (role.length >= 3 && role.length <= 80 && looksLikeJobTitle(role)) roles.add(role.toLowerCase());
    if (roles.size >= 2) return true;
  }
  return false;
}

/** Columns a table of roles has at least: the post and what the page says of it (requirements, headcount, place). Two are a label and its value. */
const ROLE_TABLE_COLUMNS = 3;
/** Columns only a table of roles has (headcount, requirements): tables/not-posting.ts roleTableColumns. */
const ROLE_TABLE_COLUMNS_WORDS = lazily(() => new Set(Object.values(roleTableColumns).flat().map(normalizeHeading)));
const tableCells = (line: string): string[] => line.split('|').map((cell) => cell.trim()).filter((cell, index, all) => cell !== '' || (index > 0 && index < all.length - 1));
const isRuleRow = (cells: string[]): boolean => cells.every((cell) => /^:?-{3,}:?$/.test(cell));

/**
 * The first role of a table whose header row labels a column as the post ("Position | Location | Type", "채용분야 | 해당분야
 * 기술 및 조건 | 채용인원 | 채용대상"), read in that column of the row under it, which has as many cells: the page states its
 * roles, whatever words they are (the role tables need not know them).
 */
export function tabledRole(text: ReadonlyArray<{ plain: string }>): { label: string; role: string } | undefined {
  for (let index = 0; index + 1 < text.length; index++) {
    const header = tableCells(text[index]!.plain);
    if (header.length < ROLE_TABLE_COLUMNS) continue;
    const column = header.findIndex((cell) => isPostLabel(cell));
    if (column < 0) continue;
    // A Markdown table's rule row ("---|---") stands between.
    const row = text.slice(index + 1, index + 3).map(({ plain }) => tableCells(plain)).find((cells) => !isRuleRow(cells));
    const role = row?.length === header.length ? row[column]! : '';
    // A cell that names the jobs ("See all openings") points to them; a department or a contact's post is no role unless the table counts or asks for hires.
    const rolesTable = header.some((cell) => ROLE_TABLE_COLUMNS_WORDS().has(normalizeHeading(cell))) ? !namesJobs(role) : looksLikeJobTitle(role);
    if (role.length >= 2 && role.length <= 80 && /^\p{L}/u.test(role) && !isPostLabel(role) && rolesTable) return { label: header[column]!, role };
  }
  return undefined;
}
