/**
 * The budget worker's entry (see budget.ts): one task at a time, each answered
 * with its document summary and text. The first message says it has loaded,
 * and where its thread's CPU time can be read.
 */
import { readlinkSync } from 'node:fs';
import { parentPort } from 'node:worker_threads';
import { processTask, summarize } from './worker-task.js';

parentPort!.on('message', async (task) => {
  const doc = await processTask(task);
  parentPort!.postMessage({ ...summarize(doc), text: doc.text });
});
/** On Linux, this thread's own entry in /proc ("PID/task/TID"): the main thread reads its CPU time there. */
function threadEntry(): string | undefined {
  try {
    return readlinkSync('/proc/thread-self');
  } catch {
    return undefined;
  }
}
parentPort!.postMessage({ ready: true, thread: threadEntry() });
