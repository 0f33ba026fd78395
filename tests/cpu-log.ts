/**
 * With SUITE_CPU_LOG=<file> set, each test file appends one JSON line there: the CPU (user + system seconds) its
 * worker spent from the file's start to its end (its import, tests and worker threads), and that of the processes it
 * started and waited for. How the suite's CPU is measured per file inside a run (README, Development); a no-op otherwise.
 * With SUITE_TEST_CPU_LOG=<file>, each test appends one line: its worker's CPU from its start to its end (hooks of
 * `beforeAll` not included) and the processes it waited for, which tells which test of a costly file the CPU goes to.
 * With SUITE_PROCESS_CPU_LOG=<file>, the CPU outside the files: each worker's total at each file's end (here), vitest's
 * main process at global setup's start and end (global-setup.ts), each background job's processes (background-run.ts);
 * `node scripts/process-costs.js <that file> [<SUITE_CPU_LOG file>]` sums them.
 */
import { appendFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, afterEach, beforeEach, expect } from 'vitest';
import { processCpu, sample } from './process-cpu.js';

/** What keeps this worker alive at a file's end (a thread, a process, a timer a file left behind stops the worker's exit). */
function activeHandles(): string[] {
  const handles = (process as unknown as { _getActiveHandles(): object[] })._getActiveHandles();
  return [...handles.map((handle) => handle.constructor.name), ...process.getActiveResourcesInfo()];
}

const log = process.env.SUITE_CPU_LOG;
if (log) {
  const file = path.relative(process.cwd(), expect.getState().testPath ?? '?');
  const start = sample();
  afterAll(() => {
    const end = sample();
    const round = (n: number) => Math.round(n * 10) / 10;
    appendFileSync(log, `${JSON.stringify({ file, pid: process.pid, cpu: round(end.own - start.own), children: round(end.children - start.children), wall: round((end.at - start.at) / 1000), startedAt: start.at, handles: activeHandles() })}\n`);
  });
}

// SUITE_PROCESS_CPU_LOG=<file>: at each file's end, the worker's CPU since it started (a fork's last line is its total
// but its exit; less the sum of its files' lines, what it spent outside them: its start, vitest's runtime between files).
const processLog = process.env.SUITE_PROCESS_CPU_LOG;
if (processLog) {
  afterAll(() => {
    appendFileSync(processLog, `${JSON.stringify({ process: 'fork', pid: process.pid, ...processCpu(), at: Date.now() })}\n`);
  });
}

const testLog = process.env.SUITE_TEST_CPU_LOG;
if (testLog) {
  let start = { own: 0, children: 0 };
  beforeEach(() => {
    start = sample();
  });
  afterEach((context) => {
    const file = path.relative(process.cwd(), expect.getState().testPath ?? '?');
    const end = sample();
    const round = (n: number) => Math.round(n * 100) / 100;
    appendFileSync(testLog, `${JSON.stringify({ file, test: context.task.name, cpu: round(end.own - start.own), children: round(end.children - start.children) })}\n`);
  });
}
