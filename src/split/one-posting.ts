/**
 * Text outside a run of blocks that shows the page is one posting: a
 * sentence that hires one role ("Acme is hiring a Staff Engineer in
 * Berlin"), or the posting's own pay ("€110,000"). Under such an intro a
 * list or a table of roles names the posting's peers, team or career ladder,
 * not other postings. A line ending in a colon announces the list below it
 * ("We are hiring for these roles:") and says nothing of one posting.
 */
import { parseMoney } from '../extract/money.js';
import { rolePhraseTitle } from '../extract/title.js';
import { detectLanguage } from '../extract/language.js';
import type { BodyLine } from '../document.js';

/** Lines [start, end) of the body that hire one role or state pay: the plain version, a scan of the range (onePostingLines answers the same). */
export function statesOnePosting(body: BodyLine[], start: number, end: number, { pay = true } = {}): boolean {
  for (let at = Math.max(0, start); at < Math.min(end, body.length); at++) {
    const line = readable(body[at]!.text);
    if (line === undefined) continue;
    if (rolePhraseTitle(line) !== undefined) return true;
    if (pay && statesPay(line)) return true;
  }
  return false;
}

/** A line's text as read for a role or pay; none for a blank line, a line that announces what follows ("…roles:") or a long one. */
function readable(text: string): string | undefined {
  const line = text.trim();
  return !line || /[:：]$/.test(line) || line.length > 600 ? undefined : line;
}

const statesPay = (line: string) => parseMoney(line).some((figure) => figure.currency);

/** statesOnePosting for many ranges of one page: each line read once at most. */
export type OnePostingLines = (start: number, end: number, options?: { pay?: boolean }) => boolean;

/**
 * The page's lines that hire one role or state pay, as prefix counts built
 * from the top as far as a question reaches: a page asks once per list or
 * table, and a scan of each range from the top cost lists × lines.
 */
export function onePostingLines(body: BodyLine[]): OnePostingLines {
  // hires[i]: lines in [0, i) that hire one role; states[i]: those that hire one or state pay.
  const hires = [0];
  const states = [0];
  const hireAt: boolean[] = [];
  const reach = (end: number, pay: boolean) => {
    for (let at = hires.length - 1; at < end; at++) {
      const line = readable(body[at]!.text);
      hireAt[at] = line !== undefined && rolePhraseTitle(line) !== undefined;
      hires.push(hires[at]! + (hireAt[at] ? 1 : 0));
    }
    if (!pay) return;
    for (let at = states.length - 1; at < end; at++) {
      const line = hireAt[at] ? undefined : readable(body[at]!.text);
      states.push(states[at]! + (hireAt[at] || (line !== undefined && statesPay(line)) ? 1 : 0));
    }
  };
  return (start, end, { pay = true } = {}) => {
    const from = Math.max(0, start);
    const to = Math.min(end, body.length);
    if (from >= to) return false;
    reach(to, pay);
    const counts = pay ? states : hires;
    return counts[to]! > counts[from]!;
  };
}

/**
 * Do the runs of the body read as one posting in several languages: two languages or more, each
 * read in as many runs as the others (English and German, one run each)? A list of postings with
 * one in another language (nine German, one English) is a list still.
 */
export function inDifferentLanguages(body: BodyLine[], ranges: Array<{ start: number; end: number }>): boolean {
  const counts = new Map<string, number>();
  for (const { start, end } of ranges) {
    const code = detectLanguage(body.slice(start, end).map((line) => line.text).join('\n')).code;
    if (code !== 'und') counts.set(code, (counts.get(code) ?? 0) + 1);
  }
  return counts.size > 1 && new Set(counts.values()).size === 1;
}
