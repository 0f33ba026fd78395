/**
 * The bundles' source text in ASCII (#18, peak memory). V8 keeps a script's
 * source text in the heap for the whole run, and one character past U+00FF
 * makes the whole string two bytes a character: dist/bundle/cli.cjs, 1.43
 * million characters of which 685 were not ASCII, took 2.8 MB of heap where
 * 1.4 MB do. esbuild's ASCII output escapes strings and templates but leaves
 * regular expression literals and String.raw templates as written (the
 * extractors' patterns: ’, –, 年, ...). Here every UTF-16 code unit past
 * U+007F is written as \uXXXX, which reads as the same code unit in a string,
 * a regular expression (with the u flag a lead and a trail surrogate escape
 * read as one code point, as the pair did) and a comment. In a String.raw
 * template the text becomes the escape itself: the bundle's String.raw
 * templates are all regular expression sources, where it reads the same.
 *
 *   node scripts/ascii-bundles.js [DIR]     (default dist/bundle; run by bundle-cjs.js)
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const NOT_ASCII = /[^\x00-\x7f]/g;

/** `source` with every code unit past U+007F written as \uXXXX; throws where one follows a backslash (an escape it would change). */
export function asciiSource(source) {
  return source.replace(NOT_ASCII, (unit, offset) => {
    let backslashes = 0;
    while (source[offset - 1 - backslashes] === '\\') backslashes++;
    if (backslashes % 2 === 1) throw new Error(`ascii-bundles: a backslash before U+${unit.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')} at ${offset}: escaping it would change the escape`);
    return `\\u${unit.charCodeAt(0).toString(16).padStart(4, '0')}`;
  });
}

/** Rewrites the .js and .cjs files of `dir` whose text is not all ASCII; returns their names. */
export function asciiBundles(dir) {
  const rewritten = [];
  for (const name of readdirSync(dir)) {
    if (!/\.c?js$/.test(name)) continue;
    const file = path.join(dir, name);
    const source = readFileSync(file, 'utf8');
    NOT_ASCII.lastIndex = 0;
    if (!NOT_ASCII.test(source)) continue;
    writeFileSync(file, asciiSource(source));
    rewritten.push(name);
  }
  return rewritten;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) asciiBundles(process.argv[2] ?? 'dist/bundle');
