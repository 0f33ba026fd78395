/**
 * #16: the budget is the backstop, on the fast path too. A test stage
 * (RunOptions.testStage, POSTINGS_TEST_STAGE for the CLI) hangs on a marker
 * in a file the precheck finds cheap; the hard stop of budget-backstop.ts
 * ends it with one `file-too-complex` error, and every other record is
 * written. Several costly files run in budget workers at once, up to --jobs.
 * No test asserts on time: the stops are set far above what a posting needs.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { Io } from '../src/io.js';
import type { PostingDoc } from '../src/document.js';
import { MAX_TRIES } from '../src/budget-own-time.js';
import { BACKSTOP_POOL_SECONDS, backgroundJob, HANGING_POSTING, writeHangStage } from './background.js';
import { errorsByFile, parseNdjson, POSTINGS, ROOT, runBuilt, runCli } from './helpers.js';

let tmp: string;
beforeAll(() => {
  tmp = mkdtempSync(path.join(tmpdir(), 'postings-backstop-'));
});
afterAll(() => {
  rmSync(tmp, { recursive: true, force: true });
});

const GOOD = ['yaml-jekyll/input.md', 'markdown-plain/input.md', 'html-page/input.html'];
/**
 * Seconds of the time budget in these runs: each test waits for one stop (a spin costs it in CPU), so the budget is
 * what the test costs. Every good file under it runs on a warm path (each test runs one first without a stop), where a
 * posting takes tens of milliseconds of its own time: the stop counts own time, not waits for a core (at load 11 on 2
 * cores these tests passed with 1 s as with 3 s). A file stopped on a cold path would run again after a warm-up.
 */
const TIMEOUT = '1';
/** Seconds for a real posting that must come out after a stop in the same thread: far more than it needs. */
const GOES_ON_TIMEOUT = 120;
/** Each test waits for one or two stops: room for a machine shared by many runs. */
const TEST_TIMEOUT = 300_000;

/** A stage that never ends on a file holding HANG-HERE (tests/background.ts), with a folder of its own for its notes. */
const hangStage = (spin = false): string => writeHangStage(mkdtempSync(path.join(tmp, 'notes-')), spin);

/** How many times the stage hung (each try of a hanging file leaves a note beside it). */
const hangNotes = (stage: string): number => readdirSync(path.dirname(stage)).filter((name) => name.startsWith('hung-')).length;

/** A folder with the three good fixtures and `hanging` small files of ordinary prose holding the marker. */
function folderWith(name: string, hanging: string[]): string {
  const dir = path.join(tmp, name);
  mkdirSync(dir, { recursive: true });
  GOOD.forEach((fixture, i) => copyFileSync(path.join(POSTINGS, fixture), path.join(dir, `good-${i}${path.extname(fixture)}`)));
  for (const file of hanging) writeFileSync(path.join(dir, file), HANGING_POSTING);
  return dir;
}

const recordsByFile = (stdout: string) => Object.fromEntries(parseNdjson(stdout).map((record) => [path.basename(record.source.path), record]));
const STOPPED = new RegExp(`hang-0\\.md error file-too-complex file is too complex: processing it went past its time budget of ${TIMEOUT} s \\(--timeout\\); skipped`);

describe('a file that hangs on the fast path is stopped', () => {
  it('with --jobs 1 (in process): one file-too-complex error, and the same records as a run without it', async () => {
    const dir = folderWith('jobs-1', ['hang-0.md']);
    const clean = await runCli(['normalize', ...GOOD.map((_, i) => path.join(dir, `good-${i}${path.extname(GOOD[i]!)}`)), '-f', 'ndjson', '--jobs', '1']);
    // A good file, then the hanging one: the records after it come from the same thread, after the stop. After a good
    // Markdown file the path is warm, so the hang spins through one stop, no warm-up's second run (budget-warm-up tests
    // that). A stop counts own time, so on a machine that gives the spin less than its whole budget the stop runs it
    // once more (src/budget-own-time.ts): its tries are at most MAX_TRIES, however busy the machine.
    const first = path.join(dir, 'good-0.md');
    const stage = hangStage(true);
    const result = await runCli(['normalize', first, path.join(dir, 'hang-0.md'), dir, '-f', 'ndjson', '--jobs', '1', '--timeout', TIMEOUT], { env: { POSTINGS_TEST_STAGE: stage } });
    const tries = hangNotes(stage);
    expect(tries).toBeGreaterThanOrEqual(1);
    expect(tries).toBeLessThanOrEqual(MAX_TRIES);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(STOPPED);
    expect(errorsByFile(result.stderr)).toEqual({ 'hang-0.md': ['file-too-complex'] });
    expect(recordsByFile(result.stdout)).toEqual(recordsByFile(clean.stdout));
  }, TEST_TIMEOUT);

  it('in a worker thread, and the thread goes on with the next file', async () => {
    const stage = hangStage();
    const hanging = path.join(folderWith('thread', ['hang-0.md']), 'hang-0.md');
    const good = path.join(tmp, 'thread', 'good-0.md');
    // A good file first, with room: the thread's first real file runs cold (at load 25 on 2 cores it took over 3 s), and
    // after it the Markdown path is warm, so the hanging file is stopped once (a stop on a cold path runs the warm-up and
    // the file again: budget-warm-up tests that). Then the thread goes on with the next file.
    const script = `
      import { parentPort, workerData } from 'node:worker_threads';
      const { threadRunner } = await import(workerData.module);
      const thread = threadRunner();
      const run = (file, seconds) => thread.run({ path: file, cwd: '/', maxBytes: 1 << 20, stopAfterSeconds: seconds, testStage: workerData.stage });
      const before = await run(workerData.good, ${GOES_ON_TIMEOUT});
      const stopped = await run(workerData.hanging, ${TIMEOUT});
      const after = await run(workerData.good, ${GOES_ON_TIMEOUT});
      parentPort.postMessage({ stopped: stopped.messages.map((m) => m.ruleId), titles: [before.record?.title ?? null, after.record?.title ?? null] });
    `;
    const module = pathToFileURL(path.join(ROOT, 'dist', 'worker-task.js')).href;
    const answer = (await answerFromWorker(script, { module, stage, hanging, good })) as { stopped: string[]; titles: string[] };
    expect(answer).toEqual({ stopped: ['file-too-complex'], titles: [expect.any(String), answer.titles[0]] });
    // One run (a warm path): one try, or MAX_TRIES where the thread queued for a core before it blocked.
    expect(hangNotes(stage)).toBeGreaterThanOrEqual(1);
    expect(hangNotes(stage)).toBeLessThanOrEqual(MAX_TRIES);
  }, TEST_TIMEOUT);

  it('with the build and --jobs 1, where costly files have a budget worker and this one is on the fast path', async () => {
    const dir = folderWith('built-jobs-1', ['hang-0.md']);
    // The good files first without a stop, so the timed run finds the build's modules and tables loaded: the stop counts
    // wall-clock time, and cold on a machine shared by many runs a real posting went past 3 s.
    expect((await runBuilt(['normalize', ...GOOD.map((_, i) => path.join(dir, `good-${i}${path.extname(GOOD[i]!)}`)), '-f', 'ndjson', '--jobs', '1'])).code).toBe(0);
    const result = await runBuilt(['normalize', dir, '-f', 'ndjson', '--jobs', '1', '--timeout', TIMEOUT], { env: { POSTINGS_TEST_STAGE: hangStage() } });
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(STOPPED);
    expect(errorsByFile(result.stderr)).toEqual({ 'hang-0.md': ['file-too-complex'] });
    expect(Object.keys(recordsByFile(result.stdout)).sort()).toEqual(['good-0.md', 'good-1.md', 'good-2.html']);
  }, TEST_TIMEOUT);

  // The run (the bin's `normalize --jobs 2` over the 15 fixtures and two files that hang) is a job that
  // tests/global-setup.ts starts with the suite (tests/background.ts): its stops are mostly waiting, so no test worker
  // waits through them.
  it('with the pool (--jobs 2): each hanging file is one error, and every other record is written', async () => {
    const { dir: notes, runs } = await backgroundJob(inject('runOnceDir'), 'backstop-pool');
    const { code, stdout, stderr } = runs.pool!;
    expect(code, stderr).toBe(1);
    expect(errorsByFile(stderr)).toEqual({ 'hang-0.md': ['file-too-complex'], 'hang-1.md': ['file-too-complex'] });
    for (const file of ['hang-0', 'hang-1']) expect(stderr).toMatch(new RegExp(`${file}\\.md error file-too-complex file is too complex: processing it went past its time budget of ${BACKSTOP_POOL_SECONDS} s \\(--timeout\\); skipped`));
    const fixtures = readdirSync(POSTINGS).flatMap((name) => readdirSync(path.join(POSTINGS, name)).filter((file) => file.startsWith('input.')).map((file) => `${name}${path.extname(file)}`));
    expect(Object.keys(recordsByFile(stdout)).sort()).toEqual(fixtures.sort());
    // Which thread takes which file is the pool's choice (on a loaded machine the pool's own thread may take all before
    // its worker has loaded): the worker-thread test above stops a file in a worker. Each hanging file ran once, or
    // twice when it was the first file of its thread (the warm-up's second run, src/warm-up.ts): the worker's at most.
    // Each run is one try, or up to MAX_TRIES where its thread queued for a core before it blocked (budget-own-time.ts).
    const hung = readdirSync(notes).filter((name) => name.startsWith('hung-')).length;
    expect(hung).toBeGreaterThanOrEqual(2);
    expect(hung).toBeLessThanOrEqual(3 * MAX_TRIES);
  }, TEST_TIMEOUT);
});

describe('costly files run in budget workers at once, up to --jobs', () => {
  it('two files over 128 KiB that each wait for the other both finish (one budget worker would fail the first)', async () => {
    const { processPaths } = (await import(pathToFileURL(path.join(ROOT, 'dist', 'run.js')).href)) as typeof import('../src/run.js');
    const notes = mkdtempSync(path.join(tmp, 'meet-'));
    const stage = path.join(notes, 'meet-stage.mjs');
    // Each waits (without CPU) until the other has started, for at most 100 s (under the default budget's wall-clock
    // backstop, 4 x 30 s): in turn, the first never sees the second. 20 s was too short for a second budget worker to
    // start on one core shared with three busy loops at load 22.
    writeFileSync(stage, `import { existsSync, writeFileSync } from 'node:fs';
const notes = ${JSON.stringify(notes)};
export default function meet(doc) {
  const which = /MEET-([ab])/.exec(doc.text ?? '')?.[1];
  if (!which) return doc;
  writeFileSync(notes + '/arrived-' + which, '');
  const other = notes + '/arrived-' + (which === 'a' ? 'b' : 'a');
  const sleeper = new Int32Array(new SharedArrayBuffer(4));
  for (let waited = 0; !existsSync(other); waited += 50) {
    if (waited > 100000) throw new Error('the other costly file did not run at the same time');
    Atomics.wait(sleeper, 0, 0, 50);
  }
  return doc;
}
`);
    const dir = path.join(tmp, 'meet');
    mkdirSync(dir);
    // Over 128 KiB by an HTML comment, which the pipeline passes over in milliseconds (144 KB of prose: 0.5 s cold).
    const filler = `<!-- ${'x'.repeat(140_000)} -->`;
    for (const which of ['a', 'b']) writeFileSync(path.join(dir, `costly-${which}.md`), `# Barista ${which}\n\nMEET-${which}\n\n${filler}\n`);
    const budgeted: string[] = [];
    const docs: PostingDoc[] = [];
    for await (const doc of processPaths([dir], quietIo(), { jobs: 2, testStage: stage, onBudgeted: (file) => budgeted.push(path.basename(file)) })) docs.push(doc);
    expect(docs.map((doc) => doc.messages.filter((m) => m.severity === 'error').map((m) => m.reason))).toEqual([[], []]);
    expect(docs.map((doc) => doc.record?.title)).toEqual(['Barista a', 'Barista b']);
    expect(budgeted.sort()).toEqual(['costly-a.md', 'costly-b.md']);
  }, TEST_TIMEOUT);
});

/** What a module script run in a worker thread posts back (its first message); the worker is ended after it. */
async function answerFromWorker(script: string, workerData: Record<string, unknown>): Promise<unknown> {
  const worker = new Worker(new URL(`data:text/javascript,${encodeURIComponent(script)}`), { workerData });
  try {
    return await new Promise((resolve, reject) => {
      worker.once('message', resolve);
      worker.once('error', reject);
      worker.once('exit', (code) => reject(new Error(`the worker exited (code ${code}) without an answer`)));
    });
  } finally {
    await worker.terminate();
  }
}

function quietIo(): Io {
  return { cwd: ROOT, env: {}, stdout: { write: () => true }, stderr: { write: () => true }, readStdin: async () => new Uint8Array(), stdinIsTTY: false };
}
