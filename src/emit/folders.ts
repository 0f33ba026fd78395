/**
 * Make an output's folders one level at a time. Node 20's `mkdir(dir, { recursive: true })`
 * loops forever at full CPU where the file system answers ENOENT for a folder whose parent
 * exists (under /proc), so each missing level is made on its own and a refusal stops the walk.
 */
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { describeError } from '../input/expand.js';

/** A folder that cannot be made, with a reason that names it; `code` is the system's when there is one. */
export class FolderError extends Error {
  constructor(message: string, readonly code?: string) {
    super(message);
  }
}

/** Make `dir` and any missing folders above it; a FolderError naming the folder when one cannot be made or is a file. */
export async function makeFolders(dir: string): Promise<void> {
  const missing: string[] = [];
  let at = path.resolve(dir);
  // Up to the first level that exists: at most one step per path component, then the root.
  for (;;) {
    const kind = await kindOf(at);
    if (kind === 'folder') break;
    if (kind === 'other') throw new FolderError(`${at} is not a folder`, 'ENOTDIR');
    missing.unshift(at);
    const parent = path.dirname(at);
    if (parent === at) break;
    at = parent;
  }
  for (const folder of missing) {
    try {
      await fs.mkdir(folder);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      // Made meanwhile by another process: fine if it is a folder.
      if (code === 'EEXIST' && (await kindOf(folder)) === 'folder') continue;
      throw new FolderError(`cannot create the folder ${folder}: ${reasonOf(error as NodeJS.ErrnoException)}`, code);
    }
  }
}

/** An output's write error for a message line: a FolderError's own words (they name the folder), else the system's reason. */
export function outputErrorText(error: unknown): string {
  if (error instanceof FolderError) return error.message;
  return (error as NodeJS.ErrnoException)?.code ? describeError(error as NodeJS.ErrnoException) : (error as Error)?.message ?? String(error);
}

async function kindOf(file: string): Promise<'folder' | 'other' | 'none'> {
  try {
    return (await fs.stat(file)).isDirectory() ? 'folder' : 'other';
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    // ENOTDIR: a file above it is in the way; the walk goes on up and names that file.
    if (code === 'ENOENT' || code === 'ENOTDIR') return 'none';
    throw new FolderError(`cannot read ${file}: ${reasonOf(error as NodeJS.ErrnoException)}`, code);
  }
}

function reasonOf(error: NodeJS.ErrnoException): string {
  switch (error.code) {
    // Its parent exists (checked just before), so the file system itself refuses (/proc, /sys).
    case 'ENOENT': return 'this file system allows no new folder there';
    case 'EEXIST': return 'a file of that name is in the way';
    case 'EACCES':
    case 'EPERM': return 'permission denied';
    case 'EROFS': return 'read-only file system';
    case 'ENOSPC': return 'no space left on the device';
    default: return error.message;
  }
}
