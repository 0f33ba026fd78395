/**
 * Work that several test files need, done once per `vitest run`: the first
 * file to ask does it and leaves the text in the run's folder (made by
 * tests/global-setup.ts); files in other workers wait for it and read it.
 * The folder belongs to this run only, so no result outlives a change.
 */
import { closeSync, existsSync, openSync, readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
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
 * start and a long run cost seconds of CPU. Long enough for the worker to load and take some, even on a busy machine:
 * with ../shared the first 100 files of its corpus (every one under `npm run test:deep`; one thread's records are the
 * run's shared corpus run), else long copies of the fixtures (at load 30 on 2 cores a pass over them took minutes).
 */
export async function pooledLongRun(): Promise<PooledRun> {
  const text = await runOnce('pooled-long-run', async () => {
    const { processPaths } = (await import(pathToFileURL(path.join(ROOT, 'dist', 'run.js')).href)) as typeof import('../src/run.js');
    const { recordsOf } = await import('../src/document.js');
    const { precomputedSignature } = await import('../src/worker-task.js');
    const inputs = HAS_SHARED ? (DEEP_RUN ? corpusFiles() : corpusFiles().slice(0, 100)) : [manyPostings(300, { repeat: 8 })];
    const io: Io = { cwd: ROOT, env: {}, stdout: { write: () => true }, stderr: { write: () => true }, readStdin: async () => new Uint8Array(), stdinIsTTY: false };
    let counts = { inWorkers: 0, inProcess: 0 };
    const docs: PooledDoc[] = [];
    for await (const doc of processPaths(inputs, io, { jobs: 2, signatures: true, onPoolClose: (c) => (counts = c) })) {
      const signature = precomputedSignature(doc);
      docs.push({ path: doc.path, records: recordsOf(doc), signature: signature ? [...signature] : null });
    }
    return JSON.stringify({ inputs, counts, docs } satisfies PooledRun);
  });
  return JSON.parse(text) as PooledRun;
}
