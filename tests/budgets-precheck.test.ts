/**
 * #16 leftovers: small files of a costly shape run under the budget too
 * (budget-precheck.ts), real postings stay on the fast path, and the time
 * budget counts the worker thread's CPU time where Linux shows it.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { existsSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { fileShape, fileShapePlain, looksCostly } from '../src/budget-precheck.js';
import { findPieces } from '../src/clean/pieces.js';
import { cpuSeconds } from '../src/budget.js';
import { processBytes } from '../src/pipeline.js';
import { runBundled } from './bundle-cli.js';
import { CORPUS, FIXTURES, HAS_SHARED, parseNdjson, ROOT } from './helpers.js';
import { deepOr } from './property-runs.js';
import { QUADRATIC_SHAPES, shapeText } from './quadratic-shapes.js';

const fill = (unit: string, size: number) => unit.repeat(Math.ceil(size / unit.length)).slice(0, size);
const bytes = (text: string) => Buffer.from(text, 'utf8');

describe('looksCostly', () => {
  const cases: Array<[string, string, boolean]> = [
    ['a heading and a list item, repeated (4 KiB)', fill('## h\n- x\n', 4096), true],
    ['quotes and lists nested on each line', '# Job\n\n' + '> - > - > - x\n'.repeat(3), true],
    ['setext headings, repeated (16 KiB)', fill('Title\n=====\n', 16384), true],
    ['an HTML list of thousands of items on one line', `<ul>${fill('<li>x</li>', 30_000)}</ul>`, true],
    ['prose of the same size', fill('We are hiring a backend engineer in Berlin. ', 60_000), false],
    ['a posting with a few dozen bullets', '---\ntitle: Barista\n---\n# Barista\n\n' + '- serve coffee\n'.repeat(60) + '\n## About us\n\nWe roast.\n', false],
    ['a quote holding a list (two levels)', '> - a\n> - b\n', false],
    ['an empty file', '', false],
    // HTML counts by its tags, not its lines (#18): a page of one element a line stays on the fast path.
    ['a page of 2,400 tags, one element a line', '<html><body>\n' + '<li>item text</li>\n'.repeat(1199) + '</body></html>\n', false],
    ['a page of 3,000 tags, one element a line', '<html><body>\n' + '<li>item text</li>\n'.repeat(1500) + '</body></html>\n', true],
  ];
  for (const [title, text, costly] of cases) {
    it(`${costly ? 'sends' : 'keeps'} ${title} ${costly ? 'to the budget' : 'on the fast path'}`, () => {
      expect(looksCostly(bytes(text))).toBe(costly);
    });
  }

  it('keeps the fixtures and (when present) the real corpus on the fast path, but for at most 1 in 100', () => {
    const files: string[] = [];
    const walk = (dir: string) => {
      for (const name of readdirSync(dir)) {
        const file = path.join(dir, name);
        const stat = statSync(file);
        if (stat.isDirectory()) walk(file);
        else if (stat.size <= 128 * 1024) files.push(file);
      }
    };
    walk(FIXTURES);
    if (HAS_SHARED) walk(CORPUS);
    const costly = files.filter((file) => looksCostly(readFileSync(file)));
    expect(costly.length).toBeLessThanOrEqual(Math.floor(files.length / 100));
  });

  it('the byte scanner and the plain line-by-line version agree', () => {
    const line = fc.array(fc.constantFrom('#', '=', '|', '<', '<a', '</', '>', '-', '- ', '* ', '+\t', ' ', '\t', 'x', 'é', '\r', '1.'), { maxLength: 8 }).map((parts) => parts.join(''));
    fc.assert(fc.property(fc.array(line, { maxLength: 30 }), fc.boolean(), (lines, finalNewline) => {
      const text = lines.join('\n') + (finalNewline && lines.length ? '\n' : '');
      expect(fileShape(bytes(text))).toEqual(fileShapePlain(text));
    }), { numRuns: 500 });
  });
});

describe('a small file of a costly shape runs in the budget worker', () => {
  const runPaths = async (paths: string[], jobs: number) => {
    const { processPaths } = (await import(pathToFileURL(path.join(ROOT, 'dist', 'run.js')).href)) as typeof import('../src/run.js');
    const budgeted: string[] = [];
    const docs = [];
    // A budget far above what a shape needs (about 1.5 s of CPU for the four at 6 KB, a few seconds each at 100 KB): the
    // budget worker's wall-clock backstop is 4 times it, and with a 20 s budget at 70 KB a shape went past it at load 35.
    for await (const doc of processPaths(paths, { cwd: ROOT, env: {}, stdout: { write: () => true }, stderr: { write: () => true }, readStdin: async () => new Uint8Array(), stdinIsTTY: false }, { jobs, budget: { timeoutSeconds: 120 }, onBudgeted: (file) => budgeted.push(path.basename(file)) })) docs.push(doc);
    return { budgeted, docs };
  };
  const dir = mkdtempSync(path.join(os.tmpdir(), 'postings-precheck-'));
  // 2,000 bytes of `## h` / `- x`: 446 block lines, past the precheck's MAX_BLOCK_LINES (400), and a fraction of a
  // second in each thread that runs it (were 5,000 bytes): the tests need the precheck to send it, not its cost.
  writeFileSync(path.join(dir, 'costly.md'), '# Barista\n\nJoin Bean Co.\n\n' + fill('## h\n- x\n', 2000));
  for (const name of ['a', 'b', 'c', 'd', 'e']) writeFileSync(path.join(dir, `${name}.md`), `# Barista ${name}\n\nJoin Bean Co. Part-time.\n`);
  const paths = ['a', 'b', 'costly', 'c', 'd', 'e'].map((name) => path.join(dir, `${name}.md`));
  // The quadratic shapes (tests/quadratic-shapes.ts) at 6 KB: 500 block lines or more each, past the precheck's 400 (at
  // 4 KB setext and the paragraph shapes are under it), and 6 pieces or more; `npm run test:deep` runs them at 100 KB.
  // At 25 KB they took about 15 s of CPU, 12 of it list-paragraphs.md, whose cost grows faster than its size (12 KB:
  // 3 s) in the split stage's intro check, not in the parse budgets.test.ts bounds. The --jobs 1 run takes them after
  // the small files, beside three real postings: one budget worker for both checks (budgets.test.ts ran them through
  // the CLI in a worker of their own).
  const shapeBytes = deepOr(6_000, 100_000);
  const shapes = Object.keys(QUADRATIC_SHAPES);
  for (const [file, unit] of Object.entries(QUADRATIC_SHAPES)) writeFileSync(path.join(dir, file), shapeText(unit, shapeBytes));
  const REAL = ['yaml-jekyll/input.md', 'markdown-plain/input.md', 'html-page/input.html'].map((fixture) => path.join(FIXTURES, 'postings', fixture));
  // The fast path's record of the costly file, made once here for both runs.
  let fastPathRecord: ReturnType<typeof processBytes>['record'] | undefined;

  for (const jobs of [1, 2]) {
    const withShapes = jobs === 1;
    it(`with --jobs ${jobs}, and gives the same record as the fast path would${withShapes ? `; so do the quadratic shapes at ${shapeBytes / 1000} KB, each its record beside the real postings` : ''}`, async () => {
      const shapePaths = withShapes ? shapes.map((file) => path.join(dir, file)) : [];
      // At this size each shape is costly to the precheck, and longer than a piece.
      for (const file of shapePaths) {
        const text = readFileSync(file);
        expect(looksCostly(text), file).toBe(true);
        expect(findPieces(text.toString('utf8').split('\n')).starts.length, file).toBeGreaterThan(1);
      }
      const { budgeted, docs } = await runPaths([...paths, ...shapePaths, ...(withShapes ? REAL : [])], jobs);
      expect(budgeted).toEqual(['costly.md', ...(withShapes ? shapes : [])]);
      expect(docs.map((doc) => path.basename(doc.path))).toEqual(['a.md', 'b.md', 'costly.md', 'c.md', 'd.md', 'e.md', ...(withShapes ? [...shapes, 'input.md', 'input.md', 'input.html'] : [])]);
      const file = path.join(dir, 'costly.md');
      fastPathRecord ??= processBytes(file, readFileSync(file)).record;
      expect(docs[2]!.record).toEqual(fastPathRecord);
      for (const doc of docs) {
        expect(doc.messages.filter((m) => m.severity === 'error'), doc.path).toEqual([]);
        expect(doc.record, doc.path).toBeDefined();
      }
    }, 600_000);
  }
});

describe('the time budget counts CPU time', () => {
  it.skipIf(!existsSync('/proc/thread-self/stat'))('reads a thread\'s CPU time from /proc, and it grows with work', () => {
    const stat = '/proc/thread-self/stat';
    const before = cpuSeconds(stat)!;
    expect(before).toBeGreaterThanOrEqual(0);
    let spins = 0;
    while (cpuSeconds(stat)! < before + 0.05) spins++;
    expect(spins).toBeGreaterThan(0);
    expect(cpuSeconds('/proc/no-such-thread/stat')).toBeUndefined();
  });

  it('a file past it fails with file-too-complex, and the run goes on', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'postings-cpu-'));
    // A tiny file of a costly shape first: it runs in the budget worker and warms its Markdown path, so the runaway after
    // it is stopped once (a stop on a cold path runs the warm-up and the file again, in a second worker).
    writeFileSync(path.join(dir, 'a-warm.md'), '# Cook\n\nJoin Bean Co. Part-time.\n\n> - > - > - x\n');
    writeFileSync(path.join(dir, 'b-nested.md'), '# Job\n\n' + fill('> - > - > - x\n', 24_000));
    writeFileSync(path.join(dir, 'c-good.md'), '# Barista\n\nJoin Bean Co. Part-time.\n');
    const result = await runBundled(['normalize', dir, '-f', 'ndjson', '--timeout', '1', '--jobs', '1']);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/b-nested\.md error file-too-complex file is too complex: processing it went past its time budget of 1 s \(--timeout\); skipped/);
    expect(parseNdjson(result.stdout).map((record) => record.title)).toEqual(['Cook', 'Barista']);
  });
});
