/**
 * Alternations of words whose every branch has the same boundary checks
 * ("open positions" not inside a word, "募集" anywhere). Written as one
 * lookaround per branch, V8 compiles the lookaround's class again for each
 * branch, and a case-insensitive Unicode class of letters is large machine
 * code (#18: 0.4-0.8 MB for one such pattern). Here one pair wraps each run
 * of consecutive bounded branches: the same matches, since a lookbehind sees
 * the same text for every branch tried at a position and the lookahead is
 * tried after each branch in turn. Runs keep the table's order, so which
 * branch wins at a position does not change either.
 * tests/bounded-alternation.property.test.ts holds it to the per-branch form.
 */
import { escapeRegExp } from '../text.js';

export interface Boundaries {
  /** Put before a bounded run, e.g. a lookbehind (?<![\p{L}\p{N}]); '' for none. */
  before: string;
  /** Put after a bounded run, e.g. a lookahead (?![\p{L}\p{N}]); '' for none. */
  after: string;
}

/**
 * The source of an alternation of the words, escaped, in their order: a word
 * for which `isBounded` holds gets `before` and `after` around it, shared by
 * the run of bounded words it stands in; any other word stands bare.
 */
export function boundedAlternation(words: readonly string[], isBounded: (word: string) => boolean, { before, after }: Boundaries): string {
  const branches: string[] = [];
  let run: string[] = [];
  const closeRun = (): void => {
    if (run.length) branches.push(`${before}(?:${run.join('|')})${after}`);
    run = [];
  };
  for (const word of words) {
    if (isBounded(word)) run.push(escapeRegExp(word));
    else {
      closeRun();
      branches.push(escapeRegExp(word));
    }
  }
  closeRun();
  return branches.join('|');
}

/** No letter or digit may touch a bounded word on either side (a hyphen may: "SHK-Jobs"): the word stands whole. */
export const WHOLE_WORD: Boundaries = { before: '(?<![\\p{L}\\p{N}])', after: '(?![\\p{L}\\p{N}])' };
const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;

/** A case-blind pattern of the words, in their order: a Latin or Cyrillic word whole, a Han, kana or Hangul one anywhere. */
export function wholeWordsOrCjkAnywhere(words: readonly string[], flags = 'iu'): RegExp {
  return new RegExp(boundedAlternation(words, (word) => !CJK.test(word), WHOLE_WORD), flags);
}


/**
 * (?:body){0,max} as V8 compiles it once: a body that cannot match empty and
 * a small max are unrolled, the whole body compiled again for each repeat
 * (#18: 1.2 MB for the company's "founded" sentence, whose every gap between
 * words was three copies of a Unicode letter class). With an empty
 * alternative the body may match empty, and V8 compiles one loop. The
 * matches are the same: with no minimum, a repeat that matches empty fails
 * (ECMAScript's RepeatMatcher), so the empty alternative never adds one.
 */
export function atMost(body: string, max: number): string {
  return `(?:${body}|){0,${max}}`;
}
