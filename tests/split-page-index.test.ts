/**
 * The indexes of split/page-index.ts held to their plain scans (fast-check):
 * the next line after, a line between two, a page's blocks between two lines
 * and a head's text again at its level, on generated marks and blocks in page
 * order and out of it, and on every third corpus page's parsed tree.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Root, RootContent } from 'mdast';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { nextLineAfter, nodesBetween, plain, someLineBetween, textElsewhere } from '../src/split/page-index.js';
import { marksOf, type Mark } from '../src/split/marks.js';
import { cleanBody } from '../src/clean/index.js';
import { parseLines } from '../src/stages/parse.js';
import { CORPUS } from './helpers.js';
import { propertyRuns } from './property-runs.js';

const line = fc.integer({ min: -1, max: 30 });
const lines = fc.oneof(fc.array(line, { maxLength: 20 }), fc.array(line, { maxLength: 20 }).map((values) => values.sort((a, b) => a - b)));
const mark = fc.record({ start: line, depth: fc.integer({ min: 1, max: 11 }), text: fc.constantFrom('Goals', 'goals', 'Engineer', 'Designer', '') });
const treeOf = (starts: number[]): Root => ({ type: 'root', children: starts.map((at): RootContent => ({ type: 'paragraph', children: [], position: { start: { line: at + 1, column: 1 }, end: { line: at + 1, column: 1 } } })) });

function expectSameOnPage(tree: Root, marks: Mark[], queries: Array<[number, number]>): void {
  const [fastNodes, plainNodes] = [nodesBetween(tree), plain.nodesBetween(tree)];
  const [fastText, plainText] = [textElsewhere(marks), plain.textElsewhere(marks)];
  for (const [start, end] of queries) {
    const [fast, scan] = [fastNodes(start, end), plainNodes(start, end)];
    // The same nodes, not copies: compared by identity.
    expect(fast.length === scan.length && fast.every((node, i) => node === scan[i]), `[${start}, ${end})`).toBe(true);
  }
  for (const head of marks) expect(fastText(head), head.text).toBe(plainText(head));
}

describe('page indexes answer as their plain scans', () => {
  it('next line after and a line between, on lines in order and out of it', () => {
    fc.assert(fc.property(lines, fc.array(fc.tuple(line, line), { maxLength: 10 }), (values, queries) => {
      const [after, between] = [nextLineAfter(values), someLineBetween(values)];
      for (const [a, b] of queries) {
        expect(after(a)).toBe(values.find((at) => at > a));
        expect(between(a, b)).toBe(values.some((at) => at > a && at < b));
      }
    }), { numRuns: propertyRuns(300) });
  });

  it('blocks between two lines and a head text elsewhere, on generated pages', () => {
    fc.assert(fc.property(lines, fc.array(mark, { maxLength: 12 }), fc.array(fc.tuple(line, line), { maxLength: 10 }), (starts, marks, queries) => {
      expectSameOnPage(treeOf(starts), marks, queries);
    }), { numRuns: propertyRuns(300) });
  });

  it.runIf(existsSync(CORPUS))('on every third corpus page parsed', () => {
    // Every third page: parsing is the cost here, and a third of the corpus holds every shape the indexes see.
    const files = readdirSync(CORPUS).filter((name) => /\.(md|markdown)$/i.test(name)).filter((_, i) => i % 3 === 0);
    expect(files.length).toBeGreaterThan(50);
    let repeated = 0;
    for (const name of files) {
      const tree = parseLines(cleanBody(readFileSync(path.join(CORPUS, name), 'utf8'), 1, 'markdown').lines);
      const marks = marksOf(tree);
      const queries = marks.flatMap((head, i): Array<[number, number]> => [[head.start, marks[i + 1]?.start ?? Infinity], [-1, head.start]]);
      expectSameOnPage(tree, marks, queries);
      if (marks.some(plain.textElsewhere(marks))) repeated++;
    }
    // Pages whose heading texts repeat ("Requirements" under each role): the comparison sees both answers.
    expect(repeated).toBeGreaterThan(1);
  });
});
