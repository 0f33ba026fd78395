/**
 * Small text helpers shared by the extractors. Patterns built here are
 * alternations of escaped literals between letter boundaries: they cannot
 * backtrack badly whatever the input.
 */
export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** One pattern matching any of the phrases as whole words (case-insensitive unless told). */
export function phrasePattern(phrases: string[], flags = 'giu'): RegExp {
  const sorted = [...new Set(phrases)].sort((a, b) => b.length - a.length).map(escapeRegExp);
  return new RegExp(`(?<![\\p{L}\\p{N}_])(?:${sorted.join('|')})(?![\\p{L}\\p{N}_])`, flags);
}

/** The sentences of a line (split after . ! ? followed by a space). */
export function sentences(text: string): string[] {
  return text.split(/(?<=[.!?;])\s+(?=\S)/u);
}

/** Does the text contain the word or phrase (whole words, case-insensitive)? */
export function hasPhrase(text: string, pattern: RegExp): boolean {
  pattern.lastIndex = 0;
  const found = pattern.test(text);
  pattern.lastIndex = 0;
  return found;
}

/** Letters-only lower-case form used to compare headings and names. */
export function normalizeKey(text: string): string {
  return text.toLowerCase().replace(/[^\p{L}\p{N}'’+#. -]/gu, ' ').replace(/\s+/g, ' ').trim();
}

/** Upper-case the first letter. */
export function capitalize(text: string): string {
  return text.charAt(0).toLocaleUpperCase() + text.slice(1);
}
