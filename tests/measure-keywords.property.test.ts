/**
 * The employment measures' prefilter (src/extract/employment-measures.ts
 * MEASURE_KEYWORDS): a text whose keyword scan finds neither a digit nor a
 * term word has no measure, so skipping it changes nothing. Held on generated
 * texts of the measures' own words and on every corpus line.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MEASURE_KEYWORDS, measuredTypes } from '../src/extract/employment-measures.js';
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
