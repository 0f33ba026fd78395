/**
 * The per-run driver: expand inputs, read each, run the pipeline, and yield
 * documents in input order. A file that cannot be read becomes a document
 * with a fatal message, so reporting sees every input.
 */
import { createDoc, message, type PostingDoc } from './document.js';
import { expandInputs } from './input/expand.js';
import { readInput, DEFAULT_MAX_BYTES } from './input/read.js';
import { processBytes } from './pipeline.js';
import type { Io } from './io.js';

export interface RunOptions {
  maxBytes?: number;
}

export async function* processPaths(paths: string[], io: Io, options: RunOptions = {}): AsyncGenerator<PostingDoc> {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  const entries = await expandInputs(paths, io.cwd);
  for (const entry of entries) {
    if (entry.error) {
      const doc = createDoc(entry.path, new Uint8Array());
      message(doc, 'read-failed', { fatal: true, args: { reason: entry.error } });
      yield doc;
      continue;
    }
    const read = await readInput(entry.path, io.cwd, maxBytes, io.readStdin);
    if ('error' in read) {
      const doc = createDoc(entry.path, new Uint8Array());
      message(doc, read.ruleId, { fatal: true, args: read.args });
      yield doc;
      continue;
    }
    yield processBytes(entry.path, read.bytes);
  }
}
