/**
 * A release tag installs from git with only Node and the npm registry, and
 * without devDependencies (#17): what pre-commit's `language: node` does with
 * a hook's `rev`. npm's git fetcher (pacote) runs a full `npm install`, with
 * devDependencies, in its clone of a git dependency whose package.json has a
 * build, preinstall, install, postinstall, prepack or prepare script or
 * `workspaces`; scripts/release-tree.js writes the tag's package.json without
 * them. The install itself is a job started with the run (tests/background.ts).
 */
import { spawnSync } from 'node:child_process';
import { chmodSync, copyFileSync, cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { backgroundJob } from './background.js';
import { ROOT } from './helpers.js';

/** What makes pacote prepare a git dependency (npm's pacote, lib/git.js: #prepareDir). */
const PREPARE_SCRIPTS = ['build', 'preinstall', 'install', 'postinstall', 'prepack', 'prepare'];
const DEV_TOOLS = ['typescript', 'vitest', 'esbuild'];

type Manifest = Record<string, unknown> & { scripts?: Record<string, string>; files: string[]; bin: Record<string, string> };

const branchManifest = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as Manifest;

/** The package.json scripts/release-tree.js writes for the tag, from `manifest`. */
function releaseManifest(manifest: object): Manifest {
  const dir = mkdtempSync(path.join(tmpdir(), 'postings-release-tree-'));
  writeFileSync(path.join(dir, 'package.json'), JSON.stringify(manifest));
  const run = spawnSync(process.execPath, [path.join(ROOT, 'scripts', 'release-tree.js'), dir], { encoding: 'utf8' });
  expect(run.status, run.stderr).toBe(0);
  return JSON.parse(readFileSync(path.join(dir, 'package.json'), 'utf8')) as Manifest;
}

/** Every folder under `dir` named one of `names`, at any depth of node_modules. */
function foldersNamed(dir: string, names: string[]): string[] {
  const found: string[] = [];
  const walk = (folder: string) => {
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      if (!entry.isDirectory()) continue;
      const full = path.join(folder, entry.name);
      if (names.includes(entry.name) && path.basename(folder) === 'node_modules') found.push(full);
      walk(full);
    }
  };
  if (existsSync(dir)) walk(dir);
  return found;
}

describe('the release tag\'s package.json (scripts/release-tree.js)', () => {
  it('has none of the scripts that make a git install prepare, and keeps what a user of the tag needs', () => {
    const release = releaseManifest(branchManifest);
    // The branch has a build script: the rewrite is what keeps it out of the tag.
    expect(branchManifest.scripts?.build).toBeDefined();
    for (const name of PREPARE_SCRIPTS) expect(release.scripts?.[name], name).toBeUndefined();
    expect(release.workspaces).toBeUndefined();
    for (const key of ['name', 'version', 'type', 'bin', 'main', 'types', 'exports', 'files', 'dependencies', 'engines', 'license']) expect(release[key], key).toEqual(branchManifest[key]);
    // The bin and the build it runs are in what npm packs from the tag.
    expect(release.bin).toEqual({ postings: 'bin/postings.js' });
    expect(release.files).toEqual(expect.arrayContaining(['bin', 'dist', 'schemas']));
    expect(release.scripts?.test).toBe(branchManifest.scripts?.test);
  });

  it('drops every such script and `workspaces`, whatever the branch holds', () => {
    const scripts = Object.fromEntries([...PREPARE_SCRIPTS, 'test'].map((name) => [name, `echo ${name}`]));
    const release = releaseManifest({ name: 'x', version: '1.0.0', scripts, workspaces: ['packages/*'] });
    expect(release).toEqual({ name: 'x', version: '1.0.0', scripts: { test: 'echo test' } });
  });

  it('is the package.json scripts/release.sh tags, beside dist/; the branch keeps its own', () => {
    // A repository of release.sh, release-tree.js and package.json, released with an npm that only bumps the version
    // and "builds" one file: what the script commits and tags, without a build.
    const repo = mkdtempSync(path.join(tmpdir(), 'postings-release-sh-'));
    const fakeBin = mkdtempSync(path.join(tmpdir(), 'postings-release-npm-'));
    mkdirSync(path.join(repo, 'scripts'));
    mkdirSync(path.join(repo, 'src'));
    for (const file of ['scripts/release.sh', 'scripts/release-tree.js', 'package.json', 'src/version.ts']) copyFileSync(path.join(ROOT, file), path.join(repo, file));
    writeFileSync(path.join(repo, '.gitignore'), 'dist/\n');
    writeFileSync(path.join(fakeBin, 'npm'), `#!/usr/bin/env bash
if [ "$1" = version ]; then node -e "const fs = require('fs'); const m = JSON.parse(fs.readFileSync('package.json', 'utf8')); m.version = process.argv[1]; fs.writeFileSync('package.json', JSON.stringify(m, null, 2))" "$2"
elif [ "$1 $2" = "run build" ]; then mkdir -p dist/bundle && echo built > dist/bundle/cli.js
else exit 1; fi
`);
    chmodSync(path.join(fakeBin, 'npm'), 0o755);
    const env = {
      PATH: `${fakeBin}:${path.dirname(process.execPath)}:/usr/bin:/bin`,
      GIT_CONFIG_GLOBAL: '/dev/null', GIT_CONFIG_NOSYSTEM: '1',
      GIT_AUTHOR_NAME: 'test', GIT_AUTHOR_EMAIL: 'test@example.com', GIT_COMMITTER_NAME: 'test', GIT_COMMITTER_EMAIL: 'test@example.com',
    };
    const git = (...args: string[]) => {
      const run = spawnSync('git', args, { cwd: repo, env, encoding: 'utf8' });
      expect(run.status, `git ${args.join(' ')}: ${run.stderr}`).toBe(0);
      return run.stdout;
    };
    writeFileSync(path.join(repo, 'CHANGELOG.md'), '# Changelog\n\n## Unreleased\n\n- A change.\n');
    git('init', '-q', '-b', 'main');
    git('add', '-A');
    git('commit', '-qm', 'start');
    // The recipe renames the changelog's Unreleased part to the version first: without it, nothing is bumped or tagged.
    const early = spawnSync('bash', ['scripts/release.sh', '9.8.7'], { cwd: repo, env, encoding: 'utf8' });
    expect(early.status).toBe(1);
    expect(early.stderr).toBe('release: CHANGELOG.md has no "## 9.8.7" part: rename its "## Unreleased" to it first\n');
    expect(git('tag')).toBe('');
    expect(git('status', '--porcelain')).toBe('');
    writeFileSync(path.join(repo, 'CHANGELOG.md'), '# Changelog\n\n## 9.8.7\n\n- A change.\n');
    git('commit', '-qam', 'changelog');
    const release = spawnSync('bash', ['scripts/release.sh', '9.8.7'], { cwd: repo, env, encoding: 'utf8' });
    expect(release.status, release.stderr).toBe(0);
    // What to push next, as the README's recipe says it.
    expect(release.stdout).toContain('then: git push origin main v9.8.7 && git push -f origin v9\n');

    const tagged = JSON.parse(git('show', 'v9.8.7:package.json')) as Manifest;
    expect(tagged).toEqual(releaseManifest({ ...branchManifest, version: '9.8.7' }));
    expect(tagged.scripts?.build).toBeUndefined();
    expect(git('show', 'v9.8.7:dist/bundle/cli.js')).toBe('built\n');
    // `postings --version` reads src/version.ts (built into dist/): bumped with package.json, on the tag and the branch.
    expect(git('show', 'v9.8.7:src/version.ts')).toBe(readFileSync(path.join(ROOT, 'src/version.ts'), 'utf8').replace(/VERSION = '[^']*'/, "VERSION = '9.8.7'"));
    expect(readFileSync(path.join(repo, 'src/version.ts'), 'utf8')).toContain("export const VERSION = '9.8.7';");
    expect(git('rev-parse', 'v9^{commit}')).toBe(git('rev-parse', 'v9.8.7^{commit}'));
    // The branch: the version bump, with its build script, and no dist/.
    expect(git('rev-parse', '--abbrev-ref', 'HEAD')).toBe('main\n');
    const branch = JSON.parse(readFileSync(path.join(repo, 'package.json'), 'utf8')) as Manifest;
    expect(branch.version).toBe('9.8.7');
    expect(branch.scripts?.build).toBe(branchManifest.scripts?.build);
    expect(git('ls-files', 'dist')).toBe('');
    expect(git('status', '--porcelain')).toBe('');
  });
});

describe('an install from a git branch, which ships no build', () => {
  it('stops with one line saying why, never a stack trace (the real binary, as npm packs the branch)', () => {
    // What npm packs from a branch: the `files` it names, without dist/ (the branch never holds it).
    const installed = path.join(mkdtempSync(path.join(tmpdir(), 'postings-branch-install-')), 'node_modules', 'postings');
    mkdirSync(installed, { recursive: true });
    copyFileSync(path.join(ROOT, 'package.json'), path.join(installed, 'package.json'));
    for (const entry of branchManifest.files.filter((name) => name !== 'dist' && existsSync(path.join(ROOT, name)))) {
      cpSync(path.join(ROOT, entry), path.join(installed, entry), { recursive: true });
    }
    for (const args of [['--version'], ['validate', path.join(ROOT, 'fixtures/validate/clean.md')]]) {
      const run = spawnSync(process.execPath, [path.join(installed, 'bin', 'postings.js'), ...args], { cwd: installed, env: { PATH: path.dirname(process.execPath) }, encoding: 'utf8' });
      expect(run.status, run.stderr).toBe(1);
      expect(run.stdout).toBe('');
      expect(run.stderr).toMatch(/^postings: this install has no build: it was installed from a git branch or commit, and only a release \(a vX\.Y\.Z tag[^\n]*\)[^\n]*ships one\n$/);
    }
  });
});

describe('a release installed from git at its tag (pre-commit\'s install when pre-commit is here, else npm install git+file://…#tag)', () => {
  it('installs without preparing (no devDependencies anywhere), and its bin runs', { timeout: 600_000 }, async () => {
    const { dir, runs, installed } = await backgroundJob(inject('runOnceDir'), 'release-install');
    const { install, version, validate } = runs;
    expect(install!.code, install!.stderr).toBe(installed?.by === 'pre-commit' ? 1 : 0);
    expect(installed, install!.stdout + install!.stderr).toBeDefined();
    // One debug log a process of npm: a preparation is a second npm, `install --force` with devDependencies, in npm's clone.
    // The installs asked for name the tag (`git+file:`): pre-commit's, and try-repo's own in a store of its own elsewhere.
    const logs = readdirSync(path.join(dir, 'npm-logs')).map((name) => readFileSync(path.join(dir, 'npm-logs', name), 'utf8'));
    expect(logs.length).toBeGreaterThan(0);
    const askedFor = (log: string) => log.includes(`verbose cwd ${installed!.npmCwd}\n`) || /verbose argv "install" .*"git\+file:/.test(log);
    const prepared = logs.filter((log) => !askedFor(log) || /verbose argv "install" "--force"/.test(log));
    expect(prepared.map((log) => log.match(/verbose (argv|cwd) .*/g)?.join(' | ')), 'npm prepared the git dependency').toEqual([]);
    expect(logs.some((log) => /verbose argv "install" .*"git\+file:/.test(log)), 'the install is from git').toBe(true);
    expect(foldersNamed(installed!.nodeModules, DEV_TOOLS)).toEqual([]);
    expect(existsSync(path.join(installed!.nodeModules, 'postings', 'dist', 'bundle', 'cli.js'))).toBe(true);

    expect(version!.stdout).toBe(`${branchManifest.version}\n`);
    expect(validate!.code, validate!.stderr).toBe(1);
    expect(validate!.stdout + validate!.stderr).toMatch(/yaml-syntax\.md[\s\S]*front-matter-syntax/);
  });
});
