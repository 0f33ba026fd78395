/**
 * Patterns from word tables. Latin and Cyrillic words match between letter
 * boundaries: \b sees only ASCII letters, so "jusqu'à", "rémunéré" or "зп"
 * never matched with it. Chinese and Japanese words (and emoji) match
 * anywhere, as those scripts put no spaces between words. A word ending in
 * "*" also matches longer words ("ročn*": ročne, ročná). Alternations of
 * escaped literals: they cannot backtrack badly.
 */
import { escapeRegExp } from './text.js';

const NO_SPACES = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Extended_Pictographic}]/u;

/** The source of a pattern matching any of the words, longest first. */
export function wordsSource(words: readonly string[]): string {
  const sorted = [...new Set(words)].sort((a, b) => b.length - a.length);
  const bounded = sorted.filter((w) => !NO_SPACES.test(w)).map((w) => (w.endsWith('*') ? `${escapeRegExp(w.slice(0, -1))}\\p{L}*` : escapeRegExp(w)));
  const anywhere = sorted.filter((w) => NO_SPACES.test(w)).map(escapeRegExp);
  const parts = [];
  if (bounded.length) parts.push(`(?<![\\p{L}\\p{N}_])(?:${bounded.join('|')})(?![\\p{L}\\p{N}_])`);
  if (anywhere.length) parts.push(`(?:${anywhere.join('|')})`);
  return parts.join('|') || '(?!)';
}

/** A case-insensitive pattern matching any of the words (see wordsSource). */
export function wordsPattern(words: readonly string[], flags = 'iu'): RegExp {
  return new RegExp(wordsSource(words), flags);
}
