/**
 * "No vacancy" read a language at a time (src/extract/not-posting-vacancy.ts noVacancySentence: each
 * language's branch compiled alone, tried only on a line holding its negation and its noun) against its
 * plain reading (one pattern of every branch): the same words found, on generated lines of the tables'
 * negations, nouns and gap stops in any case (with characters lower-casing and case folding disagree on),
 * on several lines at once, and on every corpus line lower-cased as posting-kind.ts gives them.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { noVacancySentence, noVacancySentencePlain } from '../src/extract/not-posting-vacancy.js';
import { vacancyGapStops, vacancyNegations, vacancyNouns } from '../src/extract/tables/not-posting.js';
import { corpusLines, textsOf } from './matcher-texts.js';
import { itShared } from './helpers.js';
import { propertyRuns } from './property-runs.js';

const VOCABULARY = [...Object.values(vacancyNegations).flat(), ...Object.values(vacancyNouns).flat(), ...vacancyGapStops, 'currently', 'open', 'für', 'z'];
const NOISE = [' ', ', ', '. ', '’', 'ʼ', "'", '-', 'a', '3', 'ſ', 'K', 'İ', 'Σ', 'ς', 'σ', 'ё'];
const lines = textsOf(VOCABULARY, NOISE, { random: true, maxLength: 12 });

describe('noVacancySentence finds what its one pattern finds', () => {
  it('on generated lines, as written and lower-cased', () => {
    fc.assert(fc.property(lines, (line) => {
      for (const text of [line, line.toLowerCase()]) expect(noVacancySentence([text]), JSON.stringify(text)).toBe(noVacancySentencePlain([text]));
    }), { numRuns: propertyRuns(2000) });
  });

  it('on several lines: the first line with a match, its leftmost match, the earlier language first', () => {
    fc.assert(fc.property(fc.array(lines, { maxLength: 4 }), (texts) => {
      expect(noVacancySentence(texts), JSON.stringify(texts)).toBe(noVacancySentencePlain(texts));
    }), { numRuns: propertyRuns(500) });
    // "ingen … stillinger" reads as Norwegian and Danish alike; "no hay ofertas jobs" reads as Spanish and, from the same
    // start, as English: the earlier language's words are the answer.
    expect(noVacancySentence(['no hay ofertas jobs'])).toBe('no hay ofertas jobs');
    for (const text of ['vi har ingen ledige stillinger', 'no hay vacantes', 'keine offenen stellen, no open jobs', 'there are currently no openings']) {
      expect(noVacancySentence([text])).toBe(noVacancySentencePlain([text]));
      expect(noVacancySentence([text])).not.toBeUndefined();
    }
  });

  itShared('on every corpus line, lower-cased', () => {
    for (const line of corpusLines()) {
      const text = line.toLowerCase();
      expect(noVacancySentence([text]), JSON.stringify(text)).toBe(noVacancySentencePlain([text]));
    }
  });
});
