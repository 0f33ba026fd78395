/**
 * The per-file budget: a file that may be costly runs alone in a worker
 * thread with a memory limit (V8's old generation, `--max-memory`) and a
 * time limit (`--timeout`): seconds of CPU time of that worker's own thread,
 * read from /proc/PID/task/TID/stat (Linux, in clock ticks of 1/100 s) a few
 * times a second, so a file on a busy machine is not failed for the time it
 * waited for a core. Where the thread's CPU time cannot be read (not
 * Linux), it is wall-clock seconds. Either way a wall-clock backstop of
 * WALL_BACKSTOP times the timeout stops a worker that uses no CPU and never
 * ends (a pipe that is never written, read with --allow-special). A worker that runs out of
 * either is stopped, the file gets one `file-too-complex` error naming the
 * budget, and the next file gets a fresh worker. This thread never runs such
 * a file, so no input can hang or kill the run, whatever `--jobs` says.
 *
 * Which files: those over BUDGETED_FROM_BYTES, anything that is not a
 * regular file (a pipe's size is unknown), and smaller files whose shape
 * makes parsing slow (budget-precheck.ts: the fast path looks at each file
 * first and hands such a file back). Other small files stay on the fast
 * path (this thread or the pool), where nothing can stop them. When `--timeout` or `--max-memory`
 * is given, every file runs in the budget worker. One budget worker runs at a time, so
 * the run's peak memory is bounded by one budget on top of the usual threads.
 */
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { createDoc, message, type PostingDoc } from './document.js';
import type { DocSummary, WorkerTask } from './worker-task.js';

/** Seconds one file may take in its worker. */
export const DEFAULT_TIMEOUT_SECONDS = 30;
/** Megabytes of JavaScript heap one file may use in its worker. */
export const DEFAULT_MAX_MEMORY_MB = 512;
/** Files above this size run in a budget worker. */
export const BUDGETED_FROM_BYTES = 64 * 1024;

export interface Budget {
  timeoutSeconds: number;
  maxMemoryMb: number;
}

/** The wall-clock backstop, in multiples of the timeout, when the timeout counts CPU time. */
export const WALL_BACKSTOP = 4;
/** How often the worker's CPU time is read. */
const CPU_POLL_MS = 200;
/** Linux's USER_HZ: /proc counts CPU time in these ticks a second. */
const TICKS_PER_SECOND = 100;

export const DEFAULT_BUDGET: Budget = { timeoutSeconds: DEFAULT_TIMEOUT_SECONDS, maxMemoryMb: DEFAULT_MAX_MEMORY_MB };

/** The built entry of the budget worker; absent when running from TypeScript sources. */
const BUDGET_WORKER_FILE = fileURLToPath(new URL('./worker-budget.js', import.meta.url));

export function budgetWorkerAvailable(): boolean {
  return existsSync(BUDGET_WORKER_FILE);
}

export interface BudgetRunner {
  run(task: WorkerTask): Promise<PostingDoc>;
  close(): Promise<void>;
}

/** Run tasks one at a time, each in a worker within the budget; a worker that overruns is replaced. */
export function budgetRunner(budget: Budget): BudgetRunner {
  let worker: Worker | undefined;
  let ready: Promise<void> | undefined;
  /** Where the current worker's CPU time is read; undefined where it cannot be. */
  let threadStat: string | undefined;
  let queue: Promise<unknown> = Promise.resolve();
  const start = () => {
    const fresh = new Worker(BUDGET_WORKER_FILE, {
      resourceLimits: { maxOldGenerationSizeMb: budget.maxMemoryMb, maxYoungGenerationSizeMb: Math.min(64, Math.max(8, budget.maxMemoryMb / 8)) },
      stdout: true,
      stderr: true,
    });
    // The worker's own console output would reach the terminal raw: it is dropped.
    fresh.stdout.resume();
    fresh.stderr.resume();
    worker = fresh;
    ready = new Promise((resolve, reject) => {
      fresh.once('message', (hello: { thread?: string }) => {
        threadStat = hello?.thread ? `/proc/${hello.thread}/stat` : undefined;
        resolve();
      });
      fresh.once('error', reject);
      fresh.once('exit', () => reject(new Error('the budget worker stopped while loading')));
    });
    ready.catch(() => {
      if (worker === fresh) worker = undefined;
    });
    return fresh;
  };
  const runOne = async (task: WorkerTask): Promise<PostingDoc> => {
    const current = worker ?? start();
    await ready;
    return new Promise<PostingDoc>((resolve) => {
      const done = (doc: PostingDoc, stop: boolean) => {
        clearTimeout(timer);
        clearInterval(poll);
        current.off('message', onMessage);
        current.off('error', onError);
        current.off('exit', onExit);
        if (stop) {
          worker = undefined;
          void current.terminate();
        }
        resolve(doc);
      };
      const tooComplex = (which: 'time' | 'memory') => {
        const doc = createDoc(task.path, new Uint8Array());
        const limit = which === 'time' ? `${budget.timeoutSeconds} s` : `${budget.maxMemoryMb} MB`;
        message(doc, 'file-too-complex', { fatal: true, args: { budget: which, limit, option: which === 'time' ? '--timeout' : '--max-memory' } });
        return doc;
      };
      const onMessage = (summary: DocSummary) => {
        const { byteLength: _byteLength, ...rest } = summary;
        done({ ...rest, bytes: new Uint8Array() }, false);
      };
      const onError = (error: Error & { code?: string }) => {
        if (error.code === 'ERR_WORKER_OUT_OF_MEMORY') return done(tooComplex('memory'), true);
        const doc = createDoc(task.path, new Uint8Array());
        message(doc, 'worker-failed', { fatal: true, args: { reason: error.message } });
        done(doc, true);
      };
      const onExit = () => done(tooComplex('memory'), true);
      // CPU time where it can be read (polled), else wall-clock time; see the top of this file.
      const stat = threadStat;
      const cpuAtStart = stat === undefined ? undefined : cpuSeconds(stat);
      const timer = setTimeout(() => done(tooComplex('time'), true), budget.timeoutSeconds * 1000 * (cpuAtStart === undefined ? 1 : WALL_BACKSTOP));
      const poll = cpuAtStart === undefined ? undefined : setInterval(() => {
        const used = cpuSeconds(stat!);
        if (used !== undefined && used - cpuAtStart >= budget.timeoutSeconds) done(tooComplex('time'), true);
      }, Math.min(CPU_POLL_MS, budget.timeoutSeconds * 250));
      current.on('message', onMessage);
      current.once('error', onError);
      current.once('exit', onExit);
      current.postMessage(task);
    });
  };
  return {
    // One task at a time: the worker's clock then measures that file alone.
    run: (task) => {
      const result = queue.then(() => runOne(task));
      queue = result.catch(() => {});
      return result;
    },
    close: async () => {
      await queue;
      if (worker) {
        const last = worker;
        worker = undefined;
        await ready?.catch(() => {});
        await last.terminate();
      }
    },
  };
}

/** CPU seconds (user + system) a thread has used, from its /proc stat line; undefined when it cannot be read. */
export function cpuSeconds(statFile: string): number | undefined {
  let line: string;
  try {
    line = readFileSync(statFile, 'latin1');
  } catch {
    return undefined;
  }
  // Fields after "PID (name) ": state is the 3rd field of the line, utime the 14th and stime the 15th.
  const fields = line.slice(line.lastIndexOf(')') + 2).split(' ');
  const ticks = Number(fields[11]) + Number(fields[12]);
  return Number.isFinite(ticks) ? ticks / TICKS_PER_SECOND : undefined;
}
