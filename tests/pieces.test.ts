/**
 * Parsing a long body in pieces (src/clean/pieces.ts) against parsing it whole:
 * where the cuts follow the structure, the tree is the same, positions included.
 * The pieces here are as short as the rules allow, so every cut is exercised.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import { findPieces, parsePieces, PIECE_LIMITS } from '../src/clean/pieces.js';
import { deepOr, propertyRuns } from './property-runs.js';

const parser = unified().use(remarkParse);
const parseOne = (text: string) => parser.parse(text);
const everyCut = { pieceLines: 1, maxPieceLines: 1e9, maxListItems: 1e9 };

// Lines that open, continue and close every kind of block remark knows.
const LINE = fc.constantFrom(
  '', '', '', 'para text', 'more *text*', '# Heading', '## h', '- x', '* y', '+ z', '1. one', '2) two', '- - -', '* * *',
  '---', '***', '___', '===', '  indented', '    code', '> quote', '> - quoted item', '```', '~~~', '```js', '<div>', '</div>',
  '<pre>', '</pre>', '<!--', '-->', '<span>inline</span>', '  - nested', '   ===', '[ref]: http://x.test', 'Title', '\t- tab item',
  '| a | b |', '> ```', '-', '1.',
);
// A line of one whole HTML tag right after a list or quote is HTML or lazy text depending on
// state the cutter does not track: there pieces may differ from the whole, with no text lost.
const WHOLE_TAG = /^<\/?[a-z]+>$|^<span>/;

/**
 * The fixed seed's cases, in the order they are drawn (fewer runs keep the same first cases): with any of eight rules of
 * findPieces broken (a fence any fence closes, an HTML block of kinds 1 to 5 left open, a cut before a list after a
 * blank line, a tab as column 0, ...), the first failing case was number 2 to 297. 400 find them all; 1,000 under
 * `npm run test:deep`.
 */
const FIXED_SEED_RUNS = deepOr(400, 1000);

describe('pieces', () => {
  it('a body parsed in pieces gives the tree of the body parsed whole', () => {
    fc.assert(
      fc.property(fc.array(LINE, { minLength: 1, maxLength: 60 }), (lines) => {
        // Link references resolve only within their piece: the generator's definition line is kept out.
        const body = lines.filter((line) => !line.startsWith('[ref]') && !WHOLE_TAG.test(line));
        const { starts, forced } = findPieces(body, everyCut);
        expect(forced).toBe(0);
        expect(parsePieces(body, starts, parseOne)).toEqual(parseOne(body.join('\n')));
      }),
      { numRuns: FIXED_SEED_RUNS, seed: 16 },
    );
  });

  it('with lists and quotes after a blank line apart too (listsApart), the same tree', () => {
    fc.assert(
      fc.property(fc.array(LINE, { minLength: 1, maxLength: 60 }), (lines) => {
        const body = lines.filter((line) => !line.startsWith('[ref]') && !WHOLE_TAG.test(line));
        const { starts, forced } = findPieces(body, { ...everyCut, listsApart: true });
        expect(forced).toBe(0);
        expect(parsePieces(body, starts, parseOne)).toEqual(parseOne(body.join('\n')));
      }),
      { numRuns: propertyRuns(1000) },
    );
    // A list after a paragraph and a blank line is a piece of its own; after another list's item, it is not.
    expect(findPieces(['Para', '', '- a', '- b'], { ...everyCut, listsApart: true }).starts).toEqual([0, 2]);
    expect(findPieces(['- x', '', '- a'], { ...everyCut, listsApart: true }).starts).toEqual([0]);
  });

  it('with every kind of line, pieces keep every character of the text', () => {
    fc.assert(
      fc.property(fc.array(LINE, { minLength: 1, maxLength: 60 }), (body) => {
        const { starts } = findPieces(body, { pieceLines: 1, maxPieceLines: 3, maxListItems: 2 });
        const pieces = starts.map((start, i) => body.slice(start, starts[i + 1] ?? body.length));
        expect(pieces.flat()).toEqual(body);
        expect(Math.max(...pieces.map((piece) => piece.length))).toBeLessThanOrEqual(3);
      }),
      { numRuns: 500, seed: 16 },
    );
  });

  it('a short body is one piece', () => {
    expect(findPieces(['# a', '', '- b']).starts).toEqual([0]);
  });

  it('a long list is cut into lists of at most maxListItems items, and no text is lost', () => {
    const lines = Array.from({ length: 25 }, (_, i) => `- item ${i}`);
    const limits = { ...PIECE_LIMITS, pieceLines: 1, maxListItems: 10 };
    const { starts, forced, firstForced } = findPieces(lines, limits);
    expect(starts).toEqual([0, 10, 20]);
    expect(forced).toBe(2);
    expect(firstForced).toBe(10);
    const tree = parsePieces(lines, starts, parseOne);
    expect(tree.children.map((node) => node.type)).toEqual(['list', 'list', 'list']);
    expect(JSON.stringify(tree).match(/item \d+/g)).toHaveLength(25);
  });

  it('a piece with no safe end is cut at maxPieceLines', () => {
    const lines = Array.from({ length: 30 }, (_, i) => `> quoted ${i}`);
    const { starts, forced } = findPieces(lines, { pieceLines: 1, maxPieceLines: 10, maxListItems: 1e9 });
    expect(starts).toEqual([0, 10, 20]);
    expect(forced).toBe(2);
  });
});
