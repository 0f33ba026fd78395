/**
 * canonicalText (the fingerprint's and the duplicate groups' reading of a
 * text, one replace) against canonicalTextPlain (the canonical words split
 * out and joined): the same string on generated text of every kind, ASCII
 * and not, and on every corpus line.
 */
import fc from 'fast-check';
import { anyCodePoint } from './code-points.js';
import { describe, expect, it } from 'vitest';
import { canonicalText, canonicalTextPlain } from '../src/corpus/canonical.js';
import { corpusLines, textsOf } from './matcher-texts.js';
import { CORPUS, itShared } from './helpers.js';
import { propertyRuns } from './property-runs.js';

const RUNS = propertyRuns(300);
const PIECES = ['Senior', 'ENGINEER', 'café', 'Krümel', 'İstanbul', 'ǅ', 'ﬁ', 'Ⅻ', '①', '٣', '東京', 'e\u0301', '\u0301', 'ß', 'Σ', 'ς', '😀', '\ud800', '\udc00',
  'https://x.example/jobs?utm_source=a&id=4', 'http://a.example/?gclid=1#top', '&', '?', '://', '—', '’', '-', '_', '\u00a0', '\u2028', '\ufeff', '\u200b', '\t', '\n', ' ', '  ', '12', '3.5'];

describe('canonicalText equals its plain reading', () => {
  const texts: Array<[string, fc.Arbitrary<string>]> = [
    ['words, URLs, marks, compatibility forms and lone surrogates', textsOf(PIECES, [' ', '.', ','], { random: true, maxLength: 12 })],
    ['any code points', fc.string({ unit: anyCodePoint, maxLength: 40 })],
    ['any UTF-16 units', fc.string({ unit: fc.integer({ min: 0, max: 0xffff }).map((code) => String.fromCharCode(code)), maxLength: 40 })],
    ['ASCII', fc.string({ unit: 'binary-ascii', maxLength: 60 })],
  ];
  it.each(texts)('on generated text: %s', (_name, arbitrary) => {
    fc.assert(fc.property(arbitrary, (text) => {
      expect(canonicalText(text)).toBe(canonicalTextPlain(text));
    }), { numRuns: RUNS });
  });

  itShared('on every corpus line', () => {
    for (const line of corpusLines()) {
      const [fast, plain] = [canonicalText(line), canonicalTextPlain(line)];
      if (fast !== plain) expect(fast, line.slice(0, 80)).toBe(plain);
    }
  }, 120_000);
});
