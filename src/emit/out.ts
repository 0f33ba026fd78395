/**
 * `--out DIR`: one file per posting, named from a slug of the title and the
 * first 10 hex digits of the record's id (the README documents the form). The name is built from [a-z0-9-] only, so no title can reach
 * outside DIR; written atomically by the writer `repair --write` uses too (atomic.ts).
 */
import { promises as fs } from 'node:fs';
import path from 'node:path';
import type { Posting } from '../schema/posting.js';
import { writeAtomic } from './atomic.js';
import { makeFolders } from './folders.js';

export function slugify(text: string): string {
  const slug = text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .slice(0, 400)
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '');
  if (!slug) return 'posting';
  // Windows device names cannot be file names, even with an extension: "con.json" opens the console.
  return RESERVED_NAMES.test(slug) ? `${slug}-posting` : slug;
}

const RESERVED_NAMES = /^(?:con|prn|aux|nul|com[0-9]|lpt[0-9]|conin|conout|clock)$/;

export function outputFileName(record: Posting, extension: string): string {
  return `${slugify(record.title ?? '')}-${record.id.slice(0, 10)}.${extension}`;
}

/**
 * Write `content` as `name` inside `dir`, atomically. Refuses any name that
 * would leave `dir`. A file already of that name is replaced only when `isOwn`
 * says it is this record's earlier output (a rerun); anything else there (a
 * user's file, a link, a folder) is kept and the write refused (OutputExists).
 */
export async function writeInside(dir: string, name: string, content: string, isOwn: (head: string) => boolean = () => false): Promise<string> {
  const root = path.resolve(dir);
  const target = path.resolve(root, name);
  if (path.dirname(target) !== root || name !== path.basename(name) || /[\\/\0]/.test(name)) throw new Error(`refusing to write outside ${dir}: ${name}`);
  if (RESERVED_NAMES.test(name.split('.')[0]!.toLowerCase()) || name.startsWith('.')) throw new Error(`refusing to write a reserved or hidden file name: ${name}`);
  await makeFolders(root);
  await checkExisting(target, isOwn);
  await writeAtomic(target, Buffer.from(content, 'utf8'));
  return target;
}

/** A file of the output's name is there and is not this record's earlier output: it is kept. */
export class OutputExists extends Error {}

/** How much of an existing file is read to see whose it is: a record's id comes first. */
const HEAD_BYTES = 64 * 1024;

async function checkExisting(target: string, isOwn: (head: string) => boolean): Promise<void> {
  const stat = await fs.lstat(target).catch(() => undefined);
  if (!stat) return;
  if (stat.isDirectory()) throw new OutputExists('a folder of that name is there');
  if (!stat.isFile()) throw new OutputExists(`${stat.isSymbolicLink() ? 'a symbolic link' : 'something other than a file'} of that name is there, and it is kept`);
  const handle = await fs.open(target, 'r');
  try {
    const buffer = Buffer.alloc(Math.min(HEAD_BYTES, stat.size));
    const { bytesRead } = await handle.read(buffer, 0, buffer.length, 0);
    if (!isOwn(buffer.subarray(0, bytesRead).toString('utf8'))) throw new OutputExists('a file of that name is there and is not this posting\'s record, and it is kept (move it, or write to another folder)');
  } finally {
    await handle.close();
  }
}

/** Whether an existing file's start is this record in this format: its id (JSON-LD carries none, so a JobPosting there). */
export function isRecordOutput(head: string, record: Posting, extension: string): boolean {
  return extension === 'jsonld' ? /"@type":\s*"JobPosting"/.test(head) : head.includes(record.id);
}
