/**
 * A thread's one-time warm-up does not count against a file's time budget
 * (src/warm-up.ts), and a file that hangs is still stopped at its budget. A
 * test stage (POSTINGS_TEST_STAGE) stands in for the warm-up: its first call
 * in a thread takes longer than the budget allows, every later call takes
 * nothing, so a tiny posting comes out only when the warm-up is kept out of
 * its clock. The fast path's stop counts wall-clock time, so its budget is
 * 3 s there (a warm tiny posting takes about 50 ms of CPU: at load 25 on 2
 * cores, where a process gets a few percent of a core, 1 s was not enough
 * even warm); the budget worker counts CPU time, so `--timeout 1` holds
 * there. No test asserts on time beyond the budget's own behaviour.
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
const HANGS = '# Barista\n\nJoin Bean Co. in Berlin. HANG-HERE\n';
/** The fast path's budget (seconds of wall-clock time), and the first call's wait there: past it. */
const FAST_TIMEOUT = '3';
const FAST_FIRST_CALL_MS = 4500;
/** Tests that wait for stops on a machine shared by many runs: minutes, never seconds. */
const TEST_TIMEOUT = 300_000;

/**
 * A stage whose first call in a thread costs more than a second (`cpu`: of that thread's CPU time, which the budget
 * worker counts; `wait`: of waiting, which the fast path's stop counts) and later calls nothing. On HANG-HERE it
 * blocks for ever, after leaving a note; `hangs` counts the notes.
 */
function stage(name: string, firstCallCost: 'cpu' | 'wait' | 'none'): { file: string; hangs: () => number } {
  const dir = mkdtempSync(path.join(tmp, `${name}-`));
  const file = path.join(dir, 'stage.mjs');
  const firstCall = firstCallCost === 'cpu'
    ? `const ticks = () => { const fields = readFileSync('/proc/thread-self/stat', 'latin1').split(') ')[1].split(' '); return Number(fields[11]) + Number(fields[12]); };
    const start = ticks();
    while (ticks() - start < 120) {}`
    : firstCallCost === 'wait' ? `Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ${FAST_FIRST_CALL_MS});` : '';
  writeFileSync(file, `import { readFileSync, writeFileSync } from 'node:fs';
let warm = false;
export default function oneTimeCost(doc) {
  if (!warm) {
    ${firstCall}
    warm = true;
  }
  if (doc.text && doc.text.includes('HANG-HERE')) {
    writeFileSync(${JSON.stringify(dir)} + '/hung-' + Math.random(), '');
    const never = new Int32Array(new SharedArrayBuffer(4));
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

describe('--timeout on the fast path (its stop counts wall-clock time)', () => {
  it('a tiny posting whose thread warms up past the budget comes out; a file that hangs after it is stopped once', async () => {
    const { file, hangs } = stage('fast', 'wait');
    const [tiny, hang] = inputs('fast', { 'tiny.md': TINY, 'hang.md': HANGS });
    const result = await runCli(['normalize', tiny!, hang!, '-f', 'ndjson', '--jobs', '1', '--timeout', FAST_TIMEOUT], { env: { POSTINGS_TEST_STAGE: file } });
    expect(result.code).toBe(1);
    expect(titles(result.stdout)).toEqual([['tiny.md', 'Barista']]);
    expect(result.stderr).toMatch(stopped(FAST_TIMEOUT));
    expect(errorsByFile(result.stderr)).toEqual({ 'hang.md': ['file-too-complex'] });
    // The thread had warmed up (for tiny.md): the hanging file is not tried again.
    expect(hangs()).toBe(1);
  }, TEST_TIMEOUT);

  it('a file that hangs as its thread\'s first file is stopped on both tries, and is one error', async () => {
    const { file, hangs } = stage('first', 'none');
    const [hang, tiny] = inputs('first', { 'hang.md': HANGS, 'tiny.md': TINY });
    const result = await runCli(['normalize', hang!, tiny!, '-f', 'ndjson', '--jobs', '1', '--timeout', FAST_TIMEOUT], { env: { POSTINGS_TEST_STAGE: file } });
    expect(result.code).toBe(1);
    expect(errorsByFile(result.stderr)).toEqual({ 'hang.md': ['file-too-complex'] });
    expect(titles(result.stdout)).toEqual([['tiny.md', 'Barista']]);
    expect(hangs()).toBe(2);
  }, TEST_TIMEOUT);
});

describe('--timeout 1 in a budget worker (--max-memory sends every file there; its clock counts CPU time)', () => {
  it.skipIf(!existsSync('/proc/thread-self/stat'))('a tiny posting whose worker warms up past the budget comes out; a file that hangs after it is stopped', async () => {
    const { file, hangs } = stage('budget', 'cpu');
    const [tiny, hang] = inputs('budget', { 'tiny.md': TINY, 'hang.md': HANGS });
    const result = await runBuilt(['normalize', tiny!, hang!, '-f', 'ndjson', '--jobs', '1', '--timeout', '1', '--max-memory', '256'], { env: { POSTINGS_TEST_STAGE: file } });
    expect(result.code).toBe(1);
    expect(titles(result.stdout)).toEqual([['tiny.md', 'Barista']]);
    expect(result.stderr).toMatch(stopped('1'));
    expect(errorsByFile(result.stderr)).toEqual({ 'hang.md': ['file-too-complex'] });
    expect(hangs()).toBe(1);
  }, TEST_TIMEOUT);
});
