/**
 * The one-pass phrase finder (src/extract/match/phrase-set.ts) against its
 * plain reading (each phrase looked for with includes): the same phrases
 * found, on generated texts of the not-a-posting phrases (which
 * posting-kind.ts finds with it) and of short phrases that share their
 * first units, and on every corpus line.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { phraseSet, phrasesIn } from '../src/extract/match/phrase-set.js';
import { noVacancyPhrases, postingGuidelines, processPhrases, standingInvitations, templateInstructions, templateMarks } from '../src/extract/tables/not-posting.js';
import { corpusLines, textsOf } from './matcher-texts.js';
import { itShared } from './helpers.js';
import { propertyRuns } from './property-runs.js';

const NOT_POSTING = [noVacancyPhrases, processPhrases, postingGuidelines, standingInvitations, templateInstructions].flatMap((table) => Object.values(table).flat()).concat(templateMarks);
const notPosting = phraseSet(NOT_POSTING);

function check(phrases: readonly string[], set: ReturnType<typeof phraseSet>, text: string): void {
  expect([...set.foundIn(text)].sort(), JSON.stringify(text)).toEqual([...phrasesIn(phrases, text)].sort());
}

describe('phraseSet finds what includes finds', () => {
  it('on generated texts of the not-a-posting phrases', () => {
    const texts = textsOf(NOT_POSTING, [' ', '\n', 'no ', 'we ', '採', 'İ', 'a'], { random: true });
    fc.assert(fc.property(texts, (text) => check(NOT_POSTING, notPosting, text.toLowerCase())), { numRuns: propertyRuns(500) });
  });

  it('on any phrases, short ones, repeats and the empty one included, and any text', () => {
    const unit = fc.constantFrom('a', 'b', 'ab', '\n', 'é', '\u{1F600}', 'İ');
    const phrase = fc.array(unit, { maxLength: 4 }).map((parts) => parts.join(''));
    fc.assert(fc.property(fc.array(phrase, { maxLength: 8 }), fc.array(unit, { maxLength: 12 }).map((parts) => parts.join('')), (phrases, text) => {
      check(phrases, phraseSet(phrases), text);
    }), { numRuns: propertyRuns(1000) });
  });

  it('finds a phrase at the very start and end of a text, and none in an empty one', () => {
    const set = phraseSet(['no open positions', 'ab', 'x']);
    expect([...set.foundIn('no open positions')]).toEqual(['no open positions']);
    expect([...set.foundIn('cab x')].sort()).toEqual(['ab', 'x']);
    expect(set.foundIn('').size).toBe(0);
  });

  itShared('on every corpus line, lower-cased as posting-kind reads it', () => {
    for (const line of corpusLines()) check(NOT_POSTING, notPosting, line.toLowerCase());
  }, 120_000);
});

describe('phraseSet.anyIn', () => {
  it('says whether foundIn finds any phrase', () => {
    const unit = fc.constantFrom('a', 'b', 'ab', '\n', 'é', '\u{1F600}');
    const phrase = fc.array(unit, { maxLength: 3 }).map((parts) => parts.join(''));
    fc.assert(fc.property(fc.array(phrase, { maxLength: 6 }), fc.array(unit, { maxLength: 10 }).map((parts) => parts.join('')), (phrases, text) => {
      expect(phraseSet(phrases).anyIn(text)).toBe(phrasesIn(phrases, text).size > 0);
    }), { numRuns: propertyRuns(1000) });
  });
});
