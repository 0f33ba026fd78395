/**
 * Labelled values, as pages write them for title and company alike: a
 * two-cell table row ("| Position | Senior X |") and a label heading with
 * its value on the line under it ("### Job Title" / "Senior X", as GitHub
 * issue forms render).
 */
import type { ExtractContext } from './context.js';

/**
 * "| Company | Acme |": a two-cell table row reads as "Company: Acme". An HTML table's row comes out of the page as
 * "職種 | キッチンスタッフ" (a <th> and its <td>, no outer bars): the same two cells.
 */
export const tableRowAsLabel = (plain: string): string => plain.replace(/^(?:\|\s*)?([^|]{1,40}?)\s*\|\s*([^|]{1,160}?)\s*\|?\s*$/u, '$1: $2');

/** The one short line right under a label heading, before the next heading. */
export function valueUnderHeading(ctx: ExtractContext, headingLine: number): { plain: string; line: number } | undefined {
  const nextHeading = ctx.headings.find((h) => h.line > headingLine)?.line ?? Infinity;
  const lines = ctx.text.filter((l) => l.line > headingLine && l.line < nextHeading && l.plain.trim());
  const first = lines[0];
  return first && first.line <= headingLine + 3 && first.plain.length <= 120 ? { plain: first.plain.trim(), line: first.line } : undefined;
}
