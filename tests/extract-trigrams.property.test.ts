/**
 * The trigram detector (src/extract/match/trigrams.ts) against franc's own
 * francAll, its plain reading: the same languages with the same scores, in
 * the same order, with the options language-detector.ts passes and with
 * none, on generated text (words of many languages and scripts, digits,
 * punctuation, case changes) and on every file of the corpus (skipped, with
 * the reason, when ../shared is absent): there with the options
 * language-detector.ts passes, and on one file in four with the others.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { francAll } from 'franc';
import { describe, expect, it } from 'vitest';
import { trigramDetector } from '../src/extract/match/trigrams.js';
import { MIN_LENGTH, proseSample } from '../src/extract/language-detector.js';
import { closeRelatives, francCodes } from '../src/extract/tables/languages.js';
import { CORPUS, itShared } from './helpers.js';
import { deepOr, propertyRuns } from './property-runs.js';

const RUNS = propertyRuns(200);
const ONLY = [...Object.keys(francCodes), ...closeRelatives];
const options = [{ minLength: MIN_LENGTH, only: ONLY }, {}, { minLength: 3, only: ['eng', 'deu', 'cmn', 'rus'] }];
const detectors = options.map((option) => trigramDetector(option)!);
const WORDS = [
  'the', 'engineer', 'we are hiring', 'und', 'die', 'Entwicklerin', 'nous', 'recherchons', 'développeur', 'el', 'equipo', 'de', 'och', 'vi', 'söker',
  'zespół', 'szukamy', 'команда', 'ищет', 'розробника', '我们', '招聘', '工程师', 'エンジニア', '募集', '개발자', 'מפתח', 'مطور', 'डेवलपर', 'ΣΟΦΙΑ', 'İstanbul',
  ' ', '  ', '\n', '\t', ',', '.', '!', '2024', '42', '@', '-', '’', 'ß', '😀', '𝐀',
];
const text = fc.array(fc.oneof({ weight: 5, arbitrary: fc.constantFrom(...WORDS) }, { weight: 1, arbitrary: fc.string({ maxLength: 6 }) }), { maxLength: 120 }).map((words) => words.join(' '));

/** Both readings for every set of options (or only the first: the options language-detector.ts passes). */
function expectSame(value: string, everyOption = true): void {
  options.forEach((option, at) => {
    if (everyOption || at === 0) expect(detectors[at]!(value), JSON.stringify(option)).toEqual(francAll(value, option));
  });
}
/** The corpus files read with the other options too: one in CORPUS_STRIDE (franc with every language is most of the cost), each under `npm run test:deep`. */
const CORPUS_STRIDE = deepOr(4, 1);

describe("trigram detector equals franc's francAll", () => {
  it('on generated text', () => {
    fc.assert(fc.property(text, (value) => expectSame(value)), { numRuns: RUNS });
  });

  it('on text shorter than the least length, and on text without letters', () => {
    for (const value of ['', 'short', '1234567890 1234567890 1234567890 1234567890 12', '!!!! ???? .... ,,,, ;;;; :::: ---- ____ ++++ ====']) expectSame(value);
  });

  itShared('on every file of the corpus, whole and as the sample language-detector.ts reads (the other options on one in 4)', () => {
    const files = readdirSync(CORPUS).filter((name) => /^\d{3}-/.test(name));
    expect(files.length).toBeGreaterThan(50);
    for (const [index, name] of files.entries()) {
      const value = readFileSync(path.join(CORPUS, name), 'utf8').slice(0, 20_000);
      expectSame(value, index % CORPUS_STRIDE === 0);
      expectSame(proseSample(value), index % CORPUS_STRIDE === 0);
    }
  }, 120_000);
});
