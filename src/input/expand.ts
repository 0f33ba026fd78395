/**
 * Turn command-line paths into a stable, de-duplicated list of files:
 * files as named, folders searched recursively for posting-like files,
 * globs, and "-" for standard input. Each real file is visited once, so
 * symlink loops end.
 */
import { fstat, promises as fs, type Dirent, type Stats } from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { glob } from './glob.js';
import { dataFormatOf } from '../split/data-format.js';
import { postingDataFileName, postingMapFields } from '../split/tables.js';
import { keyForm } from '../extract/tables/field-keys.js';
import { feedShapes } from '../split/data-feed-shapes.js';

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

export interface ExpandOptions {
  /** Read pipes named on the command line (`--allow-special`); otherwise each pipe, socket or device is an error and never opened. */
  allowSpecial?: boolean;
  /** Follow symbolic links that lead outside the folder given (`--follow-symlinks`); otherwise each is an error and skipped. */
  followSymlinks?: boolean;
}

/**
 * Marks on the performance timeline around a listing: bin/young-generation.js does not take the collections of a
 * long listing (10,000 files) as a sign that documents run warm (its young generation then grew to 16 MB, not 8).
 */
export const LISTING_MARKS = { start: 'postings:listing-start', end: 'postings:listing-end' } as const;

export async function expandInputs(patterns: string[], cwd: string, options: ExpandOptions = {}): Promise<InputEntry[]> {
  performance.mark(LISTING_MARKS.start);
  try {
    return await expandAll(patterns, cwd, options);
  } finally {
    performance.mark(LISTING_MARKS.end);
    // Observers have them already; the timeline's buffer need not keep one pair a run.
    performance.clearMarks(LISTING_MARKS.start);
    performance.clearMarks(LISTING_MARKS.end);
  }
}

async function expandAll(patterns: string[], cwd: string, options: ExpandOptions): Promise<InputEntry[]> {
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
      // Standard input can be read only once.
      if (!entries.some((entry) => entry.path === '-')) entries.push({ path: '-' });
      continue;
    }
    const stat = await fs.stat(path.resolve(cwd, pattern)).catch((error: NodeJS.ErrnoException) => error);
    if (!(stat instanceof Error)) {
      if (stat.isDirectory()) {
        const root = options.followSymlinks ? undefined : await fs.realpath(path.resolve(cwd, pattern)).catch(() => undefined);
        for (const entry of await walk(cwd, pattern, new Set(), root)) {
          if (entry.error) entries.push(entry);
          else await add(entry.path);
        }
      } else if (!stat.isFile() && !options.allowSpecial && !(await isStdin(stat))) {
        // Opening a pipe with no writer, or a terminal, would wait for ever.
        entries.push({ path: pattern, error: `not a regular file (${specialKind(stat)})${stat.isFIFO() ? '; pass --allow-special to read it' : ''}` });
      } else await add(pattern);
      continue;
    }
    if (GLOB_CHARS.test(pattern)) {
      const matches = await glob(pattern, { cwd, onlyFiles: true, dot: false, followSymbolicLinks: false, expandDirectories: false });
      if (!matches.length) entries.push({ path: pattern, error: 'no files match this pattern' });
      for (const match of matches.sort(compareNames)) {
        const target = await fs.stat(path.resolve(cwd, match)).catch(() => null);
        if (target && !target.isFile()) entries.push({ path: match, error: 'not a regular file' });
        else await add(match);
      }
      continue;
    }
    entries.push({ path: pattern, error: describeError(stat) });
  }
  return entries;
}

/**
 * Files in a folder, recursively, in code-point order. What cannot be listed
 * or read is kept as an entry with an error, so the run reports it: an
 * unreadable folder, a broken symbolic link, a link loop, a name that is not
 * UTF-8 (Node cannot open it by a string path), a device or pipe.
 */
async function walk(cwd: string, folder: string, visited: Set<string>, root: string | undefined): Promise<InputEntry[]> {
  const real = await fs.realpath(path.resolve(cwd, folder)).catch(() => null);
  if (real === null || visited.has(real)) return [];
  visited.add(real);
  let dirents: Dirent<Buffer>[];
  try {
    dirents = await fs.readdir(path.resolve(cwd, folder), { withFileTypes: true, encoding: 'buffer' });
  } catch (error) {
    return [{ path: folder, error: `cannot list folder: ${describeError(error as NodeJS.ErrnoException)}` }];
  }
  const named = dirents.map((dirent) => ({ dirent, name: dirent.name.toString('utf8') }));
  const files: InputEntry[] = [];
  for (const { dirent, name } of named.sort((a, b) => compareNames(a.name, b.name))) {
    const child = path.join(folder, name);
    if (!Buffer.from(name, 'utf8').equals(dirent.name)) {
      if (dirent.isDirectory() || isPostingFile(dirent.name.toString('latin1'))) {
        files.push({ path: path.join(folder, escapeBytes(dirent.name)), error: 'file name is not valid UTF-8; rename it to read it' });
      }
    } else if (dirent.isDirectory()) {
      if (!SKIPPED_FOLDERS.has(name) && !name.startsWith('.')) files.push(...(await walk(cwd, child, visited, root)));
    } else if (dirent.isSymbolicLink()) {
      const target = await fs.stat(path.resolve(cwd, child)).catch((error: NodeJS.ErrnoException) => error);
      if (!(target instanceof Error) && (target.isDirectory() || (target.isFile() && isPostingFile(name))) && (await leavesTree(path.resolve(cwd, child), root))) {
        // As ripgrep does: a link out of the tree given (to / or a home folder) is not followed.
        files.push({ path: child, error: 'symbolic link leads outside the folder given; skipped (--follow-symlinks follows it)' });
        continue;
      }
      if (!(target instanceof Error) && target.isDirectory()) files.push(...(await walk(cwd, child, visited, root)));
      else if (!isPostingFile(name)) continue;
      else if (target instanceof Error) files.push({ path: child, error: target.code === 'ENOENT' ? 'broken symbolic link' : describeError(target) });
      else if (!target.isFile()) files.push({ path: child, error: 'not a regular file' });
      else files.push({ path: child });
    } else if (dirent.isFile() && isPostingFile(name)) files.push({ path: child });
    else if (dirent.isFile() && (await isPostingDataFile(path.resolve(cwd, child), name))) files.push({ path: child });
  }
  return files;
}

/** How much of a data file the walk reads to decide whether it holds postings. */
const DATA_HEAD_BYTES = 64 * 1024;
/**
 * The walk's keys are the split's (split/tables.ts postingMapFields), so a walk reads what naming the file would split
 * into postings; the keys that any list has (a name, a date, a link, a type) do not alone make the walk read a file.
 */
const GENERIC_KEYS = ['name', 'date', 'created', 'createdat', 'posted', 'published', 'url', 'link', 'href', 'type', 'duration', 'place',
  'office', 'offices', 'contact', 'email', 'pay'];
const WALK_TITLE_KEYS = without(postingMapFields.title!, GENERIC_KEYS);
const WALK_JOB_KEYS = without(Object.entries(postingMapFields).filter(([field]) => field !== 'title').flatMap(([, keys]) => keys), GENERIC_KEYS);
/** An XML element's name (`<title>`, `<job:company>` as `company`). */
const XML_ELEMENT = /<(?:[A-Za-z_][\w.-]*:)?([A-Za-z_][\w.-]{0,40})[\s/>]/g;
/** A key in YAML (`titel:`, `- titel:`) or JSON (`"titel":`); a URL's scheme is no key. */
const DATA_KEY = /(?:^|[{,])[ \t]*(?:-[ \t]+)?["']?([^"'\n:{}[\],]{1,40}?)["']?[ \t]*:(?!\/)/gmu;

function without(keys: string[], generic: string[]): Set<string> {
  return new Set(keys.filter((key) => !generic.includes(key)));
}

/** The top-level keys of each job feed's marks (split/data-feed-shapes.ts: Lever's `text`, `categories`, `hostedUrl`), which hold no title key of the split's. */
const FEED_MARK_KEYS = feedShapes.map((shape) => [...new Set(shape.marks.map((mark) => keyForm(mark.split(/[.=]/)[0]!)))]);

/** Whether a data file's head holds a title key and another key a job has, or every mark of a job feed. */
export function headHasPostingKeys(head: string): boolean {
  // An XML feed's keys are its element names (`<title>`, `<company>`), a namespace's prefix left out.
  const xml = /^\uFEFF?\s*</.test(head);
  const keys = new Set([...head.matchAll(xml ? XML_ELEMENT : DATA_KEY)].map((match) => keyForm(match[1]!)));
  if ([...keys].some((key) => WALK_TITLE_KEYS.has(key)) && [...keys].some((key) => WALK_JOB_KEYS.has(key))) return true;
  return FEED_MARK_KEYS.some((marks) => marks.every((key) => keys.has(key)));
}

/**
 * A `.json`, `.yml` or `.yaml` file met in a folder walk is read only when
 * its name says it holds jobs (`jobs.yml`, `careers.json`) and its first
 * 64 KiB have a title key and another key a job has. Config files
 * (package.json, CI workflows) are skipped silently; a data file named on the
 * command line is always read.
 */
async function isPostingDataFile(file: string, name: string): Promise<boolean> {
  if (!dataFormatOf(name) || !postingDataFileName.test(name)) return false;
  const handle = await fs.open(file, 'r').catch(() => undefined);
  if (!handle) return false;
  try {
    const buffer = Buffer.alloc(DATA_HEAD_BYTES);
    const { bytesRead } = await handle.read(buffer, 0, DATA_HEAD_BYTES, 0);
    const head = buffer.subarray(0, bytesRead).toString('utf8');
    return headHasPostingKeys(head);
  } catch {
    return false;
  } finally {
    await handle.close();
  }
}

/** Whether a link's real target lies outside `root` (never, when links are followed: root undefined). */
async function leavesTree(link: string, root: string | undefined): Promise<boolean> {
  if (root === undefined) return false;
  const real = await fs.realpath(link).catch(() => undefined);
  return real !== undefined && real !== root && !real.startsWith(root.endsWith(path.sep) ? root : root + path.sep);
}

function specialKind(stat: Stats): string {
  if (stat.isFIFO()) return 'a pipe';
  if (stat.isSocket()) return 'a socket';
  if (stat.isCharacterDevice()) return 'a character device';
  if (stat.isBlockDevice()) return 'a block device';
  return 'a special file';
}

/** Whether a special file named on the command line is this process's standard input (`/dev/stdin`). */
async function isStdin(stat: Stats): Promise<boolean> {
  const stdin = await new Promise<Stats | undefined>((resolve) => fstat(0, (error, result) => resolve(error ? undefined : result)));
  return stdin !== undefined && stdin.dev === stat.dev && stdin.ino === stat.ino;
}

/** A file name as printable ASCII, other bytes as \xNN: safe to print, and it shows what is wrong. */
export function escapeBytes(name: Buffer): string {
  let out = '';
  for (const byte of name) out += byte >= 0x20 && byte < 0x7f && byte !== 0x5c ? String.fromCharCode(byte) : `\\x${byte.toString(16).padStart(2, '0')}`;
  return out;
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
