/**
 * Patterns compiled only where they can match (#18), against their plain
 * readings: the employment words a title's brackets may hold (title-aside.ts,
 * a phraseGated pattern: tried only on a text holding one of its phrases) and
 * the experience statements of experience-other.ts (each rule tried only on a
 * line with an ASCII digit, the "at least" rule only on one holding an "at
 * least" word). On generated texts of the tables' own words, with the
 * characters lower-casing and case folding disagree on, and on every corpus line.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { corpusLines, textsOf } from './matcher-texts.js';
import { itShared } from './helpers.js';
import { propertyRuns } from './property-runs.js';
import { EMPLOYMENT_WORD } from '../src/extract/title-aside.js';
import { employmentWords } from '../src/extract/tables/employment.js';
import { otherStatement, otherStatementPlain } from '../src/extract/experience-other.js';
import { otherAtLeastWords, otherExperienceWords, otherYearsWords } from '../src/extract/tables/experience.js';
import { numberWords } from '../src/extract/tables/words.js';

const FOLDING = ['İ', 'ſ', 'Σ', 'ς', 'K', 'ι', '\u0345', 'µ'];
const NOISE = [' ', '  ', '(', ')', ',', '-', '/', 'a', 'É', ...FOLDING];

describe('a phrase-gated pattern answers what the pattern answers', () => {
  const gatedAgrees = (text: string): void => {
    expect(EMPLOYMENT_WORD.test(text), JSON.stringify(text)).toBe(EMPLOYMENT_WORD.pattern().test(text));
  };

  it('on generated texts of the employment words', () => {
    const words = employmentWords.map(([phrase]) => phrase);
    fc.assert(fc.property(textsOf(words, NOISE, { random: true, maxLength: 6 }), gatedAgrees), { numRuns: propertyRuns(1000) });
  });

  it('skips a text without any of its words, and tries one with a word', () => {
    expect(EMPLOYMENT_WORD.mayMatch('Klarna Bank')).toBe(false);
    expect(EMPLOYMENT_WORD.test('Werkstudent, 20h')).toBe(true);
    expect(EMPLOYMENT_WORD.test('PART-TIME')).toBe(true);
  });

  itShared('on every corpus line', () => {
    for (const line of corpusLines()) gatedAgrees(line.slice(0, 200));
  }, 120_000);
});

describe('the experience statements, each rule tried only where it can match', () => {
  const sameStatement = (text: string): void => {
    expect(otherStatement(text), JSON.stringify(text)).toEqual(otherStatementPlain(text));
  };
  const WORDS = [...otherExperienceWords, ...otherYearsWords, ...otherAtLeastWords, 'trzy', 'cinque', 'two', '3', '12', '5+', '3-5', '至少2年', '2–4 年', 'years’ experience', '-year experience'];

  it('on generated texts of the rules\' words', () => {
    fc.assert(fc.property(textsOf(WORDS, NOISE, { random: true }), sameStatement), { numRuns: propertyRuns(1000) });
  });

  it('on generated "at least" statements, a figure written as a word', () => {
    const figures = [...Object.keys(numberWords), '3', '12'];
    const statements = fc.tuple(fc.constantFrom(...otherExperienceWords), fc.constantFrom(...otherAtLeastWords), fc.constantFrom(...figures), fc.constantFrom(...otherYearsWords), fc.constantFrom(...NOISE), fc.boolean())
      .map(([experience, atLeast, figure, years, noise, upper]) => {
        const text = `${experience}${noise}${atLeast} ${figure} ${years}`;
        return upper ? text.toUpperCase() : text;
      });
    fc.assert(fc.property(statements, sameStatement), { numRuns: propertyRuns(1000) });
  });

  it('finds a statement written with a number word, and one with digits', () => {
    expect(otherStatement('almeno cinque anni di esperienza')?.min).toBe(5);
    expect(otherStatement('co najmniej 2 lata doświadczenia')?.min).toBe(2);
  });

  itShared('on every corpus line', () => {
    for (const line of corpusLines()) sameStatement(line);
  }, 120_000);
});
