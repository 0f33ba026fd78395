/**
 * #18: memoized() keeps a copy of each key (ownCopy), not the key it was
 * given, since V8 keeps a long substring as a view of the whole document it
 * was cut from. The copy must be the same text, so answers are the same:
 * that is what this file holds. That the copy frees the document is a memory
 * effect no test here can see without a memory figure (bench/memory.js).
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { anyCodePoint } from './code-points.js';
import { memoized, ownCopy } from '../src/extract/text.js';
import { propertyRuns } from './property-runs.js';

describe('memoized keys', () => {
  it('ownCopy gives back the same text, for cut and whole strings of any script', () => {
    fc.assert(
      fc.property(fc.string({ unit: anyCodePoint }), fc.nat(), (text, cut) => {
        const slice = text.slice(cut % (text.length + 1));
        expect(ownCopy(text)).toBe(text);
        expect(ownCopy(slice)).toBe(slice);
      }),
      { numRuns: propertyRuns(200) },
    );
  });

  it('a memoized answer is found again by an equal key cut from another document', () => {
    let calls = 0;
    const kind = memoized((heading: string) => (calls++, heading.toUpperCase()), 10);
    const first = `# Über uns — die Stelle\n${'x'.repeat(5000)}`;
    const second = `intro\n# Über uns — die Stelle\n${'y'.repeat(100)}`;
    const heading = (doc: string) => doc.slice(doc.indexOf('#') + 2, doc.indexOf('\n', doc.indexOf('#')));
    expect(kind(heading(first))).toBe('ÜBER UNS — DIE STELLE');
    expect(kind(heading(second))).toBe('ÜBER UNS — DIE STELLE');
    expect(calls).toBe(1);
  });
});
