/**
 * firstWord() scans only up to the end of a name's first word (#18: the
 * place and skill tables call it on every name at import): the same answer
 * as the first of words(), its plain version, on any text.
 */
import fc from 'fast-check';
import { anyCodePoint } from './code-points.js';
import { describe, expect, it } from 'vitest';
import { firstWord, words } from '../src/extract/text.js';
import { places } from '../src/extract/tables/places.js';
import { propertyRuns } from './property-runs.js';

const plainFirstWord = (name: string): string | null => words(name)[0] ?? null;
const pieces = fc.oneof(
  fc.string({ maxLength: 6 }),
  fc.string({ unit: anyCodePoint, maxLength: 6 }),
  fc.constantFrom(' ', '.', '-', 'Ä', 'ß', '\u0345', '東京', '\ud83d', '\ude00', '😀', '٣', 'Ⅻ', '.NET', 'Node.js', 'São Paulo'),
);

describe('firstWord', () => {
  it('is the first of words() on generated text', () => {
    fc.assert(fc.property(fc.array(pieces, { maxLength: 6 }).map((parts) => parts.join('')), (text) => {
      expect(firstWord(text)).toBe(plainFirstWord(text));
    }), { numRuns: propertyRuns(500) });
  });

  it('is the first of words() on every place name', () => {
    for (const { name } of places) expect(firstWord(name)).toBe(plainFirstWord(name));
    expect(firstWord('.NET')).toBe('NET');
    expect(firstWord('...')).toBeNull();
  });
});
