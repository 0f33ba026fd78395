/** read: a path (or "-") -> bytes, with a size limit checked before reading. */
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { describeError } from './expand.js';

export const DEFAULT_MAX_BYTES = 20 * 1024 * 1024;

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
      if (stat.size > maxBytes) return tooLarge(stat.size, maxBytes);
      const bytes = await handle.readFile();
      if (bytes.length > maxBytes) return tooLarge(bytes.length, maxBytes);
      return { bytes };
    } finally {
      await handle.close();
    }
  } catch (error) {
    return failed(describeError(error as NodeJS.ErrnoException));
  }
}

function failed(reason: string): ReadResult {
  return { error: reason, ruleId: 'read-failed', args: { reason } };
}

function tooLarge(bytes: number, limit: number): ReadResult {
  return { error: 'too large', ruleId: 'file-too-large', args: { bytes, limit } };
}
