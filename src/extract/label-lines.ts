/**
 * Labelled values, as pages write them for title and company alike: a
 * two-cell table row ("| Position | Senior X |") and a label heading with
 * its value on the line under it ("### Job Title" / "Senior X", as GitHub
 * issue forms render).
 */
import type { ExtractContext, TextLine } from './context.js';
import { isPostLabel, opensOtherJobs } from './title-page-names.js';

/**
 * "| Company | Acme |": a two-cell table row reads as "Company: Acme". An HTML table's row comes out of the page as
 * "職種 | キッチンスタッフ" (a <th> and its <td>, no outer bars): the same two cells, read so only when a row of the
 * same shape stands right beside it: a lone "Company | Blog" is a menu line, not a table.
 */
export function tableRowAsLabel(lines: readonly TextLine[], index: number, plain: string): string {
  if (plain.startsWith('|')) return plain.replace(BARRED_ROW, '$1: $2');
  const isBareRow = (line: TextLine | undefined): boolean => line !== undefined && BARE_ROW.test(line.plain.trim());
  return isBareRow(lines[index - 1]) || isBareRow(lines[index + 1]) ? plain.replace(BARE_ROW, '$1: $2') : plain;
}

const BARRED_ROW = /^\|\s*([^|]{1,40}?)\s*\|\s*([^|]{1,160}?)\s*\|?\s*$/u;
const BARE_ROW = /^([^|]{1,40}?)\s*\|\s*([^|]{1,160}?)\s*\|?\s*$/u;

/** The one short line right under a label heading, before the next heading. */
export function valueUnderHeading(ctx: ExtractContext, headingLine: number): { plain: string; line: number } | undefined {
  const nextHeading = ctx.headings.find((h) => h.line > headingLine)?.line ?? Infinity;
  const lines = ctx.text.filter((l) => l.line > headingLine && l.line < nextHeading && l.plain.trim());
  const first = lines[0];
  return first && first.line <= headingLine + 3 && first.plain.length <= 120 ? { plain: first.plain.trim(), line: first.line } : undefined;
}

/**
 * A label's value however the page lays the pair out: "Label: value", "Label – value" (a bullet's spaced dash),
 * "Label | value" (a th/td row), or the label alone on its line (a heading, a dt, a bold line) with the value on
 * one of the next two lines. `label` matches the label's words as a whole (case-insensitive, no separator).
 */
export function labelledValue(lines: readonly TextLine[], index: number, label: RegExp): { label: string; value: string; line: number } | undefined {
  const plain = lines[index]!.plain;
  if (plain.length > 200) return undefined;
  const pair = LABEL_PAIR.exec(plain);
  if (pair && label.test(pair[1]!.trim())) return { label: pair[1]!.trim(), value: pair[2]!.trim(), line: lines[index]!.line };
  const alone = plain.replace(/[:：]\s*$/u, '').trim();
  if (alone.length > 40 || !label.test(alone)) return undefined;
  for (const next of lines.slice(index + 1, index + 3)) {
    if (!/[\p{L}\p{N}]/u.test(next.plain)) continue;
    // An empty value leaves the next label next (a dt whose dd is empty): a label is no value (review26a).
    if (label.test(next.plain.replace(/[:：]\s*$/u, '').trim())) return undefined;
    return next.plain.length <= 80 ? { label: alone, value: next.plain.trim(), line: next.line } : undefined;
  }
  return undefined;
}

// A label of at most 40 characters, a separator (a colon, a table cell's bar, a spaced dash), the value.
const LABEL_PAIR = /^\|?\s{0,3}([^|:：–—]{1,40}?)\s{0,3}(?:[:：]|\|(?:\s{0,3}\|)*|\s[–—-](?=\s))\s{0,3}([^|]{1,120}?)\s{0,3}\|?\s*$/u;

/**
 * The header cell over a table row's cell, each cell read as "header: value": a Markdown table ("| Salary | Location |"
 * over "| 3000 EUR | Berlin |") or an HTML table's first row over the next ("Зарплата | Место работы" over
 * "33 000 руб | Приморский район"). The header is the first row of the run of rows the line is in and has as many cells
 * (or one more, over an empty first cell);
 * none for a line that is no table row, for the header row itself, or past the run's fifth row (a list of many jobs, each row
 * its own). `at` is a place in the line's plain text.
 */
export function columnHeader(lines: readonly TextLine[], index: number, at: number): string | null {
  const plain = lines[index]!.plain;
  if (!isTableRow(plain)) return null;
  let top = index;
  while (top > 0 && index - top < 6 && (isTableRow(lines[top - 1]!.plain) || isSeparatorRow(lines[top - 1]!.plain))) top--;
  if (top === index || index - top >= 6 || isSeparatorRow(lines[top]!.plain)) return null;
  const header = cellsOf(lines[top]!.plain);
  if (listsOtherJobs(lines, top, header)) return null;
  const row = cellsOf(plain);
  // An HTML row's empty first cell (under a row label's header, "факты" over "&nbsp;") leaves no text: one cell fewer.
  const shift = header.length - row.length;
  if ((shift !== 0 && shift !== 1) || row.length < 2) return null;
  const column = row.findIndex((cell) => at >= cell.start && at <= cell.end);
  const name = column === -1 ? '' : header[column + shift]!.text;
  return name && !/\d/.test(name) ? name : null;
}

/**
 * A table of other jobs (the page's "Similar jobs", "Otras ofertas"), each row a job of its own, not this posting's pay or
 * place: a post column ("Role", "Puesto") over two or more rows, or a short line right above that opens other jobs. A post
 * column over one row is the posting's own ("| Position | Location | Salary |").
 */
function listsOtherJobs(lines: readonly TextLine[], top: number, header: ReadonlyArray<{ text: string }>): boolean {
  const above = lines[top - 1]?.plain ?? '';
  if (above.length <= 80 && opensOtherJobs(above)) return true;
  if (!header.some((cell) => isPostLabel(cell.text))) return false;
  let rows = 0;
  for (let at = top + 1; at < lines.length && at <= top + 3 && rows < 2; at++) {
    const plain = lines[at]!.plain;
    if (isTableRow(plain)) rows++;
    else if (!isSeparatorRow(plain)) break;
  }
  return rows >= 2;
}

/** Each "header: value" pair of a table row under its header row (see columnHeader), for the fields that read labels. */
export function columnPairs(lines: readonly TextLine[], index: number): string[] {
  const plain = lines[index]!.plain;
  if (!isTableRow(plain) || plain.length > 500) return [];
  return cellsOf(plain).flatMap((cell) => {
    const header = cell.text ? columnHeader(lines, index, cell.start) : null;
    return header ? [`${header}: ${cell.text}`] : [];
  });
}

// A row of two or more cells: "| a | b |", or an HTML row as text, "a | b".
const isTableRow = (plain: string): boolean => plain.includes('|') && plain.length <= 1000 && /[^|\s]\s*\|\s*[^|\s]|^\s*\|.*\|/u.test(plain) && !isSeparatorRow(plain);
const isSeparatorRow = (plain: string): boolean => /^\s*\|?\s*:?-{2,}:?\s*(?:\|\s*:?-{2,}:?\s*)*\|?\s*$/u.test(plain);

/** The cells of a row with where each sits in the line (the outer bars of a Markdown row are no cells). */
function cellsOf(plain: string): Array<{ text: string; start: number; end: number }> {
  const cells: Array<{ text: string; start: number; end: number }> = [];
  let start = 0;
  for (let at = 0; at <= plain.length; at++) {
    if (at < plain.length && plain[at] !== '|') continue;
    cells.push({ text: plain.slice(start, at).trim(), start, end: at });
    start = at + 1;
  }
  const outer = plain.trimStart().startsWith('|');
  const closed = plain.trimEnd().endsWith('|');
  return cells.slice(outer ? 1 : 0, closed ? -1 : undefined);
}
