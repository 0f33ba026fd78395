/**
 * Build a benchmark corpus: N posting files copied round-robin from the
 * project's fixtures/ and the shared seeds and real corpus, each under a
 * unique name in a fresh temporary folder.
 */
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const SHARED = path.resolve(ROOT, '..', 'shared');

const POSTING_FILE = /\.(md|markdown|mdx|txt|html?)$/i;
/** Notes about a folder, not postings. */
const NOT_POSTINGS = /^(readme|sources|changelog|license)\b/i;

/** Every posting-like file under these folders (recursive, sorted). */
export async function sourceFiles(folders = [path.join(ROOT, 'fixtures'), path.join(SHARED, 'seeds'), path.join(SHARED, 'corpus', 'real')]) {
  const files = [];
  const walk = async (folder) => {
    const entries = await fs.readdir(folder, { withFileTypes: true }).catch(() => []);
    for (const entry of entries.sort((a, b) => (a.name < b.name ? -1 : 1))) {
      const full = path.join(folder, entry.name);
      if (entry.isDirectory()) await walk(full);
      else if (entry.isFile() && POSTING_FILE.test(entry.name) && !NOT_POSTINGS.test(entry.name)) files.push(full);
    }
  };
  for (const folder of folders) await walk(folder);
  return files;
}

/** Write N postings into a new temporary folder; returns {dir, files, bytes}. */
export async function buildCorpus(n, sources) {
  if (!sources.length) throw new Error('no source postings found (fixtures/, ../shared/seeds, ../shared/corpus/real)');
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), `postings-bench-${n}-`));
  const contents = await Promise.all(sources.map((file) => fs.readFile(file)));
  let bytes = 0;
  const width = String(n).length;
  for (let i = 0; i < n; i++) {
    const index = i % sources.length;
    const name = `${String(i).padStart(width, '0')}-${path.basename(sources[index])}`;
    await fs.writeFile(path.join(dir, name), contents[index]);
    bytes += contents[index].length;
  }
  return { dir, files: n, bytes };
}
