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

const io: Io = { cwd: ROOT, env: {}, stdout: { write: () => true }, stderr: { write: () => true }, readStdin: async () => new Uint8Array(), stdinIsTTY: false };

describe('signatures made beside the records', () => {
  const small = manyPostings(12);
  // Long enough for a worker to load and take some, even on a busy machine.
  const long = manyPostings(60, { repeat: 4 });
  for (const jobs of [1, 2]) {
    it(`with --jobs ${jobs}, every record comes with its signature, the same as computed afterwards`, async () => {
      const { processPaths } = (await import(pathToFileURL(path.join(ROOT, 'dist', 'run.js')).href)) as typeof import('../src/run.js');
      let counts = { inWorkers: 0, inProcess: 0 };
      let withRecord = 0;
      for await (const doc of processPaths([jobs === 1 ? small : long], io, { jobs, signatures: true, onPoolClose: (c) => (counts = c) })) {
        if (!doc.record) continue;
        withRecord++;
        // A worker signs a file's one record; a file of several postings (the repeated bodies can read as several) is signed later, per record.
        if (recordsOf(doc).length === 1) expect(precomputedSignature(doc)).toEqual(signature(doc.record.description.text));
        else expect(precomputedSignature(doc)).toBeUndefined();
      }
      expect(withRecord).toBeGreaterThan(0);
      if (jobs === 2) expect(counts.inWorkers).toBeGreaterThan(0);
    });
  }

  it('none is made when the run does not ask', async () => {
    const { processPaths } = (await import(pathToFileURL(path.join(ROOT, 'dist', 'run.js')).href)) as typeof import('../src/run.js');
    for await (const doc of processPaths([small], io, { jobs: 2 })) expect(precomputedSignature(doc)).toBeUndefined();
  });
});
