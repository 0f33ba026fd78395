/**
 * The prefilter keywords generated into tables/prefilter-keywords.ts against
 * what their tables give now (a phrase added to tables/remote.ts or
 * tables/employment.ts makes the table stale), and the cover words' promise.
 */
import { describe, expect, it } from 'vitest';
import { FREE_LINE_KEYWORDS, POLICY_COVER_WORDS } from '../src/extract/tables/prefilter-keywords.js';
import { coverWords, withoutLongerKeywords } from '../src/extract/match/cover-words.js';
import { policyWords } from '../src/extract/remote-phrases.js';
import { freeLineCores } from '../src/extract/employment.js';

const REGENERATE = '(stale: npm run build && node scripts/prefilter-keywords.js)';

describe('prefilter keyword table', () => {
  it(`holds the remote-policy phrases' cover words ${REGENERATE}`, () => {
    const words = policyWords();
    expect(POLICY_COVER_WORDS).toEqual(words && coverWords(words));
    expect(POLICY_COVER_WORDS).not.toBeNull();
  });

  it(`holds the free employment words' cores less those containing another ${REGENERATE}`, () => {
    const cores = freeLineCores();
    expect(FREE_LINE_KEYWORDS).toEqual(cores && withoutLongerKeywords(cores));
    expect(FREE_LINE_KEYWORDS).not.toBeNull();
  });

  it('covers every string it was made from with a keyword the string contains', () => {
    for (const strings of [policyWords()!, freeLineCores()!]) {
      for (const keywords of [coverWords(strings), withoutLongerKeywords(strings)]) {
        expect(strings.filter((string) => !keywords.some((keyword) => string.includes(keyword)))).toEqual([]);
      }
    }
    // Shorter than what it was made from: a keyword that contains another is dropped.
    expect(withoutLongerKeywords(['full time', 'full time job', 'job'])).toEqual(['full time', 'job']);
  });
});
