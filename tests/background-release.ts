/**
 * The release-install background job (background.ts starts it with the run): a release tag, as scripts/release.sh
 * makes one, installed from git as users install a tag.
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { randomUUID } from 'node:crypto';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { hasPreCommit, jobOfRun, npmQuiet, quietEnv, runAsync, type Installed, type Job, type JobResult, type Run } from './background-run.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

function git(cwd: string, ...args: string[]): string {
  const result = spawnSync('git', ['-c', 'user.name=test', '-c', 'user.email=test@example.com', '-c', 'commit.gpgsign=false', ...args], { cwd, encoding: 'utf8', env: { ...process.env, GIT_AUTHOR_DATE: '2026-01-01T00:00:00Z', GIT_COMMITTER_DATE: '2026-01-01T00:00:00Z' } });
  if (result.status !== 0) throw new Error(`git ${args.join(' ')}: ${result.stderr}`);
  return result.stdout;
}

/** The tag the release-install job makes and installs. */
export const RELEASE_TAG = 'v0.0.0-test';

/**
 * What scripts/release.sh tags, as a repository in `dir`/release: this tree's files, the build (`git add -f dist`) and
 * the release package.json that scripts/release-tree.js writes, committed with `message` and tagged RELEASE_TAG, made
 * by tests/release-repo.mjs in a process of its own (this job starts in vitest's main process: see that file).
 */
async function releaseRepo(dir: string, message: string, signal: AbortSignal | undefined): Promise<string> {
  const release = path.join(dir, 'release');
  // Not through SUITE_PROCESS_CPU_LOG's wrapper: its CPU is the main process's reaped children, as when it ran here.
  const made = await jobOfRun.exit(() => runAsync(process.execPath, [path.join(ROOT, 'tests', 'release-repo.mjs'), ROOT, release, message, RELEASE_TAG], ROOT, process.env, signal));
  if (made.code !== 0) throw new Error(`tests/release-repo.mjs: ${made.stderr}`);
  return release;
}

/**
 * What scripts/release.sh tags (releaseRepo, tagged RELEASE_TAG), installed from git as users install a tag. With
 * pre-commit installed, by pre-commit itself, as a project's `.pre-commit-config.yaml` names it (`repo:` the release,
 * `rev:` the tag), in a project of posting folders and a broken README outside them: pre-commit's own
 * `npm install -g git+file://…` of its clone, and the hook's run (`hook`). Without pre-commit, by `npm install
 * git+file://…#tag` into an empty project. One install serves both test files: each was an install of the same tag
 * (about 15 s of CPU). npm's debug logs (one per npm process, in `dir`/npm-logs) show whether npm prepared the git
 * dependency (a second npm, `install --force` with devDependencies, in its clone); `installed` says where the user's
 * npm ran and what it installed. The commit is a new one each run: npm keeps what it made of a git install by the commit.
 */
export const releaseInstallJob: Job = {
  testFiles: ['tests/release-install.test.ts', 'tests/validate-ci.test.ts', 'tests/package.test.ts'],
  available: () => true,
  async make(dir, signal): Promise<JobResult> {
    const release = await releaseRepo(dir, `release ${randomUUID()}`, signal);
    const logs = path.join(dir, 'npm-logs');
    const npmLogs = { npm_config_logs_dir: logs, npm_config_logs_max: '10' };
    let installed: Installed;
    let install: Run;
    const runs: Record<string, Run> = {};
    if (hasPreCommit()) {
      const project = path.join(dir, 'project');
      mkdirSync(path.join(project, 'jobs'), { recursive: true });
      copyFileSync(path.join(ROOT, 'fixtures/validate/yaml-syntax.md'), path.join(project, 'jobs', 'broken.md'));
      copyFileSync(path.join(ROOT, 'fixtures/validate/clean.md'), path.join(project, 'jobs', 'clean.md'));
      // Outside the posting folders: never checked, however broken.
      copyFileSync(path.join(ROOT, 'fixtures/validate/yaml-syntax.md'), path.join(project, 'README.md'));
      writeFileSync(path.join(project, '.pre-commit-config.yaml'), `repos:\n  - repo: ${JSON.stringify(release)}\n    rev: ${RELEASE_TAG}\n    hooks:\n      - id: postings-validate\n`);
      git(project, 'init', '-q');
      git(project, 'add', '-A');
      git(project, 'commit', '-qm', 'postings');
      const home = path.join(dir, 'pre-commit-home');
      const env = { ...process.env, PRE_COMMIT_HOME: home, NO_COLOR: '1', CI: 'true', ...npmQuiet, ...npmLogs };
      install = await runAsync('pre-commit', ['run', '--all-files', '--verbose'], project, env, signal);
      runs.hook = install;
      // The issue's own check, on the same tag: try-repo makes a store of its own (a temporary one), so it installs the
      // hook again; only the one hook, on the project's files named (README.md is outside the hook's folders).
      runs.tryRepo = await runAsync('pre-commit', ['try-repo', release, 'postings-validate', '--ref', RELEASE_TAG, '--verbose', '--files', 'jobs/broken.md', 'jobs/clean.md', 'README.md'], project, env, signal);
      // pre-commit's store: a clone of the repository at the tag, with its node environment beside the clone's files.
      const clone = readdirSync(home, { withFileTypes: true }).filter((entry) => entry.isDirectory()).map((entry) => path.join(home, entry.name)).find((folder) => readdirSync(folder).some((name) => name.startsWith('node_env-')));
      if (!clone) return { dir, runs: { install } };
      const nodeEnv = path.join(clone, readdirSync(clone).find((name) => name.startsWith('node_env-'))!);
      installed = { by: 'pre-commit', npmCwd: clone, nodeModules: path.join(nodeEnv, 'lib', 'node_modules'), bin: path.join(nodeEnv, 'bin', 'postings') };
    } else {
      const app = path.join(dir, 'app');
      mkdirSync(app);
      writeFileSync(path.join(app, 'package.json'), JSON.stringify({ name: 'app', version: '1.0.0', private: true }));
      install = await runAsync('npm', ['install', '--prefer-offline', '--no-audit', '--no-fund', `--logs-dir=${logs}`, `git+${pathToFileURL(release).href}#${RELEASE_TAG}`], app, { ...quietEnv, ...npmLogs }, signal);
      if (install.code !== 0) return { dir, runs: { install } };
      installed = { by: 'npm', npmCwd: app, nodeModules: path.join(app, 'node_modules'), bin: path.join(app, 'node_modules', '.bin', 'postings') };
    }
    const cwd = path.dirname(installed.nodeModules);
    const version = await runAsync(installed.bin, ['--version'], cwd, quietEnv, signal);
    const validate = await runAsync(installed.bin, ['validate', path.join(ROOT, 'fixtures/validate/yaml-syntax.md')], cwd, quietEnv, signal);
    return { dir, runs: { ...runs, install, version, validate }, installed };
  },
};
