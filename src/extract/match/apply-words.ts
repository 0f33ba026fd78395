/**
 * Words about applying (tables/apply.ts), found fast by hasApplyWords()
 * beside the plain pattern it stands for (applyWordsPattern()); the two are
 * held to the same answers by tests/extract-matchers.property.test.ts.
 */
import { applyWords, applyWordsUnbounded } from '../tables/apply.js';
import { filterForm, isLetterOrNumberCodePoint } from '../text.js';
import { PhraseFinder } from './phrases.js';

// Words about applying, as whole words; "*": any letters may follow.
const APPLY_WORD_LIST = [...new Set(Object.values(applyWords).flat())];
const APPLY_WORDS_SOURCE = String.raw`(?<![\p{L}\p{N}])(?:${APPLY_WORD_LIST.map((word) => word.replace(/\*$/, String.raw`\p{L}*`)).join('|')})(?![\p{L}\p{N}])|${applyWordsUnbounded.join('|')}`;
// APPLY_WORDS_SOURCE (case-insensitive) without compiling it, which costs milliseconds: its words found in the
// lower-cased text, the letter boundaries checked by code (the pattern is built for texts without a filter form).
const APPLY_WORDS = new PhraseFinder(
  APPLY_WORD_LIST.map((word) => (word.endsWith('*') ? { text: word.slice(0, -1), stem: true } : word)),
  isLetterOrNumberCodePoint,
  APPLY_WORDS_SOURCE,
);

/** Does the text hold a word about applying? (What APPLY_WORDS_SOURCE, case-insensitive, finds.) */
export function hasApplyWords(text: string): boolean {
  const form = filterForm(text);
  // Without a filter form, find() runs the whole pattern, these words too.
  return APPLY_WORDS.find(text, 0, form) !== null || (form !== null && applyWordsUnbounded.some((word) => form.includes(word)));
}
/** The plain pattern hasApplyWords() stands for, for the differential test. */
export const applyWordsPattern = (): RegExp => new RegExp(APPLY_WORDS_SOURCE, 'iu');
