/**
 * One unit of work, the same in a worker thread and in process: read the file
 * (unless its bytes came with the task), run the pipeline, and keep what
 * reporting needs. The result is plain data, so it crosses threads by
 * structured clone; the bytes, text and Markdown tree stay where they were made.
 */
import { closeSync, fstatSync, openSync, readSync } from 'node:fs';
import path from 'node:path';
import { createDoc, message, type PostingDoc } from './document.js';
import { describeError } from './input/expand.js';
import type { ReadResult } from './input/read.js';
import { processBytes } from './pipeline.js';

/** What the main thread sends: a path to read, or bytes it already has (stdin, NDJSON). */
export interface WorkerTask {
  path: string;
  cwd: string;
  maxBytes: number;
  bytes?: Uint8Array;
}

/** A document without its bytes, text, body and tree: what crosses back to the main thread. */
export type DocSummary = Omit<PostingDoc, 'bytes' | 'text' | 'body' | 'tree'> & { byteLength: number };

/** Read (when needed) and process one input into a full document. Never throws. */
export async function processTask(task: WorkerTask): Promise<PostingDoc> {
  if (task.bytes) return processBytes(task.path, task.bytes);
  const read = readFileLimited(path.resolve(task.cwd, task.path), task.maxBytes);
  if ('error' in read) {
    const doc = createDoc(task.path, new Uint8Array());
    message(doc, read.ruleId, { fatal: true, args: read.args });
    return doc;
  }
  return processBytes(task.path, read.bytes);
}

/** Drop the heavy parts of a document before it crosses to another thread. */
export function summarize(doc: PostingDoc): DocSummary {
  const { bytes, text: _text, body: _body, tree: _tree, ...rest } = doc;
  return { ...rest, byteLength: bytes.length };
}

/** Turn a summary back into a document (without bytes, text, body or tree). */
export function fromSummary(summary: DocSummary): PostingDoc {
  const { byteLength: _byteLength, ...rest } = summary;
  return { ...rest, bytes: new Uint8Array() };
}

/**
 * Read a whole file, refusing folders and files over the limit before reading.
 * Synchronous on purpose: in a worker thread nothing else waits, and it costs
 * far less per file than a promise-based file handle.
 */
export function readFileLimited(file: string, maxBytes: number): ReadResult {
  let fd: number | undefined;
  try {
    fd = openSync(file, 'r');
    const stat = fstatSync(fd);
    if (stat.isDirectory()) return { error: 'is a folder', ruleId: 'read-failed', args: { reason: 'is a folder' } };
    if (stat.size > maxBytes) return { error: 'too large', ruleId: 'file-too-large', args: { bytes: stat.size, limit: maxBytes } };
    const bytes = Buffer.allocUnsafe(stat.size);
    let length = 0;
    while (length < bytes.length) {
      const read = readSync(fd, bytes, length, bytes.length - length, null);
      if (read === 0) break; // The file shrank while we read it.
      length += read;
    }
    return { bytes: bytes.subarray(0, length) };
  } catch (error) {
    const reason = describeError(error as NodeJS.ErrnoException);
    return { error: reason, ruleId: 'read-failed', args: { reason } };
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}
