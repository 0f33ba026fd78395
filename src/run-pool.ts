/**
 * The runners that process tasks on the fast path: this thread alone, or a
 * pool of worker threads beside it (--jobs). A runner's results keep no
 * bytes, text or tree when they come back from a worker.
 */
import { fileURLToPath } from 'node:url';
import type { PostingDoc } from './document.js';
import type { DocSummary, TaskResult, WorkerTask } from './worker-task.js';
import type { RunOptions } from './run.js';

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

export async function poolRunner(jobs: number, onClose?: RunOptions['onPoolClose']): Promise<Runner> {
  const { Piscina } = await import('piscina');
  const { fromSummary, summarize } = await import('./worker-task.js');
  const local = await inProcessRunner();
  const workers = jobs - 1;
  // Two entries in the worker file: the default one takes a task, `ready` takes nothing.
  const pool = new Piscina<WorkerTask | null, DocSummary>({ filename: WORKER_FILE, minThreads: workers, maxThreads: workers, idleTimeout: 1000, concurrentTasksPerWorker: WORKER_DEPTH });
  // A worker that cannot load is reported through `ready` below; unheard, piscina's 'error' event would end the process.
  pool.on('error', () => {});
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
  const loaded = pool.run(null, { name: 'ready' }).then(() => {
    workerCapacity = WORKER_DEPTH * workers;
    pump();
  }, () => {});
  return {
    run: (task) => new Promise((resolve, reject) => {
      queue.push({ task, resolve, reject });
      pump();
    }),
    close: async () => {
      // A consumer that stops early leaves tasks queued: they are dropped, not run after the close.
      closed = true;
      for (const waiting of queue.splice(0)) waiting.reject(new Error('the run was closed'));
      // Node 20 aborts the whole process when a worker is stopped while it loads its modules:
      // a run that ended first waits for the worker to finish loading.
      await loaded;
      await pool.destroy();
      onClose?.(counts);
    },
  };
}
