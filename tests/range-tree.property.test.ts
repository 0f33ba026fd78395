/**
 * The tree of a range of a body's lines taken from the whole body's tree
 * (src/clean/range-tree.ts, the fast path of the split stage) against the
 * range parsed on its own (parseLines, the plain version): the same tree,
 * positions included, on generated lines and on the corpus's Markdown.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { Root } from 'mdast';
import { rangeTrees } from '../src/clean/range-tree.js';
import { parseLines } from '../src/stages/parse.js';
import type { BodyLine } from '../src/document.js';
import { CORPUS, describeShared } from './helpers.js';
import { propertyRuns } from './property-runs.js';
import { PIECE_LINES } from '../src/clean/pieces.js';

const RUNS = propertyRuns(50);
const bodyOf = (texts: string[]): BodyLine[] => texts.map((text, i) => ({ text, line: i + 10 }));

// Lines that open, continue and close every kind of block remark knows (as tests/pieces.test.ts), definitions and references included.
const LINE = fc.constantFrom(
  '', '', '', 'para text', 'more *text* and [ref]', '# Heading', '## h', '- x', '* y', '+ z', '1. one', '2) two', '- - -', '* * *',
  '---', '***', '___', '===', '  indented', '    code', '> quote', '> - quoted item', '```', '~~~', '```js', '<div>', '</div>',
  '<pre>', '</pre>', '<!--', '-->', '<span>inline</span>', '  - nested', '   ===', '[ref]: http://x.test', 'Title', '\t- tab item',
  '| a | b |', '> ```', '-', '1.', '**bold** _em_ `code`', 'ünïcödé 😀 text', '  ', '\t',
);

/** Whether two runs of lines are the same lines: each line's text and number. */
const sameLines = (a: BodyLine[], b: BodyLine[]): boolean => a.length === b.length && a.every((line, i) => line.text === b[i]!.text && line.line === b[i]!.line);

/** Every range's tree, from the fast path and from the plain parse, and how many the fast path gave without parsing. */
function compareAllRanges(texts: string[], ranges: Array<[number, number]>): number {
  const body = bodyOf(texts);
  const whole = parseLines(body);
  let parsed = 0;
  // The plain parses the fast path fell back to for the current range: the lines it was given and the tree as made.
  const fellBack: Array<{ lines: BodyLine[]; json: string }> = [];
  const fast = rangeTrees(body, whole, (lines) => {
    parsed++;
    const tree = parseLines(lines);
    fellBack.push({ lines, json: JSON.stringify(tree) });
    return tree;
  });
  const before = JSON.stringify(whole);
  for (const [start, end] of ranges) {
    fellBack.length = 0;
    const tree: Root = fast(start, end);
    const lines = body.slice(start, end);
    const made = fellBack.length === 1 ? fellBack[0] : undefined;
    // Where the fast path parsed the range's own lines, that parse is the plain version's (parseLines is a function of
    // its lines): parsing them a second time only doubled this test's CPU. Any other range is parsed alone here.
    const alone = made && sameLines(made.lines, lines) ? made.json : JSON.stringify(parseLines(lines));
    // An expect only where the trees differ: toEqual on each of thousands of trees cost more than their parses.
    if (JSON.stringify(tree) !== alone) expect(tree).toEqual(parseLines(lines));
  }
  // The whole tree is never changed, and a copy shares nothing with it.
  expect(JSON.stringify(whole)).toBe(before);
  return ranges.length - parsed;
}

const everyRange = (length: number): Array<[number, number]> => {
  const ranges: Array<[number, number]> = [];
  for (let start = 0; start <= length; start++) for (let end = start; end <= length; end++) ranges.push([start, end]);
  return ranges;
};

describe('range trees', () => {
  it('a range taken from the whole tree is the range parsed alone, on generated lines', () => {
    let fastRanges = 0;
    fc.assert(
      fc.property(fc.array(LINE, { minLength: 1, maxLength: 10 }), (texts) => {
        fastRanges += compareAllRanges(texts, everyRange(texts.length));
      }),
      { numRuns: RUNS, seed: 18 },
    );
    // The property says something only if the fast path answered often.
    expect(fastRanges).toBeGreaterThan(RUNS);
  });

  it('in a body long enough to be parsed in pieces, ranges from a heading to a blank line are the ranges parsed alone', () => {
    let fastRanges = 0;
    const noTag = LINE.filter((line) => !line.startsWith('<'));
    fc.assert(
      fc.property(fc.array(noTag, { minLength: PIECE_LINES, maxLength: PIECE_LINES + 60 }), fc.nat(), (texts, seed) => {
        const after = [0, ...texts.flatMap((text, i) => (i > 0 && (text.startsWith('#') || texts[i - 1] === '') ? [i] : [])), texts.length];
        const picked = after.filter((_, i) => (i * 7919 + seed) % 3 === 0).slice(0, 6);
        const ranges = picked.flatMap((start) => picked.filter((end) => end > start).map((end): [number, number] => [start, end]));
        fastRanges += compareAllRanges(texts, ranges);
      }),
      { numRuns: Math.ceil(RUNS / 6), seed: 18 },
    );
    expect(fastRanges).toBeGreaterThan(0);
  });

  it('a range after a blank line, after every kind of block, is the range parsed alone; one opening with a paragraph is taken from the whole tree', () => {
    let fastRanges = 0;
    // "-" after indented code and a blank line is text in the whole body, a list item alone: such a range is parsed again.
    const starts = ['-', '1.', '* y', '> quote', '    code', '[ref]: http://x.test', '<div>', 'para text', 'Title', '**bold** _em_ `code`', 'ünïcödé 😀 text', '**岗位职责**'];
    const blocks = ['', 'para text', '    code', '- x', '1. one', '> quote', '```', '<pre>', '<div>', '<!--', '# Heading', '---', '  - nested', '[ref]: http://x.test', '**bold**'];
    for (const block of blocks) {
      for (const start of starts) fastRanges += compareAllRanges([block, '', start, 'more text', '', 'after'], [[2, 5], [2, 6], [2, 3]]);
    }
    expect(fastRanges).toBeGreaterThan(blocks.length);
  });

  it('postings under role headings are taken from the whole tree, not parsed again', () => {
    const texts = ['# Jobs', '', '## Backend engineer', '', '- Go', '- SQL', '', '## Designer', '', 'Figma and *care*.'];
    const body = bodyOf(texts);
    const trees = rangeTrees(body, parseLines(body), () => {
      throw new Error('parsed again');
    });
    expect(trees(2, 7)).toEqual(parseLines(body.slice(2, 7)));
    expect(trees(7, 10)).toEqual(parseLines(body.slice(7, 10)));
    // A copy: changing it leaves the next copy as it was.
    const first = trees(7, 10);
    (first.children[0] as { depth: number }).depth = 1;
    expect(trees(7, 10)).toEqual(parseLines(body.slice(7, 10)));
  });

  it('a range cutting a block, a body with a definition and an empty range are parsed again', () => {
    let parsed = 0;
    const count = (lines: BodyLine[]) => {
      parsed++;
      return parseLines(lines);
    };
    const body = bodyOf(['- a', '- b', '', 'text']);
    rangeTrees(body, parseLines(body), count)(1, 4);
    const withDefinition = bodyOf(['[x]', '', '[x]: http://x.test']);
    rangeTrees(withDefinition, parseLines(withDefinition), count)(0, 1);
    rangeTrees(body, parseLines(body), count)(2, 2);
    expect(parsed).toBe(3);
  });
});

describeShared('range trees on the corpus', () => {
  it('every range of the corpus Markdown from a heading or a line after a blank line is the range parsed alone', () => {
    const files = readdirSync(CORPUS).filter((name) => /\.md$/.test(name)).sort().slice(0, 15);
    let fastRanges = 0;
    for (const name of files) {
      const texts = readFileSync(path.join(CORPUS, name), 'utf8').replace(/\r\n?/g, '\n').split('\n');
      // Ranges from a line after a blank line to the next such line or the end: where postings start.
      const starts = [0, ...texts.flatMap((text, i) => (i > 0 && texts[i - 1] === '' && text !== '' ? [i] : []))];
      const ranges = starts.flatMap((start, i) => starts.slice(i + 1, i + 4).map((end): [number, number] => [start, end]));
      fastRanges += compareAllRanges(texts, ranges);
    }
    expect(fastRanges).toBeGreaterThan(20);
  });
});
