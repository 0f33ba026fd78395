/**
 * The split stage's work grows with the page, counted, not timed (a time
 * limit fails under load and passes a slow loop on a fast machine): the body
 * lines and top-level blocks that textSegments reads, through counting
 * proxies, on a page of n repeated blocks and on one of 4n. Linear work reads
 * about 4 times as much; a scan from the top of the page for each block reads
 * about 16 times as much (n = 100: 16x; the bound is 6x).
 */
import type { Root } from 'mdast';
import { describe, expect, it } from 'vitest';
import type { BodyLine } from '../src/document.js';
import { cleanBody } from '../src/clean/index.js';
import { parseLines } from '../src/stages/parse.js';
import { textSegments } from '../src/split/text.js';
import { siblingBlockSegments } from '../src/split/siblings.js';
import { marksOf } from '../src/split/marks.js';

/** An array whose element reads are counted. */
function counted<T>(array: T[], count: { reads: number }): T[] {
  return new Proxy(array, {
    get(target, key, receiver) {
      if (typeof key === 'string' && /^\d+$/.test(key)) count.reads++;
      return Reflect.get(target, key, receiver);
    },
  });
}

/** Body lines and top-level blocks that textSegments reads on the page, as the pipeline gives it the page. */
function workOf(text: string): number {
  const body: BodyLine[] = cleanBody(text, 1, 'markdown').lines;
  const tree: Root = parseLines(body);
  const count = { reads: 0 };
  tree.children = counted(tree.children, count);
  textSegments(tree, counted(body, count));
  return count.reads;
}

const PAGES: Array<[string, (n: number) => string]> = [
  // The intro check above each list read the page from the top for each list (a second per 6 KB, quadratic).
  ['lists between paragraphs, no heading', (n) => '- a\n\npara\n\n'.repeat(n)],
  ['lists under an intro that hires no one', (n) => 'Welcome to Acme. We build tools.\n\n' + Array.from({ length: n }, (_, i) => `- item ${i}\n- other ${i}\n\nText ${i}.\n\n`).join('')],
  // breakChunks took the page's blocks between each pair of breaks from all of them (24,000 rules: 42 s).
  ['chunks between thematic breaks', (n) => `# Jobs\n\n${Array.from({ length: n }, (_, i) => `Line ${i} about things`).join('\n\n---\n\n')}\n`],
  // Each table asked whether the page above it, and below it, hires one role.
  ['tables between paragraphs', (n) => Array.from({ length: n }, (_, i) => `| Team | Lead |\n|---|---|\n| Core ${i} | Jane |\n| Web ${i} | John |\n\nAbout team ${i}.\n\n`).join('')],
  ['header lines under rules', (n) => Array.from({ length: n }, (_, i) => `Acme ${i} - Notes - Berlin - Remote\n\nSome text ${i}.\n\n---\n\n`).join('')],
];

/** Marks (headings, bold lines), body lines and top-level blocks that the sibling detector reads, given the page's marks. */
function siblingWorkOf(text: string): number {
  const body: BodyLine[] = cleanBody(text, 1, 'markdown').lines;
  const tree: Root = parseLines(body);
  const marks = marksOf(tree);
  const count = { reads: 0 };
  tree.children = counted(tree.children, count);
  siblingBlockSegments(tree, counted(body, count), counted(marks, count));
  return count.reads;
}

const MARKED_PAGES: Array<[string, (n: number) => string]> = [
  // Each head's blocks were taken from all the page's blocks, and its text compared with every mark's.
  ['bold lines over text', (n) => Array.from({ length: n }, (_, i) => `**Topic ${i}**\n\nSome text about topic ${i}.\n\n`).join('')],
  ['headings over lists', (n) => Array.from({ length: n }, (_, i) => `## Topic ${i}\n\n- a ${i}\n\npara\n\n`).join('')],
];

describe('the split stage reads each page in linear work', () => {
  it.each(MARKED_PAGES)('siblings on %s: 4 times the blocks, at most 6 times the reads', (_name, page) => {
    const small = siblingWorkOf(page(100));
    const large = siblingWorkOf(page(400));
    expect(small).toBeGreaterThan(100);
    expect(large / small, `${small} reads at n = 100, ${large} at n = 400`).toBeLessThanOrEqual(6);
  });

  it.each(PAGES)('%s: 4 times the blocks, at most 6 times the reads', (_name, page) => {
    const small = workOf(page(100));
    const large = workOf(page(400));
    expect(small).toBeGreaterThan(100);
    expect(large / small, `${small} reads at n = 100, ${large} at n = 400`).toBeLessThanOrEqual(6);
  });
});
