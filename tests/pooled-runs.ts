/**
 * The runs on the built worker pool that several test files check, each made once per `vitest run` (tests/run-once.ts):
 * a pool start and its worker's cold first files cost seconds of CPU, so the files that need a pool share two runs
 * instead of starting one or two each. Both run on a pool loaded before the run starts (the build's createPool), so
 * the run hands its first WORKER_DEPTH files to the worker before this thread takes one, whatever the machine's load,
 * and a test stage (workerNotes) notes the files each thread took: a check that a worker thread gives what this thread
 * gives can fail. (Left to start with the run, a pool on a busy machine often ran every file of a short run in this
 * thread before its worker had loaded; then this thread waited for the worker before its files, about 25 s of a run.)
 */
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Io } from '../src/io.js';
import { workersOf, type WorkerPool } from '../src/run-pool.js';
import { FIXTURES, fixturePostings, HAS_SHARED, manyPostings, ROOT, runBuilt, runCli, type CliResult } from './helpers.js';
import { corpusFiles, runOnce } from './run-once.js';
import { DEEP_RUN } from './property-runs.js';

/** What the shared library run kept of each document: its records as JSON, and the signature a thread made beside them. */
export interface PooledDoc {
  path: string;
  records: Array<Record<string, any>>;
  signature: number[] | null;
}

/** The shared library run: its inputs, the totals it announced, how many files each side took, each document, and the files the worker took. */
export interface PooledRun {
  inputs: string[];
  totals: number[];
  counts: { inWorkers: number; inProcess: number };
  docs: PooledDoc[];
  inWorker: string[];
}

/**
 * A run of `processPaths` on a pool of two threads (the build's createPool, signatures asked for), for workers.test.ts
 * (one thread's records) and corpus-workers.test.ts (each signature the one computed afterwards): with ../shared the
 * first 24 files of its corpus (every one under `npm run test:deep`; one thread's records are the run's shared corpus
 * run), else 24 copies of the fixture postings. On the asking file's pool where it passes one (workers.test.ts: a pool
 * start fewer), else on a pool made and closed here; either way a pool of the build's createPool, so it gives the same
 * records whichever file asks first (a run's own workers are covered by the CLI run and the early stop).
 */
export async function pooledLongRun(given?: WorkerPool): Promise<PooledRun> {
  const text = await runOnce('pooled-long-run', async () => {
    const { processPaths } = (await import(pathToFileURL(path.join(ROOT, 'dist', 'run.js')).href)) as typeof import('../src/run.js');
    const { createPool } = (await import(pathToFileURL(path.join(ROOT, 'dist', 'index.js')).href)) as typeof import('../src/index.js');
    const { recordsOf } = await import('../src/document.js');
    const { precomputedSignature } = await import('../src/worker-task.js');
    const inputs = HAS_SHARED ? (DEEP_RUN ? corpusFiles() : corpusFiles().slice(0, 24)) : [manyPostings(24)];
    const io: Io = { cwd: ROOT, env: {}, stdout: { write: () => true }, stderr: { write: () => true }, readStdin: async () => new Uint8Array(), stdinIsTTY: false };
    const pool: WorkerPool = given ?? (await createPool({ jobs: 2 }));
    const notes = workerNotes();
    try {
      await loaded(pool);
      let counts = { inWorkers: 0, inProcess: 0 };
      const totals: number[] = [];
      const docs: PooledDoc[] = [];
      const options = { pool, signatures: true, testStage: notes.stage, onTotal: (n: number) => totals.push(n), onPoolClose: (c: typeof counts) => (counts = c) };
      for await (const doc of processPaths(inputs, io, options)) {
        const signature = precomputedSignature(doc);
        docs.push({ path: doc.path, records: recordsOf(doc), signature: signature ? [...signature] : null });
      }
      return JSON.stringify({ inputs, totals, counts, docs, inWorker: notes.inWorker() } satisfies PooledRun);
    } finally {
      notes.remove();
      if (!given) await pool.close();
    }
  });
  return JSON.parse(text) as PooledRun;
}

/**
 * The inputs of the shared CLI run: a folder, a missing file, the fixture postings, files of several postings. The run
 * names first a file of several postings (split.test.ts) and a fixture posting (workers.test.ts), then the folder, whose
 * first file the run's day decides (closing.test.ts): the WORKER_DEPTH files a loaded pool's worker takes first.
 */
export const POOLED_CLI_INPUTS = {
  /** A folder of 15 postings, several closed by a date between the run's day and today (closing.test.ts). */
  closing: path.join(FIXTURES, 'closing'),
  missing: 'missing.md',
  /** One posting of each format and encoding. */
  postings: fixturePostings(),
  /** Files of several postings, data files and a folder walk (split.test.ts). */
  multi: ['careers-three-roles.md', 'hn-who-is-hiring.md', '_data/jobs.yml', 'jobs-export.json', 'single-many-sections.md', 'walk'].map((name) => path.join(FIXTURES, 'multi', name)),
};

/** The day the shared CLI run judges closing dates by: before several of fixtures/closing's dates, and long before today. */
export const POOLED_CLI_DAY = '2026-01-01';

/** The shared CLI run's inputs in the order it names them (see POOLED_CLI_INPUTS). */
export function pooledCliPaths(): string[] {
  const { closing, missing, postings, multi } = POOLED_CLI_INPUTS;
  return [multi[0]!, postings[0]!, closing, missing, ...postings.slice(1), ...multi.slice(1)];
}

/** The shared CLI run: its arguments, the pooled run (JSON), one thread's run (NDJSON), and the files the worker took. */
export interface PooledCliRun {
  args: string[];
  pooled: CliResult;
  alone: CliResult;
  inWorker: string[];
}

/**
 * `normalize <pooledCliPaths()> --now POOLED_CLI_DAY` through the built CLI in process with `--jobs 2 -f json` on a
 * loaded pool (Io.pool), and the same through src/ with `--jobs 1 -f ndjson`: for workers.test.ts (the output, record
 * for record and key for key), split.test.ts (records of files of several postings made in a worker) and
 * closing.test.ts (the run's day reaches the worker thread). The CLI's own worker start (`--jobs 2` without a pool) is
 * run by io-edges.test.ts (the bin), and the library's by workers.test.ts's early stop on workers of its own (dedupe.test.ts's
 * pooled runs share a loaded pool, as validate-scale's).
 * On the asking file's pool where it passes one, loaded and not yet run on (workers.test.ts: a pool start and a cold
 * worker's first files fewer; its worker then runs this run's files first, as a pool made here would), else on a
 * pool made and closed here: the same records whichever file asks first.
 */
export async function pooledCliRun(given?: WorkerPool): Promise<PooledCliRun> {
  const text = await runOnce('pooled-cli-run', async () => {
    const pool = given ?? (await loadedPool());
    await loaded(pool);
    const notes = workerNotes();
    try {
      const args = ['normalize', ...pooledCliPaths(), '--now', POOLED_CLI_DAY];
      const pooled = await runBuilt([...args, '--format', 'json', '--jobs', '2'], { pool, env: { POSTINGS_TEST_STAGE: notes.stage } });
      const alone = await runCli([...args, '--format', 'ndjson', '--jobs', '1']);
      return JSON.stringify({ args, pooled, alone, inWorker: notes.inWorker() } satisfies PooledCliRun);
    } finally {
      notes.remove();
      if (!given) await pool.close();
    }
  });
  return JSON.parse(text) as PooledCliRun;
}

/** Waits until the pool's worker has loaded: a run on it then hands its first WORKER_DEPTH files to the worker. */
async function loaded(pool: WorkerPool): Promise<void> {
  if (!(await workersOf(pool)?.loaded)) throw new Error('the pool\'s worker did not load');
}

/** A pool of two threads from the build's createPool, once its worker has loaded. Close it when done. */
export async function loadedPool(): Promise<WorkerPool> {
  const { createPool } = (await import(pathToFileURL(path.join(ROOT, 'dist', 'index.js')).href)) as typeof import('../src/index.js');
  const pool = await createPool({ jobs: 2 });
  await loaded(pool);
  return pool;
}

/** The longest a worker's first file waits for this thread to take one: a guard against a run too short for both, never reached. */
const WAIT_FOR_THIS_THREAD_MS = 60_000;

/** A test stage that notes each file a worker thread takes, the files it noted, and its removal. */
export interface WorkerNotes {
  /** The stage's module (RunOptions.testStage, POSTINGS_TEST_STAGE). */
  stage: string;
  /** The paths of the files a worker thread took, sorted. */
  inWorker(): string[];
  remove(): void;
}

/**
 * A stage that leaves each document as it is and notes which thread took each file. A run on a loaded pool hands its
 * first WORKER_DEPTH files to the worker; the worker's first file then waits, without CPU, until this thread has taken
 * one, so both threads take files, by the run's own order and not by how fast either is. This thread never waits: the
 * worker holds its WORKER_DEPTH files, so the next ones are this thread's. The wait ends at once in a run of more than
 * WORKER_DEPTH files (WAIT_FOR_THIS_THREAD_MS only guards a shorter one from hanging).
 */
export function workerNotes(): WorkerNotes {
  const dir = mkdtempSync(path.join(tmpdir(), 'postings-pooled-'));
  const notes = path.join(dir, 'notes');
  mkdirSync(notes);
  const stage = path.join(dir, 'note-each-thread.mjs');
  writeFileSync(stage, `import { readdirSync, writeFileSync } from 'node:fs';
import { isMainThread } from 'node:worker_threads';
const notes = ${JSON.stringify(notes)};
const pause = new Int32Array(new SharedArrayBuffer(4));
const thisThreadTookOne = () => readdirSync(notes).some((name) => name.startsWith('main-'));
export default function noteEachThread(doc) {
  // The warm-up's samples (src/warm-up.ts) are no file of the run.
  if (/^warm-up\\.[a-z]+$/.test(doc.path)) return doc;
  if (isMainThread) writeFileSync(notes + '/main-' + Date.now() + '-' + Math.random(), doc.path);
  else {
    for (let waited = 0; waited < ${WAIT_FOR_THIS_THREAD_MS} && !thisThreadTookOne(); waited += 25) Atomics.wait(pause, 0, 0, 25);
    writeFileSync(notes + '/worker-' + Date.now() + '-' + Math.random(), doc.path);
  }
  return doc;
}
`);
  return {
    stage,
    inWorker: () => readdirSync(notes).filter((name) => name.startsWith('worker-')).map((name) => readFileSync(path.join(notes, name), 'utf8')).sort(),
    remove: () => rmSync(dir, { recursive: true, force: true }),
  };
}
