/**
 * `validate` at scale (#17): the same worker pool, budgets and progress bar as
 * normalize. Results and exit codes must not depend on --jobs, including the
 * checks that read the file's text (front matter against the config's JSON
 * Schema, the place of undecodable bytes), which the pool sends back.
 */
import { describe, expect, it } from 'vitest';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { main } from '../src/cli.js';
import { cliIo, manyPostings, runBuilt, waitingStage, type CliResult } from './helpers.js';
import { withWorkerNotes } from './pooled-runs.js';

/** `make` run once, when first asked: a pool start costs seconds of CPU, and two tests read the pooled run. */
function once<T>(make: () => Promise<T>): () => Promise<T> {
  let made: Promise<T> | undefined;
  return () => (made ??= make());
}

/** A folder of fixture copies, a file with a stray byte and one that breaks the config's front-matter schema. */
function corpus(count: number, repeat = 1): string {
  const dir = manyPostings(count, { repeat });
  writeFileSync(path.join(dir, 'zz-stray-byte.md'), Buffer.concat([Buffer.from('---\ntitle: Barista\n---\n# Barista\n\nJoin Bean Co. in Zürich, Köln or Málaga.\nCaf'), Buffer.from([0xe9]), Buffer.from(' au lait. Part-time.\n')]));
  writeFileSync(path.join(dir, 'zz-numeric-title.md'), '---\ntitle: 42\n---\n# Barista\n\nJoin Bean Co. Part-time.\n');
  writeFileSync(path.join(dir, 'postings.config.yaml'), 'frontMatter: {type: object, properties: {title: {type: string}}}\n');
  return dir;
}

describe('validate with --jobs 1 and --jobs 2', () => {
  const dir = corpus(24);
  // One pooled run, with --strict and the JSON reporter. The pool only makes the documents: problems, --strict's
  // severities, the reporter and the exit code are made from them in this thread (commands/validate.ts; --strict does
  // not reach readInputs), and the JSON report prints every field of every problem and the counts, all that the other
  // reporters print from. So a pooled run per reporter (stylish and sarif were two more pool starts, about 5 s of CPU)
  // could only fail where this one does; the reporters themselves are validate-reporters.test.ts's.
  // The pooled run leaves most files to the worker (tests/pooled-runs.ts): left alone, its main thread ran all but 3 of
  // the 26 files before the worker had loaded, and a worker that dropped every warning passed.
  const flags = ['--strict', '--reporter', 'json'];
  const oneRun = once(() => runBuilt(['validate', '.', '--jobs', '1', ...flags], { cwd: dir }));
  const twoRuns = once(async () => JSON.parse(await withWorkerNotes(async (stage, inWorker) => {
    const run = await runBuilt(['validate', '.', '--jobs', '2', ...flags], { cwd: dir, env: { POSTINGS_TEST_STAGE: stage } });
    return JSON.stringify({ ...run, inWorker: inWorker() });
  })) as CliResult & { inWorker: string[] });
  it('gives the same report and exit code (strict, json reporter), the worker taking most files', async () => {
    const [one, two] = [await oneRun(), await twoRuns()];
    expect(two.inWorker.length, 'files the worker took').toBeGreaterThan(0);
    expect(one.code).toBe(1);
    expect(two.code).toBe(one.code);
    expect(two.stdout).toBe(one.stdout);
    expect(two.stderr).toBe(one.stderr);
  });

  it('still reads the text in the pool: the front-matter schema and the stray byte are both found', async () => {
    const run = await twoRuns();
    const problems = JSON.parse(run.stdout).problems as Array<{ file: string; ruleId: string; line?: number; column?: number }>;
    expect(problems.find((p) => p.file === 'zz-numeric-title.md')?.ruleId).toBe('front-matter-schema');
    expect(problems.find((p) => p.file === 'zz-stray-byte.md' && p.ruleId === 'invalid-bytes')).toMatchObject({ line: 7, column: 4 });
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
