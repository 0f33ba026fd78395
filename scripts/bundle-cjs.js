/**
 * The CommonJS build of the library, for `require('postings')`: one file,
 * dist/cjs/index.js, with its dependencies bundled in (several of them are
 * ESM only), and the .d.ts files copied beside it, where dist/cjs/package.json
 * makes TypeScript read them as CommonJS declarations.
 */
import { build } from 'esbuild';
import { copyFileSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';

rmSync('dist/cjs', { recursive: true, force: true });
mkdirSync('dist/cjs');
await build({
  entryPoints: ['dist/index.js'],
  outfile: 'dist/cjs/index.js',
  bundle: true,
  format: 'cjs',
  platform: 'node',
  target: 'node20',
  // piscina finds its own worker file next to itself, so it stays a dependency.
  external: ['piscina'],
  alias: { 'js-yaml': './src/formats/js-yaml-unused.cjs' },
  // import.meta.url as the ESM build's: the worker pool then finds dist/worker.js.
  define: { 'import.meta.url': '__postingsModuleUrl' },
  banner: { js: "const __postingsModuleUrl = require('node:url').pathToFileURL(require('node:path').join(__dirname, '..', 'index.js')).href;" },
  logLevel: 'warning',
});
writeFileSync('dist/cjs/package.json', '{ "type": "commonjs" }\n');
for (const entry of readdirSync('dist', { recursive: true, withFileTypes: true })) {
  const from = path.join(entry.parentPath ?? entry.path, entry.name);
  if (!entry.isFile() || !entry.name.endsWith('.d.ts') || /^dist[\\/](cjs|bundle)[\\/]/.test(from)) continue;
  const to = path.join('dist/cjs', path.relative('dist', from));
  mkdirSync(path.dirname(to), { recursive: true });
  copyFileSync(from, to);
}
