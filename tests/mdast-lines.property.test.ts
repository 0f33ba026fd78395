/**
 * The fast path of the HTML path's Markdown writer (src/clean/mdast-lines.ts
 * verbatimText) against its plain version, mdast-util-to-markdown: text that
 * the fast path takes as it is must be exactly what toMarkdown writes for it,
 * on generated paragraphs of text nodes mixing letters, digits, punctuation,
 * Markdown syntax, white space, newlines and line markers.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { toMarkdown } from 'mdast-util-to-markdown';
import type { PhrasingContent } from 'mdast';
import { verbatimText } from '../src/clean/mdast-lines.js';
import { lineMarker } from '../src/clean/line-markers.js';

/** The options mdast-lines.ts writes with. */
const MARKDOWN = { bullet: '-', emphasis: '_', strong: '*', fences: true, rule: '-' } as const;
const plain = (children: PhrasingContent[]): string => toMarkdown({ type: 'paragraph', children }, MARKDOWN).trimEnd();

/** Pieces the fast path may take, and pieces that need the serializer; mostly the first, so both paths are walked often. */
const verbatimPieces = fc.constantFrom(
  'a', 'Z', 'é', 'ß', '中', 'Ж', '0', '7', ' ', ',', '.', ';', ':', "'", '"', '(', ')', '?', '/', '%', '-', '\u2019', '\u2013', '\u2014', 'word',
  `\n${lineMarker(12)}`, lineMarker(3, true),
);
const syntaxPieces = fc.constantFrom('*', '_', '#', '&', '<', '>', '[', ']', '`', '\\', '+', '=', '~', '|', '!', '\n', '\t', '\u00a0', '  ', 'AT&T', '1.', '- ', ' \n');
const pieces = fc.oneof({ arbitrary: verbatimPieces, weight: 12 }, { arbitrary: syntaxPieces, weight: 1 });
const textNode = fc.array(pieces, { minLength: 1, maxLength: 12 }).map((parts): PhrasingContent => ({ type: 'text', value: parts.join('') }));

describe('mdast-lines: verbatim text is what toMarkdown writes', () => {
  it('on generated text nodes, whenever the fast path takes them', () => {
    let taken = 0;
    fc.assert(
      fc.property(fc.array(textNode, { minLength: 1, maxLength: 3 }), (children) => {
        const fast = verbatimText(children);
        if (fast === undefined) return;
        taken++;
        expect(fast).toBe(plain(children));
      }),
      { numRuns: 20_000 },
    );
    // The property says something only when the fast path is taken often enough.
    expect(taken).toBeGreaterThan(500);
  });

  it.each([
    ['Wir suchen eine Verstärkung für unser Team.', true],
    [`Keep the platform up\n${lineMarker(14)}and automate what hurts.`, true],
    ['1. not a paragraph start', false],
    ['*emphasis*', false],
    ['trailing space ', false],
    ['AT&T', false],
  ])('%j: fast path %s, same answer either way', (value, fast) => {
    const children: PhrasingContent[] = [{ type: 'text', value }];
    expect(verbatimText(children) !== undefined).toBe(fast);
    if (fast) expect(verbatimText(children)).toBe(plain(children));
  });

  it('never takes phrasing that is not plain text', () => {
    expect(verbatimText([{ type: 'text', value: 'See ' }, { type: 'strong', children: [{ type: 'text', value: 'this' }] }])).toBeUndefined();
  });
});
