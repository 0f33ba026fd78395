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
import { cpuSeconds } from '../src/budget.js';
import { processBytes } from '../src/pipeline.js';
import { runBundled } from './bundle-cli.js';
import { CORPUS, FIXTURES, HAS_SHARED, parseNdjson, ROOT } from './helpers.js';

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
    for await (const doc of processPaths(paths, { cwd: ROOT, env: {}, stdout: { write: () => true }, stderr: { write: () => true }, readStdin: async () => new Uint8Array(), stdinIsTTY: false }, { jobs, onBudgeted: (file) => budgeted.push(path.basename(file)) })) docs.push(doc);
    return { budgeted, docs };
  };
  const dir = mkdtempSync(path.join(os.tmpdir(), 'postings-precheck-'));
  // 2,000 bytes of `## h` / `- x`: 446 block lines, past the precheck's MAX_BLOCK_LINES (400), and a fraction of a
  // second in each thread that runs it (were 5,000 bytes): the tests need the precheck to send it, not its cost.
  writeFileSync(path.join(dir, 'costly.md'), '# Barista\n\nJoin Bean Co.\n\n' + fill('## h\n- x\n', 2000));
  for (const name of ['a', 'b', 'c', 'd', 'e']) writeFileSync(path.join(dir, `${name}.md`), `# Barista ${name}\n\nJoin Bean Co. Part-time.\n`);
  const paths = ['a', 'b', 'costly', 'c', 'd', 'e'].map((name) => path.join(dir, `${name}.md`));
  // The fast path's record of the costly file, made once here for both runs.
  let fastPathRecord: ReturnType<typeof processBytes>['record'] | undefined;

  for (const jobs of [1, 2]) {
    it(`with --jobs ${jobs}, and gives the same record as the fast path would`, async () => {
      const { budgeted, docs } = await runPaths(paths, jobs);
      expect(budgeted).toEqual(['costly.md']);
      expect(docs.map((doc) => path.basename(doc.path))).toEqual(['a.md', 'b.md', 'costly.md', 'c.md', 'd.md', 'e.md']);
      const file = path.join(dir, 'costly.md');
      fastPathRecord ??= processBytes(file, readFileSync(file)).record;
      expect(docs[2]!.record).toEqual(fastPathRecord);
    });
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
