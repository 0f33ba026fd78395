/**
 * Work that several test files need, done once per `vitest run`: the first
 * file to ask does it and leaves the text in the run's folder (made by
 * tests/global-setup.ts); files in other workers wait for it and read it.
 * The folder belongs to this run only, so no result outlives a change.
 */
import { closeSync, existsSync, mkdtempSync, openSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { pathToFileURL } from 'node:url';
import { inject } from 'vitest';
import './global-setup.js';
import type { Io } from '../src/io.js';
import { CORPUS, HAS_SHARED, manyPostings, parseNdjson, ROOT, runCli } from './helpers.js';
import { DEEP_RUN } from './property-runs.js';

/** This worker's results (files share modules: isolate is off), by name. */
const done = new Map<string, Promise<string>>();

export function runOnce(name: string, make: () => Promise<string>): Promise<string> {
  let result = done.get(name);
  if (!result) {
    result = shared(name, make);
    done.set(name, result);
  }
  return result;
}

async function shared(name: string, make: () => Promise<string>): Promise<string> {
  const dir = inject('runOnceDir');
  if (!dir || !existsSync(dir)) return make();
  const file = path.join(dir, `${name}.txt`);
  try {
    closeSync(openSync(`${file}.lock`, 'wx'));
  } catch {
    // Another worker is making it; if it fails, this one makes it, so the failure is reported here too.
    for (;;) {
      if (existsSync(file)) return readFileSync(file, 'utf8');
      if (existsSync(`${file}.failed`)) return make();
      await sleep(200);
    }
  }
  try {
    const text = await make();
    writeFileSync(`${file}.tmp`, text);
    renameSync(`${file}.tmp`, file);
    return text;
  } catch (error) {
    writeFileSync(`${file}.failed`, String(error));
    throw error;
  }
}

/** Every file of ../shared/corpus/real but SOURCES.md, each named, so data files (.json, .yml) are read too. */
export function corpusFiles(): string[] {
  return readdirSync(CORPUS).filter((name) => name !== 'SOURCES.md').sort().map((name) => path.join(CORPUS, name));
}

/** `normalize <every corpus file> -f ndjson --jobs 1`, run once for every test file that reads the corpus's records. */
export async function corpusRecords(): Promise<Array<Record<string, any>>> {
  const text = await runOnce('corpus-ndjson', async () => (await runCli(['normalize', ...corpusFiles(), '-f', 'ndjson', '--jobs', '1'])).stdout);
  return parseNdjson(text);
}

/** What the shared pool run kept of each document: its records as JSON, and the signature a thread made beside them. */
export interface PooledDoc {
  path: string;
  records: Array<Record<string, any>>;
  signature: number[] | null;
}

/** The shared pool run: its inputs, how many of them the worker and this thread took, and each document. */
export interface PooledRun {
  inputs: string[];
  counts: { inWorkers: number; inProcess: number };
  docs: PooledDoc[];
}

/**
 * A long run on the built worker pool (`jobs: 2`, signatures asked for), once per `vitest run` for the files that check
 * it (workers: the records are one thread's; corpus-workers: each signature is the one computed afterwards): a pool
 * start and a long run cost seconds of CPU. The worker must take some, even on a busy machine where its start takes
 * seconds: a test stage (RunOptions.testStage) holds this thread before each file, without CPU, until the worker has
 * taken one (at most WAIT_FOR_WORKER_MS a file), so a short run is enough: with ../shared the first 40 files of its
 * corpus (every one under `npm run test:deep`; one thread's records are the run's shared corpus run), else copies of
 * the fixtures. The stage returns each document as it came.
 */
export async function pooledLongRun(): Promise<PooledRun> {
  const text = await runOnce('pooled-long-run', async () => {
    const { processPaths } = (await import(pathToFileURL(path.join(ROOT, 'dist', 'run.js')).href)) as typeof import('../src/run.js');
    const { recordsOf } = await import('../src/document.js');
    const { precomputedSignature } = await import('../src/worker-task.js');
    const inputs = HAS_SHARED ? (DEEP_RUN ? corpusFiles() : corpusFiles().slice(0, 40)) : [manyPostings(40, { repeat: 4 })];
    const io: Io = { cwd: ROOT, env: {}, stdout: { write: () => true }, stderr: { write: () => true }, readStdin: async () => new Uint8Array(), stdinIsTTY: false };
    const notes = mkdtempSync(path.join(tmpdir(), 'postings-pooled-'));
    try {
      let counts = { inWorkers: 0, inProcess: 0 };
      const docs: PooledDoc[] = [];
      for await (const doc of processPaths(inputs, io, { jobs: 2, signatures: true, testStage: waitForWorkerStage(notes), onPoolClose: (c) => (counts = c) })) {
        const signature = precomputedSignature(doc);
        docs.push({ path: doc.path, records: recordsOf(doc), signature: signature ? [...signature] : null });
      }
      return JSON.stringify({ inputs, counts, docs } satisfies PooledRun);
    } finally {
      rmSync(notes, { recursive: true, force: true });
    }
  });
  return JSON.parse(text) as PooledRun;
}

/** The longest the pooled run's main thread waits, before a file, for a worker to take one. */
const WAIT_FOR_WORKER_MS = 2000;

/**
 * A stage (a module in `notes`) that leaves each document as it is. A worker thread notes that it took one; this thread
 * waits, before each file, until that note exists (at most WAIT_FOR_WORKER_MS, without CPU). It blocks for a file at a
 * time only, so the pool's own start (a promise in this thread) goes on between files.
 */
function waitForWorkerStage(notes: string): string {
  const file = path.join(notes, 'wait-for-worker.mjs');
  const taken = path.join(notes, 'a-worker-took-one');
  writeFileSync(file, `import { existsSync, writeFileSync } from 'node:fs';
import { isMainThread } from 'node:worker_threads';
const pause = new Int32Array(new SharedArrayBuffer(4));
export default function waitForWorker(doc) {
  // The warm-up's samples (src/warm-up.ts) are no file of the run.
  if (/^warm-up\\.[a-z]+$/.test(doc.path)) return doc;
  if (!isMainThread) writeFileSync(${JSON.stringify(taken)}, '');
  else for (let waited = 0; waited < ${WAIT_FOR_WORKER_MS} && !existsSync(${JSON.stringify(taken)}); waited += 50) Atomics.wait(pause, 0, 0, 50);
  return doc;
}
`);
  return file;
}
