/**
 * Once per `vitest run`: a folder for the runs that several test files share
 * (tests/run-once.ts), removed at the end so nothing outlives the run; and the
 * slow outside jobs of the files in this run (tests/background.ts), started
 * now so that they overlap the in-process tests.
 */
import { setMaxListeners } from 'node:events';
import { appendFileSync, mkdtempSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { TestProject } from 'vitest/node';
import { JOBS, startJob, type JobName } from './background.js';
import { processCpu } from './process-cpu.js';

declare module 'vitest' {
  export interface ProvidedContext {
    runOnceDir: string;
  }
}

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** Whether `vitest run [filters]` runs this test file: no filter, or one that is part of its path (as vitest matches). */
function inRun(project: TestProject, testFile: string): boolean {
  // vitest keeps the command line's file filters here (undefined: every file).
  const filters = (project.vitest as unknown as { filenamePattern?: string[] }).filenamePattern;
  const file = path.join(ROOT, testFile);
  return !filters?.length || filters.some((filter) => file.includes(filter) || file === path.resolve(filter));
}

/** SUITE_PROCESS_CPU_LOG=<file>: vitest's main process's own CPU so far (transform, collection, reporters), one line. */
function logMainCpu(at: string): void {
  const log = process.env.SUITE_PROCESS_CPU_LOG;
  if (log) appendFileSync(log, `${JSON.stringify({ process: 'main', at, pid: process.pid, ...processCpu(), time: Date.now() })}\n`);
}

export default function setup(project: TestProject): () => Promise<void> {
  logMainCpu('setup');
  const dir = mkdtempSync(path.join(tmpdir(), 'postings-test-run-'));
  project.provide('runOnceDir', dir);
  const stop = new AbortController();
  // Every process the jobs start listens to this one signal (more than Node's default 10 warns of a leak that is none).
  setMaxListeners(64, stop.signal);
  const jobs = (Object.keys(JOBS) as JobName[])
    .filter((name) => JOBS[name].testFiles.some((file) => inRun(project, file)) && JOBS[name].available())
    .map((name) => startJob(dir, name, stop.signal));
  // No test file starts before setup returns: what the jobs do before their first await holds every fork back.
  logMainCpu('jobs-started');
  return async () => {
    logMainCpu('teardown');
    // Jobs no test waited for (a run stopped early) are ended, by the processes they started.
    stop.abort();
    await Promise.allSettled(jobs);
    // Not rmSync: the folder holds the jobs' installs (some 6,000 files), and a synchronous removal held vitest's
    // event loop for seconds at the run's end, so it could not see its workers exit ("Timeout terminating forks worker").
    await rm(dir, { recursive: true, force: true });
  };
}
