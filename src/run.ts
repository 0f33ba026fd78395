/**
 * The per-run driver: expand inputs, process each, and yield documents in
 * input order. A file that cannot be read becomes a document with a fatal
 * message, so reporting sees every input.
 *
 * With `jobs` above 1 the files are shared between this thread and a pool of
 * `jobs - 1` worker threads (run-pool.ts). At most a bounded window of files
 * is in flight (ordered-map.ts), and the next file is only sent when the
 * consumer has taken a result, so a slow consumer (a full stdout pipe) holds
 * the whole run back instead of letting results pile up in memory.
 */
import { existsSync, promises as fs } from 'node:fs';
import path from 'node:path';
import { availableParallelism } from 'node:os';
import { createDoc, message, type PostingDoc } from './document.js';
import { expandInputs, type InputEntry } from './input/expand.js';
import { readInput, DEFAULT_MAX_BYTES } from './input/read.js';
import { ndjsonLineLimit, readNdjson, type NdjsonEntry } from './input/ndjson.js';
import type { RuleId } from './messages.js';
import type { TaskResult, WorkerTask } from './worker-task.js';
import type { Io } from './io.js';
import { defaultJobs, runSize, type RunSize } from './pool-size.js';
import { BUDGETED_FROM_BYTES, budgetRunner, budgetWorkerAvailable, DEFAULT_BUDGET, type Budget, type BudgetRunner } from './budget.js';
import { inProcessRunner, poolRunner, POOL_WINDOW, startWorkers, WORKER_FILE, workersOf, type WorkerPool } from './run-pool.js';
import { orderedMap } from './ordered-map.js';

export { orderedMap } from './ordered-map.js';

export interface RunOptions {
  maxBytes?: number;
  /**
   * Worker threads. 1 (the default) processes in this thread and yields full
   * documents; above 1, documents come back from the workers without their
   * bytes, text, body and tree (the record, messages and source facts are kept).
   * 'auto': as many as pay for themselves on this machine for this run (pool-size.ts).
   */
  jobs?: number | 'auto';
  /**
   * Run on this pool (createPool) instead of starting and stopping one: its workers are loaded and warm after the
   * first run, and they outlive this one. `jobs` is then the pool's; the caller closes the pool.
   */
  pool?: WorkerPool;
  /** Pipes, devices and links out of the tree: see ExpandOptions. */
  allowSpecial?: boolean;
  followSymlinks?: boolean;
  /**
   * The time and memory one file may take (see budget.ts); a limit not given is the default.
   * The time limit holds for every file: in a budget worker, or on the fast path through its stop
   * (budget-backstop.ts). A memory limit given sends every file to a budget worker (only there can it hold).
   */
  budget?: Partial<Budget>;
  /** For tests of the budgets: a module (path or file URL) whose default export is a stage, run after `parse` in every thread. */
  testStage?: string;
  /**
   * Leave a file out before it is read (config ignores, .gitignore): told its
   * absolute path and whether it was named on the command line (not found in a folder or glob).
   */
  skip?: (file: string, named: boolean) => boolean | Promise<boolean>;
  /** Keep each document's text when it comes back from a worker (validate reads it). */
  keepText?: boolean;
  /** Compute each record's MinHash signature where the record is made (dedupe, report). */
  signatures?: boolean;
  /** Told of each input that runs in the budget worker (budget.ts), by its path. */
  onBudgeted?: (path: string) => void;
  /** The day closing dates are compared with (YYYY-MM-DD); default: the current UTC day, fixed once per run. */
  today?: string;
  /** Told the number of inputs once it is known (never for an NDJSON stream). */
  onTotal?: (total: number) => void;
  /** Told, when a pool closes, how many inputs its workers and this thread processed. */
  onPoolClose?: (counts: { inWorkers: number; inProcess: number }) => void;
}

/** Inputs that are processed in this thread even when jobs are asked for: starting a pool costs more. */
export const IN_PROCESS_MAX_INPUTS = 4;

/** Process files, folders and globs; yield one document per input, in input order. */
export async function* processPaths(paths: string[], io: Io, options: RunOptions = {}): AsyncGenerator<PostingDoc> {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  const found = await expandInputs(paths, io.cwd, { allowSpecial: options.allowSpecial, followSymlinks: options.followSymlinks });
  const entries = options.skip ? await withoutSkipped(found, paths, io.cwd, options.skip) : found;
  options.onTotal?.(entries.length);
  const withJobs = await jobsOfRun(options, io, () => runSize(entries.filter((entry) => !entry.error).map((entry) => entry.path), io.cwd));
  yield* runTasks(tasksForEntries(entries, io, maxBytes, taskFlags(options)), entries.length, withJobs);
}

/** Process an NDJSON stream on stdin (`{"id", "content" | "contentBase64"}` a line); yield documents in line order. */
export async function* processNdjson(io: Io, options: RunOptions = {}): AsyncGenerator<PostingDoc> {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  const stream = io.stdinStream?.() ?? wholeStdin(io);
  // A stream's size is not known before it is read.
  const withJobs = await jobsOfRun(options, io, async () => undefined);
  yield* runTasks(tasksForNdjson(readNdjson(stream, ndjsonLineLimit(maxBytes)), io, maxBytes, taskFlags(options)), undefined, withJobs);
}

async function withoutSkipped(entries: InputEntry[], paths: string[], cwd: string, skip: NonNullable<RunOptions['skip']>): Promise<InputEntry[]> {
  const kept: InputEntry[] = [];
  for (const entry of entries) {
    if (entry.error || entry.path === '-' || !(await skip(path.resolve(cwd, entry.path), paths.includes(entry.path)))) kept.push(entry);
  }
  return kept;
}

/**
 * The options with `jobs` as a number: the given pool's, or for 'auto' as many as pay for themselves on this machine
 * for a run of this size (pool-size.ts; the size is measured only then), capped at the cores.
 */
async function jobsOfRun(options: RunOptions, io: Io, sizeOfRun: () => Promise<RunSize | undefined>): Promise<RunOptions & { jobs?: number }> {
  const jobs = options.pool ? options.pool.jobs : options.jobs === 'auto' ? defaultJobs(await sizeOfRun()) : options.jobs;
  return cappedJobs({ ...options, jobs }, io);
}

/** More threads than cores only cost memory and start-up time: cap `jobs` at the cores, and say so once. */
function cappedJobs(options: RunOptions & { jobs?: number }, io: Io): RunOptions & { jobs?: number } {
  const cores = availableParallelism();
  const jobs = Math.floor(options.jobs ?? 1);
  if (jobs <= cores) return options;
  io.stderr.write(`postings: --jobs ${jobs} is more than the ${cores} cores here; using ${cores}\n`);
  return { ...options, jobs: cores };
}

/** What every task of a run asks of its worker beyond the record. */
type TaskFlags = Pick<WorkerTask, 'keepText' | 'signature' | 'testStage'>;

function taskFlags(options: RunOptions): TaskFlags {
  return { ...(options.keepText ? { keepText: true } : {}), ...(options.signatures ? { signature: true } : {}), ...(options.testStage ? { testStage: options.testStage } : {}) };
}

/** A task for a worker, or an input that already failed (it needs no worker). */
type Task = WorkerTask | { path: string; failed: { ruleId: RuleId; line?: number; args: Record<string, string | number> } };

async function* tasksForEntries(entries: InputEntry[], io: Io, maxBytes: number, flags: TaskFlags): AsyncGenerator<Task> {
  for (const entry of entries) {
    if (entry.error) {
      yield { path: entry.path, failed: { ruleId: 'read-failed', args: { reason: entry.error } } };
    } else if (entry.path === '-') {
      // Only this thread can read stdin; the bytes travel with the task.
      const read = await readInput('-', io.cwd, maxBytes, io.readStdin);
      yield 'error' in read ? { path: '-', failed: { ruleId: read.ruleId, args: read.args } } : { path: '-', cwd: io.cwd, maxBytes, bytes: read.bytes, budgeted: read.bytes.length > BUDGETED_FROM_BYTES, ...flags };
    } else {
      yield { path: entry.path, cwd: io.cwd, maxBytes, budgeted: await mayBeCostly(path.resolve(io.cwd, entry.path)), ...flags };
    }
  }
}

/** A file over BUDGETED_FROM_BYTES, or one that is not a regular file (its size is unknown until read). */
async function mayBeCostly(file: string): Promise<boolean> {
  const stat = await fs.stat(file).catch(() => undefined);
  return stat !== undefined && (!stat.isFile() || stat.size > BUDGETED_FROM_BYTES);
}

async function* tasksForNdjson(entries: AsyncIterable<NdjsonEntry>, io: Io, maxBytes: number, flags: TaskFlags): AsyncGenerator<Task> {
  for await (const entry of entries) {
    if ('error' in entry) {
      yield { path: '-', failed: { ruleId: 'ndjson-line', line: entry.line, args: { reason: entry.error } } };
    } else if (entry.bytes.length > maxBytes) {
      yield { path: entry.id, failed: { ruleId: 'file-too-large', args: { bytes: entry.bytes.length, limit: maxBytes } } };
    } else {
      yield { path: entry.id, cwd: io.cwd, maxBytes, bytes: entry.bytes, budgeted: entry.bytes.length > BUDGETED_FROM_BYTES, ...flags };
    }
  }
}

async function* wholeStdin(io: Io): AsyncGenerator<Uint8Array> {
  yield await io.readStdin();
}

async function* runTasks(tasks: AsyncIterable<Task>, count: number | undefined, options: RunOptions & { jobs?: number }): AsyncGenerator<PostingDoc> {
  const jobs = Math.max(1, Math.floor(options.jobs ?? 1));
  const hasBudgetWorker = budgetWorkerAvailable();
  // A memory limit the user set sends every file to the budget workers (runFor): a pool's workers would load for nothing.
  const everyFileBudgeted = hasBudgetWorker && options.budget?.maxMemoryMb !== undefined;
  // A pool given is used for any run: its start is paid already.
  const shared = options.pool && !everyFileBudgeted ? workersOf(options.pool) : undefined;
  const usePool = shared !== undefined || (jobs > 1 && !options.pool && !everyFileBudgeted && (count === undefined || count > IN_PROCESS_MAX_INPUTS) && existsSync(WORKER_FILE));
  // Files run in the budget worker count as run in workers.
  let inBudgetWorker = 0;
  const onPoolClose = options.onPoolClose && ((counts: { inWorkers: number; inProcess: number }) => options.onPoolClose!({ ...counts, inWorkers: counts.inWorkers + inBudgetWorker }));
  const runner = shared ? await poolRunner(shared, false, onPoolClose) : usePool ? await poolRunner(await startWorkers(Math.min(jobs, count ?? jobs) - 1), true, onPoolClose) : await inProcessRunner();
  const budget: Budget = { ...DEFAULT_BUDGET, ...options.budget };
  // Started on the first costly file; from TypeScript sources (no built worker) everything stays in process.
  let budgeted: BudgetRunner | undefined;
  // A file handed back by the fast path was counted there already.
  const inBudget = (path: string, handedBack = false) => {
    // As many budget workers at once as the run has threads: costly files do not wait for each other.
    budgeted ??= budgetRunner(budget, jobs);
    if (!handedBack) inBudgetWorker++;
    options.onBudgeted?.(path);
    return budgeted.run;
  };
  // On the fast path a file is stopped at the time budget, counted in its own time: wall-clock time less waits for a core (budget-own-time.ts).
  const fastPath = (task: WorkerTask): WorkerTask => ({ ...task, stopAfterSeconds: budget.timeoutSeconds });
  const runFor = (task: Task): [Task, (task: WorkerTask) => Promise<TaskResult>] => {
    if ('failed' in task) return [task, runner.run];
    if (!hasBudgetWorker) return [fastPath(task), runner.run];
    // A memory limit the user set holds for every file, small ones included: only a worker can hold it.
    if (task.budgeted || everyFileBudgeted) return [task, inBudget(task.path)];
    // A small file is looked at first on the fast path: one of a costly shape comes back, to run under the budget.
    return [{ ...fastPath(task), precheck: true }, runner.run];
  };
  try {
    // One day for the whole run, so every thread judges closing dates alike.
    const today = options.today ?? new Date().toISOString().slice(0, 10);
    yield* orderedMap(tasks, (task) => runOne(...runFor('failed' in task ? task : { ...task, today }), inBudget), usePool ? POOL_WINDOW : Math.max(2, jobs));
  } finally {
    await Promise.all([runner.close(), budgeted?.close()]);
  }
}

async function runOne(task: Task, run: (task: WorkerTask) => Promise<TaskResult>, inBudget: (path: string, handedBack?: boolean) => (task: WorkerTask) => Promise<PostingDoc>): Promise<PostingDoc> {
  if ('failed' in task) {
    const doc = createDoc(task.path, new Uint8Array());
    message(doc, task.failed.ruleId, { fatal: true, line: task.failed.line, args: task.failed.args });
    return doc;
  }
  try {
    const doc = await run(task);
    // The budget worker has its own clock: the fast path's stop does not go with the file.
    if (doc.rerouted) return await runOne({ ...task, precheck: false, budgeted: true, stopAfterSeconds: undefined }, inBudget(task.path, true), inBudget);
    return doc;
  } catch (error) {
    const doc = createDoc(task.path, new Uint8Array());
    message(doc, 'worker-failed', { fatal: true, args: { reason: (error as Error)?.message ?? String(error) } });
    return doc;
  }
}
