/**
 * The one atomic writer, for `--out` and `repair --write`.
 *
 * - A temp file beside the target (same file system), named
 *   `.<name>.postings-<pid>-<random>.tmp`, written, fsynced, then renamed over
 *   the target, and the folder fsynced. On any failure the temp file is removed
 *   and the target is untouched.
 * - Temp files of that pattern for the same name whose process is gone (a
 *   killed run) are removed first.
 * - Replacing a file (`replace`): the target keeps its mode, owner and group;
 *   just before the rename its size, mtime and bytes must still be what was
 *   read, or nothing is written (another process wrote in between). A file
 *   with hard links, whose owner cannot be kept, or that is read-only (unless
 *   `force`) is refused, since a rename would split the links or change who
 *   owns it.
 */
import { randomBytes } from 'node:crypto';
import { promises as fs, type Stats } from 'node:fs';
import path from 'node:path';

/** The file operations a write needs; tests pass failing ones. */
export interface WriteOps {
  open: typeof fs.open;
  rename: typeof fs.rename;
  unlink: typeof fs.unlink;
}

export const nodeOps: WriteOps = { open: fs.open, rename: fs.rename, unlink: fs.unlink };

/** A write refused for a reason the user must see, not a system error. */
export class WriteRefused extends Error {
  constructor(readonly ruleId: 'file-changed' | 'write-refused', reason: string) {
    super(reason);
  }
}

/** What the caller read, to check that the file is unchanged before it is replaced. */
export interface ReadSnapshot {
  size: number;
  mtimeMs: number;
  bytes: Uint8Array;
}

export interface AtomicOptions {
  /** The target exists and is replaced: keep its metadata and check it against what was read. */
  replace?: ReadSnapshot;
  /** Write read-only files too. */
  force?: boolean;
  ops?: WriteOps;
}

const TEMP_SUFFIX = /^\.postings-(\d+)-[0-9a-f]{12}\.tmp$/;

/** The temp file name for a target; the pattern staleTemps looks for. */
export function tempNameFor(target: string): string {
  return path.join(path.dirname(target), `.${path.basename(target)}.postings-${process.pid}-${randomBytes(6).toString('hex')}.tmp`);
}

/** Write `bytes` to `file` atomically (a symlink is followed: the link stays, its target is updated). */
export async function writeAtomic(file: string, bytes: Uint8Array, options: AtomicOptions = {}): Promise<void> {
  const ops = options.ops ?? nodeOps;
  const target = options.replace ? await fs.realpath(file) : path.resolve(file);
  // Stale temps are removed by the caller once per file it rewrites (repair --write): a scan of the
  // folder on every write would make --out quadratic in the number of postings.
  const before = options.replace ? await fs.stat(target) : undefined;
  if (before && options.replace) checkReplaceable(before, options.replace, options.force ?? false);
  const temp = tempNameFor(target);
  let handle: Awaited<ReturnType<typeof fs.open>> | undefined;
  try {
    handle = await ops.open(temp, 'wx', before ? before.mode & 0o777 : 0o666);
    await handle.writeFile(bytes);
    if (before) await keepMetadata(handle, before);
    await handle.sync();
    await handle.close();
    handle = undefined;
    if (options.replace) await checkUnchanged(target, options.replace);
    await ops.rename(temp, target);
  } catch (error) {
    await handle?.close().catch(() => undefined);
    await ops.unlink(temp).catch(() => undefined);
    throw error;
  }
  await syncFolder(path.dirname(target));
}

function checkReplaceable(stat: Stats, read: ReadSnapshot, force: boolean): void {
  const refusal = replaceRefusal(stat, force);
  if (refusal) throw refusal;
  if (stat.size !== read.size || stat.mtimeMs !== read.mtimeMs) throw changed();
}

/** Why a file with this stat would not be replaced (hard links; read-only without `force`); a dry run asks it too. */
export function replaceRefusal(stat: Stats, force: boolean): WriteRefused | undefined {
  if (stat.nlink > 1) return new WriteRefused('write-refused', `not rewritten: it has ${stat.nlink} hard links, and replacing it would split them`);
  if ((stat.mode & 0o222) === 0 && !force) return new WriteRefused('write-refused', 'not rewritten: it is read-only (use --force to write it anyway)');
  return undefined;
}

/** Mode, owner and group as the original's; an owner that cannot be kept is a refusal, not a silent change. */
async function keepMetadata(handle: Awaited<ReturnType<typeof fs.open>>, stat: Stats): Promise<void> {
  const mine = await handle.stat();
  if (mine.uid !== stat.uid || mine.gid !== stat.gid) {
    try {
      await handle.chown(stat.uid, stat.gid);
    } catch {
      throw new WriteRefused('write-refused', `not rewritten: its owner (${stat.uid}:${stat.gid}) could not be kept`);
    }
  }
  // The umask may have narrowed the mode given to open; chmod sets it exactly (after chown, which may clear set-id bits).
  await handle.chmod(stat.mode & 0o7777);
}

/** The target must still be what was read: same size and mtime, same bytes. */
async function checkUnchanged(target: string, read: ReadSnapshot): Promise<void> {
  const now = await fs.stat(target);
  if (now.size !== read.size || now.mtimeMs !== read.mtimeMs) throw changed();
  const bytes = await fs.readFile(target);
  if (!bytes.equals(Buffer.from(read.bytes.buffer, read.bytes.byteOffset, read.bytes.byteLength))) throw changed();
}

function changed(): WriteRefused {
  return new WriteRefused('file-changed', 'not rewritten: another process changed it since it was read');
}

/** Remove temp files of this target's name left by runs that are gone (killed mid-write). */
export async function removeStaleTemps(target: string): Promise<void> {
  const prefix = `.${path.basename(target)}`;
  const names = await fs.readdir(path.dirname(target)).catch(() => [] as string[]);
  for (const name of names) {
    if (!name.startsWith(prefix)) continue;
    const match = TEMP_SUFFIX.exec(name.slice(prefix.length));
    if (!match || processAlive(Number(match[1]))) continue;
    await fs.unlink(path.join(path.dirname(target), name)).catch(() => undefined);
  }
}

function processAlive(pid: number): boolean {
  if (pid === process.pid) return true;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Make the rename itself durable; some systems cannot open a folder, and that is fine. */
async function syncFolder(folder: string): Promise<void> {
  const handle = await fs.open(folder, 'r').catch(() => undefined);
  await handle?.sync().catch(() => undefined);
  await handle?.close().catch(() => undefined);
}
