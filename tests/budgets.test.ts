/**
 * Budgets (issue 16): no file can hang, exhaust or crash a run. The hostile
 * shapes are made at test time; real postings sit beside them and must all
 * come out. No test asserts on time: budgets are set far above what the fixed
 * code needs, and far below what the unfixed code took.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { findPieces, PIECE_LINES } from '../src/clean/pieces.js';
import { runBundled } from './bundle-cli.js';
import { errorsByFile, FIXTURES, parseNdjson, runBin, runCli, ROOT } from './helpers.js';
import { QUADRATIC_SHAPES, shapeText } from './quadratic-shapes.js';

let tmp: string;
beforeAll(() => {
  tmp = mkdtempSync(path.join(tmpdir(), 'postings-budgets-'));
});
afterAll(() => {
  rmSync(tmp, { recursive: true, force: true });
});

const GOOD = ['yaml-jekyll/input.md', 'markdown-plain/input.md', 'html-page/input.html'];

/** A folder with the real fixtures as good-*.ext and each shape as a file of about `bytes` bytes. */
function folderWith(name: string, shapes: Record<string, string>, bytes: number): string {
  const dir = path.join(tmp, name);
  mkdirSync(dir, { recursive: true });
  GOOD.forEach((fixture, i) => copyFileSync(path.join(FIXTURES, 'postings', fixture), path.join(dir, `good-${i}${path.extname(fixture)}`)));
  for (const [file, unit] of Object.entries(shapes)) {
    const head = file.endsWith('.html') ? '<ul>\n' : '';
    writeFileSync(path.join(dir, file), head + unit.repeat(Math.floor(bytes / unit.length)));
  }
  return dir;
}

describe('the quadratic Markdown shapes parse in linear time', () => {
  const shapes = QUADRATIC_SHAPES;

  // The work counter, not the clock: the parse of a piece grows with its lines only, so pieces of a bounded size
  // make the whole parse linear. At 100 KB each shape is over 16,000 lines; uncut it is one piece.
  it('at 100 KB each is cut into pieces of a few hundred lines, with no forced cut', () => {
    for (const [file, unit] of Object.entries(shapes)) {
      const lines = shapeText(unit, 100_000).split('\n');
      const { starts, forced } = findPieces(lines);
      const sizes = [...starts, lines.length].slice(1).map((end, i) => end - starts[i]!);
      expect(Math.max(...sizes), file).toBeLessThanOrEqual(PIECE_LINES + 10);
      expect(forced, file).toBe(0);
    }
  });

  // Each shape through the budget worker, beside real postings, is budgets-precheck.test.ts's library run with --jobs 1
  // (QUADRATIC_SHAPES there): one budget worker's start for both checks.

  it('a list of thousands of items is cut into lists, with a warning and no item lost', async () => {
    const items = Array.from({ length: 1001 }, (_, i) => `- item ${i}`).join('\n');
    const result = await runCli(['normalize', '-', '-f', 'ndjson', '-v'], { input: `# Barista\n\n${items}\n` });
    expect(result.code).toBe(0);
    expect(result.stderr).toMatch(/^<stdin>:503 warning blocks-cut .* 2 place/m);
    const [record] = parseNdjson(result.stdout);
    expect(record!.description.markdown.match(/item \d+/g)).toHaveLength(1001);
  });
});

describe('a per-file budget of time and memory', () => {
  // 5 MB, under the default --max-bytes: an HTML list of <li> cost about 1.3 GB a megabyte, and a
  // Markdown bullet list as much; either ended the process with "heap out of memory", losing every record.
  // Each shape runs once: the HTML list in the --jobs 1 run, whose peak RSS is measured (the costlier shape), the bullets
  // with --jobs 2. A memory stop costs about 1.4 s of CPU whatever the run (a budget worker's start and the heap grown
  // to the budget): both shapes in both runs paid four stops for what two show.
  const shapes = { 'li-list.html': '<li>item text</li>\n', 'bullets.md': '- item text\n' };
  const hostileOfRun = { '1': 'li-list.html', '2': 'bullets.md' } as const;

  // A budget of 48 MB of heap: the worker's own code and a real posting fit well within it, and each hostile file passes
  // it within a second or two of CPU (near a limit the heap grows slowly: at 64 MB a stop took 15 s of CPU, at 3 s of
  // time 3 s each). The time budget is room for a fresh budget worker's first real posting (0.7 s of CPU cold): its
  // wall-clock backstop (4 times the budget, src/budget.ts) holds on a machine shared by many runs.
  const MAX_MEMORY = 48;
  const TIMEOUT = 10;
  // A YAML flow sequence of 2 million items: its nodes pass the memory budget within a second of CPU, so its error names
  // the memory budget (the lists above may reach the time budget first on a busy machine). It runs with --jobs 1 beside
  // them: one process for both checks.
  const FLOW_SEQUENCE = `---\nx: [${'1,'.repeat(2_000_000)}1]\n---\n# Barista\n`;
  for (const jobs of ['1', '2'] as const) {
    const flow = jobs === '1';
    const hostileFile = hostileOfRun[jobs];
    it(`with --jobs ${jobs}, a hostile file (${hostileFile}) is one file-too-complex error and every real posting is written${flow ? '; one past the memory budget names it, and the run stays under a bounded peak RSS' : ''}`, async () => {
      const dir = folderWith(`memory-${jobs}`, { [hostileFile]: shapes[hostileFile] }, 5_000_000);
      if (flow) writeFileSync(path.join(dir, 'flow-sequence.md'), FLOW_SEQUENCE);
      // With --jobs 1 the run's peak RSS is measured too: the documented bound is about 300 MB plus one budget.
      const rssFile = path.join(tmp, `rss-jobs-${jobs}.json`);
      const rssHook = { NODE_OPTIONS: `--import=${path.join(ROOT, 'bench', 'rss-hook.js')}`, POSTINGS_BENCH_RSS_FILE: rssFile };
      // The peak RSS is a whole process's: that run starts the real binary; the pool's run is the bin's bundle in process.
      const args = ['normalize', dir, '-f', 'ndjson', '--jobs', jobs, '--timeout', String(TIMEOUT), '--max-memory', String(MAX_MEMORY), '--no-progress'];
      const result = flow ? runBin(args, { env: rssHook }) : await runBundled(args);
      expect(result.code).toBe(1);
      const hostile = { [hostileFile]: ['file-too-complex'] };
      expect(errorsByFile(result.stderr)).toEqual(flow ? { ...hostile, 'flow-sequence.md': ['file-too-complex'] } : hostile);
      expect(result.stderr).toMatch(new RegExp(`${hostileFile.replace('.', '\\.')} error file-too-complex .*(time budget of ${TIMEOUT} s \\(--timeout\\)|memory budget of ${MAX_MEMORY} MB \\(--max-memory\\))`));
      if (flow) expect(result.stderr).toMatch(new RegExp(`flow-sequence\\.md error file-too-complex .*memory budget of ${MAX_MEMORY} MB \\(--max-memory\\)`));
      expect(result.stderr).not.toMatch(/heap|at .*\.js:\d+/i);
      const paths = parseNdjson(result.stdout).map((record) => path.basename(record.source.path)).sort();
      expect(paths).toEqual(['good-0.md', 'good-1.md', 'good-2.html']);
      if (flow) expect((JSON.parse(readFileSync(rssFile, 'utf8')) as { rssKB: number }).rssKB / 1024).toBeLessThan(300 + MAX_MEMORY);
    }, 600_000);
  }

  it('--timeout and --max-memory take positive numbers', async () => {
    for (const args of [['--timeout', '0'], ['--timeout', 'soon'], ['--max-memory', '-1'], ['--max-memory', '1.5']]) {
      const result = await runCli(['normalize', path.join(FIXTURES, 'postings', 'yaml-jekyll', 'input.md'), ...args]);
      expect(result.code).toBe(2);
      expect(result.stderr).toMatch(/^postings: --(timeout|max-memory) takes .*\n$/);
    }
  });
});
