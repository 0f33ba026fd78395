/**
 * The first run in a fresh clone builds the CLI (`npm run build`), once:
 * nothing builds on install, so installing the package or a release tag
 * runs no script, and `npm ci && npx postings` builds a single time.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));

/** Build into dist/; false (with one line on stderr) when this copy cannot. */
export function buildOnce() {
  if (!existsSync(new URL('../node_modules/typescript/package.json', import.meta.url))) {
    process.stderr.write('postings: this copy has no build (dist/) and no devDependencies to make one: run `npm ci` in the clone, or install a release (the npm package or a vX.Y.Z tag)\n');
    return false;
  }
  process.stderr.write('postings: building the CLI once (npm run build)\n');
  // Build output goes to stderr: stdout carries data only.
  const result = spawnSync('npm', ['run', 'build', '--silent'], { cwd: root, stdio: ['ignore', 2, 2], shell: process.platform === 'win32' });
  if (result.status === 0 && existsSync(new URL('../dist/bundle/cli.js', import.meta.url))) return true;
  process.stderr.write('postings: the build failed; run `npm run build` to see why\n');
  return false;
}
