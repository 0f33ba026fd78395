#!/usr/bin/env node
/**
 * What a release tag's commit holds besides the branch's files and dist/:
 * its package.json, rewritten here for git installs. npm's git fetcher
 * (pacote, lib/git.js) runs a full `npm install`, devDependencies included,
 * in its clone of a git dependency whose package.json has any of the scripts
 * below or `workspaces`: with `build` kept, every pre-commit install of the
 * hook fetched TypeScript, vitest and esbuild to build nothing (the tag ships
 * dist/). So the tag's package.json has none of them; everything a user of
 * the tag needs (bin, exports, files, dependencies, engines) stays.
 *   node scripts/release-tree.js DIR    # rewrites DIR/package.json in place
 * Used by scripts/release.sh and by the tests' release jobs (tests/background.ts),
 * so the tests install what release.sh tags.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/** The scripts that make pacote prepare a git dependency with its devDependencies. */
const GIT_PREPARE_SCRIPTS = ['build', 'preinstall', 'install', 'postinstall', 'prepack', 'prepare'];

/** The tag's package.json: the branch's, without what makes a git install prepare. */
function releaseManifest(manifest) {
  const { workspaces: _workspaces, ...release } = manifest;
  if (release.scripts) {
    release.scripts = Object.fromEntries(Object.entries(release.scripts).filter(([name]) => !GIT_PREPARE_SCRIPTS.includes(name)));
  }
  return release;
}

const dir = process.argv[2];
if (!dir) {
  process.stderr.write('usage: node scripts/release-tree.js DIR\n');
  process.exit(2);
}
const file = path.join(dir, 'package.json');
writeFileSync(file, `${JSON.stringify(releaseManifest(JSON.parse(readFileSync(file, 'utf8'))), null, 2)}\n`);
