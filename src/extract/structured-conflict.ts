/**
 * Structured data against the text: a page's JSON-LD or microdata JobPosting
 * and its visible text may name another title, company or date (a template
 * left stale, a page reused for another role). The chooser keeps the best
 * value either way; this says so, naming both, so a reader can check.
 *
 * Only the text's strongest candidate is compared, and only when it is read
 * with some confidence (TEXT_MIN); values agree when their words are the same
 * or one holds the other ("Northwind Traders" and "Northwind Traders GmbH").
 */
import type { Candidate } from './candidates.js';
import { warn, type ExtractContext } from './context.js';

/** Rules that read a page's structured data (page-meta.ts structuredValues). */
export const STRUCTURED_RULE = /^(?:jsonld|microdata|rdfa|state):/;
/** A text candidate weaker than this is a guess, not a statement to compare. */
export const TEXT_MIN = 0.6;
/** Sources that are not the posting's text. */
const NOT_TEXT = new Set(['structured', 'file-name']);

/** Warn `structured-data-conflict` when structured data and the text's best reading of a field disagree; returns the two it named. */
export function structuredConflict<T>(ctx: ExtractContext, field: string, candidates: ReadonlyArray<Candidate<T>>): [Candidate<T>, Candidate<T>] | undefined {
  const strongest = (list: Array<Candidate<T>>): Candidate<T> | undefined => list.reduce<Candidate<T> | undefined>((best, c) => (!best || c.confidence > best.confidence ? c : best), undefined);
  const structured = strongest(candidates.filter((c) => STRUCTURED_RULE.test(c.rule)));
  if (!structured) return undefined;
  const text = strongest(candidates.filter((c) => !NOT_TEXT.has(c.source) && !STRUCTURED_RULE.test(c.rule)));
  if (!text || text.confidence < TEXT_MIN || sameWords(String(structured.value), String(text.value))) return undefined;
  const stated = (c: Candidate<T>): string => `"${String(c.value)}" (${c.rule}, line ${c.line})`;
  warn(ctx, 'structured-data-conflict', { field, structured: stated(structured), text: stated(text) }, text.line || undefined);
  return [structured, text];
}

/** The same words, or one value's words inside the other's. */
export function sameWords(a: string, b: string): boolean {
  const words = (text: string): string => ` ${text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim()} `;
  const [x, y] = [words(a), words(b)];
  return x === y || (x.trim() !== '' && y.trim() !== '' && (x.includes(y) || y.includes(x)));
}
