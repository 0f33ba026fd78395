/**
 * Postings as the rows of a table of roles: a job board or an aggregator
 * lists one role a row ("| Titel | Bedrijf | Locatie | Link |"). A table
 * counts when one of its columns reads as job titles in two rows or more and
 * in two thirds of its rows at least, and each row links to its role's own
 * page; then every row is a role's, also one whose title reads as no job
 * title. A table without links (pay by level in a posting: "Junior
 * Developer | €40k", the roles a careers page talks about) stays the page's.
 * Each row gives a short record with what it states: its title, its link,
 * and its company where a column's header names one ("Bedrijf", "Company").
 */
import type { Root } from 'mdast';
import type { BodyLine } from '../document.js';
import { looksLikeJobTitle } from '../extract/title-clean.js';
import { sectionKindOf } from '../extract/sections.js';
import { startOf } from './marks.js';
import { inlineHtmlText, type Range } from './ranges.js';
import { onePostingLines, type OnePostingLines } from './one-posting.js';
import { LINK_AS_TEXT } from './link-text.js';
import { companyColumnNames, noCompanyCells, personColumnNames, sameCompanyMarks } from './tables.js';

/** A delimiter row: "|---|:---:|". Spaces around a pipe are read one way (`\s*(?:\|\s*)?`): two runs side by side split a long run of spaces every way (review28). */
const DELIMITER = /^\s*(?:\|\s*)?:?-{3,}:?\s*(?:\|\s*:?-{3,}:?\s*)*(?:\|\s*)?$/;
/** A Markdown link's target. */
const LINK = /\]\(\s*<?([^)\s>]{1,500})>?(?:\s+"[^"]*")?\s*\)/;

/** A row's cells, as text: links and emphasis read as their words. */
const cellsOf = (line: string) => line.trim().replace(/^\||\|$/g, '').split(/(?<!\\)\|/)
  .map((cell) => inlineHtmlText(cell.replace(LINK_AS_TEXT, '$1').replace(/[*_`]+/g, '')));
const isRole = (text: string) => text.length > 0 && text.length <= 100 && looksLikeJobTitle(text) && sectionKindOf(text) === 'other';

/** Sites of people and code, not of roles: a table of teammates links to their profiles. */
const PROFILE_SITE = /^https?:\/\/(?:www\.)?(?:github\.com|gitlab\.com|bitbucket\.org|twitter\.com|x\.com|facebook\.com|instagram\.com|youtube\.com|medium\.com|mastodon\.social|linkedin\.com\/in)(?:[/?#]|$)/i;

/** A link that may be a role's own page: below a site's root (a path, not the home page), on no profile site. */
function isOwnPage(url: string): boolean {
  if (PROFILE_SITE.test(url)) return false;
  const absolute = /^https?:\/\/[^/?#]+(.*)$/i.exec(url);
  const pathPart = absolute ? absolute[1]! : url;
  return pathPart.replace(/[?#].*$/, '').replace(/\/+$/, '') !== '';
}

/** Tables are read from their lines: the page's Markdown is parsed without tables, so a table is a paragraph of rows. */
export function tableRowSegments(tree: Root, body: BodyLine[], statesOnePosting: OnePostingLines = onePostingLines(body)): Range[] | undefined {
  const found: Range[] = [];
  for (const node of tree.children) {
    if (node.type !== 'paragraph') continue;
    const start = startOf(node);
    const end = Math.min(node.position?.end.line ?? start + 1, body.length);
    const table = tableLines(body, start, end);
    if (!table) continue;
    // A page that hires one role in its own words ("Acme is hiring a Senior Backend Engineer") shows its team or ladder in a table.
    if (statesOnePosting(0, start, { pay: false }) || statesOnePosting(end, body.length, { pay: false })) continue;
    found.push(...rolesOf(body, table.header, table.rows, end));
  }
  return found.length >= 2 ? found : undefined;
}

/**
 * A table's header line and first row: a Markdown table (a delimiter row under its header), or an HTML table as the
 * page's conversion writes it (each <tr> a line of cells parted by " | ", no delimiter row, no pipe at either end):
 * its first line is the header when it links nowhere and every other line does (a <th> row over the roles).
 */
function tableLines(body: BodyLine[], start: number, end: number): { header?: number; rows: number } | undefined {
  if (DELIMITER.test(body[start + 1]?.text ?? '')) return end - start >= 4 && body[start]!.text.includes('|') ? { header: start, rows: start + 2 } : undefined;
  const lines = body.slice(start, end).map((line) => line.text);
  if (lines.length < 2 || !lines.every((text) => HTML_ROW.test(text))) return undefined;
  const headed = !LINK.test(lines[0]!) && lines.slice(1).every((text) => LINK.test(text));
  return headed ? (lines.length >= 3 ? { header: start, rows: start + 1 } : undefined) : { rows: start };
}

/** A row of an HTML table as the conversion writes it: cells parted by " | ", no pipe at the line's start or end. */
export const HTML_ROW = /^(?!\s*\|)(?!.*\|\s*$).*\S \| \S/;

function rolesOf(body: BodyLine[], header: number | undefined, firstRow: number, end: number): Range[] {
  const rows: Array<{ at: number; cells: string[]; url?: string }> = [];
  for (let at = firstRow; at < end; at++) {
    const text = body[at]!.text;
    if (!text.includes('|')) return [];
    rows.push({ at, cells: cellsOf(text), url: LINK.exec(text)?.[1] });
  }
  const width = Math.max(...[header ?? firstRow, ...rows.map((row) => row.at)].map((at) => cellsOf(body[at]!.text).length));
  let best: { column: number; titled: number } | undefined;
  for (let column = 0; column < width; column++) {
    const titled = rows.filter((row) => isRole(row.cells[column] ?? '')).length;
    if (titled > (best?.titled ?? 0)) best = { column, titled };
  }
  if (!best || best.titled < 2 || best.titled * 3 < rows.length * 2) return [];
  // Each row links to its role's own page: a table without links names roles a page talks about (pay by level, a careers page's teaser).
  if (!rows.every((row) => row.url !== undefined && isOwnPage(row.url))) return [];
  // Each row its own page: anchors of one page (a career ladder's "#l5", "#l6") are sections of that page.
  if (new Set(rows.map((row) => row.url!.replace(/#.*$/, ''))).size < rows.length) return [];
  // A column of people beside the titles ("| Name | Role |") lists a team's members with their roles.
  if (header !== undefined && cellsOf(body[header]!.text).some((cell, i) => i !== best!.column && PERSON_COLUMN.has(headerKey(cell)))) return [];
  const companies = companiesOf(header === undefined ? [] : cellsOf(body[header]!.text), rows.map((row) => row.cells), best.column);
  // Each row is a role's, also one whose title reads as no job title.
  return rows.flatMap((row, i) => {
    const title = row.cells[best!.column];
    if (!title) return [];
    const company = companies[i];
    const url = row.url && /^(?:https?:\/\/|\/)/i.test(row.url) ? row.url : undefined;
    return [{ start: row.at, end: row.at + 1, role: { title, ...(url ? { url } : {}), ...(company ? { company } : {}) } }];
  });
}

const COMPANY_COLUMN = new Set(companyColumnNames);
const PERSON_COLUMN = new Set(personColumnNames);
/** A header as its words, without spaces, marks or an emoji before it ("🏢 Şirket" -> "şirket"). */
const headerKey = (cell: string) => cell.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');

/** Each row's company from the column whose header names companies (none without one); a ditto mark ("↳") repeats the row above's. */
function companiesOf(header: string[], rows: string[][], titleColumn: number): Array<string | undefined> {
  const column = header.findIndex((cell, i) => i !== titleColumn && COMPANY_COLUMN.has(headerKey(cell)));
  if (column === -1) return rows.map(() => undefined);
  let above: string | undefined;
  return rows.map((cells) => {
    const cell = cells[column]?.trim() ?? '';
    if (!sameCompanyMarks.includes(cell)) above = cell && !noCompanyCells.includes(cell.toLowerCase()) ? cell : undefined;
    return above;
  });
}
