/**
 * Keywords that cover a set of strings for a keyword group (match/keywords.ts):
 * a text holding one of the strings holds one of the keywords. The prefilter
 * groups are made from them once, by scripts/prefilter-keywords.js, into
 * tables/prefilter-keywords.ts (a first document no longer pays for making
 * them); tests/prefilter-keywords-table.test.ts fails when that table is stale.
 */
import { words } from '../text.js';

/** The keywords less those that contain another (the shorter one is found whenever they are), in their order. */
export function withoutLongerKeywords(keywords: readonly string[]): string[] {
  const unique = [...new Set(keywords)];
  return unique.filter((keyword) => !unique.some((other) => other !== keyword && keyword.includes(other)));
}

/**
 * Keywords one of which each string contains, few and rare: the one-word strings; for each other string
 * not containing one of those, its longest word, or the whole string when that word is short ("vor ort",
 * not "ort"); less the keywords that contain another.
 */
export function coverWords(strings: readonly string[]): string[] {
  const chosen = strings.filter((string) => words(string).length <= 1);
  for (const string of strings) {
    if (chosen.some((keyword) => string.includes(keyword))) continue;
    const longest = words(string).reduce((a, b) => (b.length > a.length ? b : a), '');
    chosen.push(longest.length >= 5 ? longest : string);
  }
  return withoutLongerKeywords(chosen);
}
