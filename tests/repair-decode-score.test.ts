/**
 * The whole-line path decodes a page's reading and scores it in one pass
 * (decode-score.ts); it must give what the plain pair gives: decodeOnPage
 * (units.ts), then badnessPartsOfUnits (badness.ts) on the reading.
 */
import fc from 'fast-check';
import { anyCodePoint } from './code-points.js';
import { describe, expect, it } from 'vitest';
import { badnessPartsOfUnits, infoOf, pairScore } from '../src/repair/badness.js';
import { codePages } from '../src/repair/codepages.js';
import { decodeAndScore, type ScoredFacts } from '../src/repair/decode-score.js';
import { decodeOnPage, type DecodedFacts } from '../src/repair/units.js';

/** UTF-8 bytes of a text read with a page (the mojibake the whole-line path reads back). */
function readAs(text: string, page: (typeof codePages)[number]): string {
  let out = '';
  for (const byte of Buffer.from(text, 'utf8')) out += byte < 0x80 ? String.fromCharCode(byte) : page.high[byte - 0x80];
  return out;
}

function unitsOf(text: string): Uint16Array {
  const units = new Uint16Array(text.length + 2).fill(0x41);
  for (let i = 0; i < text.length; i++) units[i] = text.charCodeAt(i);
  return units;
}

const page = fc.constantFrom(...codePages);
const pieces = fc.constantFrom('é', 'ü', '’', '—', '€', '™', '½', 'Ж', 'щ', 'α', '東京', '💰', '\uFEFF', '\u0085', '\u00a0', 'a', ' ', '?', 'Ð', 'ð', 'ß');
const text = fc.array(fc.oneof(pieces, fc.string({ unit: anyCodePoint, maxLength: 4 })), { maxLength: 10 }).map((parts) => parts.join(''));
/** A line as the path sees it: a text read as UTF-8 with one page (then decoded with another), or the text itself; sometimes cut short. */
const line = fc.record({ text, mangleWith: fc.option(page), cut: fc.nat() }).map(({ text, mangleWith, cut }) => {
  const mangled = mangleWith ? readAs(text, mangleWith) : text;
  return cut % 3 === 0 ? mangled.slice(0, cut % (mangled.length + 1)) : mangled;
});

describe('decodeAndScore and the plain decodeOnPage + badnessPartsOfUnits', () => {
  it('agree on the reading, its facts and its score, or both refuse', () => {
    fc.assert(fc.property(line, page, (input, readWith) => {
      const units = unitsOf(input);
      const plainOut = new Uint16Array(input.length + 2);
      const fusedOut = new Uint16Array(input.length + 2);
      const plainFacts: DecodedFacts = { c1: false, codePoints: 0 };
      const fusedFacts: ScoredFacts = { c1: false, codePoints: 0, total: 0, odd: 0 };
      const plainLength = decodeOnPage(units, input.length, readWith, plainOut, plainFacts);
      const fusedLength = decodeAndScore(units, input.length, readWith, fusedOut, fusedFacts);
      expect(fusedLength).toBe(plainLength);
      if (plainLength < 0) return;
      expect([...fusedOut.subarray(0, fusedLength)]).toEqual([...plainOut.subarray(0, plainLength)]);
      expect(fusedFacts).toEqual({ ...plainFacts, ...badnessPartsOfUnits(plainOut, plainLength) });
    }), { numRuns: 4000 });
  });
  it('never needs a pair score for two ASCII units in a row (the fused loop skips them)', () => {
    const costly: string[] = [];
    for (let a = 0; a < 0x80; a++) for (let b = 0; b < 0x80; b++) if (pairScore(infoOf(a), a, infoOf(b), b) !== 0) costly.push(String.fromCharCode(a, b));
    expect(costly).toEqual([]);
  });
});
