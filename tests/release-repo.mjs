#!/usr/bin/env node
/**
 * What scripts/release.sh tags, made as a repository for the release-install job (tests/background-release.ts):
 * ROOT's files (git ls-files), its build (`git add -f dist`) and the package.json scripts/release-tree.js writes,
 * committed with MESSAGE and tagged TAG (annotated), then packed as a hosted repository serves its objects.
 *   node tests/release-repo.mjs ROOT RELEASE MESSAGE TAG
 * A process of its own: the job starts in vitest's main process (global setup), where these synchronous copies and
 * git runs held the event loop that starts and serves the test workers (about 3 s on a quiet machine, 15 s at load
 * 14), while a core idled; as many small asynchronous steps there, each waited for that busy loop.
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, cpSync, existsSync, mkdirSync } from 'node:fs';
import path from 'node:path';

const [root, release, message, tag] = process.argv.slice(2);
if (!root || !release || !message || !tag) {
  process.stderr.write('usage: node tests/release-repo.mjs ROOT RELEASE MESSAGE TAG\n');
  process.exit(2);
}

function git(cwd, ...args) {
  const result = spawnSync('git', ['-c', 'user.name=test', '-c', 'user.email=test@example.com', '-c', 'commit.gpgsign=false', ...args], { cwd, encoding: 'utf8', env: { ...process.env, GIT_AUTHOR_DATE: '2026-01-01T00:00:00Z', GIT_COMMITTER_DATE: '2026-01-01T00:00:00Z' } });
  if (result.status !== 0) throw new Error(`git ${args.join(' ')}: ${result.stderr}`);
  return result.stdout;
}

for (const file of git(root, 'ls-files', '-co', '--exclude-standard', '-z').split('\0').filter(Boolean)) {
  if (!existsSync(path.join(root, file))) continue;
  mkdirSync(path.dirname(path.join(release, file)), { recursive: true });
  copyFileSync(path.join(root, file), path.join(release, file));
}
cpSync(path.join(root, 'dist'), path.join(release, 'dist'), { recursive: true });
const tree = spawnSync(process.execPath, [path.join(root, 'scripts', 'release-tree.js'), release], { encoding: 'utf8' });
if (tree.status !== 0) throw new Error(`scripts/release-tree.js: ${tree.stderr}`);
git(release, 'init', '-q');
git(release, 'add', '-A');
git(release, 'add', '-f', 'dist');
git(release, 'commit', '-qm', message);
git(release, 'tag', '-a', tag, '-m', tag);
// Packed, as a hosted repository serves its objects: npm clones the tag three times (its manifest, the tree, the
// tarball), and each clone of some 1,500 loose objects packed them again (about 2 s of CPU each, 0.5 s from a pack).
// No deltas (`pack.window=0`): one commit has nothing to delta against, and the search cost 0.4 s.
git(release, '-c', 'pack.window=0', 'repack', '-a', '-d', '-q');
