/**
 * read: a path (or "-") -> bytes, with a size limit. The worker threads read
 * synchronously, the main thread through a file handle (so a slow pipe never
 * stalls its event loop), and both share the same checks: folders and devices
 * are refused, a regular file over the limit is refused before reading, and a
 * pipe the user named (`<(cat x.md)`, a FIFO) is read up to one byte past the
 * limit.
 */
import { closeSync, fstatSync, openSync, promises as fs, readSync, type Stats } from 'node:fs';
import path from 'node:path';
import { describeError } from './expand.js';

/**
 * 5 MiB: a posting is a few kilobytes, a saved page with its scripts a few
 * megabytes. Parsing and extraction take seconds per megabyte of dense text,
 * so a larger limit only lets a hostile file hold the run up.
 */
export const DEFAULT_MAX_BYTES = 5 * 1024 * 1024;

export type ReadResult = { bytes: Uint8Array } | { error: string; ruleId: 'read-failed' | 'file-too-large'; args: Record<string, string | number> };

/** Read a file (or stdin for "-", asking it for at most maxBytes + 1 bytes) within the size limit. Never throws. */
export async function readInput(file: string, cwd: string, maxBytes: number, stdin: (limit?: number) => Promise<Uint8Array>): Promise<ReadResult> {
  if (file === '-') {
    const bytes = await stdin(maxBytes + 1);
    if (bytes.length > maxBytes) return tooLarge(bytes.length, maxBytes);
    return { bytes };
  }
  try {
    const handle = await fs.open(path.resolve(cwd, file), 'r');
    try {
      const stat = await handle.stat();
      return refusal(stat, maxBytes) ?? (await readAtMostAsync(handle, maxBytes, stat.size));
    } finally {
      await handle.close();
    }
  } catch (error) {
    return failed(describeError(error as NodeJS.ErrnoException));
  }
}

/**
 * Read a file synchronously within the size limit. Synchronous on purpose: in
 * a worker thread nothing else waits, and it costs far less per file than a
 * promise-based file handle. Never throws.
 */
export function readInputSync(file: string, cwd: string, maxBytes: number): ReadResult {
  let fd: number | undefined;
  try {
    fd = openSync(path.resolve(cwd, file), 'r');
    const stat = fstatSync(fd);
    return refusal(stat, maxBytes) ?? readAtMost(fd, maxBytes, stat.size);
  } catch (error) {
    return failed(describeError(error as NodeJS.ErrnoException));
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

/** Why a file is refused before any byte is read, or undefined when it may be read. */
function refusal(stat: Stats, maxBytes: number): ReadResult | undefined {
  if (stat.isDirectory()) return failed('is a folder');
  // A device (/dev/zero) never ends: only regular files and pipes the user named are read.
  if (!stat.isFile() && !stat.isFIFO()) return failed('not a regular file');
  // A pipe reports size 0, so its length is only known by reading it.
  if (stat.size > maxBytes) return tooLarge(stat.size, maxBytes);
  return undefined;
}

/** Read until the end or one byte past the limit, so a pipe, or a file that grows while read, is still refused. */
function readAtMost(fd: number, maxBytes: number, size: number): ReadResult {
  const collected = new Collected(maxBytes, size);
  for (;;) {
    const chunk = collected.nextChunk();
    if (!collected.add(chunk, readRetrying(fd, chunk))) break;
  }
  return collected.result();
}

/** The same as readAtMost, through a file handle. */
async function readAtMostAsync(handle: fs.FileHandle, maxBytes: number, size: number): Promise<ReadResult> {
  const collected = new Collected(maxBytes, size);
  for (;;) {
    const chunk = collected.nextChunk();
    if (!collected.add(chunk, (await handle.read(chunk, 0, chunk.length, null)).bytesRead)) break;
  }
  return collected.result();
}

/** Read size for a pipe, or for a file that grew past the size it had when opened. */
const STREAM_CHUNK = 64 * 1024;

/**
 * Chunks read so far, and whether to read on: until the end, or one byte past the limit.
 * Buffers are sized to the file, so a document's bytes hold no unused memory: the first
 * read asks for the size fstat gave and one byte more, and the read that finds the end
 * of a file read whole asks for one byte.
 */
class Collected {
  private readonly chunks: Uint8Array[] = [];
  private total = 0;
  /** `size`: the size fstat gave; 0 for a pipe, whose size is unknown. */
  constructor(private readonly maxBytes: number, private readonly size: number) {}

  nextChunk(): Buffer {
    const wanted = this.size === 0 ? STREAM_CHUNK : this.total === 0 ? this.size + 1 : this.total === this.size ? 1 : STREAM_CHUNK;
    return Buffer.allocUnsafe(Math.min(wanted, this.maxBytes + 1 - this.total));
  }

  /** Keep what was read; true while there may be more to read. */
  add(chunk: Buffer, bytesRead: number): boolean {
    if (bytesRead === 0) return false;
    this.chunks.push(chunk.subarray(0, bytesRead));
    this.total += bytesRead;
    return this.total <= this.maxBytes;
  }

  result(): ReadResult {
    if (this.total > this.maxBytes) return tooLarge(this.total, this.maxBytes);
    return { bytes: this.chunks.length === 1 ? this.chunks[0]! : Buffer.concat(this.chunks, this.total) };
  }
}

const pause = new Int32Array(new SharedArrayBuffer(4));

/** One read; a pipe opened non-blocking says EAGAIN while its writer is still busy, so wait a moment and try again. */
function readRetrying(fd: number, chunk: Buffer): number {
  for (;;) {
    try {
      return readSync(fd, chunk, 0, chunk.length, null);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EAGAIN') throw error;
      Atomics.wait(pause, 0, 0, 5);
    }
  }
}

function failed(reason: string): ReadResult {
  return { error: reason, ruleId: 'read-failed', args: { reason } };
}

function tooLarge(bytes: number, limit: number): ReadResult {
  return { error: 'too large', ruleId: 'file-too-large', args: { bytes, limit } };
}
