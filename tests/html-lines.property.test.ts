/**
 * The rehype path (src/clean/html-tree.ts) against the line-by-line
 * converter it replaced (src/clean/html.ts), which stays as the fallback for
 * pages too big for a tree. On generated HTML whose every word names its
 * source line (`t12x0` is the first word of line 12):
 * - each body line carries the source line of its first word;
 * - both converters keep every word, in the same order;
 * and on tag soup, the tree path never throws and never names a line outside the text.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { cleanBody } from '../src/clean/index.js';
import { htmlToMarkdown, isTrackingImage, removeInvisibleHtml } from '../src/clean/html.js';
import { fitsTree, htmlTreeToLines } from '../src/clean/html-tree.js';
import { propertyRuns } from './property-runs.js';

const inline = fc.constantFrom('plain', 'strong', 'em', 'a', 'span', 'code');
const contentLine = fc.array(inline, { minLength: 1, maxLength: 4 });
const block = fc.record({
  kind: fc.constantFrom('p', 'h2', 'ul', 'div', 'blockquote'),
  lines: fc.array(contentLine, { minLength: 1, maxLength: 4 }),
  breaks: fc.boolean(),
});

function wrap(kind: string, word: string): string {
  if (kind === 'strong') return `<strong>${word}</strong>`;
  if (kind === 'em') return `<em>${word}</em>`;
  if (kind === 'a') return `<a href="https://example.com/${word}">${word}</a>`;
  if (kind === 'span') return `<span class="x">${word}</span>`;
  if (kind === 'code') return `<code>${word}</code>`;
  return word;
}

/** HTML whose words name their lines, one block after another. */
function render(blocks: Array<{ kind: string; lines: string[][]; breaks: boolean }>): string {
  // Inside <main>: the whole page is the content, so both converters read the same text.
  const out = ['<html><body><main>'];
  for (const { kind, lines, breaks } of blocks) {
    const content = kind === 'h2' ? lines.slice(0, 1) : lines;
    content.forEach((words, i) => {
      const line = out.length + 1;
      const text = words.map((w, k) => wrap(w, `t${line}x${k}`)).join(' ');
      if (kind === 'ul') out.push(`${i === 0 ? '<ul>' : ''}<li>${text}</li>${i === content.length - 1 ? '</ul>' : ''}`);
      else out.push(`${i === 0 ? `<${kind}>` : ''}${text}${i === content.length - 1 ? `</${kind}>` : breaks ? '<br>' : ''}`);
    });
  }
  out.push('</main></body></html>');
  return out.join('\n');
}

const WORD = /t(\d+)x\d+/g;
/** The words a reader sees: link targets are not read. */
const wordsOf = (lines: Array<{ text: string }>) =>
  lines.flatMap((line) => [...line.text.replace(/\]\([^)]*\)|<https?:[^>]*>/g, '').matchAll(WORD)].map((m) => m[0]));

describe('HTML through rehype keeps source lines', () => {
  it('every body line carries the source line of its first word', () => {
    fc.assert(
      fc.property(fc.array(block, { minLength: 1, maxLength: 8 }), (blocks) => {
        const html = render(blocks);
        const { lines } = cleanBody(html, 1, 'html');
        for (const entry of lines) {
          const first = /t(\d+)x\d+/.exec(entry.text);
          if (first) expect(entry.line, entry.text).toBe(Number(first[1]));
        }
      }),
      { numRuns: propertyRuns(60) },
    );
  });

  it('keeps the same words in the same order as the line-by-line converter', () => {
    fc.assert(
      fc.property(fc.array(block, { minLength: 1, maxLength: 8 }), (blocks) => {
        const html = render(blocks);
        const tree = htmlTreeToLines(html, (line) => line, isTrackingImage);
        const plain = htmlToMarkdown(removeInvisibleHtml(html), 1, { decodeEntities: true });
        expect(tree).toBeDefined();
        expect(wordsOf(tree!.lines)).toEqual(wordsOf(plain.lines));
      }),
      { numRuns: propertyRuns(60) },
    );
  });

  it('never throws on tag soup, and names only lines of the text', () => {
    const piece = fc.constantFrom('<p>', '</p>', '<div>', '</div>', '<ul>', '<li>', '</li>', '<br>', '<b>', '</i>', '<a href="x">', '</a>', '<table><tr><td>', '<pre>', '</pre>',
      '<h2>', '</h2>', '<nav>', '<main>', '<article>', '&amp;', '&#0;', '<!--', '-->', '<script>', '*', '_', '1.', '- ', '#', '\n', ' ', 'word', '<img src="a.gif" width=1 height=1>');
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 60 }), (pieces) => {
        const html = pieces.join('');
        const count = html.split('\n').length;
        const result = htmlTreeToLines(html, (line) => line, isTrackingImage);
        if (!fitsTree(html)) expect(result).toBeUndefined();
        for (const entry of result?.lines ?? []) {
          expect(entry.line).toBeGreaterThanOrEqual(1);
          expect(entry.line).toBeLessThanOrEqual(count);
        }
      }),
      { numRuns: propertyRuns(100) },
    );
  });

  it('leaves pages over its limits to the line-by-line converter', () => {
    expect(fitsTree('<div>'.repeat(129))).toBe(false);
    expect(fitsTree('<li>x</li>'.repeat(20_001))).toBe(false);
    expect(fitsTree(`${'<div>'.repeat(100)}${'</div>'.repeat(100)}`.repeat(50))).toBe(true);
    expect(htmlTreeToLines('<div>'.repeat(200), (line) => line, isTrackingImage)).toBeUndefined();
  });
});
