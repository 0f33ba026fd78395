/**
 * dedupe and report at scale (#19): each record's MinHash signature is made
 * where the record is made (a pool worker, the budget worker or this thread's
 * share), and is the signature the main thread would compute.
 */
import { describe, expect, it } from 'vitest';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { signature } from '../src/corpus/minhash.js';
import { precomputedSignature } from '../src/worker-task.js';
import { recordsOf } from '../src/document.js';
import type { Io } from '../src/io.js';
import { manyPostings, ROOT } from './helpers.js';
import { pooledLongRun } from './pooled-runs.js';

const io: Io = { cwd: ROOT, env: {}, stdout: { write: () => true }, stderr: { write: () => true }, readStdin: async () => new Uint8Array(), stdinIsTTY: false };

/** A file's one record is signed where it is made; a file of several postings is signed later, per record. */
function expectSigned(records: Array<Record<string, any>>, made: Iterable<number> | undefined | null): void {
  if (records.length === 1) expect(made && [...made]).toEqual([...signature(records[0]!.description.text as string)]);
  else expect(made ?? undefined).toBeUndefined();
}

describe('signatures made beside the records', () => {
  const small = manyPostings(12);

  it('with --jobs 1, every record comes with its signature, the same as computed afterwards; none when the run does not ask', async () => {
    const { processPaths } = (await import(pathToFileURL(path.join(ROOT, 'dist', 'run.js')).href)) as typeof import('../src/run.js');
    let withRecord = 0;
    for await (const doc of processPaths([small], io, { jobs: 1, signatures: true })) {
      if (!doc.record) continue;
      withRecord++;
      expectSigned(recordsOf(doc), precomputedSignature(doc));
    }
    expect(withRecord).toBeGreaterThan(0);
    for await (const doc of processPaths([small], io, { jobs: 1 })) expect(precomputedSignature(doc)).toBeUndefined();
  });

  // The run's shared library pool run (tests/pooled-runs.ts; workers.test.ts checks its records): one pool start for both. That a
  // worker thread signs nothing unasked is checked in workers.test.ts, on the worker entry in a real worker thread (a
  // short pool run may leave every file to the main thread).
  it('with --jobs 2, every record comes with its signature, the same as computed afterwards', { timeout: 900_000 }, async () => {
    const { counts, docs } = await pooledLongRun();
    const withRecord = docs.filter((doc) => doc.records.length > 0);
    expect(withRecord.length).toBeGreaterThan(0);
    for (const doc of withRecord) expectSigned(doc.records, doc.signature);
    expect(counts.inWorkers).toBeGreaterThan(0);
  });
});
