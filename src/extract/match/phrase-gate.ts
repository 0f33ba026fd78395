/**
 * A case-insensitive pattern whose every match holds one of a list of literal
 * phrases ("(?<![\p{L}])(?:full-time|part-time|…)(?![\p{L}])", a label then
 * its value): compiled with `iu`, a list of hundreds of phrases costs a tenth
 * of a second, and most texts hold none of them. Gated, it is built on first
 * need and tried only on a text whose filter form (text.ts filterForm) holds
 * one of the phrases' filterable cores, as every text it matches does (a text
 * without a filter form is always tried). test() answers what the pattern's
 * own test() answers: tests/phrase-gate.property.test.ts holds the two to it.
 */
import { filterableCore, filterForm, lazily, mayContain } from '../text.js';

export interface PhraseGated {
  /** Could the pattern match the text? False only when it surely cannot. */
  mayMatch(text: string): boolean;
  /** pattern().test(text), without building the pattern for a text it cannot match. */
  test(text: string): boolean;
  /** The pattern itself (the plain reading), built on the first call. */
  pattern(): RegExp;
}

/** `build` makes a pattern without the g or y flag (its test() keeps no state) every match of which holds one of `phrases`, case-insensitively. */
export function phraseGated(phrases: readonly string[], build: () => RegExp): PhraseGated {
  const cores = lazily(() => [...new Set(phrases.map(filterableCore))]);
  const pattern = lazily(build);
  const mayMatch = (text: string): boolean => mayContain(filterForm(text), cores());
  return { mayMatch, pattern, test: (text) => mayMatch(text) && pattern().test(text) };
}
