/**
 * With SUITE_CPU_LOG=<file> set, each test file appends one JSON line there: the CPU (user + system seconds) its
 * worker spent from the file's start to its end (its import, tests and worker threads), and that of the processes it
 * started and waited for. How the suite's CPU is measured per file inside a run (README, Development); a no-op otherwise.
 * With SUITE_TEST_CPU_LOG=<file>, each test appends one line: its worker's CPU from its start to its end (hooks of
 * `beforeAll` not included), which tells which test of a costly file the CPU goes to.
 */
import { appendFileSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, afterEach, beforeEach, expect } from 'vitest';

const TICKS_PER_SECOND = 100;

/** This process's CPU and its waited-for children's (cutime, cstime in /proc/self/stat), in seconds. */
function sample(): { own: number; children: number; at: number } {
  const usage = process.cpuUsage();
  let children = 0;
  try {
    // The fields after the command's closing parenthesis; cutime and cstime are the 16th and 17th of the line.
    const fields = readFileSync('/proc/self/stat', 'utf8').split(') ')[1]!.split(' ');
    children = (Number(fields[13]) + Number(fields[14])) / TICKS_PER_SECOND;
  } catch {
    // Not Linux: children's CPU unknown.
  }
  return { own: (usage.user + usage.system) / 1e6, children, at: Date.now() };
}

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

const testLog = process.env.SUITE_TEST_CPU_LOG;
if (testLog) {
  let start = 0;
  beforeEach(() => {
    start = sample().own;
  });
  afterEach((context) => {
    const file = path.relative(process.cwd(), expect.getState().testPath ?? '?');
    appendFileSync(testLog, `${JSON.stringify({ file, test: context.task.name, cpu: Math.round((sample().own - start) * 100) / 100 })}\n`);
  });
}
