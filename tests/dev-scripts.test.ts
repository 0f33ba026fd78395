/**
 * The development scripts of #17. A coverage report is one command away:
 * `npm run coverage` runs the suite with vitest's v8 provider, which must be
 * installed (a devDependency) at the version of vitest itself (vitest refuses
 * or warns on another), and the configuration measures src/. `npm test`
 * type-checks src/, tests/ and bench/ and builds src/ (scripts/check-and-build.js:
 * TypeScript 7's tsc checking every file beside a second tsc that writes dist/), failing on any type error: its
 * pretest builds (--build-only), and the check (--check-only) runs beside the tests (tests/type-check.test.ts).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { createRequire } from 'node:module';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import config from '../vitest.config.js';
import { JOBS } from './background.js';
import { ROOT } from './helpers.js';

const require = createRequire(path.join(ROOT, 'package.json'));
const versionOf = (name: string) => (JSON.parse(readFileSync(require.resolve(`${name}/package.json`), 'utf8')) as { version: string }).version;

describe('npm run coverage', () => {
  it('runs vitest with coverage, through the installed v8 provider of vitest\'s own version, over src/', () => {
    const pkg = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { scripts: Record<string, string>; devDependencies: Record<string, string> };
    expect(pkg.scripts.coverage).toMatch(/\bvitest run --coverage\b/);
    expect(Object.keys(pkg.devDependencies)).toContain('@vitest/coverage-v8');
    expect(versionOf('@vitest/coverage-v8')).toBe(versionOf('vitest'));
    expect(config.test?.coverage).toMatchObject({ provider: 'v8', include: ['src/**/*.ts'] });
  });
});

describe('npm test type-checks and builds, the check and the build in two processes at once', () => {
  it('pretest is scripts/check-and-build.js --build-only, the check of every file a job of the test run that a test awaits; the script reads the project\'s two tsconfigs and makes the bundles', () => {
    const pkg = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { scripts: Record<string, string> };
    expect(pkg.scripts.pretest).toBe('node scripts/check-and-build.js --build-only');
    expect(pkg.scripts.test).toBe('vitest run');
    expect(JOBS['type-check'].testFiles).toEqual(['tests/type-check.test.ts']);
    expect(readFileSync(path.join(ROOT, 'tests', 'background.ts'), 'utf8')).toContain("path.join(ROOT, 'scripts', 'check-and-build.js'), '--check-only'");
    const script = readFileSync(path.join(ROOT, 'scripts', 'check-and-build.js'), 'utf8');
    for (const part of ["'tsconfig.json'", "'tsconfig.build.json'", "'bundle'", "'bundle:cjs'"]) expect(script).toContain(part);
  });

  // A small project of the same layout: src/ built, tests/ only checked, the bundles' scripts leaving a mark. Its
  // own lib of the ten global types TypeScript requires (noLib, no @types): checking lib.es5.d.ts cost about 0.5 s of
  // CPU in each of the file's 15 programs, most of the file's CPU, and these files use none of it.
  const project = (src: string, test: string): string => {
    const dir = mkdtempSync(path.join(tmpdir(), 'postings-check-'));
    mkdirSync(path.join(dir, 'src'));
    mkdirSync(path.join(dir, 'tests'));
    writeFileSync(path.join(dir, 'src', 'a.ts'), src);
    writeFileSync(path.join(dir, 'src', 'lib.d.ts'), `${['Array<T>', 'Boolean', 'CallableFunction', 'Function', 'IArguments', 'NewableFunction', 'Number', 'Object', 'RegExp', 'String'].map((name) => `interface ${name} {}`).join('\n')}\n`);
    writeFileSync(path.join(dir, 'tests', 'a.test.ts'), test);
    writeFileSync(path.join(dir, 'tsconfig.json'), JSON.stringify({ compilerOptions: { target: 'ES2022', noLib: true, module: 'NodeNext', moduleResolution: 'NodeNext', strict: true, declaration: true, types: [], outDir: 'dist', rootDir: '.' }, include: ['src', 'tests'] }));
    writeFileSync(path.join(dir, 'tsconfig.build.json'), JSON.stringify({ extends: './tsconfig.json', compilerOptions: { rootDir: 'src', outDir: 'dist' }, include: ['src'] }));
    const mark = (name: string) => `node -e "require('fs').writeFileSync('${name}.done', '')"`;
    writeFileSync(path.join(dir, 'package.json'), JSON.stringify({ name: 'check', private: true, scripts: { bundle: mark('bundle'), 'bundle:cjs': mark('bundle-cjs') } }));
    return dir;
  };
  // The script as npm runs it (a process: its exit code), and its function in process (no node start; tsc runs in
  // processes of its own either way).
  const checkProcess = (dir: string, script = path.join(ROOT, 'scripts', 'check-and-build.js'), flags: string[] = []) => spawnSync(process.execPath, [script, ...flags, dir], { encoding: 'utf8', env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0' } });
  type Parts = { check?: boolean; build?: boolean };
  type CheckAndBuild = (root: string, stderr: { write(text: string): boolean }, parts?: Parts) => Promise<number>;
  const check = async (dir: string, parts?: Parts) => {
    const { checkAndBuild } = (await import(pathToFileURL(path.join(ROOT, 'scripts', 'check-and-build.js')).href)) as { checkAndBuild: CheckAndBuild };
    let stderr = '';
    const status = await checkAndBuild(dir, { write: (text) => ((stderr += text), true) }, parts);
    return { status, stdout: '', stderr };
  };

  it('fails with exit code 2 on type errors in src/ and in tests/, naming both files, and makes no bundle, on a second run too', async () => {
    const dir = project('export const n: number = "one";\n', 'import { n } from "../src/a.js";\nexport const s: string = n;\n');
    try {
      // Run through a symlink (as a linked checkout or bin does): the script still runs, not a silent exit 0.
      const link = path.join(dir, 'check-link.js');
      symlinkSync(path.join(ROOT, 'scripts', 'check-and-build.js'), link);
      const run = checkProcess(dir, link);
      expect(run.status).toBe(2);
      expect(run.stdout + run.stderr).toMatch(/src[\\/]a\.ts/);
      expect(run.stdout + run.stderr).toMatch(/tests[\\/]a\.test\.ts/);
      expect(existsSync(path.join(dir, 'bundle.done'))).toBe(false);
      // The second run starts from the first one's saved state (incremental): an error it keeps still fails.
      const again = await check(dir);
      expect(again.status).toBe(2);
      expect(again.stdout + again.stderr).toMatch(/tests[\\/]a\.test\.ts/);
      // npm test's two halves on the same errors: the build alone (the pretest, --build-only) passes past both and makes
      // the bundles; the check alone (the run's job, --check-only) still fails on both. Both by their flags, as npm and the
      // job give them (a slip in the flags' reading would pass npm test with a type error).
      const buildOnly = checkProcess(dir, undefined, ['--build-only']);
      expect(buildOnly.status, buildOnly.stderr).toBe(0);
      expect(existsSync(path.join(dir, 'dist', 'a.js'))).toBe(true);
      const marks = ['bundle.done', 'bundle-cjs.done'].map((name) => path.join(dir, name));
      for (const mark of marks) expect(existsSync(mark), mark).toBe(true);
      // Run again with nothing changed, it says only that the build is fresh: the check was never run, and fails.
      const buildAgain = await check(dir, { check: false });
      expect(buildAgain.stderr).toBe('check-and-build: the build is fresh, since the last passing run\n');
      const checkOnly = checkProcess(dir, undefined, ['--check-only']);
      expect(checkOnly.status).toBe(2);
      expect(checkOnly.stderr).toMatch(/src[\\/]a\.ts/);
      expect(checkOnly.stderr).toMatch(/tests[\\/]a\.test\.ts/);
      // src/ fixed, the test's error left: the build passes, and the test's error alone still fails.
      writeFileSync(path.join(dir, 'src', 'a.ts'), 'export const n: number = 1;\n');
      const testOnly = await check(dir);
      expect(testOnly.status).toBe(2);
      expect(testOnly.stderr).toMatch(/tests[\\/]a\.test\.ts/);
      expect(testOnly.stderr).not.toMatch(/src[\\/]a\.ts/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('builds src/ only (never tests/) and then makes both bundles when every file checks, and writes again an output that was removed or written by another build', async () => {
    const dir = project('export const n = 1;\n', 'import { n } from "../src/a.js";\nexport const m: number = n;\n');
    try {
      const run = await check(dir);
      expect(run.status, run.stderr).toBe(0);
      expect(existsSync(path.join(dir, 'dist', 'a.js'))).toBe(true);
      expect(existsSync(path.join(dir, 'dist', 'a.d.ts'))).toBe(true);
      // A test's output would land beside it (outside the build's rootDir, src/) or under dist/.
      expect(existsSync(path.join(dir, 'dist', 'tests'))).toBe(false);
      expect(existsSync(path.join(dir, 'tests', 'a.test.js'))).toBe(false);
      expect(existsSync(path.join(dir, 'bundle.done')) && existsSync(path.join(dir, 'bundle-cjs.done'))).toBe(true);
      // The saved state does not stand for an output that is gone: a removed one is written again.
      rmSync(path.join(dir, 'dist', 'a.js'));
      expect((await check(dir)).status).toBe(0);
      expect(existsSync(path.join(dir, 'dist', 'a.js'))).toBe(true);
      // Nor for one that something else wrote after it (`npm run build` of another version): it is written again.
      const later = new Date(Date.now() + 60_000);
      writeFileSync(path.join(dir, 'dist', 'a.js'), 'export const n = "stale";\n');
      utimesSync(path.join(dir, 'dist', 'a.js'), later, later);
      expect((await check(dir)).status).toBe(0);
      expect(readFileSync(path.join(dir, 'dist', 'a.js'), 'utf8')).not.toContain('stale');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  // As `tsc -b` and make decide, by each file's time of change: a rerun with nothing changed reads no program at all
  // (the incremental programs still parse every file: about 13 s of CPU on this project's rerun).
  it('skips each part that passed when none of its files changed, came or went since, and runs it again when one did', async () => {
    const dir = project('export const n = 1;\n', 'import { n } from "../src/a.js";\nexport const m: number = n;\n');
    const marks = ['bundle.done', 'bundle-cjs.done'].map((name) => path.join(dir, name));
    const later = (file: string, text: string) => {
      writeFileSync(file, text);
      const time = new Date(Date.now() + 5_000);
      utimesSync(file, time, time);
    };
    try {
      expect((await check(dir)).status).toBe(0);
      for (const mark of marks) rmSync(mark);
      const again = await check(dir);
      expect(again.status).toBe(0);
      expect(again.stderr).toBe('check-and-build: nothing changed since the last passing run\n');
      // Nothing was built, so neither bundle was made again.
      for (const mark of marks) expect(existsSync(mark), mark).toBe(false);
      // A test changed: its part runs again and fails; src/'s part did not change and makes no bundle.
      later(path.join(dir, 'tests', 'a.test.ts'), 'import { n } from "../src/a.js";\nexport const m: string = n;\n');
      const testChanged = await check(dir);
      expect(testChanged.status).toBe(2);
      expect(testChanged.stderr).toMatch(/tests[\/]a\.test\.ts/);
      for (const mark of marks) expect(existsSync(mark), mark).toBe(false);
      // The test fixed and a file added to src/ (no file of src/ changed): src/'s part runs, dist/ changes, the bundles are made.
      later(path.join(dir, 'tests', 'a.test.ts'), 'import { n } from "../src/a.js";\nexport const m: number = n;\n');
      writeFileSync(path.join(dir, 'src', 'b.ts'), 'export const b = 2;\n');
      expect((await check(dir)).status).toBe(0);
      expect(existsSync(path.join(dir, 'dist', 'b.js'))).toBe(true);
      for (const mark of marks) expect(existsSync(mark), mark).toBe(true);
      // A test file added, nothing else changed (it has no output to miss): its part runs, and its error fails.
      writeFileSync(path.join(dir, 'tests', 'b.test.ts'), 'export const s: string = 2;\n');
      const added = await check(dir);
      expect(added.status).toBe(2);
      expect(added.stderr).toMatch(/tests[\/]b\.test\.ts/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
  it('says in one line, with exit code 2, that TypeScript is not installed where it cannot find the package (no stack trace)', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'postings-no-typescript-'));
    try {
      mkdirSync(path.join(dir, 'scripts'));
      writeFileSync(path.join(dir, 'scripts', 'check-and-build.js'), readFileSync(path.join(ROOT, 'scripts', 'check-and-build.js')));
      const run = spawnSync(process.execPath, [path.join(dir, 'scripts', 'check-and-build.js')], { cwd: dir, encoding: 'utf8' });
      expect(run.status).toBe(2);
      expect(run.stderr).toBe('check-and-build: TypeScript is not installed here: run `npm ci` first\n');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
