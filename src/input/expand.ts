/**
 * Turn command-line paths into a stable, de-duplicated list of files:
 * files as named, folders searched recursively for posting-like files,
 * globs, and "-" for standard input. Each real file is visited once, so
 * symlink loops end.
 */
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { glob } from 'tinyglobby';

export const POSTING_EXTENSIONS = ['.md', '.markdown', '.mdx', '.txt', '.html', '.htm'];
const SKIPPED_FOLDERS = new Set(['node_modules', '.git', '.hg', '.svn']);

export interface InputEntry {
  /** Path as shown to the user (relative when the user gave it so), or "-". */
  path: string;
  /** Set when the entry could not be listed: the reason, for a one-line error. */
  error?: string;
}

export function isPostingFile(name: string): boolean {
  const lower = name.toLowerCase();
  return POSTING_EXTENSIONS.some((ext) => lower.endsWith(ext));
}

const GLOB_CHARS = /[*?[\]{}]/;

export async function expandInputs(patterns: string[], cwd: string): Promise<InputEntry[]> {
  const entries: InputEntry[] = [];
  const seen = new Set<string>();
  const add = async (shown: string) => {
    const real = await fs.realpath(path.resolve(cwd, shown)).catch(() => path.resolve(cwd, shown));
    if (seen.has(real)) return;
    seen.add(real);
    entries.push({ path: shown });
  };
  for (const pattern of patterns) {
    if (pattern === '-') {
      entries.push({ path: '-' });
      continue;
    }
    const stat = await fs.stat(path.resolve(cwd, pattern)).catch((error: NodeJS.ErrnoException) => error);
    if (!(stat instanceof Error)) {
      if (stat.isDirectory()) {
        for (const file of await walk(cwd, pattern, new Set())) await add(file);
      } else await add(pattern);
      continue;
    }
    if (GLOB_CHARS.test(pattern)) {
      const matches = await glob(pattern, { cwd, onlyFiles: true, dot: false, followSymbolicLinks: false, expandDirectories: false });
      if (!matches.length) entries.push({ path: pattern, error: 'no files match this pattern' });
      for (const match of matches.sort(compareNames)) await add(match);
      continue;
    }
    entries.push({ path: pattern, error: describeError(stat) });
  }
  return entries;
}

async function walk(cwd: string, folder: string, visited: Set<string>): Promise<string[]> {
  const real = await fs.realpath(path.resolve(cwd, folder)).catch(() => null);
  if (real === null || visited.has(real)) return [];
  visited.add(real);
  const dirents = await fs.readdir(path.resolve(cwd, folder), { withFileTypes: true }).catch(() => []);
  const files: string[] = [];
  for (const dirent of dirents.sort((a, b) => compareNames(a.name, b.name))) {
    const child = path.join(folder, dirent.name);
    if (dirent.isDirectory()) {
      if (!SKIPPED_FOLDERS.has(dirent.name) && !dirent.name.startsWith('.')) files.push(...(await walk(cwd, child, visited)));
    } else if (dirent.isSymbolicLink()) {
      const target = await fs.stat(path.resolve(cwd, child)).catch(() => null);
      if (target?.isDirectory()) files.push(...(await walk(cwd, child, visited)));
      else if (isPostingFile(dirent.name)) files.push(child);
    } else if (dirent.isFile() && isPostingFile(dirent.name)) files.push(child);
  }
  return files;
}

/** Code-point order: the same on every machine, whatever the locale. */
export function compareNames(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

export function describeError(error: NodeJS.ErrnoException): string {
  switch (error.code) {
    case 'ENOENT': return 'no such file or folder';
    case 'EACCES':
    case 'EPERM': return 'permission denied';
    case 'ELOOP': return 'too many symbolic links (a loop?)';
    case 'EISDIR': return 'is a folder';
    case 'ENAMETOOLONG': return 'file name too long';
    default: return error.message;
  }
}
