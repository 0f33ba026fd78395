/** The worker-thread entry for the pool: one task in, one document summary out. */
import { processTask, summarize, type DocSummary, type WorkerTask } from './worker-task.js';

export default async function runTask(task: WorkerTask): Promise<DocSummary> {
  return summarize(await processTask(task));
}
