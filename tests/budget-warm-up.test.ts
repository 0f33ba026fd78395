/**
 * A thread's one-time warm-up does not count against a file's time budget
 * (src/warm-up.ts), and a file that hangs is still stopped at its budget. A
 * test stage (POSTINGS_TEST_STAGE) stands in for the warm-up of a path
 * (Markdown, HTML): its first call on a path costs more than any budget, every
 * later call nothing, so a tiny posting comes out only when the warm-up is
 * kept out of its clock. No outcome depends on the machine's load: on the fast
 * path (a stop of own time, where a blocked wait counts) the first call blocks until the stop ends it, and
 * costs nothing outside the stop (the warm-up's samples, with no clock to
 * beat); in a budget worker (a clock of CPU time) it burns more CPU time than
 * the budget, and the warm path needs a few percent of it.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { errorsByFile, parseNdjson, runBuilt, runCli } from './helpers.js';

let tmp: string;
beforeAll(() => {
  tmp = mkdtempSync(path.join(tmpdir(), 'postings-warm-up-'));
});
afterAll(() => {
  rmSync(tmp, { recursive: true, force: true });
});

const TINY = '# Barista\n\nJoin Bean Co. in Berlin. Part-time.\n';
const PAGE = '<!doctype html><html><head><title>Barista</title></head><body><h1>Barista</h1><p>Join Bean Co. in Berlin. Part-time.</p></body></html>\n';
const HANGS = '# Barista\n\nJoin Bean Co. in Berlin. HANG-HERE\n';
const BINARY = '\u0000\u0001\u0002PK\u0003\u0004\u0000\u0000';
/** The fast path's budget, seconds of own time (a blocked wait counts): each fast case waits it out once or twice (a cold path blocks until its stop), so it is short; a warm tiny posting takes about 50 ms of CPU, over 100 times less. */
const FAST_TIMEOUT = '6';
/** The budget worker's budget, seconds of CPU time, and the first call's cost there (in ticks of 1/100 s): past it. */
const BUDGET_TIMEOUT = '2';
const BUDGET_FIRST_CALL_TICKS = 300;
/** Tests that wait for stops on a machine shared by many runs: minutes, never seconds. */
const TEST_TIMEOUT = 300_000;

type Path = 'markdown' | 'html';

/**
 * A stage whose first call on a path in `costly` in a thread costs more than the budget (`block`: under the fast
 * path's stop, until the stop ends it; `cpu`: of that thread's CPU time, which the budget worker counts) and later
 * calls nothing. On HANG-HERE it blocks for ever, after leaving a note; `hangs` counts the notes.
 */
function stage(name: string, firstCallCost: 'block' | 'cpu', costly: Path[]): { file: string; hangs: () => number } {
  const dir = mkdtempSync(path.join(tmp, `${name}-`));
  const file = path.join(dir, 'stage.mjs');
  const firstCall = firstCallCost === 'cpu'
    ? `const ticks = () => { const fields = readFileSync('/proc/thread-self/stat', 'latin1').split(') ')[1].split(' '); return Number(fields[11]) + Number(fields[12]); };
    const start = ticks();
    while (ticks() - start < ${BUDGET_FIRST_CALL_TICKS}) {}`
    : `const limit = Error.stackTraceLimit;
    Error.stackTraceLimit = Infinity;
    const stack = new Error().stack;
    Error.stackTraceLimit = limit;
    // Under the fast path's stop (its vm script is named postings-backstop): blocked until the stop ends this call.
    if (stack.includes('postings-backstop')) for (;;) Atomics.wait(never, 0, 0);`;
  writeFileSync(file, `import { readFileSync, writeFileSync } from 'node:fs';
const never = new Int32Array(new SharedArrayBuffer(4));
const warm = new Set();
const costly = ${JSON.stringify(costly)};
export default function oneTimeCost(doc) {
  const path = doc.format === 'html' ? 'html' : 'markdown';
  if (costly.includes(path) && !warm.has(path)) {
    ${firstCall}
  }
  warm.add(path);
  if (doc.text && doc.text.includes('HANG-HERE')) {
    writeFileSync(${JSON.stringify(dir)} + '/hung-' + Math.random(), '');
    for (;;) Atomics.wait(never, 0, 0);
  }
  return doc;
}
`);
  return { file, hangs: () => readdirSync(dir).filter((name) => name.startsWith('hung-')).length };
}

function inputs(name: string, files: Record<string, string>): string[] {
  const dir = mkdtempSync(path.join(tmp, `${name}-`));
  return Object.entries(files).map(([file, text]) => {
    writeFileSync(path.join(dir, file), text);
    return path.join(dir, file);
  });
}

const titles = (stdout: string) => parseNdjson(stdout).map((record) => [path.basename(record.source.path), record.title]);
const stopped = (seconds: string) => new RegExp(`hang\\.md error file-too-complex file is too complex: processing it went past its time budget of ${seconds} s \\(--timeout\\); skipped`);

const fast = (files: string[], stageFile: string) => runCli(['normalize', ...files, '-f', 'ndjson', '--jobs', '1', '--timeout', FAST_TIMEOUT], { env: { POSTINGS_TEST_STAGE: stageFile } });
const budgeted = (files: string[], stageFile: string) => runBuilt(['normalize', ...files, '-f', 'ndjson', '--jobs', '1', '--timeout', BUDGET_TIMEOUT, '--max-memory', '256'], { env: { POSTINGS_TEST_STAGE: stageFile } });

describe('--timeout on the fast path (its stop counts own time: a blocked wait counts, a wait for a core does not)', () => {
  it('a tiny posting whose thread warms up past the budget comes out; a file that hangs after it is stopped once', async () => {
    const { file, hangs } = stage('fast', 'block', ['markdown', 'html']);
    const result = await fast(inputs('fast', { 'tiny.md': TINY, 'hang.md': HANGS }), file);
    expect(result.code).toBe(1);
    expect(titles(result.stdout)).toEqual([['tiny.md', 'Barista']]);
    expect(result.stderr).toMatch(stopped(FAST_TIMEOUT));
    expect(errorsByFile(result.stderr)).toEqual({ 'hang.md': ['file-too-complex'] });
    // The thread had warmed up (for tiny.md): the hanging file is not tried again.
    expect(hangs()).toBe(1);
  }, TEST_TIMEOUT);

  it('an empty and a binary file before it warm nothing: the tiny posting after them still comes out', async () => {
    const { file } = stage('empty-first', 'block', ['markdown', 'html']);
    const result = await fast(inputs('empty-first', { 'a-empty.md': '', 'b-binary.md': BINARY, 'c-tiny.md': TINY }), file);
    expect(titles(result.stdout)).toEqual([['c-tiny.md', 'Barista']]);
    expect(Object.keys(errorsByFile(result.stderr))).not.toContain('c-tiny.md');
  }, TEST_TIMEOUT);

  it('a Markdown file warms the Markdown path only: an HTML page after it, past the budget on its cold path, comes out', async () => {
    const { file } = stage('html-after', 'block', ['html']);
    const result = await fast(inputs('html-after', { 'a-tiny.md': TINY, 'b-page.html': PAGE }), file);
    expect(errorsByFile(result.stderr)).toEqual({});
    expect(titles(result.stdout)).toEqual([['a-tiny.md', 'Barista'], ['b-page.html', 'Barista']]);
  }, TEST_TIMEOUT);

  it('a file that hangs as its thread\'s first file is stopped on both tries, and is one error', async () => {
    const { file, hangs } = stage('first', 'block', []);
    const result = await fast(inputs('first', { 'hang.md': HANGS, 'tiny.md': TINY }), file);
    expect(result.code).toBe(1);
    expect(errorsByFile(result.stderr)).toEqual({ 'hang.md': ['file-too-complex'] });
    expect(titles(result.stdout)).toEqual([['tiny.md', 'Barista']]);
    expect(hangs()).toBe(2);
  }, TEST_TIMEOUT);
});

describe(`--timeout ${BUDGET_TIMEOUT} in a budget worker (--max-memory sends every file there; its clock counts CPU time)`, () => {
  const hasThreadStat = existsSync('/proc/thread-self/stat');
  it.skipIf(!hasThreadStat)('a tiny posting whose worker warms up past the budget comes out; a file that hangs after it is stopped', async () => {
    const { file, hangs } = stage('budget', 'cpu', ['markdown']);
    const result = await budgeted(inputs('budget', { 'tiny.md': TINY, 'hang.md': HANGS }), file);
    expect(result.code).toBe(1);
    expect(titles(result.stdout)).toEqual([['tiny.md', 'Barista']]);
    expect(result.stderr).toMatch(stopped(BUDGET_TIMEOUT));
    expect(errorsByFile(result.stderr)).toEqual({ 'hang.md': ['file-too-complex'] });
    expect(hangs()).toBe(1);
  }, TEST_TIMEOUT);

  it.skipIf(!hasThreadStat)('an empty file before it warms nothing: the tiny posting after it still comes out', async () => {
    const { file } = stage('budget-empty', 'cpu', ['markdown']);
    const result = await budgeted(inputs('budget-empty', { 'a-empty.md': '', 'b-tiny.md': TINY }), file);
    expect(titles(result.stdout)).toEqual([['b-tiny.md', 'Barista']]);
    expect(Object.keys(errorsByFile(result.stderr))).not.toContain('b-tiny.md');
  }, TEST_TIMEOUT);
});
