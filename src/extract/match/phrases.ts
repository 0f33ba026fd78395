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
 * the boundaries checked in the text. A phrase that cannot be found
 * lower-cased ("πλήρης απασχόληση": Greek lower-cases unlike it folds) is
 * looked for by a case-insensitive pattern of such phrases alone, and tried
 * where it would start by a pattern of its own: small patterns, where one such
 * phrase used to send every text to the whole pattern (0.4 MB compiled for
 * employment's). Matches are the pattern's: leftmost, then the first phrase
 * in order whose boundaries hold. A text without a filter form is searched
 * with the pattern itself (built then).
 */
interface SoughtPhrase { text: string; stem: boolean; alone: (() => RegExp) | null }

export class PhraseFinder {
  private readonly phrasesByFirstUnit = new Map<number, SoughtPhrase[]>();
  private readonly alonePhrases: SoughtPhrase[];
  private readonly candidates: RegExp;
  private readonly aloneCandidates: (() => RegExp) | null;
  private readonly fallback: () => RegExp;
  private readonly patternOnly: boolean;

  constructor(phrases: ReadonlyArray<string | FinderPhrase>, private readonly inWord: (code: number) => boolean, fallbackSource: string) {
    const sought: SoughtPhrase[] = phrases.map((p) => {
      const text = typeof p === 'string' ? p : p.text;
      const stem = typeof p === 'string' ? false : p.stem ?? false;
      return filterable(text) ? { text: text.toLowerCase(), stem, alone: null } : { text, stem, alone: lazily(() => new RegExp(escapeRegExp(text), 'iuy')) };
    });
    // An empty phrase matches anywhere: then every text is searched with the pattern, so a new table row never breaks extraction.
    this.patternOnly = sought.some((p) => p.text.length === 0);
    this.alonePhrases = sought.filter((p) => p.alone);
    const lowered = sought.filter((p) => !p.alone);
    for (const unit of new Set(lowered.map((p) => p.text.charCodeAt(0)))) {
      this.phrasesByFirstUnit.set(unit, sought.filter((p) => p.alone || p.text.charCodeAt(0) === unit));
    }
    this.candidates = new RegExp(this.patternOnly || !lowered.length ? '(?!)' : [...new Set(lowered.map((p) => escapeRegExp(p.text)))].join('|'), 'g');
    const aloneSource = [...new Set(this.alonePhrases.map((p) => escapeRegExp(p.text)))].join('|');
    this.aloneCandidates = this.alonePhrases.length ? lazily(() => new RegExp(aloneSource, 'giu')) : null;
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
    const aloneCandidates = this.aloneCandidates?.() ?? null;
    let lowered = nextMatchAt(this.candidates, form, from);
    let alone = aloneCandidates ? nextMatchAt(aloneCandidates, text, from) : -1;
    while (lowered >= 0 || alone >= 0) {
      const index = alone < 0 || (lowered >= 0 && lowered < alone) ? lowered : alone;
      if (index === lowered) lowered = nextMatchAt(this.candidates, form, index + 1);
      if (index === alone) alone = nextMatchAt(aloneCandidates!, text, index + 1);
      if (this.inWord(codePointBefore(text, index))) continue;
      for (const phrase of this.phrasesByFirstUnit.get(form.charCodeAt(index)) ?? this.alonePhrases) {
        let end = phrase.alone ? stickyEnd(phrase.alone(), text, index) : form.startsWith(phrase.text, index) ? index + phrase.text.length : -1;
        if (end < 0) continue;
        if (phrase.stem) for (let code = codePointAt(text, end); isLetterCodePoint(code); code = codePointAt(text, end)) end += code > 0xffff ? 2 : 1;
        if (!this.inWord(codePointAt(text, end))) return { index, end };
      }
    }
    return null;
  }
}

/** Where a global pattern next matches at or after `at` in the text, or -1. */
function nextMatchAt(pattern: RegExp, text: string, at: number): number {
  pattern.lastIndex = at;
  const match = pattern.exec(text);
  // A Unicode pattern asked to start inside a surrogate pair starts at its first half: never go back.
  return match ? (match.index >= at ? match.index : nextMatchAt(pattern, text, at + 1)) : -1;
}

/** Where a sticky pattern's match starting at `at` ends, or -1. */
export function stickyEnd(sticky: RegExp, text: string, at: number): number {
  sticky.lastIndex = at;
  return sticky.test(text) ? sticky.lastIndex : -1;
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
