/**
 * `validate` at scale (#17): the same worker pool, budgets and progress bar as
 * normalize. Results and exit codes must not depend on --jobs, including the
 * checks that read the file's text (front matter against the config's JSON
 * Schema, the place of undecodable bytes), which the pool sends back.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { main } from '../src/cli.js';
import { WORKER_DEPTH, type WorkerPool } from '../src/run-pool.js';
import { cliIo, manyPostings, runBuilt, waitingStage, type CliResult } from './helpers.js';
import { loadedPool, workerNotes, type WorkerNotes } from './pooled-runs.js';

/** A folder of fixture copies, a file with a stray byte and one that breaks the config's front-matter schema. */
function corpus(count: number, repeat = 1): string {
  const dir = manyPostings(count, { repeat });
  // Named to come first (the copies are 0000-…): a run on a loaded pool hands its first files to the worker.
  writeFileSync(path.join(dir, STRAY_BYTE), Buffer.concat([Buffer.from('---\ntitle: Barista\n---\n# Barista\n\nJoin Bean Co. in Zürich, Köln or Málaga.\nCaf'), Buffer.from([0xe9]), Buffer.from(' au lait. Part-time.\n')]));
  writeFileSync(path.join(dir, NUMERIC_TITLE), '---\ntitle: 42\n---\n# Barista\n\nJoin Bean Co. Part-time.\n');
  writeFileSync(path.join(dir, 'postings.config.yaml'), 'frontMatter: {type: object, properties: {title: {type: string}}}\n');
  return dir;
}
const STRAY_BYTE = '00-stray-byte.md';
const NUMERIC_TITLE = '00-numeric-title.md';

describe('validate with --jobs 1 and --jobs 2', () => {
  const dir = corpus(24);
  // One pooled run, with --strict and the JSON reporter. The pool only makes the documents: problems, --strict's
  // severities, the reporter and the exit code are made from them in this thread (commands/validate.ts; --strict does
  // not reach readInputs), and the JSON report prints every field of every problem and the counts, all that the other
  // reporters print from. So a pooled run per reporter (stylish and sarif were two more pool starts, about 5 s of CPU)
  // could only fail where this one does; the reporters themselves are validate-reporters.test.ts's.
  // The pooled run is on a pool loaded before it (the build's createPool, given as Io.pool), so its first WORKER_DEPTH
  // files go to the worker before this thread takes one, whatever the machine's load: the two files that the checks
  // of the text read among them. (Its workers' own start is the shared CLI run's, tests/pooled-runs.ts; left to start
  // with the run, this one's main thread ran all but 3 of the 26 files before the worker had loaded, and a worker that
  // dropped every warning passed.)
  const flags = ['--strict', '--reporter', 'json'];
  let pool: WorkerPool | undefined;
  let notes: WorkerNotes | undefined;
  let one: CliResult;
  let two: CliResult;
  beforeAll(async () => {
    pool = await loadedPool();
    notes = workerNotes();
    one = await runBuilt(['validate', '.', '--jobs', '1', ...flags], { cwd: dir });
    two = await runBuilt(['validate', '.', '--jobs', '2', ...flags], { cwd: dir, pool, env: { POSTINGS_TEST_STAGE: notes.stage } });
  });
  afterAll(async () => {
    notes?.remove();
    await pool?.close();
  });

  it('gives the same report and exit code (strict, json reporter), the worker taking the first files', () => {
    expect(notes!.inWorker(), 'files the worker took').toEqual(expect.arrayContaining(readdirSync(dir).filter((name) => name.endsWith('.md')).sort().slice(0, WORKER_DEPTH)));
    expect(one.code).toBe(1);
    expect(two.code).toBe(one.code);
    expect(two.stdout).toBe(one.stdout);
    expect(two.stderr).toBe(one.stderr);
  });

  it('still reads the text in the pool: the front-matter schema and the stray byte are both found', () => {
    expect(notes!.inWorker()).toEqual(expect.arrayContaining([STRAY_BYTE, NUMERIC_TITLE]));
    const problems = JSON.parse(two.stdout).problems as Array<{ file: string; ruleId: string; line?: number; column?: number }>;
    expect(problems.find((p) => p.file === NUMERIC_TITLE)?.ruleId).toBe('front-matter-schema');
    expect(problems.find((p) => p.file === STRAY_BYTE && p.ruleId === 'invalid-bytes')).toMatchObject({ line: 7, column: 4 });
  });
});

describe('validate shows the progress bar on a terminal', () => {
  it('draws files done of the total on stderr, and the report after it', async () => {
    // 22 files of 80 ms each in one thread: 1.8 s, past the bar's delay. The bar is drawn by this thread whatever --jobs
    // (commands/validate.ts ticks it as documents come back): the pooled run above checks what the pool gives back.
    const dir = corpus(20);
    const io = cliIo({ cwd: dir, env: { CI: '', TERM: 'xterm', POSTINGS_TEST_STAGE: waitingStage(80) } });
    io.stderr.isTTY = true;
    const code = await main(['validate', '.', '--jobs', '1'], io);
    expect(code).toBe(1);
    const stderr = io.stderr.text();
    expect(stderr).toMatch(/\d+\/22 files \| \d+\/s \| ETA /);
    expect(stderr).toMatch(/postings: 22 files checked, \d+ errors?, \d+ warnings?\n$/);
  });

  it('draws nothing with --no-progress, on a run that lasts past the bar\'s delay', async () => {
    // 10 files of 150 ms each in one thread: 1.5 s, so without the flag a bar would be drawn.
    const io = cliIo({ cwd: corpus(8), env: { CI: '', TERM: 'xterm', POSTINGS_TEST_STAGE: waitingStage(150) } });
    io.stderr.isTTY = true;
    await main(['validate', '.', '--jobs', '1', '--no-progress'], io);
    expect(io.stderr.text()).not.toMatch(/files \||\x1b/);
  });
});
