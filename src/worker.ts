/**
 * The worker-thread entry for the pool: one task in, one document summary out.
 *
 * The pool keeps a few tasks queued in each worker, and piscina starts every
 * queued task as soon as it reads it. Each task therefore first waits for its
 * own turn of the event loop: one result is posted before the next task
 * begins, so the main thread can hand over more work meanwhile instead of
 * finding the worker idle after a whole batch.
 */
import { summarize, threadRunner, type DocSummary, type WorkerTask } from './worker-task.js';

/** This worker thread's runner, made when the thread loads this entry (its pipelines and warm-up state). */
const thread = threadRunner();

export default async function runTask(task: WorkerTask): Promise<DocSummary> {
  await new Promise((resolve) => setImmediate(resolve));
  return summarize(await thread.run(task), task.keepText);
}

/** Answers once this worker has loaded the pipeline: the pool sends no postings before one worker has. */
export function ready(): boolean {
  return true;
}
