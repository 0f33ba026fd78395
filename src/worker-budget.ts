/**
 * The budget worker's entry (see budget.ts): one task at a time, each answered
 * with its document summary and text. The first message says it has loaded
 * (and, when asked to, warmed up its pipeline: warm-up.ts; the main thread's
 * clock for a file starts after it), and where its thread's CPU time can be read.
 */
import { readlinkSync } from 'node:fs';
import { parentPort, workerData } from 'node:worker_threads';
import { summarize, threadRunner } from './worker-task.js';
import type { PipelinePath } from './warm-up.js';

/** What budget.ts starts a worker with. */
export interface BudgetWorkerData {
  /** Warm up before saying it is ready, with this test stage when there is one (RunOptions.testStage). */
  warmUp?: { testStage?: string };
}

/** What the worker says besides its documents: the path of the file it runs, as soon as it is known. */
export interface BudgetWorkerNote {
  path: PipelinePath;
}

// The main thread's clock may stop this thread mid-file: it hears the file's path first, to know whether that path was warm.
const thread = threadRunner((path) => parentPort!.postMessage({ path } satisfies BudgetWorkerNote));

parentPort!.on('message', async (task) => {
  const doc = await thread.run(task);
  parentPort!.postMessage({ ...summarize(doc), text: doc.text, coldPaths: await thread.coldPaths(task.testStage) });
});
/** On Linux, this thread's own entry in /proc ("PID/task/TID"): the main thread reads its CPU time there. */
function threadEntry(): string | undefined {
  try {
    return readlinkSync('/proc/thread-self');
  } catch {
    return undefined;
  }
}
const { warmUp } = (workerData ?? {}) as BudgetWorkerData;
if (warmUp) await thread.warmUp(warmUp.testStage);
parentPort!.postMessage({ ready: true, thread: threadEntry(), coldPaths: await thread.coldPaths(warmUp?.testStage) });
