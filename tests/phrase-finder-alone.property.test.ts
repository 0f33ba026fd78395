/**
 * PhraseFinder with phrases that cannot be found lower-cased (Greek, "ſ"):
 * they are looked for by small patterns of their own instead of sending every
 * text to the whole pattern. The finder against phrasePattern(), the plain
 * pattern it stands for: the same first match from every start, on generated
 * tables and text, and employment's own words (which hold Greek) on generated
 * text and every corpus line.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { phraseFinder, phrasePattern } from '../src/extract/match/phrases.js';
import { filterable, filterForm } from '../src/extract/text.js';
import { employmentWords } from '../src/extract/tables/employment.js';
import { propertyRuns } from './property-runs.js';

const RUNS = propertyRuns(200);

function firstMatch(pattern: RegExp, text: string, from: number): { index: number; end: number } | null {
  pattern.lastIndex = from;
  const match = pattern.exec(text);
  return match ? { index: match.index, end: match.index + match[0].length } : null;
}

function expectSameMatches(phrases: string[], texts: string[]): void {
  const finder = phraseFinder(phrases);
  const pattern = phrasePattern(phrases, 'giu');
  for (const text of texts) {
    // Every start but the middle of a surrogate pair (a Unicode pattern would start at its first half there; no caller does).
    for (let from = 0; from <= text.length; from++) if (!/[\udc00-\udfff]/.test(text[from] ?? '') || !/[\ud800-\udbff]/.test(text[from - 1] ?? '')) expect(finder.find(text, from), `${JSON.stringify(text)} from ${from}`).toEqual(firstMatch(pattern, text, from));
  }
}

// Pieces of phrases and texts: Latin, Greek (σ, ς, ι and μ lower-case unlike they fold), ſ (folds to s), the micro sign (folds to μ), a surrogate pair.
const PIECES = ['s', 'S', 'ſ', 'st', 'job', 'μ', 'µ', 'Μ', 'ήνα', 'σ', 'ς', 'Σ', 'ι', 'ΐ', 'πλήρης', ' ', '-', 'é', '😀', 'a'];
const piecesText = (maxLength: number) => fc.array(fc.constantFrom(...PIECES), { minLength: 1, maxLength }).map((pieces) => pieces.join(''));

describe('PhraseFinder: phrases found by patterns of their own', () => {
  it('finds what the plain pattern finds, for tables mixing phrases that can and cannot be found lower-cased', () => {
    let alone = 0;
    let withForm = 0;
    fc.assert(fc.property(fc.array(piecesText(3), { minLength: 1, maxLength: 6 }), fc.array(piecesText(8), { minLength: 1, maxLength: 3 }), (phrases, texts) => {
      if (phrases.some((phrase) => !filterable(phrase))) alone++;
      if (texts.some((text) => filterForm(text) !== null)) withForm++;
      expectSameMatches(phrases, texts);
    }), { numRuns: RUNS });
    // The property reached the new path: tables with such phrases, searched in texts that have a filter form.
    expect(alone).toBeGreaterThan(RUNS / 4);
    expect(withForm).toBeGreaterThan(RUNS / 4);
  });

  it('a phrase with ſ is found where the text writes s, beside lower-cased phrases', () => {
    const phrases = ['ſtelle', 'job'];
    expect(filterable('ſtelle')).toBe(false);
    expect(phraseFinder(phrases).find('Eine STELLE, ein Job')).toEqual({ index: 5, end: 11 });
    expect(phraseFinder(phrases).find('Stellenangebot: job')).toEqual({ index: 16, end: 19 });
  });

  const employment = employmentWords.map(([phrase]) => phrase);
  it('employment words (Greek among them): the same matches on generated text', () => {
    expect(employment.some((phrase) => !filterable(phrase))).toBe(true);
    fc.assert(fc.property(fc.array(fc.oneof(fc.constantFrom(...employment), fc.constantFrom(...employment).map((p) => p.toUpperCase()), fc.constantFrom(...PIECES)), { maxLength: 6 }), (pieces) => {
      expectSameMatches(employment, [pieces.join(' ')]);
    }), { numRuns: RUNS });
  });
});
