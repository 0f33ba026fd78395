/**
 * badness.ts scores text in two loops: one over a string (charCodeAt) and one
 * over a buffer of UTF-16 code units (the repair scanner's scratch buffer, so
 * a candidate reading is scored before it becomes a string). They must agree.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { anyCodePoint } from './code-points.js';
import { badnessParts, badnessPartsOfUnits } from '../src/repair/badness.js';

function unitsOf(text: string): Uint16Array {
  // A longer buffer than the text: only the first `length` units count.
  const units = new Uint16Array(text.length + 3).fill(0x41);
  for (let i = 0; i < text.length; i++) units[i] = text.charCodeAt(i);
  return units;
}

describe('badness of a string and of its code units', () => {
  const mojibakeish = fc.constantFrom('Ã©', 'â€™', 'Ã¼', '√©', '‚Äô', 'Ð¿', '\u00a0', 'é', '’', '中文', '😀', '\ud800', '\udc00', ' ', 'a');
  it('agree on generated text, lone surrogates and mojibake pieces included', () => {
    fc.assert(fc.property(fc.array(fc.oneof(mojibakeish, fc.string({ unit: anyCodePoint, maxLength: 6 })), { maxLength: 12 }), (pieces) => {
      const text = pieces.join('');
      expect(badnessPartsOfUnits(unitsOf(text), text.length)).toEqual(badnessParts(text));
    }), { numRuns: 3000 });
  });
});
