import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EventEmitter } from 'node:events';
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Io } from '../src/io.js';
import type { WorkerPool } from '../src/run-pool.js';
import { WORKER_DEPTH, workersOf } from '../src/run-pool.js';
import type { Piscina } from 'piscina';
import { orderedMap, processPaths } from '../src/run.js';
import { runNormalize } from '../src/commands/normalize.js';
import { recordsOf } from '../src/document.js';
import { precomputedSignature, type DocSummary, type WorkerTask } from '../src/worker-task.js';
import { expandInputs } from '../src/input/expand.js';
import { DEFAULT_MAX_BYTES } from '../src/input/read.js';
import { FIXTURES, HAS_SHARED, manyPostings, parseNdjson, POSTINGS, ROOT, runBuilt, runCli } from './helpers.js';
import { corpusRecords } from './run-once.js';
import { pooledCliRun, pooledLongRun, POOLED_CLI_INPUTS } from './pooled-runs.js';
import { DEEP_RUN } from './property-runs.js';

/** The built CLI (the pool lives in the build): its own answer to a bad --jobs. */
const runPooled = runBuilt;
/** Four postings, then a dozen: enough for a pool (more than IN_PROCESS_MAX_INPUTS), quick to run. */
const FOUR = manyPostings(4);
const TWELVE = manyPostings(12);
const SOME = readdirSync(TWELVE).sort().map((name) => path.join(TWELVE, name));

function fakeIo(stdout: Io['stdout'] = { write: () => true }): Io & { errors: string[] } {
  const errors: string[] = [];
  return {
    stdout,
    stderr: { write: (text: string) => errors.push(text) },
    readStdin: async () => new Uint8Array(),
    stdinIsTTY: true,
    cwd: ROOT,
    env: {},
    errors,
  };
}

// One pool (the build's createPool) for this file's runs on a pool and its worker thread: the shared CLI run and the
// shared library run when this file asks for them first (tests/pooled-runs.ts; the CLI run first, on the fresh pool),
// the early stop on a pool, the worker-entry test (its tasks straight to the pool's worker: the entry alone) and the
// pool's own test, which closes it. The other early stop starts workers of its own.
const built = async () => (await import(pathToFileURL(path.join(ROOT, 'dist', 'index.js')).href)) as typeof import('../src/index.js');
let pool: WorkerPool;
beforeAll(async () => {
  pool = await (await built()).createPool({ jobs: 2 });
  // Its worker online before any test counts the worker threads running.
  expect(await workersOf(pool)!.loaded).toBe(true);
});
afterAll(async () => {
  await pool.close();
});

describe('normalize on a worker pool', () => {
  // The run's shared CLI pool run (tests/pooled-runs.ts: split and closing check it too), held to one thread's NDJSON
  // from src/ in process, so the build is held to the sources too. It runs on this file's loaded pool, whose worker takes
  // the first files (a fixture posting among them); every fixture in a worker thread is a later test of this file.
  it('prints the same records with --jobs 2 as with --jobs 1: a JSON array that parses back, record for record and key for key the NDJSON of one thread; an unreadable input keeps its place and the run exits 1', async () => {
    const { pooled: json, alone: ndjson, inWorker } = await pooledCliRun(pool);
    expect(json.code).toBe(1);
    expect(ndjson.code).toBe(1);
    expect(json.stderr).toContain('missing.md error read-failed');
    expect(json.stderr).toBe(ndjson.stderr);
    const records = JSON.parse(json.stdout) as Array<Record<string, any>>;
    expect(records).toEqual(parseNdjson(ndjson.stdout));
    // Key order too: NDJSON and JSON print a record's keys in the order a thread made them.
    expect(JSON.stringify(records) === JSON.stringify(parseNdjson(ndjson.stdout)), 'the same keys in the same order').toBe(true);
    // Each file named in its place, a folder's files in its place, in order: a file of three postings, a fixture
    // posting, the folder, the missing file (no record), the other postings, then the other files of several postings.
    const { closing, postings, multi } = POOLED_CLI_INPUTS;
    const paths = records.map((r) => r.source.path as string);
    expect(paths.slice(0, 4)).toEqual([multi[0], multi[0], multi[0], postings[0]]);
    expect(paths.slice(4, 19).every((p) => p.startsWith(`${closing}${path.sep}`))).toBe(true);
    expect(paths.slice(19, 18 + postings.length)).toEqual(postings.slice(1));
    expect(paths[18 + postings.length]).toBe(multi[1]);
    expect(inWorker.filter((file) => postings.includes(file)).length, 'fixture postings the worker took').toBeGreaterThan(0);
  });

  it('rejects a --jobs that is not a whole number above 0', async () => {
    const result = await runPooled(['normalize', FOUR, '--jobs', 'many']);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('--jobs takes a whole number above 0');
  });
});

describe('processPaths (library)', () => {
  it('yields full documents in input order in process', async () => {
    const docs = [];
    for await (const doc of processPaths([FOUR, 'missing.md'], fakeIo())) docs.push(doc);
    expect(docs.map((doc) => path.basename(doc.path))).toEqual([...readdirSync(FOUR).sort(), 'missing.md']);
    expect(docs[0]?.text).toBeTruthy();
    expect(docs[4]?.messages[0]?.ruleId).toBe('read-failed');
  });

  // The run's shared library pool run (tests/pooled-runs.ts; corpus-workers checks its signatures), on this file's pool
  // when this file asks first: with ../shared, one thread's records are the run's shared corpus run.
  it('shares a run between this thread and the worker, in input order, and gives the same records', { timeout: 900_000 }, async () => {
    const { inputs, totals, counts, docs, inWorker } = await pooledLongRun(pool);
    expect(counts.inWorkers).toBeGreaterThan(0);
    expect(counts.inProcess).toBeGreaterThan(0);
    expect(inWorker).toHaveLength(counts.inWorkers);
    expect(totals).toEqual([docs.length]);
    const pooled = docs.flatMap((doc) => doc.records);
    if (HAS_SHARED) {
      expect(docs.map((doc) => doc.path)).toEqual(inputs);
      const named = new Set(inputs);
      expect(pooled).toEqual((await corpusRecords()).filter((record) => named.has(record.source.path)));
      return;
    }
    const single = [];
    for await (const doc of processPaths(inputs, fakeIo())) single.push(doc);
    expect(docs.map((doc) => doc.path)).toEqual(single.map((doc) => doc.path));
    expect(pooled).toEqual(JSON.parse(JSON.stringify(single.flatMap((doc) => recordsOf(doc)))));
  });

  // Both ways a run gets workers: its own (`jobs: 2`: the close drops the queue, waits for the worker to load, then stops
  // it) and the file's pool (the close drops the run's queue and leaves the workers running). The worker threads that
  // run at the close are the ones that ran before the run: the file's pool's one, never the run's own.
  it.each([['workers of its own', false], ['the file\'s pool', true]] as const)('runs nothing more once a consumer stops early, on %s', async (_name, onPool) => {
    const builtRun = (await import(pathToFileURL(path.join(ROOT, 'dist', 'run.js')).href)) as typeof import('../src/run.js');
    let counts: { inWorkers: number; inProcess: number } | undefined;
    let taken = 0;
    const workers = onPool ? { pool } : { jobs: 2 };
    const before = liveWorkerThreads();
    for await (const _doc of builtRun.processPaths([FIXTURES, TWELVE, FIXTURES], fakeIo(), { ...workers, onPoolClose: (c) => (counts = c) })) {
      if (++taken < 3) continue;
      // Its own worker running before the break (on a quiet machine this thread takes three files before the worker
      // has started), so a close that left it would leave one more (budget workers may show too: a costly fixture).
      if (!onPool) expect(await waitFor(() => liveWorkerThreads() > before), 'the run\'s own worker thread running').toBe(true);
      break;
    }
    // At most as many as before: none of the run's own is left (a thread of an earlier file may have ended meanwhile; the
    // pool's own test shows that a run on the pool leaves its worker running).
    expect(liveWorkerThreads(), 'worker threads once the run has closed').toBeLessThanOrEqual(before);
    const atClose = { ...counts! };
    // Queued inputs are dropped at the close, not read and parsed afterwards.
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(counts).toEqual(atClose);
    expect(atClose.inWorkers + atClose.inProcess).toBeLessThan(60);
  });

  // Every kind of input the project has crosses the thread boundary: each fixture (fixtureSample) runs in a worker
  // thread on the built pool's entry, handed straight to the file's pool's worker (a run would leave a busy machine's
  // files to this thread until its worker has loaded), and must come back as this thread makes it, key for key. The
  // tasks do not ask for signatures: the worker thread signs none of them, and the one task that asks, after them, comes
  // back signed (corpus-workers checks the signatures a pool run asks for).
  it('the worker entry answers `ready`, and gives every fixture, in a worker thread, the summary this thread makes, signed only when asked', async () => {
    const { threadRunner, summarize, fromSummary } = await import('../src/worker-task.js');
    const { signature } = await import('../src/corpus/minhash.js');
    const files = fixtureSample((await expandInputs([FIXTURES], ROOT)).filter((entry) => !entry.error).map((entry) => entry.path));
    expect(files.length).toBeGreaterThan(DEEP_RUN ? 100 : 40);
    const tasks = files.map((file) => ({ path: file, cwd: ROOT, maxBytes: DEFAULT_MAX_BYTES, today: '2026-01-01' }));
    // The pool's piscina, which runs dist/worker.js: its tasks go to its one worker thread only.
    const entry = workersOf(pool)!.pool as unknown as Piscina<WorkerTask | null, DocSummary | boolean>;
    expect(entry.options.filename).toBe(path.join(ROOT, 'dist', 'worker.js'));
    expect(entry.threads).toHaveLength(1);
    expect(await entry.run(null, { name: 'ready' })).toBe(true);
    const inWorker = await Promise.all(tasks.map((task) => entry.run(task)));
    expect(inWorker.filter((summary) => precomputedSignature(fromSummary(summary as DocSummary)) !== undefined).map((summary) => (summary as DocSummary).path), 'signed in the worker thread, unasked').toEqual([]);
    const asked = fromSummary((await entry.run({ ...tasks[0]!, path: path.join(POSTINGS, 'markdown-plain', 'input.md'), signature: true })) as DocSummary);
    expect(precomputedSignature(asked), 'signed in the worker thread when asked').toEqual(signature(asked.record!.description.text));
    const here = threadRunner();
    for (const [i, task] of tasks.entries()) {
      const mine = summarize(await here.run(task));
      expect(inWorker[i], task.path).toEqual(mine);
      expect(JSON.stringify(inWorker[i]) === JSON.stringify(mine), `${task.path}: the same keys in the same order`).toBe(true);
    }
  });

  // After the runs above: the pool's worker has loaded, so each run hands it WORKER_DEPTH files as they come, before
  // this thread takes one. A test stage notes the worker thread of each file: one thread for both runs, so neither
  // started a worker nor stopped the pool's (piscina starts a fresh thread for a run on a pool that was stopped).
  it('runs on a pool from createPool: each run gives one thread\'s results, its first files in the pool\'s one loaded worker, and leaves the pool open; closed, the pool leaves runs to this thread', async () => {
    const { normalizeFiles } = await built();
    const notes = mkdtempSync(path.join(tmpdir(), 'postings-pool-'));
    const testStage = path.join(notes, 'note-thread.mjs');
    writeFileSync(testStage, `import { writeFileSync } from 'node:fs';
import { isMainThread, threadId } from 'node:worker_threads';
export default function noteThread(doc) {
  if (!isMainThread && !/^warm-up\\.[a-z]+$/.test(doc.path)) writeFileSync(${JSON.stringify(notes)} + '/thread-' + threadId + '-' + Math.random(), '');
  return doc;
}
`);
    const workerThreads = () => new Set(readdirSync(notes).filter((name) => name.startsWith('thread-')).map((name) => name.split('-')[1]));
    const alone = [];
    for await (const result of normalizeFiles([TWELVE], { testStage })) alone.push(result);
    for (const round of [1, 2]) {
      let counts: { inWorkers: number; inProcess: number } | undefined;
      const results = [];
      for await (const result of normalizeFiles([TWELVE], { pool, testStage, onPoolClose: (c) => (counts = c) })) results.push(result);
      expect(results, `run ${round}`).toEqual(alone);
      expect(counts!.inWorkers, `run ${round}: files in the worker`).toBeGreaterThanOrEqual(WORKER_DEPTH);
    }
    expect(workerThreads().size, 'worker threads of both runs').toBe(1);
    await pool.close();
    let closedCounts: unknown;
    const afterClose = [];
    for await (const result of normalizeFiles([TWELVE], { pool, testStage, onPoolClose: (c) => (closedCounts = c) })) afterClose.push(result);
    expect(afterClose).toEqual(alone);
    expect(closedCounts, 'no pool runner after the close').toBeUndefined();
    rmSync(notes, { recursive: true, force: true });
  });

});

/** Whether `done` holds within a minute, looked at every 20 ms (a wait for a state, not a measure of time). */
async function waitFor(done: () => boolean): Promise<boolean> {
  for (let waited = 0; waited < 60_000 && !done(); waited += 20) await new Promise((resolve) => setTimeout(resolve, 20));
  return done();
}

/** The worker threads this thread has running, as the process's diagnostic report lists them (one entry each). */
function liveWorkerThreads(): number {
  return (process.report.getReport() as unknown as { workers: unknown[] }).workers.length;
}

/**
 * The fixtures the worker-entry test runs in both threads: every one under `npm run test:deep`; else the first of each
 * kind (its folder under fixtures/ and its extension) and one in FIXTURE_STRIDE of the rest (each fixture costs its run
 * twice: in the pool's worker thread and in this one).
 */
function fixtureSample(files: string[]): string[] {
  const kinds = new Set<string>();
  return files.filter((file, i) => {
    const kind = `${path.relative(FIXTURES, file).split(path.sep)[0]} ${path.extname(file)}`;
    const first = !kinds.has(kind);
    kinds.add(kind);
    return DEEP_RUN || first || i % FIXTURE_STRIDE === 0;
  });
}
const FIXTURE_STRIDE = 4;

describe('orderedMap', () => {
  it('yields in input order while work finishes out of order, with at most `window` in flight', async () => {
    let inFlight = 0;
    let most = 0;
    const work = async (n: number) => {
      inFlight++;
      most = Math.max(most, inFlight);
      await new Promise((resolve) => setTimeout(resolve, (7 - n) % 4));
      inFlight--;
      return n * 10;
    };
    async function* items() {
      for (let n = 0; n < 12; n++) yield n;
    }
    const out = [];
    for await (const value of orderedMap(items(), work, 3)) out.push(value);
    expect(out).toEqual([0, 10, 20, 30, 40, 50, 60, 70, 80, 90, 100, 110]);
    expect(most).toBeLessThanOrEqual(3);
    expect(most).toBeGreaterThan(1);
  });

  it('yields a finished result before the next input arrives (a streaming filter never stalls)', async () => {
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    async function* items() {
      yield 1;
      await gate; // the next line only comes after the first result was seen
      yield 2;
    }
    const out: number[] = [];
    for await (const value of orderedMap(items(), async (n) => n, 4)) {
      out.push(value);
      if (value === 1) release();
    }
    expect(out).toEqual([1, 2]);
  });

  it('surfaces a failing input source to the consumer', async () => {
    async function* items() {
      yield 1;
      throw new Error('stdin broke');
    }
    const out: number[] = [];
    await expect(async () => {
      for await (const value of orderedMap(items(), async (n) => n, 2)) out.push(value);
    }).rejects.toThrow('stdin broke');
    expect(out).toEqual([1]);
  });
});

describe('backpressure', () => {
  it('stops pulling results while stdout is full, and goes on after drain', async () => {
    const writes: string[] = [];
    let full = true;
    const stdout = Object.assign(new EventEmitter(), {
      write: (chunk: string) => {
        writes.push(chunk);
        return !full;
      },
    });
    const io = fakeIo(stdout);
    const run = runNormalize({ paths: SOME, format: 'ndjson', strict: false, jobs: 1, progress: false }, io);
    await new Promise((resolve) => setTimeout(resolve, 300));
    const whileFull = writes.length;
    full = false;
    stdout.emit('drain');
    expect(await run).toBe(0);
    expect(whileFull).toBeLessThanOrEqual(2);
    expect(writes.filter((chunk) => chunk.startsWith('{'))).toHaveLength(SOME.length);
  });
});
