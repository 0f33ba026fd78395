/**
 * The repositories the background jobs install from (tests/background.ts): a
 * branch's commit, what scripts/release.sh tags, and a project of postings.
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, cpSync, existsSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

export function git(cwd: string, ...args: string[]): string {
  const result = spawnSync('git', ['-c', 'user.name=test', '-c', 'user.email=test@example.com', '-c', 'commit.gpgsign=false', ...args], { cwd, encoding: 'utf8', env: { ...process.env, GIT_AUTHOR_DATE: '2026-01-01T00:00:00Z', GIT_COMMITTER_DATE: '2026-01-01T00:00:00Z' } });
  if (result.status !== 0) throw new Error(`git ${args.join(' ')}: ${result.stderr}`);
  return result.stdout;
}

/** This tree's files as git sees them (tracked, and new ones not ignored: never dist/ or node_modules), copied to `to`. */
function copyTrackedFiles(to: string): void {
  for (const file of git(ROOT, 'ls-files', '-co', '--exclude-standard', '-z').split('\0').filter(Boolean)) {
    if (!existsSync(path.join(ROOT, file))) continue;
    mkdirSync(path.dirname(path.join(to, file)), { recursive: true });
    copyFileSync(path.join(ROOT, file), path.join(to, file));
  }
}

/** A commit of a branch, as a repository in `dir`/branch: this tree's files, with no build (the branch never holds dist/). */
export function branchRepo(dir: string): string {
  const branch = path.join(dir, 'branch');
  copyTrackedFiles(branch);
  git(branch, 'init', '-q');
  git(branch, 'add', '-A');
  git(branch, 'commit', '-qm', 'a branch');
  return branch;
}

/** A project of posting folders (one broken posting, one clean) and a broken README outside them, committed. */
export function postingsProject(dir: string): string {
  const project = path.join(dir, 'project');
  mkdirSync(path.join(project, 'jobs'), { recursive: true });
  copyFileSync(path.join(ROOT, 'fixtures/validate/yaml-syntax.md'), path.join(project, 'jobs', 'broken.md'));
  copyFileSync(path.join(ROOT, 'fixtures/validate/clean.md'), path.join(project, 'jobs', 'clean.md'));
  // Outside the posting folders: never checked, however broken.
  copyFileSync(path.join(ROOT, 'fixtures/validate/yaml-syntax.md'), path.join(project, 'README.md'));
  git(project, 'init', '-q');
  git(project, 'add', '-A');
  git(project, 'commit', '-qm', 'postings');
  return project;
}

/**
 * What scripts/release.sh tags, as a repository in `dir`/release: this tree's files, the build (`git add -f dist`) and
 * the release package.json that scripts/release-tree.js writes, committed with `message`.
 */
export function releaseRepo(dir: string, message: string): string {
  const release = path.join(dir, 'release');
  copyTrackedFiles(release);
  cpSync(path.join(ROOT, 'dist'), path.join(release, 'dist'), { recursive: true });
  const tree = spawnSync(process.execPath, [path.join(ROOT, 'scripts', 'release-tree.js'), release], { encoding: 'utf8' });
  if (tree.status !== 0) throw new Error(`scripts/release-tree.js: ${tree.stderr}`);
  git(release, 'init', '-q');
  git(release, 'add', '-A');
  git(release, 'add', '-f', 'dist');
  git(release, 'commit', '-qm', message);
  return release;
}
