/**
 * Fast phrase matchers beside the plain patterns they stand for. A
 * PhraseFinder finds what phrasePattern() (whole words) or
 * phraseAnywhereSource() (Chinese and Japanese: no boundaries) finds,
 * without compiling those patterns with the `iu` flags (milliseconds each):
 * lower-cased phrases are looked for in the text's filterForm() and the
 * boundaries checked by hand. tests/extract-matchers.property.test.ts holds
 * each to its pattern on generated and corpus text.
 */
import { codePointAt, codePointBefore, escapeRegExp, filterable, filterForm, isLetterCodePoint, isWordCodePoint, lazily } from '../text.js';

/** One pattern matching any of the phrases as whole words (case-insensitive unless told). */
export function phrasePattern(phrases: string[], flags = 'giu'): RegExp {
  return new RegExp(phraseSource(phrases), flags);
}

/** The phrases, longest first, as phrasePattern() tries them. */
function phraseOrder(phrases: string[]): string[] {
  return [...new Set(phrases)].sort((a, b) => b.length - a.length);
}

function phraseSource(phrases: string[]): string {
  return `(?<![\\p{L}\\p{N}_])(?:${phraseOrder(phrases).map(escapeRegExp).join('|')})(?![\\p{L}\\p{N}_])`;
}

/** A PhraseFinder that finds what phrasePattern(phrases, 'giu') finds. */
export function phraseFinder(phrases: string[]): PhraseFinder {
  return new PhraseFinder(phraseOrder(phrases), isWordCodePoint, phraseSource(phrases));
}

/** One phrase a PhraseFinder looks for; a stem also takes the letters after it ("schick" + \p{L}*). */
export interface FinderPhrase { text: string; stem?: boolean }

/**
 * Whole-word phrases found case-insensitively, as a pattern
 * (?<!W)(?:phrase|stem\p{L}*|...)(?!W) with the `iu` flags finds them (W: the
 * class inWord tests), without compiling that pattern: the lower-cased
 * phrases are looked for in the text's filterForm() by a plain pattern, and
 * the boundaries checked in the text. Matches are the pattern's: leftmost,
 * then the first phrase in order whose boundaries hold. A text without a
 * filter form is searched with the pattern itself (built then).
 */
export class PhraseFinder {
  private readonly phrasesByFirstUnit = new Map<number, Array<{ text: string; stem: boolean }>>();
  private readonly candidates: RegExp;
  private readonly fallback: () => RegExp;
  private readonly patternOnly: boolean;

  constructor(phrases: ReadonlyArray<string | FinderPhrase>, private readonly inWord: (code: number) => boolean, fallbackSource: string) {
    const lower = phrases.map((p) => (typeof p === 'string' ? { text: p, stem: false } : { text: p.text, stem: p.stem ?? false }));
    // A phrase whose lower case and case folding differ (or an empty one) cannot be found in lower-cased
    // text: then every text is searched with the pattern, so a new table row never breaks extraction.
    this.patternOnly = !lower.every((p) => filterable(p.text) && p.text.length > 0);
    for (const phrase of this.patternOnly ? [] : lower) {
      phrase.text = phrase.text.toLowerCase();
      const first = phrase.text.charCodeAt(0);
      const list = this.phrasesByFirstUnit.get(first);
      if (list) list.push(phrase);
      else this.phrasesByFirstUnit.set(first, [phrase]);
    }
    this.candidates = new RegExp(this.patternOnly ? '(?!)' : [...new Set(lower.map((p) => escapeRegExp(p.text)))].join('|'), 'g');
    this.fallback = lazily(() => new RegExp(fallbackSource, 'giu'));
  }

  /** The first match at or after `from`: where it starts and ends, or null. */
  find(text: string, from = 0, form: string | null = filterForm(text)): { index: number; end: number } | null {
    if (form === null || this.patternOnly) {
      const pattern = this.fallback();
      pattern.lastIndex = from;
      const match = pattern.exec(text);
      return match ? { index: match.index, end: match.index + match[0].length } : null;
    }
    const candidates = this.candidates;
    candidates.lastIndex = from;
    let candidate: RegExpExecArray | null;
    while ((candidate = candidates.exec(form))) {
      const index = candidate.index;
      candidates.lastIndex = index + 1;
      if (this.inWord(codePointBefore(text, index))) continue;
      for (const phrase of this.phrasesByFirstUnit.get(form.charCodeAt(index))!) {
        if (!form.startsWith(phrase.text, index)) continue;
        let end = index + phrase.text.length;
        if (phrase.stem) for (let code = codePointAt(text, end); isLetterCodePoint(code); code = codePointAt(text, end)) end += code > 0xffff ? 2 : 1;
        if (!this.inWord(codePointAt(text, end))) return { index, end };
      }
    }
    return null;
  }
}

/** Words grouped by their first UTF-16 unit, each group in the words' order (a search of the list in order only ever matches within one group). */
export function byFirstUnit(words: readonly string[]): Map<number, string[]> {
  const groups = new Map<number, string[]>();
  for (const word of words) {
    const group = groups.get(word.charCodeAt(0));
    if (group) group.push(word);
    else groups.set(word.charCodeAt(0), [word]);
  }
  return groups;
}

/** The pattern a phraseAnywhere() finder stands for: the phrases anywhere, longest first, no boundaries (Chinese and Japanese have none). */
export function phraseAnywhereSource(phrases: string[]): string {
  return `(?:${phraseOrder(phrases).map(escapeRegExp).join('|')})`;
}

/** A PhraseFinder that finds what new RegExp(phraseAnywhereSource(phrases), 'giu') finds. */
export function phraseAnywhere(phrases: string[]): PhraseFinder {
  return new PhraseFinder(phraseOrder(phrases), () => false, phraseAnywhereSource(phrases));
}
