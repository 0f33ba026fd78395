/**
 * The runners that process tasks on the fast path: this thread alone, or a
 * pool of worker threads beside it (--jobs). A runner's results keep no
 * bytes, text or tree when they come back from a worker.
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Piscina } from 'piscina';
import type { PostingDoc } from './document.js';
import type { DocSummary, TaskResult, WorkerTask } from './worker-task.js';
import type { RunOptions } from './run.js';
import { poolJobs } from './pool-size.js';
import { VERSION } from './version.js';

export interface Runner {
  run(task: WorkerTask): Promise<TaskResult>;
  close(): Promise<void>;
}

/** The built worker entry; absent when running from TypeScript sources, and then work stays in process. */
export const WORKER_FILE = fileURLToPath(new URL('./worker.js', import.meta.url));

export async function inProcessRunner(): Promise<Runner> {
  // Loaded here, not at the top: with a pool, this thread never loads the pipeline.
  const { threadRunner } = await import('./worker-task.js');
  const thread = threadRunner();
  return { run: thread.run, close: async () => {} };
}

/**
 * `jobs` threads in all: this thread works too, beside `jobs - 1` workers.
 * On two cores, a third busy thread would only take turns with the other two,
 * and every worker pays its own warm-up (module load, JIT, heap growth).
 *
 * Tasks wait in one queue. Each worker is kept WORKER_DEPTH tasks deep, so it
 * goes on to the next one without waiting for this thread, which may be busy
 * with a task of its own; this thread takes one task per turn of the event
 * loop, so worker results and output are handled between its tasks.
 */
export const WORKER_DEPTH = 3;
/**
 * Results that may wait for an earlier one. A worker's first tasks run cold
 * (before the JIT has compiled anything), and this thread should not stall
 * behind them; waiting summaries are small.
 */
export const POOL_WINDOW = 32;

/** Worker threads that outlive a run: runs given one (RunOptions.pool) share its loaded, warm workers instead of starting their own. */
export interface WorkerPool {
  /** The threads a run on this pool works in: the caller's thread and the pool's workers. */
  readonly jobs: number;
  /** Stops the workers, once their modules have loaded. Close it after its runs: a run still on it loses the files its workers held (worker-failed), and a later run on it stays in the caller's thread. */
  close(): Promise<void>;
}

/** A pool's worker threads and the moment the first of them has loaded the pipeline. */
interface Workers {
  pool: Piscina<WorkerTask | null, DocSummary>;
  count: number;
  /** Whether a worker loaded the pipeline: settles once one has, or none could. */
  loaded: Promise<boolean>;
}

/**
 * Where a WorkerPool keeps its workers (not part of the API): a registered symbol, so the ES module and CommonJS builds
 * loaded side by side read each other's pools. The version is in its name: another installed version of postings in
 * the same process runs its own worker file and task shape, so its pools are no pools here (runs stay in this thread).
 */
export const WORKERS = Symbol.for(`postings.pool.workers@${VERSION}`);
type PoolWithWorkers = WorkerPool & { [WORKERS]?: Workers };

/**
 * A pool of `jobs - 1` worker threads (default: what `--jobs auto` gives a stream, pool-size.ts poolJobs) for runs to share: each run on it
 * works in this thread beside them, as with `jobs`, without a worker start of its own. Close it when done.
 * Without the built worker entry (running from TypeScript sources) it has no workers, and runs stay in this thread.
 */
export async function createPool(options: { jobs?: number } = {}): Promise<WorkerPool> {
  const jobs = poolJobs(options.jobs);
  const workers = jobs > 1 && existsSync(WORKER_FILE) ? await startWorkers(jobs - 1) : undefined;
  let closed = false;
  const pool: PoolWithWorkers = {
    jobs: workers ? jobs : 1,
    close: async () => {
      if (closed || !workers) return;
      closed = true;
      await stopWorkers(workers);
    },
    get [WORKERS]() {
      return closed ? undefined : workers;
    },
  };
  return pool;
}

/** The workers of a pool made by createPool; none for a pool without any, or closed (its runs stay in this thread). */
export function workersOf(pool: WorkerPool): Workers | undefined {
  return (pool as PoolWithWorkers)[WORKERS];
}

export async function startWorkers(count: number): Promise<Workers> {
  const { Piscina } = await import('piscina');
  // Two entries in the worker file: the default one takes a task, `ready` takes nothing.
  const pool = new Piscina<WorkerTask | null, DocSummary>({ filename: WORKER_FILE, minThreads: count, maxThreads: count, idleTimeout: 1000, concurrentTasksPerWorker: WORKER_DEPTH });
  // A worker that cannot load is reported through `ready` below; unheard, piscina's 'error' event would end the process.
  pool.on('error', () => {});
  const loaded = pool.run(null, { name: 'ready' }).then(() => true, () => false);
  return { pool, count, loaded };
}

async function stopWorkers(workers: Workers): Promise<void> {
  // Node 20 aborts the whole process when a worker is stopped while it loads its modules:
  // a run that ended first waits for the worker to finish loading (or to fail to).
  await workers.loaded;
  await workers.pool.destroy();
}

/**
 * A run's runner on `workers`: this thread and the workers take its tasks from one queue. A run that started
 * the workers (`owned`) stops them at its close; a run on a shared pool leaves them to the pool.
 */
export async function poolRunner(workers: Workers, owned: boolean, onClose?: RunOptions['onPoolClose']): Promise<Runner> {
  const { fromSummary, summarize } = await import('./worker-task.js');
  const local = await inProcessRunner();
  const { pool } = workers;
  // A worker that dies takes all the tasks it holds with it: each gets one more try on a fresh worker,
  // so only the input that killed it fails.
  const inPool = (task: WorkerTask) => pool.run(task).catch(() => pool.run(task));
  const queue: Array<{ task: WorkerTask; resolve: (doc: PostingDoc) => void; reject: (error: unknown) => void }> = [];
  let inFlight = 0;
  const counts = { inWorkers: 0, inProcess: 0 };
  // Nothing goes to the workers until one has loaded: meanwhile this thread
  // works through the queue itself. If none loads, it does all of it.
  let workerCapacity = 0;
  let localBusy = false;
  let closed = false;
  const pump = () => {
    if (closed) return;
    while (inFlight < workerCapacity && queue.length) {
      const { task, resolve, reject } = queue.shift()!;
      inFlight++;
      counts.inWorkers++;
      inPool(task).then(fromSummary).then(resolve, reject).finally(() => {
        inFlight--;
        pump();
      });
    }
    if (!localBusy && queue.length) {
      localBusy = true;
      setImmediate(() => {
        localBusy = false;
        const next = closed ? undefined : queue.shift();
        if (next) {
          counts.inProcess++;
          local.run(next.task).then((doc) => fromSummary(summarize(doc, next.task.keepText))).then(next.resolve, next.reject);
        }
        pump();
      });
    }
  };
  void workers.loaded.then((ready) => {
    if (!ready) return;
    workerCapacity = WORKER_DEPTH * workers.count;
    pump();
  });
  return {
    run: (task) => new Promise((resolve, reject) => {
      queue.push({ task, resolve, reject });
      pump();
    }),
    close: async () => {
      // A consumer that stops early leaves tasks queued: they are dropped, not run after the close.
      closed = true;
      for (const waiting of queue.splice(0)) waiting.reject(new Error('the run was closed'));
      if (owned) await stopWorkers(workers);
      onClose?.(counts);
    },
  };
}
