import { describe, expect, it } from 'vitest';
import { EventEmitter } from 'node:events';
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Io } from '../src/io.js';
import { orderedMap, processPaths } from '../src/run.js';
import { runNormalize } from '../src/commands/normalize.js';
import { recordsOf } from '../src/document.js';
import { FIXTURES, HAS_SHARED, manyPostings, parseNdjson, ROOT, runBuilt } from './helpers.js';
import { corpusFiles, corpusRecords } from './run-once.js';
import { propertyRuns } from './property-runs.js';

// The pool lives in the build (src/ runs in process), so these runs go through dist/.
const runCli = runBuilt;
/** Four postings, then a dozen: enough for a pool (more than IN_PROCESS_MAX_INPUTS), quick to run. */
const FOUR = manyPostings(4);
const TWELVE = manyPostings(12);
const SOME = readdirSync(TWELVE).sort().map((name) => path.join(TWELVE, name));
/** Every kind of input the project has, and enough of them for the worker to load and take some (../shared's corpus is checked in extract-corpus). */
const ALL = [FIXTURES, manyPostings(80)];

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

describe('normalize on a worker pool', () => {
  it('prints the same NDJSON with --jobs 2 as with --jobs 1 on every fixture', async () => {
    const single = await runCli(['normalize', ...ALL, '--format', 'ndjson', '--jobs', '1']);
    const pooled = await runCli(['normalize', ...ALL, '--format', 'ndjson', '--jobs', '2']);
    expect(pooled.stdout === single.stdout, 'same records, same order').toBe(true);
    expect(pooled.stderr).toBe(single.stderr);
    expect(pooled.code).toBe(single.code);
    expect(parseNdjson(pooled.stdout).length).toBeGreaterThan(80);
    // Two whole runs over every posting: on a loaded machine they take longer than the default minute.
  }, 300_000);

  // One pool run for both (each start of a pool costs seconds of CPU).
  it('streams a JSON array that parses back, record for record the same as NDJSON; an unreadable input keeps its place and the run exits 1', async () => {
    const args = ['normalize', FOUR, 'missing.md', ...SOME];
    const json = await runCli([...args, '--format', 'json', '--jobs', '2']);
    // NDJSON in one thread: the test above holds the pool's NDJSON to one thread's.
    const ndjson = await runCli([...args, '--format', 'ndjson', '--jobs', '1']);
    expect(json.code).toBe(1);
    expect(json.stderr).toContain('missing.md error read-failed');
    const records = JSON.parse(json.stdout) as Array<Record<string, any>>;
    expect(records).toEqual(parseNdjson(ndjson.stdout));
    expect(records).toHaveLength(16);
    const paths = records.map((r) => r.source.path as string);
    expect(paths.slice(0, 4).every((p) => p.startsWith(FOUR))).toBe(true);
    expect(paths[4]?.startsWith(TWELVE)).toBe(true);
  });

  it('rejects a --jobs that is not a whole number above 0', async () => {
    const result = await runCli(['normalize', FOUR, '--jobs', 'many']);
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

  it('yields the same records, in order, from the built worker pool', async () => {
    const built = (await import(pathToFileURL(path.join(ROOT, 'dist', 'run.js')).href)) as typeof import('../src/run.js');
    const totals: number[] = [];
    const pooled = [];
    for await (const doc of built.processPaths([FOUR, ...SOME], fakeIo(), { jobs: 2, onTotal: (n) => totals.push(n) })) pooled.push(doc);
    const single = [];
    for await (const doc of processPaths([FOUR, ...SOME], fakeIo())) single.push(doc);
    expect(totals).toEqual([single.length]);
    expect(pooled.map((doc) => doc.path)).toEqual(single.map((doc) => doc.path));
    expect(pooled.map((doc) => doc.record)).toEqual(single.map((doc) => doc.record));
    expect(pooled.map((doc) => doc.messages)).toEqual(single.map((doc) => doc.messages));
  });

  it('shares a long run between this thread and the worker, and gives the same records', { timeout: 900_000 }, async () => {
    const built = (await import(pathToFileURL(path.join(ROOT, 'dist', 'run.js')).href)) as typeof import('../src/run.js');
    // Long enough for the worker to load and take some, even on a busy machine: ../shared's real corpus, or long copies of the fixtures.
    // Without ../shared it makes two whole passes (pool, then one thread): at load 30 on 2 cores they went past 5 minutes.
    // With ../shared, the first 100 corpus files named (every one under `npm run test:deep`): the worker loads in about 0.8 s
    // of CPU, the first 100 files take this thread several seconds; one thread's records are the run's shared corpus run
    // (tests/run-once.ts), those of the files named.
    const inputs = HAS_SHARED ? (propertyRuns(0) > 0 ? corpusFiles() : corpusFiles().slice(0, 100)) : [manyPostings(300, { repeat: 8 })];
    let counts = { inWorkers: 0, inProcess: 0 };
    const pooled = [];
    for await (const doc of built.processPaths(inputs, fakeIo(), { jobs: 2, onPoolClose: (c) => (counts = c) })) pooled.push(doc);
    expect(counts.inWorkers).toBeGreaterThan(0);
    expect(counts.inProcess).toBeGreaterThan(0);
    if (HAS_SHARED) {
      expect(counts.inWorkers + counts.inProcess).toBe(inputs.length);
      const named = new Set(inputs);
      expect(JSON.parse(JSON.stringify(pooled.flatMap((doc) => recordsOf(doc))))).toEqual((await corpusRecords()).filter((record) => named.has(record.source.path)));
      return;
    }
    const single = [];
    for await (const doc of processPaths(inputs, fakeIo())) single.push(doc);
    expect(counts.inWorkers + counts.inProcess).toBe(single.length);
    expect(pooled.map((doc) => doc.record)).toEqual(single.map((doc) => doc.record));
  });

  it('runs nothing more once a consumer stops early', async () => {
    const built = (await import(pathToFileURL(path.join(ROOT, 'dist', 'run.js')).href)) as typeof import('../src/run.js');
    let counts: { inWorkers: number; inProcess: number } | undefined;
    let taken = 0;
    for await (const _doc of built.processPaths([...ALL, ...ALL], fakeIo(), { jobs: 2, onPoolClose: (c) => (counts = c) })) {
      if (++taken === 3) break;
    }
    const atClose = { ...counts! };
    // Queued inputs are dropped at the close, not read and parsed afterwards.
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(counts).toEqual(atClose);
    expect(atClose.inWorkers + atClose.inProcess).toBeLessThan(60);
  });

  it('the worker entry answers `ready`, and turns a task into the same summary as in process', async () => {
    const worker = (await import(pathToFileURL(path.join(ROOT, 'dist', 'worker.js')).href)) as typeof import('../src/worker.js');
    const { threadRunner, summarize } = await import('../src/worker-task.js');
    expect(worker.ready()).toBe(true);
    const task = { path: SOME[0]!, cwd: ROOT, maxBytes: 1 << 20 };
    expect(await worker.default(task)).toEqual(summarize(await threadRunner().run(task)));
  });
});

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
