/**
 * Labelled values, as pages write them for title and company alike: a
 * two-cell table row ("| Position | Senior X |") and a label heading with
 * its value on the line under it ("### Job Title" / "Senior X", as GitHub
 * issue forms render).
 */
import type { ExtractContext, TextLine } from './context.js';

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
