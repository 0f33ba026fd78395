/**
 * The HTML path's plain blocks built without parsing (src/clean/plain-blocks.ts)
 * against remark-parse over the same lines in pieces (parsePieces, the plain
 * version): the same tree, positions included, on generated lines and on the
 * cleaned lines of every file of fixtures/ and the real corpus (HTML pages as
 * parse.ts runs them, and Markdown too: the fast path must hold for any lines).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import { describe, expect, it } from 'vitest';
import { findPieces, parsePieces } from '../src/clean/pieces.js';
import { parseWithPlainBlocks, plainBlocks } from '../src/clean/plain-blocks.js';
import { cleanBody } from '../src/clean/index.js';
import { limitInlineMarkup } from '../src/clean/limits.js';
import { CORPUS, FIXTURES, HAS_SHARED } from './helpers.js';
import { deepOr } from './property-runs.js';

const parser = unified().use(remarkParse);
const parseOne = (text: string) => parser.parse(text);
const plainParse = (lines: string[]) => parsePieces(lines, findPieces(lines).starts, parseOne);
const fastParse = (lines: string[]) => parseWithPlainBlocks(lines, findPieces(lines).starts, parseOne);

// The shapes built here, their near misses, and lines of every other block.
const FIXED_LINE = fc.constantFrom(
  '', '', '', 'Plain words', 'Zürich, Berlin (2024): 40% – “remote”.', 'a', 'Élan vital', 'Team lead/manager', 'x - y + z = 1',
  '# Heading', '## Two words', '###### Six', '####### seven', '#nospace', '# 2024 plans', '#  two spaces',
  '- item', '- Item two words', '-  two spaces', '- ', '-', '- *emphasis*', '* star', '+ plus', '1. one', '2) two',
  '  continued', '  - nested', '   three spaces', '    code', '\tTab', 'trailing ', 'trailing  ', 'hard\\',
  'a *b*', 'a _b_', 'x `code`', 'a & b', 'a &amp; b', 'a <b>', '<div>', '</div>', '<!--', '-->', '> quote', '```', '~~~',
  '---', '===', '***', 'http://example.test', '[ref]: http://x.test', 'a | b', 'lazy ~text~', 'x!', 'ümlaut', '日本語の文',
  '1. First', '2. Second', '10. Tenth', '3) paren', '01. zero', '   more', '    more', '1\\. not a list', '\\- not an item', 'a \\* b',
  'a\\', 'R&D and A & B', 'a &amp; b', 'a &#38; b', 'a &nbsp b', '# C#', '# x \\#', 'C# and F#', '2024 figures', '- 1. nested',
  '**Location:**', '**Location:** Berlin', '- **Must:** Python', '### **Bold heading**', '** spaced**', '**a**b', '**x** *y*', '****', '**a\\*b**',
  '(round) brackets', '. dot', '「引用」', '※ note', ': colon', '!bang', '- (x) y', '1. **One**', '**Bold**  ', '- 2024 figures', '# 1. Intro', 'a > b', '\t\tTwo tabs', ' \tmixed', '  \tmore', '\\\\', 'x \\q y',
  '\u00a0', ' \u00a0 ', '\u3000', '\u00a0words', '\ufeffBOM line', 'a\u00a0', '\u2028',
);
// Inline pieces (plain-inline.ts): the shapes built, their edge cases (escapes, entities, nested brackets, titles,
// autolinks, flanking) and near misses, put together with or without spaces, after a block's marker.
const INLINE = fc.constantFrom(
  'word', 'Zürich', '日本', '40%', '(x)', ':', '.', '!', '“q”', '–', ' ', ' ', ' ', '\u00a0',
  '*a*', '**a**', '_a_', '__a__', '*a b*', '**Forma:**', '*(a)*', '**a.**', '***a***', '*a**', '**a*', '*', '**', '_', '__', '*a', 'a*', '__init__',
  'snake_case', 'a_b_c', 'a*b*c', '_a_b', ' _a_b', '_a_b ', '(_a_)', '_a_.', 'x_a_ ', '__a__b', ' *a*b', '*a*b', '**a\\*b**', '*a_b*', '**[x](y)**', '[*a*](b)', '[**Ps 60%**](/d.pdf)', '[_a_ b](c)',
  '[text](https://x.test/a?b=1&c=2)', '[t](#anchor)', '[t](/p.pdf)', '[a \\[b\\] c](/x.pdf)', '[x](y "t")', '[x]( y)', '[x](<y>)', '[x](a(b)c)',
  '[x](a&amp;b)', '[x](a&b)', '[x](a\\_b)', '[x][y]', '[x]', '[]', '[](x)', '[x]()', '[[x]](y)', '[x](y)(z)', '[a](b', ']', '[', 'a]', '\\[x]', '[x](y)]', '[![a](i) t](l)', '[![a](i)](l)', '[![*a*](i)](l)', '[![a](i)](l)](m)', '[![a](i)![b](j)](l)', '![](x)', '![alt](i.png)',
  '![a\\*b](i)', '![*a*](i)', '[![a](i)](l)', '!', '\\*', '\\_', '\\[', '\\]', '\\!', '\\q', '\\', '&amp;', '&', '& x', '&#38;', '&nope', '<http://a.test>', '`c`',
  'http://x.test', 'www.x.test', '~a~', '+', '#',
);
const PREFIX = fc.constantFrom('', '', '', '# ', '## ', '- ', '1. ', '2. ', '  ', '   ', '* ', '+ ', '> ');
const COMPOSED_LINE = fc.tuple(PREFIX, fc.array(INLINE, { minLength: 1, maxLength: 5 })).map(([prefix, pieces]) => prefix + pieces.join(''));
const LINE = fc.oneof({ arbitrary: FIXED_LINE, weight: 2 }, { arbitrary: COMPOSED_LINE, weight: 1 });
// See tests/pieces.test.ts: a whole-tag line right after a list is a state the cutter does not track; references resolve within their piece.
const WHOLE_TAG = /^<\/?[a-z]+>$/;

describe('plain blocks built without parsing', () => {
  it('give the tree remark-parse gives, on generated lines', () => {
    fc.assert(
      fc.property(fc.array(LINE, { maxLength: deepOr(24, 40) }), (generated) => {
        const lines = generated.filter((line) => !WHOLE_TAG.test(line));
        expect(fastParse(lines)).toEqual(plainParse(lines));
      }),
      // 200 runs here and 300 below find each of the fast path's known mistakes (a position off by one, a reference or flanking rule skipped); deep runs take 5,000 of up to 40 lines (the default's 1,000 before session 18).
      { numRuns: deepOr(200, 5_000) },
    );
  });

  it('give the tree remark-parse gives, on a few lines of inline pieces', () => {
    fc.assert(
      fc.property(fc.array(COMPOSED_LINE, { minLength: 1, maxLength: 4 }), (lines) => {
        expect(fastParse(lines)).toEqual(plainParse(lines));
      }),
      { numRuns: deepOr(300, 5_000) },
    );
  });

  it('build the shapes they promise, and leave the others to the parser', () => {
    const lines = ['# Title', '', 'Words here', '  indented more', '', '- one', '  two', '', '- three', '## Next'];
    const offsets = [0];
    for (const line of lines) offsets.push(offsets[offsets.length - 1]! + line.length + 1);
    expect(plainBlocks(lines, offsets, 0, lines.length)?.map((node) => node.type)).toEqual(['heading', 'paragraph', 'list', 'heading']);
    expect(plainBlocks(['1. one', '2. two'], [0, 7, 14], 0, 2)?.map((node) => node.type)).toEqual(['list']);
    for (const other of [['a *b'], ['x [y]'], ['- a', '`lazy`'], ['Para', '2. two'], ['Para', '==='], ['<div>'], ['x &amp; y']]) expect(plainBlocks(other, [0, 99, 199], 0, other.length), other.join('|')).toBeUndefined();
    expect(fastParse(lines)).toEqual(plainParse(lines));
  });
});

function postingFiles(folder: string): string[] {
  if (!existsSync(folder)) return [];
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(folder, entry.name);
    return entry.isDirectory() ? postingFiles(full) : /\.(html?|md|markdown|txt)$/i.test(entry.name) ? [full] : [];
  });
}

describe('plain blocks on the cleaned lines of every posting file', () => {
  it('give the tree remark-parse gives, and build most of an HTML page', () => {
    const all = [...postingFiles(FIXTURES), ...postingFiles(CORPUS)];
    expect(all.length).toBeGreaterThan(HAS_SHARED ? 300 : 50);
    // The default run takes every fourth HTML page (the fast path's input) and every twelfth Markdown file; deep runs take them all.
    const html = all.filter((file) => /\.html?$/i.test(file));
    const markdown = all.filter((file) => !/\.html?$/i.test(file));
    const files = [...html.filter((_, i) => deepOr(i % 4 === 0, true)), ...markdown.filter((_, i) => deepOr(i % 12 === 0, true))];
    let htmlLines = 0;
    let builtLines = 0;
    for (const file of files) {
      const html = /\.html?$/i.test(file);
      const lines = limitInlineMarkup(cleanBody(readFileSync(file, 'utf8'), 1, html ? 'html' : 'markdown').lines).lines;
      const fast = fastParse(lines);
      expect(fast, file).toEqual(plainParse(lines));
      if (!html) continue;
      htmlLines += lines.length;
      // Lines of blocks built here: those of the tree's blocks that a lone parse of the chunk did not make.
      const offsets = [0];
      for (const line of lines) offsets.push(offsets[offsets.length - 1]! + line.length + 1);
      const cuts = findPieces(lines, { pieceLines: 1, maxPieceLines: Infinity, maxListItems: Infinity, listsApart: true }).starts;
      cuts.forEach((start, i) => {
        const end = cuts[i + 1] ?? lines.length;
        if (plainBlocks(lines, offsets, start, end)) builtLines += end - start;
      });
    }
    // The fast path is worth having only if it takes most of a page's lines (95% of them over all the HTML pages).
    expect(builtLines / htmlLines).toBeGreaterThan(0.8);
  });
});
