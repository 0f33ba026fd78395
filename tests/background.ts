/**
 * Slow work outside this process that a test only waits for: installing the
 * packed package, pre-commit installing the hook, a clone's first build.
 * tests/global-setup.ts starts each job at the start of the run when its test
 * file is in the run, so the job's installs and builds overlap the in-process
 * tests instead of holding a test worker; the test then awaits the result
 * (backgroundJob). A job that was not started there (a run without the global
 * setup, or a filter it did not recognise) is run by the test itself. The
 * release tag's install is a module of its own (background-release.ts), and
 * what the jobs share is in background-run.ts.
 */
import { appendFileSync, copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, renameSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { hasPreCommit, jobOfRun, quietEnv, runAsync, type Job, type JobResult } from './background-run.js';
import { releaseInstallJob } from './background-release.js';
import { DEEP_RUN } from './property-runs.js';
import { caseRun, warmUpProcesses } from './warm-up-cases.js';

export { hasPreCommit, runAsync, type Installed, type JobResult, type Run } from './background-run.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** Whether `nice` runs here; asked in a process this thread does not wait on (global setup runs in vitest's own process). */
const hasNice = async (): Promise<boolean> => process.platform !== 'win32' && (await jobOfRun.exit(() => runAsync('nice', ['-n', '10', 'true'], ROOT))).code === 0;

/**
 * Seconds of the time budget in budget-backstop's pool case. With the pool a worker's first file runs cold (about 0.7 s
 * of CPU), beside other threads: at load 35 on 2 cores a good file went past a 6 s stop. The hanging files block
 * without CPU, so a longer stop costs waiting, not cores.
 */
export const BACKSTOP_POOL_SECONDS = 15;

/** What a file that hangs in budget-backstop's tests holds (its test stage hangs on this marker). */
export const HANGING_POSTING = '# Barista\n\nJoin Bean Co. in Berlin. HANG-HERE\n';

/**
 * A test stage that never ends on a file holding HANG-HERE, and leaves a note of the thread it hangs in beside itself.
 * It spins (a loop that never ends) when `spin`, else it blocks without using CPU (a hang that waits): the stop counts
 * wall-clock time and ends either, and a blocked hang leaves the cores to the rest of the suite while it waits.
 */
export function writeHangStage(notes: string, spin = false): string {
  const file = path.join(notes, 'hang-stage.mjs');
  const hang = spin ? 'for (;;) {}' : 'const never = new Int32Array(new SharedArrayBuffer(4));\n    for (;;) Atomics.wait(never, 0, 0);';
  writeFileSync(file, `import { writeFileSync } from 'node:fs';
import { threadId } from 'node:worker_threads';
export default function hangOnMarker(doc) {
  if (doc.text && doc.text.includes('HANG-HERE')) {
    writeFileSync(${JSON.stringify(notes)} + '/hung-in-thread-' + threadId + '-' + Math.random(), '');
    ${hang}
  }
  return doc;
}
`);
  return file;
}

/** `node -e COPY_TREE ROOT CLONE SKIPPED...`: ROOT's entries but those named copied into CLONE. */
const COPY_TREE = "const { cpSync, readdirSync } = require('node:fs'); const path = require('node:path'); const [root, clone, ...skipped] = process.argv.slice(1); for (const name of readdirSync(root)) if (!skipped.includes(name)) cpSync(path.join(root, name), path.join(clone, name), { recursive: true });";

/** What the stand-in build of the clone-build job prints (on stdout: the CLI sends a build's output to stderr). */
export const COPIED_BUILD = 'copied the build the pretest made';

export const JOBS = {
  /**
   * `npm pack` of this checkout (built by pretest), installed into an empty project: started with the run only where
   * pre-commit is installed. Elsewhere (CI) package.test.ts reads the release tag's install by npm (release-install),
   * the same package: npm publishes from the tag (README, Releasing), and npm packs a git dependency by the same list
   * of files as `npm pack`. One pack and one install of the dependencies fewer: about 11 s of CPU.
   */
  'packed-package': {
    testFiles: ['tests/package.test.ts'],
    available: hasPreCommit,
    async make(dir, signal): Promise<JobResult> {
      const app = path.join(dir, 'app');
      mkdirSync(app);
      const pack = await runAsync('npm', ['pack', '--ignore-scripts', '--pack-destination', app, '--silent'], ROOT, quietEnv, signal);
      if (pack.code !== 0) return { dir: app, runs: { pack } };
      writeFileSync(path.join(app, 'package.json'), JSON.stringify({ name: 'app', version: '1.0.0', private: true }));
      const tarball = path.join(app, pack.stdout.trim().split('\n').at(-1)!);
      const install = await runAsync('npm', ['install', '--no-audit', '--no-fund', tarball], app, quietEnv, signal);
      return { dir: app, runs: { pack, install } };
    },
  },
  /**
   * A copy of the checkout without dist/, run twice: the first run builds. Under `npm run test:deep` the build is
   * the real `npm run build`; otherwise the copy's build script copies the build the pretest has just made of the
   * same sources (about 15 s of CPU less: a second TypeScript program and the bundles). What is tested either way:
   * a run without a build runs the build script, once, with its output on stderr, and the CLI then runs from it.
   * That the sources build in a fresh clone, `.ci/run` shows (its pretest builds one).
   */
  'clone-build': {
    testFiles: ['tests/package.test.ts'],
    available: () => true,
    async make(dir, signal) {
      const clone = path.join(dir, 'clone');
      mkdirSync(clone);
      // The copy in a process of its own: the job starts in vitest's main process, whose event loop (which starts and
      // serves the test workers) a synchronous copy here held for 1.5 s at load 14.
      const copy = await jobOfRun.exit(() => runAsync(process.execPath, ['-e', COPY_TREE, ROOT, clone, 'node_modules', 'dist', '.git', 'coverage', 'test-artifacts'], ROOT, process.env, signal));
      if (copy.code !== 0) throw new Error(`copying the checkout: ${copy.stderr}`);
      symlinkSync(path.join(ROOT, 'node_modules'), path.join(clone, 'node_modules'), 'dir');
      if (!DEEP_RUN) {
        const manifest = JSON.parse(readFileSync(path.join(clone, 'package.json'), 'utf8')) as { scripts: Record<string, string> };
        manifest.scripts.build = `node -e "require('fs').cpSync(process.argv[1], 'dist', { recursive: true }); console.log('${COPIED_BUILD}')" ${JSON.stringify(path.join(ROOT, 'dist'))}`;
        writeFileSync(path.join(clone, 'package.json'), JSON.stringify(manifest, null, 2));
      }
      const first = await runAsync(process.execPath, [path.join(clone, 'bin', 'postings.js'), '--version'], clone, quietEnv, signal);
      const second = await runAsync(process.execPath, [path.join(clone, 'bin', 'postings.js'), '--version'], clone, quietEnv, signal);
      return { dir: clone, runs: { first, second } };
    },
  },
  'release-install': releaseInstallJob,
  /**
   * The type check of every file (tsconfig.json) that `npm test`'s pretest leaves to the run (scripts/check-and-build.js
   * --build-only): about 5 s of CPU on one core, once the pretest has written dist/, that the pretest's other core
   * spent idle. Run below the tests' priority (`nice`, where there is one), so it takes the cores the test files leave
   * idle (they used about 1.7 of 2) rather than theirs. tests/type-check.test.ts awaits it and fails on any error.
   */
  'type-check': {
    testFiles: ['tests/type-check.test.ts'],
    available: () => true,
    async make(dir, signal) {
      const check = [process.execPath, path.join(ROOT, 'scripts', 'check-and-build.js'), '--check-only'];
      const [command, ...args] = (await hasNice()) ? ['nice', '-n', '10', ...check] : check;
      return { dir, runs: { check: await runAsync(command!, args, ROOT, quietEnv, signal) } };
    },
  },
  /**
   * budget-backstop's pool case: the bin's `normalize --jobs 2` (a pool) over the 15 fixtures, one copy each, and two
   * files that hang without CPU until their stops (BACKSTOP_POOL_SECONDS each; they come last, after the real ones).
   * It is mostly waiting, so it runs in a process of its own beside the whole suite instead of holding a test worker
   * for its stops. Its output is the CLI's (records on stdout, one error line a file on stderr); `dir` holds the
   * stage's notes of the threads it hung in. The bin loads the bundle (and, on Node 20, its code
   * cache): about 2 s of CPU less than the library's modules from dist/ and their worker (were 30 copies: 0.5 s more).
   */
  'backstop-pool': {
    testFiles: ['tests/budget-backstop.test.ts'],
    available: () => true,
    async make(dir, signal) {
      const input = path.join(dir, 'postings');
      const notes = path.join(dir, 'notes');
      mkdirSync(input);
      mkdirSync(notes);
      const postings = path.join(ROOT, 'fixtures', 'postings');
      for (const name of readdirSync(postings).sort()) {
        for (const file of readdirSync(path.join(postings, name)).filter((each) => each.startsWith('input.'))) copyFileSync(path.join(postings, name, file), path.join(input, `${name}${path.extname(file)}`));
      }
      for (const file of ['hang-0.md', 'hang-1.md']) writeFileSync(path.join(input, file), HANGING_POSTING);
      const stage = writeHangStage(notes);
      const args = [path.join(ROOT, 'bin', 'postings.js'), 'normalize', input, '-f', 'ndjson', '--jobs', '2', '--timeout', String(BACKSTOP_POOL_SECONDS), '--no-progress'];
      const pool = await runAsync(process.execPath, args, ROOT, { ...quietEnv, POSTINGS_TEST_STAGE: stage }, signal);
      return { dir: notes, runs: { pool } };
    },
  },
  /**
   * budget-warm-up's runs (tests/warm-up-cases.ts): six runs of the built CLI that each wait for one stop or two, in two
   * processes (the fast-path cases one after another, the budget cases at once), so their waits overlap the suite.
   * `runs` is each case's (its stdout the case's exit code and output as JSON); `dir` holds a folder per case with its
   * stage's notes.
   */
  'warm-up-runs': {
    testFiles: ['tests/budget-warm-up.test.ts'],
    available: () => true,
    async make(dir, signal) {
      const groups = warmUpProcesses(ROOT, dir);
      const runs = await Promise.all(groups.map(({ command: [command, ...args] }) => runAsync(command!, args, ROOT, quietEnv, signal)));
      return { dir, runs: Object.fromEntries(groups.flatMap(({ names }, i) => names.map((name) => [name, caseRun(runs[i]!, name)]))) };
    },
  },
} satisfies Record<string, Job>;

export type JobName = keyof typeof JOBS;

const resultFile = (runDir: string, name: JobName) => path.join(runDir, `job-${name}.json`);
const startedFile = (runDir: string, name: JobName) => path.join(runDir, `job-${name}.started`);

/** Start a job in the run's folder (global setup); its result is left there as JSON, a failure as one too. */
export async function startJob(runDir: string, name: JobName, signal: AbortSignal): Promise<void> {
  writeFileSync(startedFile(runDir, name), '');
  const dir = mkdtempSync(path.join(runDir, `${name}-`));
  let result: JobResult | { error: string };
  const started = Date.now();
  try {
    result = await jobOfRun.run(name, () => JOBS[name].make(dir, signal));
  } catch (error) {
    result = { error: String(error) };
  }
  // SUITE_PROCESS_CPU_LOG: the job's wall time; its processes' CPU is in its `job-run` lines (background-run.ts).
  const log = process.env.SUITE_PROCESS_CPU_LOG;
  if (log) appendFileSync(log, `${JSON.stringify({ process: 'job', job: name, wall: Math.round((Date.now() - started) / 100) / 10 })}\n`);
  writeFileSync(`${resultFile(runDir, name)}.tmp`, JSON.stringify(result));
  renameSync(`${resultFile(runDir, name)}.tmp`, resultFile(runDir, name));
}

/** The job's result: waited for when global setup started it, else made here. */
export async function backgroundJob(runDir: string | undefined, name: JobName): Promise<JobResult> {
  if (runDir && existsSync(startedFile(runDir, name))) {
    while (!existsSync(resultFile(runDir, name))) await sleep(250);
    const result = JSON.parse(readFileSync(resultFile(runDir, name), 'utf8')) as JobResult | { error: string };
    if ('error' in result) throw new Error(`${name}: ${result.error}`);
    return result;
  }
  const base = runDir && existsSync(runDir) ? runDir : tmpdir();
  return JOBS[name].make(mkdtempSync(path.join(base, `${name}-`)), undefined);
}
