/**
 * #18: the heap settings of the `postings` command (bin/postings.js). V8
 * sizes a thread's young generation when the thread starts, so the 4 MB
 * semi-spaces the command asks for reach its worker threads, not the main
 * thread; a flag given to node (NODE_OPTIONS) wins and reaches every thread.
 * A test stage in every thread allocates enough to grow the young generation
 * to its limit, then notes its size (the real binary, with a pool).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import path from 'node:path';
import { runAsync } from './background.js';
import { BIN, POSTINGS, ROOT, runBin } from './helpers.js';

let tmp: string;
beforeAll(() => {
  tmp = mkdtempSync(path.join(tmpdir(), 'postings-bin-heap-'));
});
afterAll(() => {
  rmSync(tmp, { recursive: true, force: true });
});

/**
 * What is tested is the heap, not the time budget: a file's 30 s of wall-clock time by default (the first runs cold,
 * and its test stage allocates and waits) went by at load 24 on 2 cores, which failed the run.
 */
const NO_TIME_BUDGET = ['--timeout', '600'];

/** Broken links listed after two postings: enough collections, each seen alone, to end the warm-up's count of 16. */
const LISTED_LINKS = 5_000;

/**
 * Runs normalize over eight small postings with --jobs 2; the young generation each thread reached, in MB.
 * The real binary without blocking this process: the two runs mostly wait (the main thread's pauses), so they run at once.
 */
async function youngGenerations(env: Record<string, string>): Promise<{ main: number[]; workers: number[] }> {
  const run = mkdtempSync(path.join(tmp, 'run-'));
  const notes = path.join(run, 'notes');
  const input = path.join(run, 'in');
  mkdirSync(notes);
  mkdirSync(input);
  // More than four files: a pool starts (src/run.ts IN_PROCESS_MAX_INPUTS).
  // 24 files: the main thread waits on each until a worker has noted one, so a worker slow to load on a busy machine
  // (a fresh clone's first run compiles the bundle) still gets files (CI-like run: 8 files once left the workers none).
  for (let i = 0; i < 24; i++) copyFileSync(path.join(POSTINGS, 'markdown-plain', 'input.md'), path.join(input, `p${i}.md`));
  const stage = path.join(run, 'note-young.mjs');
  writeFileSync(stage, `import { readdirSync, writeFileSync } from 'node:fs';
import { isMainThread } from 'node:worker_threads';
import v8 from 'node:v8';
let noted = false;
export default function noteYoungGeneration(doc) {
  // The main thread works through the queue until a worker has loaded (src/run-pool.ts): slowed down here,
  // it leaves the later files to the workers however long they take to start.
  if (isMainThread && !readdirSync(${JSON.stringify(notes)}).some((name) => name.startsWith('worker-'))) Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 1500);
  // Once a thread: objects that live across collections grow the young generation to its limit. 500,000 of them take
  // a worker's young generation to V8's own limit (32 MB) from its start: the 8 MB checked is reached with room.
  if (noted) return doc;
  noted = true;
  let keep = [];
  for (let i = 0; i < 5e5; i++) {
    keep.push({ i, s: 'x' + i });
    if (keep.length > 3e5) keep = [];
  }
  const young = v8.getHeapSpaceStatistics().find((space) => space.space_name === 'new_space').space_size / 2 ** 20;
  writeFileSync(${JSON.stringify(notes)} + '/' + (isMainThread ? 'main' : 'worker') + '-' + Math.random(), String(young));
  return doc;
}
`);
  const result = await runAsync(process.execPath, [BIN, 'normalize', input, '--jobs', '2', '--no-progress', ...NO_TIME_BUDGET], ROOT, { ...process.env, NO_COLOR: '1', CI: 'true', POSTINGS_TEST_STAGE: stage, ...env });
  expect(result.code, result.stderr).toBe(0);
  const sizes = (kind: string) => readdirSync(notes).filter((name) => name.startsWith(`${kind}-`)).map((name) => Number(readFileSync(path.join(notes, name), 'utf8')));
  return { main: sizes('main'), workers: sizes('worker') };
}

const twoCores = availableParallelism() >= 2;

describe.skipIf(!twoCores)('the command line heap settings (skipped on one core: no worker thread starts)', () => {
  it.concurrent('worker threads get 4 MB semi-spaces (a young generation of at most 8 MB)', async () => {
    const { workers } = await youngGenerations({ NODE_OPTIONS: '' });
    expect(workers.length).toBeGreaterThan(0);
    for (const young of workers) expect(young).toBeLessThanOrEqual(8);
  }, 300_000);

  // One run for the main thread and the workers: 16 MB semi-spaces let every thread's young generation grow past
  // the 8 MB the command would allow (to V8's 32 MB), so a setting of the command's own that won fails it.
  it.concurrent('a semi-space size given to node wins, in every thread, the main thread too', async () => {
    const { main, workers } = await youngGenerations({ NODE_OPTIONS: '--max-semi-space-size=16' });
    expect(workers.length).toBeGreaterThan(0);
    expect(main.length).toBeGreaterThan(0);
    for (const young of [...main, ...workers]) expect(young).toBeGreaterThan(8);
  }, 300_000);
});

describe('the main thread\'s young generation', () => {
  // One run for both: the stretch's objects would take an uncapped young generation to 32 MB, so the size at exit
  // (bench/rss-hook.js) is checked on a run that grows it, as the note between the two looks is.
  it('grows to 8 MB and no further, even in a long stretch between two looks at it (listing 10,000 files took it to 16 MB)', () => {
    const run = mkdtempSync(path.join(tmp, 'stretch-'));
    const usage = path.join(run, 'usage.json');
    const input = path.join(run, 'in');
    const note = path.join(run, 'young');
    mkdirSync(input);
    for (let i = 0; i < 2; i++) copyFileSync(path.join(POSTINGS, 'markdown-plain', 'input.md'), path.join(input, `p${i}.md`));
    const stage = path.join(run, 'long-stretches.mjs');
    writeFileSync(stage, `import { writeFileSync } from 'node:fs';
import v8 from 'node:v8';
let docs = 0;
export default function longStretches(doc) {
  docs++;
  let keep = [];
  if (docs === 1) {
    // Past the warm-up's count of collections in one stretch, little of it surviving: one batch of many.
    for (let i = 0; i < 3e6; i++) {
      keep.push({ i });
      if (keep.length > 1e3) keep = [];
    }
  } else if (docs === 2) {
    // Then a stretch whose objects live across collections: every growth step allowed here is taken (500,000 of them
    // take an uncapped young generation to V8's own 32 MB).
    for (let i = 0; i < 5e5; i++) {
      keep.push({ i, s: 'x' + i });
      if (keep.length > 3e5) keep = [];
    }
    const young = v8.getHeapSpaceStatistics().find((space) => space.space_name === 'new_space').space_size / 2 ** 20;
    writeFileSync(${JSON.stringify(note)}, String(young));
  }
  return doc;
}
`);
    const result = runBin(['normalize', input, '-f', 'ndjson', '--jobs', '1', '--no-progress', ...NO_TIME_BUDGET], {
      env: { NODE_OPTIONS: `--import=${path.join(ROOT, 'bench', 'rss-hook.js')}`, POSTINGS_BENCH_RSS_FILE: usage, POSTINGS_TEST_STAGE: stage },
    });
    expect(result.code, result.stderr).toBe(0);
    expect(Number(readFileSync(note, 'utf8'))).toBeLessThanOrEqual(8);
    expect((JSON.parse(readFileSync(usage, 'utf8')) as { newSpaceKB: number }).newSpaceKB / 1024).toBeLessThanOrEqual(8);
  }, 300_000);

  // Listing many files is hundreds of turns of the event loop, each collection seen alone; counted as the warm-up, they
  // let the first documents, run cold, grow it in one stretch (a 10,000-posting run went to 16 MB this way).
  it('grows not at all while the first documents run after a long listing (its collections are no warm-up)', () => {
    const run = mkdtempSync(path.join(tmp, 'listing-'));
    const input = path.join(run, 'in');
    const note = path.join(run, 'young');
    mkdirSync(input);
    for (let i = 0; i < 2; i++) copyFileSync(path.join(POSTINGS, 'markdown-plain', 'input.md'), path.join(input, `a${i}.md`));
    // Listed after the two postings; each is an await (its stat) in the listing, and no document after it.
    for (let i = 0; i < LISTED_LINKS; i++) symlinkSync(path.join(run, 'nowhere'), path.join(input, `z${String(i).padStart(5, '0')}.md`));
    const stage = path.join(run, 'surviving-stretch.mjs');
    writeFileSync(stage, `import { writeFileSync } from 'node:fs';
import v8 from 'node:v8';
let docs = 0;
export default function survivingStretch(doc) {
  // The second document: objects that live across collections, so every growth step allowed is taken.
  if (++docs !== 2) return doc;
  let keep = [];
  for (let i = 0; i < 5e5; i++) {
    keep.push({ i, s: 'x' + i });
    if (keep.length > 3e5) keep = [];
  }
  writeFileSync(${JSON.stringify(note)}, String(v8.getHeapSpaceStatistics().find((space) => space.space_name === 'new_space').space_size / 2 ** 20));
  return doc;
}
`);
    const result = runBin(['normalize', input, '-f', 'ndjson', '--jobs', '1', '--no-progress', ...NO_TIME_BUDGET], { env: { POSTINGS_TEST_STAGE: stage } });
    expect(result.code, result.stderr.slice(0, 500)).toBe(1);
    expect(result.stdout.trim().split('\n')).toHaveLength(2);
    expect(Number(readFileSync(note, 'utf8'))).toBeLessThanOrEqual(8);
  }, 300_000);
});


describe('the listing marks', () => {
  it('are the same names in the bin, which watches for them, and in the listing, which sets them', async () => {
    const bin = await import(path.join(ROOT, 'bin', 'young-generation.js')) as { LISTING_MARKS: Record<string, string> };
    const { LISTING_MARKS } = await import('../src/input/expand.js');
    expect(bin.LISTING_MARKS).toEqual(LISTING_MARKS);
  });
});
