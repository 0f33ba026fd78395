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

/** Lines [start, end) of the body that hire one role or state pay. */
export function statesOnePosting(body: BodyLine[], start: number, end: number, { pay = true } = {}): boolean {
  for (let at = Math.max(0, start); at < Math.min(end, body.length); at++) {
    const line = body[at]!.text.trim();
    if (!line || /[:：]$/.test(line) || line.length > 600) continue;
    if (rolePhraseTitle(line) !== undefined) return true;
    if (pay && parseMoney(line).some((figure) => figure.currency)) return true;
  }
  return false;
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
