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
 * path (this thread or the pool), where the stop of budget-backstop.ts ends
 * one that runs past the time budget. When `--max-memory` is given, every
 * file runs in a budget worker. Up to `--jobs` budget workers run at once, so
 * costly files do not wait for each other, and the run's peak memory is
 * bounded by that many budgets on top of the usual threads.
 */
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import type { Worker } from 'node:worker_threads';
import { createDoc, message, type PostingDoc } from './document.js';
import type { DocSummary, WorkerTask } from './worker-task.js';
import type { BudgetWorkerData, BudgetWorkerNote } from './worker-budget.js';
import type { PipelinePath } from './warm-up.js';
import { tooComplexDoc } from './budget-backstop.js';
import { WALL_BACKSTOP } from './budget-own-time.js';

/** Seconds one file may take in its worker. */
export const DEFAULT_TIMEOUT_SECONDS = 30;
/** Megabytes of JavaScript heap one file may use in its worker. */
export const DEFAULT_MAX_MEMORY_MB = 512;
/**
 * Files above this size run in a budget worker. Below it a file of a cheap shape (budget-precheck.ts) stays on
 * the fast path: measured in this thread, such files of 128 KiB take at most about 70 MB (a YAML flow sequence
 * in front matter, the costliest per byte: about 530 bytes of heap a byte), prose and pages far less (#18).
 */
export const BUDGETED_FROM_BYTES = 128 * 1024;

export interface Budget {
  timeoutSeconds: number;
  maxMemoryMb: number;
  /** For tests of the budgets (POSTINGS_TEST_WALL_SECONDS): a budget worker's wall-clock backstop, when its clock counts CPU time; else WALL_BACKSTOP × the timeout. */
  testWallSeconds?: number;
}

/** The wall-clock backstop, in multiples of the timeout, when the timeout counts CPU time (the fast path's own time too). */
export { WALL_BACKSTOP };
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
  /** Budget workers started and not yet stopped. */
  liveWorkers(): number;
}

/**
 * How long a budget worker that has nothing to do is kept for the next costly file. Costly files are rare, and a
 * kept worker held a second isolate with the whole pipeline (about 50 MB) to the end of the run (#18); a run of
 * costly files one after another still reuses one worker.
 */
export const BUDGET_IDLE_MS = 5000;

/** A budget worker, started on its first task and replaced after a task that overran. */
interface Slot {
  worker?: Worker;
  ready?: Promise<void>;
  /** Where the current worker's CPU time is read; undefined where it cannot be. */
  threadStat?: string;
  /** The paths the current worker has cold, as it last said: none once it warmed up, else those no file went through whole (warm-up.ts). */
  coldPaths?: PipelinePath[];
  /** The path of the file the worker is running, once it has said. */
  path?: PipelinePath;
}

/**
 * Run tasks in up to `workers` budget workers at once, one task per worker at
 * a time (its clock then measures that file alone); a worker that overruns is
 * replaced. Workers start only when tasks need them, and stop after `idleMs`
 * with nothing to do.
 */
export function budgetRunner(budget: Budget, workers = 1, idleMs = BUDGET_IDLE_MS): BudgetRunner {
  const slots: Slot[] = Array.from({ length: Math.max(1, Math.floor(workers)) }, () => ({}));
  // The last freed slot is taken first, so a warm worker is reused before another starts.
  const free = [...slots].reverse();
  const waiting: Array<(slot: Slot) => void> = [];
  const running = new Set<Promise<unknown>>();
  let idleTimer: NodeJS.Timeout | undefined;
  // Set once a file went past its time: from then on workers warm up before their clock starts (warm-up.ts).
  let warmWorkers = false;
  const runWarm = async (slot: Slot, task: WorkerTask): Promise<PostingDoc> => {
    const { doc, stoppedCold } = await runInSlot(slot, task, budget, warmWorkers);
    if (!stoppedCold) return doc;
    // Past its time on a path its worker had not warmed, the file may have paid the worker's one-time warm-up: it runs
    // once more in a warmed worker, and later workers warm up too (a run of hostile files, each stopping its worker, is not retried).
    warmWorkers = true;
    return (await runInSlot(slot, task, budget, true)).doc;
  };
  const take = () => (free.length ? Promise.resolve(free.pop()!) : new Promise<Slot>((resolve) => waiting.push(resolve)));
  const give = (slot: Slot) => {
    const next = waiting.shift();
    if (next) next(slot);
    else free.push(slot);
    // Every slot free: the workers are stopped unless another costly file comes soon.
    if (free.length === slots.length) idleTimer = setTimeout(() => free.forEach((slot) => void stopWorker(slot)), idleMs).unref();
  };
  return {
    run: (task) => {
      clearTimeout(idleTimer);
      const result = take().then((slot) => runWarm(slot, task).finally(() => give(slot)));
      const settled = result.catch(() => {});
      running.add(settled);
      void settled.then(() => running.delete(settled));
      return result;
    },
    close: async () => {
      clearTimeout(idleTimer);
      await Promise.all(running);
      await Promise.all(slots.map(stopWorker));
    },
    liveWorkers: () => slots.filter((slot) => slot.worker).length,
  };
}

/** Stop a slot's worker, once it has loaded (Node 20 aborts the process when a worker is stopped while loading). */
async function stopWorker(slot: Slot): Promise<void> {
  const last = slot.worker;
  slot.worker = undefined;
  await slot.ready?.catch(() => {});
  await last?.terminate();
}

/**
 * Megabytes of young generation a budget worker may use: three 4 MB semi-spaces, as the command line asks
 * of its own threads. The memory budget is the old generation; a young one of 64 MB (the worker's size before)
 * only let garbage pile up in a thread that is kept for the whole run (peak RSS, #18).
 */
export const BUDGET_YOUNG_GENERATION_MB = 12;

/** The heap limits of a budget worker: the old generation is the budget, the young generation small. */
export function budgetWorkerLimits(budget: Budget): { maxOldGenerationSizeMb: number; maxYoungGenerationSizeMb: number } {
  return { maxOldGenerationSizeMb: budget.maxMemoryMb, maxYoungGenerationSizeMb: Math.min(BUDGET_YOUNG_GENERATION_MB, Math.max(4, budget.maxMemoryMb / 8)) };
}

/** node:worker_threads, loaded when the first budget worker starts: a run that never starts one (a one-file `validate`) need not load it. */
const workerThreads = (): typeof import('node:worker_threads') => createRequire(import.meta.url)('node:worker_threads');

function startWorker(slot: Slot, budget: Budget, warmUp: BudgetWorkerData['warmUp']): Worker {
  const fresh = new (workerThreads().Worker)(BUDGET_WORKER_FILE, {
    resourceLimits: budgetWorkerLimits(budget),
    workerData: { warmUp } satisfies BudgetWorkerData,
    stdout: true,
    stderr: true,
  });
  // The worker's own console output would reach the terminal raw: it is dropped.
  fresh.stdout.resume();
  fresh.stderr.resume();
  slot.worker = fresh;
  slot.coldPaths = undefined;
  slot.ready = new Promise((resolve, reject) => {
    fresh.once('message', (hello: { thread?: string; coldPaths?: PipelinePath[] }) => {
      slot.threadStat = hello?.thread ? `/proc/${hello.thread}/stat` : undefined;
      slot.coldPaths = hello?.coldPaths;
      resolve();
    });
    fresh.once('error', reject);
    fresh.once('exit', () => reject(new Error('the budget worker stopped while loading')));
  });
  slot.ready.catch(() => {
    if (slot.worker === fresh) slot.worker = undefined;
  });
  return fresh;
}

/**
 * Run a task in the slot's worker, started (warmed up first when `warm`) if it has none: its document, and whether
 * it went past its time on a path (unknown: before the worker said it) the worker did not have warm.
 */
async function runInSlot(slot: Slot, task: WorkerTask, budget: Budget, warm: boolean): Promise<{ doc: PostingDoc; stoppedCold: boolean }> {
  const current = slot.worker ?? startWorker(slot, budget, warm ? { testStage: task.testStage } : undefined);
  try {
    await slot.ready;
  } catch (error) {
    // Out of memory while loading or warming up (a --max-memory below what the pipeline needs): the file's budget.
    if ((error as { code?: string })?.code === 'ERR_WORKER_OUT_OF_MEMORY') return { doc: tooComplexDoc(task.path, 'memory', budget), stoppedCold: false };
    throw error;
  }
  slot.path = undefined;
  return new Promise((resolve) => {
    const done = (doc: PostingDoc, stop: boolean, stoppedCold = false) => {
      clearTimeout(timer);
      clearInterval(poll);
      current.off('message', onMessage);
      current.off('error', onError);
      current.off('exit', onExit);
      if (stop) {
        slot.worker = undefined;
        void current.terminate();
      }
      resolve({ doc, stoppedCold });
    };
    const onMessage = (answer: (DocSummary & { coldPaths: PipelinePath[] }) | BudgetWorkerNote) => {
      if (!('byteLength' in answer)) return void (slot.path = answer.path);
      const { byteLength: _byteLength, coldPaths, ...rest } = answer;
      slot.coldPaths = coldPaths;
      done({ ...rest, bytes: new Uint8Array() }, false);
    };
    const pastTime = () => done(tooComplexDoc(task.path, 'time', budget), true, !slot.coldPaths || (slot.path === undefined ? slot.coldPaths.length > 0 : slot.coldPaths.includes(slot.path)));
    const onError = (error: Error & { code?: string }) => {
      if (error.code === 'ERR_WORKER_OUT_OF_MEMORY') return done(tooComplexDoc(task.path, 'memory', budget), true);
      const doc = createDoc(task.path, new Uint8Array());
      message(doc, 'worker-failed', { fatal: true, args: { reason: error.message } });
      done(doc, true);
    };
    const onExit = () => done(tooComplexDoc(task.path, 'memory', budget), true);
    // CPU time where it can be read (polled), else wall-clock time; see the top of this file.
    const stat = slot.threadStat;
    const cpuAtStart = stat === undefined ? undefined : cpuSeconds(stat);
    const timer = setTimeout(pastTime, 1000 * (cpuAtStart === undefined ? budget.timeoutSeconds : budget.testWallSeconds ?? budget.timeoutSeconds * WALL_BACKSTOP));
    const poll = cpuAtStart === undefined ? undefined : setInterval(() => {
      const used = cpuSeconds(stat!);
      if (used !== undefined && used - cpuAtStart >= budget.timeoutSeconds) pastTime();
    }, Math.min(CPU_POLL_MS, budget.timeoutSeconds * 250));
    current.on('message', onMessage);
    current.once('error', onError);
    current.once('exit', onExit);
    current.postMessage(task);
  });
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
