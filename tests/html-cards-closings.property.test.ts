/**
 * closingsOf() (src/split/html-cards.ts) matches every element of a tag to its closing tag in one pass over the page
 * (review 20: a search per card, from each card to the page's end when an element is never closed, was quadratic):
 * the same answer as its plain version, a search from each opening that counts the elements of its tag opened inside
 * it, on generated markup with unclosed, stray, self-closed and nested elements.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { closingsOf } from '../src/split/html-cards.js';
import { propertyRuns } from './property-runs.js';

function plainClosing(source: string, tag: string, at: number): number | undefined {
  const tags = new RegExp(`<(/?)${tag}\\b[^<>]*?(/?)>`, 'gi');
  tags.lastIndex = at;
  let depth = 0;
  for (let match = tags.exec(source); match; match = tags.exec(source)) {
    if (match[1]) depth--;
    else if (!match[2]) depth++;
    if (depth === 0) return match.index + match[0].length;
  }
  return undefined;
}

const piece = fc.constantFrom('<li class="job">', '<li>', '</li>', '<LI class="x">', '</LI>', '<li/>', '<li class="a" />', '<div class="card">', '</div>', '<link rel="x">', 'text ', '\n', '<', '>', '<ul>', '</ul>');

describe('closingsOf', () => {
  it('gives each opening the closing its plain search finds', () => {
    fc.assert(fc.property(fc.array(piece, { maxLength: 30 }).map((parts) => parts.join('')), fc.constantFrom('li', 'div'), (source, tag) => {
      const closings = closingsOf(source, tag);
      for (const match of source.matchAll(new RegExp(`<${tag}\\b[^<>]*?>`, 'gi'))) {
        expect(closings.get(match.index)).toBe(plainClosing(source, tag, match.index));
      }
    }), { numRuns: propertyRuns(500) });
  });
});
