/**
 * The budget worker's entry (see budget.ts): one task at a time, each answered
 * with its document summary and text. The first message says it has loaded.
 */
import { parentPort } from 'node:worker_threads';
import { processTask, summarize } from './worker-task.js';

parentPort!.on('message', async (task) => {
  const doc = await processTask(task);
  parentPort!.postMessage({ ...summarize(doc), text: doc.text });
});
parentPort!.postMessage('ready');
