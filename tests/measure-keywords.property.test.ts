/**
 * The employment measures' prefilter (src/extract/employment-measures.ts
 * MEASURE_KEYWORDS): a text whose keyword scan finds neither a digit nor a
 * term word has no measure, so skipping it changes nothing. Held on generated
 * texts of the measures' own words and on every corpus line. And the term
 * after a contract word ("contract for 12 months"), tried only on a text that
 * holds a contract word: the same measures as tried on every text.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MEASURE_KEYWORDS, measuredTypes, measuredTypesPlain } from '../src/extract/employment-measures.js';
import { termContractWords, termPrepositions, termUnitWords } from '../src/extract/tables/employment.js';
import { extractorKeywordGroups } from '../src/extract/index.js';
import { keywordIndex } from '../src/extract/match/keywords.js';
import { corpusLines, textsOf } from './matcher-texts.js';
import { itShared } from './helpers.js';
import { propertyRuns } from './property-runs.js';

const index = keywordIndex(extractorKeywordGroups);
const measureBits = MEASURE_KEYWORDS.reduce((bits, group) => bits | index.bit(group), 0);

function check(text: string): void {
  if ((index.scan(text) & measureBits) === 0) expect(measuredTypes(text), JSON.stringify(text)).toEqual([]);
}

const WORDS = ['40', '30h', ' Std./Woche', 'hours per week', ' YEAR', 'Month', '-month contract', 'two-year position', '80%', ' Stelle', 'Pensum', 'timmar per vecka', 'İ', 'ſ', 'Σ', '٣', '४०', '１２'];

describe('the measures prefilter skips only texts without a measure', () => {
  it('on generated texts', () => {
    fc.assert(fc.property(textsOf(WORDS, [' ', '-', '/', '%', 'a', '.'], { random: true }), check), { numRuns: propertyRuns(1000) });
  });

  it('lets through the texts that have one', () => {
    expect(measuredTypes('40 hours per week').length).toBeGreaterThan(0);
    expect(index.scan('40 hours per week') & measureBits).not.toBe(0);
    expect(index.scan('a two-year position') & measureBits).not.toBe(0);
  });

  itShared('on every corpus line', () => {
    for (const line of corpusLines()) check(line);
  }, 120_000);
});

const TERM_WORDS = [...termContractWords, ...termPrepositions, ...termUnitWords, '12', 'two', 'zwei', 'douze', ' ', 'ſ', 'K', 'İ', 'Σ'];

describe('the term after a contract word is tried only where a contract word is', () => {
  it('on generated texts', () => {
    fc.assert(fc.property(textsOf(TERM_WORDS, [' ', '  ', '-', 'a', '3'], { random: true }), (text) => {
      expect(measuredTypes(text), JSON.stringify(text)).toEqual(measuredTypesPlain(text));
    }), { numRuns: propertyRuns(1000) });
    expect(measuredTypes('Befristung auf 12 Monate')).toEqual(measuredTypesPlain('Befristung auf 12 Monate'));
    expect(measuredTypes('Contract for 12 months').length).toBeGreaterThan(0);
  });

  itShared('on every corpus line', () => {
    for (const line of corpusLines()) expect(measuredTypes(line), JSON.stringify(line)).toEqual(measuredTypesPlain(line));
  }, 120_000);
});
