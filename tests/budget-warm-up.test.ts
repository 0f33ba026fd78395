/**
 * A thread's one-time warm-up does not count against a file's time budget
 * (src/warm-up.ts), and a file that hangs is still stopped at its budget. A
 * test stage (POSTINGS_TEST_STAGE) stands in for the warm-up of a path
 * (Markdown, HTML): its first call on a path costs more than any budget, every
 * later call nothing, so a tiny posting comes out only when the warm-up is
 * kept out of its clock. No outcome depends on the machine's load: on the fast
 * path (a stop of own time, where a blocked wait counts) the first call blocks until the stop ends it (one try, or
 * two where the thread queued for a core before it blocked: the counts of tries are bounds), and
 * costs nothing outside the stop (the warm-up's samples, with no clock to
 * beat); in a budget worker (a clock of CPU time) it burns more CPU time than
 * the budget, and the warm path needs a few percent of it.
 *
 * The runs wait for their stops, so they are a job started with the suite
 * (tests/warm-up-cases.ts, tests/background.ts): this file checks what they gave.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { backgroundJob, type JobResult } from './background.js';
import { errorsByFile, parseNdjson } from './helpers.js';
import { MAX_TRIES } from '../src/budget-own-time.js';
import { BUDGET_TIMEOUT, FAST_TIMEOUT, hangCount, hangTries as hangTriesIn, type WarmUpCaseName } from './warm-up-cases.js';

/** Tests that wait for stops on a machine shared by many runs: minutes, never seconds. */
const TEST_TIMEOUT = 300_000;

let job: JobResult;
beforeAll(async () => {
  job = await backgroundJob(inject('runOnceDir'), 'warm-up-runs');
}, 600_000);

/** A case's exit code and output (the run's process printed them as JSON). */
function result(name: WarmUpCaseName): { code: number; stdout: string; stderr: string } {
  const run = job.runs[name]!;
  expect(run.code, run.stderr + run.stdout).toBe(0);
  return JSON.parse(run.stdout);
}
const hangs = (name: WarmUpCaseName) => hangCount(path.join(job.dir, name));
const hangTries = (name: WarmUpCaseName) => hangTriesIn(path.join(job.dir, name));
/** A run on the fast path is one try, or up to MAX_TRIES where its first try's own time fell short of the budget. */
const expectTriesOfOneRun = (tries: number) => {
  expect(tries).toBeGreaterThanOrEqual(1);
  expect(tries).toBeLessThanOrEqual(MAX_TRIES);
};

const titles = (stdout: string) => parseNdjson(stdout).map((record) => [path.basename(record.source.path), record.title]);
const stopped = (seconds: string) => new RegExp(`hang\\.md error file-too-complex file is too complex: processing it went past its time budget of ${seconds} s \\(--timeout\\); skipped`);

describe('--timeout on the fast path (its stop counts own time: a blocked wait counts, a wait for a core does not)', () => {
  // One run (the case 'fast'): an empty and a binary file, the tiny posting, the file that hangs. The empty and the
  // binary file warm nothing: were they to warm the Markdown path, the tiny posting's stop would be final.
  it('a tiny posting whose thread warms up past the budget comes out, after an empty and a binary file that warm nothing; a file that hangs after it is stopped once', () => {
    const run = result('fast');
    expect(run.code).toBe(1);
    expect(titles(run.stdout), run.stderr).toEqual([['c-tiny.md', 'Barista']]);
    expect(run.stderr).toMatch(stopped(FAST_TIMEOUT));
    expect(errorsByFile(run.stderr)).toEqual({ 'a-empty.md': ['empty-file'], 'b-binary.md': ['binary-file'], 'd-hang.md': ['file-too-complex'] });
    // The thread had warmed up (for c-tiny.md): the hanging file runs once, no warm-up after it. The run's stop counts
    // own time: where the thread queued for a core before the stage blocked, that run makes a second try.
    expect(Object.keys(hangTries('fast')), 'one run, after the thread\'s warm-up').toEqual(['2']);
    expectTriesOfOneRun(hangTries('fast')['2']!);
  }, TEST_TIMEOUT);

  it('a Markdown file warms the Markdown path only: an HTML page after it, past the budget on its cold path, comes out', () => {
    const run = result('html-after');
    expect(errorsByFile(run.stderr)).toEqual({});
    expect(titles(run.stdout), run.stderr).toEqual([['a-tiny.md', 'Barista'], ['b-page.html', 'Barista']]);
  }, TEST_TIMEOUT);

  it('a file that hangs as its thread\'s first file is stopped before and after the warm-up, and is one error', () => {
    const run = result('first');
    expect(run.code).toBe(1);
    expect(errorsByFile(run.stderr)).toEqual({ 'hang.md': ['file-too-complex'] });
    expect(titles(run.stdout), run.stderr).toEqual([['tiny.md', 'Barista']]);
    // A run before the warm-up and one after it (its samples: a Markdown file and an HTML page), each of one try or two.
    const tries = hangTries('first');
    expect(Object.keys(tries).sort(), 'a run before the warm-up and one after it').toEqual(['0', '2']);
    Object.values(tries).forEach(expectTriesOfOneRun);
  }, TEST_TIMEOUT);
});

describe(`--timeout ${BUDGET_TIMEOUT} in a budget worker (--max-memory sends every file there; its clock counts CPU time)`, () => {
  const hasThreadStat = existsSync('/proc/thread-self/stat');
  // One run (the case 'budget'): an empty file (it warms nothing), the tiny posting, the file that hangs.
  it.skipIf(!hasThreadStat)('a tiny posting whose worker warms up past the budget comes out, after an empty file that warms nothing; a file that hangs after it is stopped', () => {
    const run = result('budget');
    expect(run.code).toBe(1);
    expect(titles(run.stdout), run.stderr).toEqual([['b-tiny.md', 'Barista']]);
    expect(run.stderr).toMatch(stopped(BUDGET_TIMEOUT));
    expect(errorsByFile(run.stderr)).toEqual({ 'a-empty.md': ['empty-file'], 'c-hang.md': ['file-too-complex'] });
    expect(hangs('budget')).toBe(1);
  }, TEST_TIMEOUT);
});
