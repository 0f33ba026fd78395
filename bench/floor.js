/**
 * The floor: the least any normalizer must do per file, single-threaded —
 * read it, split front matter with gray-matter, parse the body with
 * remark-parse. Run as its own process so its figure is whole-process, like
 * the CLI's. Prints {files, bytes, seconds} as JSON.
 *
 * Usage: node bench/floor.js <folder>
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

const started = process.hrtime.bigint();
const [{ default: matter }, { unified }, { default: remarkParse }] = await Promise.all([import('gray-matter'), import('unified'), import('remark-parse')]);
const parser = unified().use(remarkParse);
const folder = process.argv[2];
let files = 0;
let bytes = 0;
for (const name of readdirSync(folder).sort()) {
  const buffer = readFileSync(path.join(folder, name));
  const text = buffer.toString('utf8');
  let body = text;
  try {
    // Options disable gray-matter's cache, as in the real pipeline.
    body = matter(text, {}).content;
  } catch {
    // Broken front matter: parse the whole text, as the floor must still read it.
  }
  parser.parse(body);
  files++;
  bytes += buffer.length;
}
const seconds = Number(process.hrtime.bigint() - started) / 1e9;
process.stdout.write(JSON.stringify({ files, bytes, seconds }) + '\n');
