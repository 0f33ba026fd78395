/** read: a path (or "-") -> bytes, with a size limit checked before reading. */
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { describeError } from './expand.js';

/**
 * 5 MiB: a posting is a few kilobytes, a saved page with its scripts a few
 * megabytes. Parsing and extraction take seconds per megabyte of dense text,
 * so a larger limit only lets a hostile file hold the run up.
 */
export const DEFAULT_MAX_BYTES = 5 * 1024 * 1024;

export type ReadResult = { bytes: Uint8Array } | { error: string; ruleId: 'read-failed' | 'file-too-large'; args: Record<string, string | number> };

export async function readInput(file: string, cwd: string, maxBytes: number, stdin: () => Promise<Uint8Array>): Promise<ReadResult> {
  if (file === '-') {
    const bytes = await stdin();
    if (bytes.length > maxBytes) return tooLarge(bytes.length, maxBytes);
    return { bytes };
  }
  const full = path.resolve(cwd, file);
  try {
    const handle = await fs.open(full, 'r');
    try {
      const stat = await handle.stat();
      if (stat.isDirectory()) return failed('is a folder');
      // A device (/dev/zero) never ends: only regular files and pipes the user named are read.
      if (!stat.isFile() && !stat.isFIFO()) return failed('not a regular file');
      if (stat.size > maxBytes) return tooLarge(stat.size, maxBytes);
      return await readAtMost(handle, maxBytes);
    } finally {
      await handle.close();
    }
  } catch (error) {
    return failed(describeError(error as NodeJS.ErrnoException));
  }
}

/** Read until the end or one byte past the limit, so a file that grows while read is still refused. */
async function readAtMost(handle: fs.FileHandle, maxBytes: number): Promise<ReadResult> {
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const chunk = new Uint8Array(Math.min(1 << 20, maxBytes + 1 - total));
    const { bytesRead } = await handle.read(chunk, 0, chunk.length, null);
    if (bytesRead === 0) break;
    chunks.push(chunk.subarray(0, bytesRead));
    total += bytesRead;
    if (total > maxBytes) return tooLarge(total, maxBytes);
  }
  return { bytes: Buffer.concat(chunks, total) };
}

function failed(reason: string): ReadResult {
  return { error: reason, ruleId: 'read-failed', args: { reason } };
}

function tooLarge(bytes: number, limit: number): ReadResult {
  return { error: 'too large', ruleId: 'file-too-large', args: { bytes, limit } };
}
