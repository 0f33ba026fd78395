/**
 * `--out DIR`: one file per posting, named from a slug of the title and a
 * short id. The name is built from [a-z0-9-] only, so no title can reach
 * outside DIR; written atomically by the writer `repair --write` uses too (atomic.ts).
 */
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

/** Write `content` as `name` inside `dir`, atomically. Refuses any name that would leave `dir`. */
export async function writeInside(dir: string, name: string, content: string): Promise<string> {
  const root = path.resolve(dir);
  const target = path.resolve(root, name);
  if (path.dirname(target) !== root || name !== path.basename(name) || /[\\/\0]/.test(name)) throw new Error(`refusing to write outside ${dir}: ${name}`);
  if (RESERVED_NAMES.test(name.split('.')[0]!.toLowerCase()) || name.startsWith('.')) throw new Error(`refusing to write a reserved or hidden file name: ${name}`);
  await makeFolders(root);
  await writeAtomic(target, Buffer.from(content, 'utf8'));
  return target;
}
