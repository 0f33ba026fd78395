/**
 * The CommonJS build of the library, for `require('postings')`: one file,
 * dist/cjs/index.js, with its dependencies bundled in (several of them are
 * ESM only), and the .d.ts files copied beside it, where dist/cjs/package.json
 * makes TypeScript read them as CommonJS declarations.
 *
 * Also the CLI as one CommonJS file, dist/bundle/cli.cjs, which the bin loads
 * on Node 20 with a V8 code cache (bin/load-cli.js); the ES module bundle
 * beside it stays for Node 22.1+ (its own compile cache) and the workers.
 */
import { build } from 'esbuild';
import { copyFileSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { asciiBundles } from './ascii-bundles.js';

/**
 * The imports left to run time (piscina, a custom reporter, a test's stage) call the loader's import
 * function (bin/load-cli.js): Node 20 loses a vm.Script's dynamic import callback in code read from a code cache.
 */
const runtimeImportsThroughLoader = {
  name: 'runtime-imports-through-loader',
  setup(build) {
    const ownDist = path.resolve('dist') + path.sep;
    build.onLoad({ filter: /\.js$/ }, async (args) => {
      if (!args.path.startsWith(ownDist)) return undefined;
      const source = await readFile(args.path, 'utf8');
      return { contents: source.replace(/\bimport\((?!\s*['"]\.)(?!\s*'cli-progress')/g, '__postingsImport('), loader: 'js' };
    });
  },
};

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
await build({
  entryPoints: ['dist/cli.js'],
  outfile: 'dist/bundle/cli.cjs',
  bundle: true,
  format: 'cjs',
  platform: 'node',
  target: 'node20',
  // As the ES module bundle (package.json's bundle script): its source text stays in the heap for the whole run.
  minify: true,
  keepNames: true,
  external: ['piscina'],
  alias: { 'js-yaml': './src/formats/js-yaml-unused.cjs' },
  // import.meta.url as the ES module bundle's, so the workers and html-vendor.cjs are found beside it.
  define: { 'import.meta.url': '__postingsBundleUrl' },
  banner: { js: "const __postingsBundleUrl = require('node:url').pathToFileURL(__filename).href;" },
  plugins: [runtimeImportsThroughLoader],
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
// Both bundles' text in ASCII, so V8 holds it one byte a character (ascii-bundles.js).
asciiBundles('dist/bundle');
