/**
 * The runs on the built worker pool that several test files check, each made once per `vitest run` (tests/run-once.ts):
 * a pool start and its worker's cold first files cost seconds of CPU, so the files that need a pool share two runs
 * instead of starting one or two each. In both, a test stage leaves most files to the worker (leaveMostToTheWorker),
 * so a check that a worker thread gives what this thread gives can fail: left alone, a pool on a busy machine often
 * ran every file of a short run in this thread before its worker had loaded.
 */
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Io } from '../src/io.js';
import { WORKER_DEPTH, type WorkerPool } from '../src/run-pool.js';
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
    try {
      return await withWorkerNotes(async (stage, inWorker) => {
        let counts = { inWorkers: 0, inProcess: 0 };
        const totals: number[] = [];
        const docs: PooledDoc[] = [];
        const options = { pool, signatures: true, testStage: stage, onTotal: (n: number) => totals.push(n), onPoolClose: (c: typeof counts) => (counts = c) };
        for await (const doc of processPaths(inputs, io, options)) {
          const signature = precomputedSignature(doc);
          docs.push({ path: doc.path, records: recordsOf(doc), signature: signature ? [...signature] : null });
        }
        return JSON.stringify({ inputs, totals, counts, docs, inWorker: inWorker() } satisfies PooledRun);
      });
    } finally {
      if (!given) await pool.close();
    }
  });
  return JSON.parse(text) as PooledRun;
}

/** The inputs of the shared CLI run: a folder, a missing file, the fixture postings, files of several postings. */
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

/** The shared CLI run: its arguments, the pooled run (JSON), one thread's run (NDJSON), and the files the worker took. */
export interface PooledCliRun {
  args: string[];
  pooled: CliResult;
  alone: CliResult;
  inWorker: string[];
}

/**
 * `normalize <POOLED_CLI_INPUTS> --now POOLED_CLI_DAY` through the built CLI in process with `--jobs 2 -f json`, and
 * the same through src/ with `--jobs 1 -f ndjson`: for workers.test.ts (the output, record for record and key for key),
 * split.test.ts (records of files of several postings made in a worker) and closing.test.ts (the run's day reaches
 * the worker thread).
 */
export async function pooledCliRun(): Promise<PooledCliRun> {
  const text = await runOnce('pooled-cli-run', () =>
    withWorkerNotes(async (stage, inWorker) => {
      const { closing, missing, postings, multi } = POOLED_CLI_INPUTS;
      const args = ['normalize', closing, missing, ...postings, ...multi, '--now', POOLED_CLI_DAY];
      const pooled = await runBuilt([...args, '--format', 'json', '--jobs', '2'], { env: { POSTINGS_TEST_STAGE: stage } });
      const alone = await runCli([...args, '--format', 'ndjson', '--jobs', '1']);
      return JSON.stringify({ args, pooled, alone, inWorker: inWorker() } satisfies PooledCliRun);
    }));
  return JSON.parse(text) as PooledCliRun;
}

/** The longest this thread waits before one of its files for the worker to take more (without CPU). */
const WAIT_FOR_WORKER_MS = 2000;

/**
 * Runs `run` with a test stage (a module in a folder of its own; RunOptions.testStage) that leaves each document as it
 * is and notes each file a worker thread takes. Before each file of its own, this thread waits, without CPU, until the
 * worker has taken WORKER_DEPTH files more than it had when this thread's last wait ended (at most WAIT_FOR_WORKER_MS a
 * file): the pool hands the worker WORKER_DEPTH files at a time, between this thread's files, so the worker takes about
 * three in four however slow its start. Not more: while this thread waits its event loop cannot hand the worker
 * another file, so a wait for more than the worker holds lasted its whole 2 s (session 19's "twice as many": in the
 * shared CLI run 11 of this thread's 12 files waited 2 s, 24 s of the pooled run's 25). `inWorker()` lists the files it took.
 * A run whose worker took no file is run again, at most WORKER_RUN_TRIES times in all.
 */
export async function withWorkerNotes(run: (stage: string, inWorker: () => string[]) => Promise<string>): Promise<string> {
  let result = '';
  for (let attempt = 1; attempt <= WORKER_RUN_TRIES; attempt++) {
    const { text, taken } = await oneRunWithNotes(run);
    result = text;
    if (taken > 0) return result;
    // A worker that loaded after this thread had run every file leaves a run that compares this thread with itself
    // (seen once in CI, on a machine busy with the whole suite): run it again rather than pass or fail on that.
    process.stderr.write(`pooled run ${attempt} of ${WORKER_RUN_TRIES}: the worker took no file${attempt < WORKER_RUN_TRIES ? '; running it again' : ''}\n`);
  }
  return result;
}

/** Runs of a pool whose worker took no file, before the last one is returned as it is (and its test fails). */
const WORKER_RUN_TRIES = 3;

async function oneRunWithNotes(run: (stage: string, inWorker: () => string[]) => Promise<string>): Promise<{ text: string; taken: number }> {
  const notes = workerNotes({ waitForWorker: true });
  try {
    const text = await run(notes.stage, notes.inWorker);
    return { text, taken: notes.inWorker().length };
  } finally {
    notes.remove();
  }
}

/** A test stage that notes each file a worker thread takes, the files it noted, and its removal. */
export interface WorkerNotes {
  /** The stage's module (RunOptions.testStage, POSTINGS_TEST_STAGE). */
  stage: string;
  /** The paths of the files a worker thread took, sorted. */
  inWorker(): string[];
  remove(): void;
}

/**
 * A stage that leaves each document as it is and notes each file a worker thread takes. With `waitForWorker`, this
 * thread waits before each file of its own as withWorkerNotes says; without it (a run on a loaded pool, whose first
 * WORKER_DEPTH files go to the worker before this thread takes any) nothing waits.
 */
export function workerNotes({ waitForWorker }: { waitForWorker: boolean }): WorkerNotes {
  const dir = mkdtempSync(path.join(tmpdir(), 'postings-pooled-'));
  const notes = path.join(dir, 'notes');
  mkdirSync(notes);
  const stage = path.join(dir, 'leave-most-to-the-worker.mjs');
  const wait = `
    for (let waited = 0; waited < ${WAIT_FOR_WORKER_MS} && readdirSync(notes).length < taken + ${WORKER_DEPTH}; waited += 25) Atomics.wait(pause, 0, 0, 25);
    taken = readdirSync(notes).length;`;
  writeFileSync(stage, `import { readdirSync, writeFileSync } from 'node:fs';
import { isMainThread } from 'node:worker_threads';
const notes = ${JSON.stringify(notes)};
const pause = new Int32Array(new SharedArrayBuffer(4));
let taken = 0;
export default function leaveMostToTheWorker(doc) {
  // The warm-up's samples (src/warm-up.ts) are no file of the run.
  if (/^warm-up\\.[a-z]+$/.test(doc.path)) return doc;
  if (!isMainThread) writeFileSync(notes + '/' + Date.now() + '-' + Math.random(), doc.path);
  else {${waitForWorker ? wait : ''}
  }
  return doc;
}
`);
  return {
    stage,
    inWorker: () => readdirSync(notes).map((name) => readFileSync(path.join(notes, name), 'utf8')).sort(),
    remove: () => rmSync(dir, { recursive: true, force: true }),
  };
}
