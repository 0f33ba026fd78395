/**
 * A page writes its dates one way. On a board of postings each dated "PubDate: 27/11/2020", a posting dated
 * "02/12/2020" can be the 2nd of December or the 12th of February; read alone it gives no date (extract/dates.ts).
 * Where the page's other n/n/yyyy dates can only be read day first (27/11/2020, 28/09/2020) and none month first,
 * the page's order settles it; a page whose dates tell nothing, or disagree, settles none.
 */
import type { BodyLine, Segment } from '../document.js';
import type { Fields } from '../extract/context.js';
import { parseSlashDate, postedDateText, slashDateOrder } from '../extract/dates.js';
import type { Evidence } from '../schema/posting.js';

interface Dated { fields: Fields; evidence: Record<string, Evidence>; segment: Segment }

/** A date read in the page's order is less sure than one that reads one way only. */
const PAGE_ORDER_CONFIDENCE = 0.75;
/** A line's list marker and emphasis, which the posted label stands behind ("* PubDate: …", "**Posted:** …"). */
const MARKUP = /^\s*(?:[-*+]|\d{1,3}[.)])\s+|[*_`]/g;

/** Date each posting without one by its labelled n/n/yyyy date, read in the order the page's dates tell (in place). */
export function settleDateOrder(postings: readonly Dated[], lines: readonly BodyLine[]): void {
  const undated = postings.filter(({ fields }) => fields.datePosted === null);
  if (!undated.length || postings.length < 2) return;
  let order: ReturnType<typeof slashDateOrder> | null = null;
  for (const { fields, evidence, segment } of undated) {
    for (const line of segment.body) {
      const plain = line.text.replace(MARKUP, '').trim();
      const text = plain.includes('/') ? postedDateText(plain) : undefined;
      if (text === undefined) continue;
      if (order === null) order = slashDateOrder(lines.map((candidate) => candidate.text));
      const date = order ? parseSlashDate(text, order === 'day-first') : null;
      if (!date) continue;
      fields.datePosted = date;
      evidence.datePosted = { line: line.line, rule: 'text.date-label.page-order', text: plain, confidence: PAGE_ORDER_CONFIDENCE };
      break;
    }
  }
}
