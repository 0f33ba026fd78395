/**
 * One unit of work, the same in a worker thread and in process: read the file
 * (unless its bytes came with the task), run the pipeline, and keep what
 * reporting needs. The result is plain data, so it crosses threads by
 * structured clone; the bytes, text and Markdown tree stay where they were made.
 */
import { pathToFileURL } from 'node:url';
import { createDoc, message, recordsOf, type PostingDoc } from './document.js';
import { readInputSync } from './input/read.js';
import { processBytes, stages, type Stage } from './pipeline.js';
import { looksCostly } from './budget-precheck.js';
import { STOPPED, tooComplexDoc, withinSeconds } from './budget-backstop.js';
import { signature } from './corpus/minhash.js';
import { memoized } from './extract/text.js';
import { warmUpOf, type WarmUp } from './warm-up.js';

/** What the main thread sends: a path to read, or bytes it already has (stdin, NDJSON). */
export interface WorkerTask {
  path: string;
  cwd: string;
  maxBytes: number;
  bytes?: Uint8Array;
  /** Run in a budget worker (budget.ts): the file may be costly. */
  budgeted?: boolean;
  /** Send the decoded text back too (validate locates problems in it). */
  keepText?: boolean;
  /** Compute the record's MinHash signature here, for dedupe and report (corpus/minhash.ts). */
  signature?: boolean;
  /** On the fast path: first look at the file's shape, and hand a costly one back to run under the budget (budget-precheck.ts). */
  precheck?: boolean;
  /** The day closing dates are compared with (YYYY-MM-DD). */
  today?: string;
  /** On the fast path: stop the file after this many seconds, as too complex (budget-backstop.ts). */
  stopAfterSeconds?: number;
  /** For tests of the budgets: a module whose default export is a stage run after `parse` (RunOptions.testStage). */
  testStage?: string;
}

/** What processTask gives: a document, or (`rerouted`) a file handed back unprocessed to run under the budget. */
export type TaskResult = PostingDoc & { rerouted?: true; signature?: Uint32Array };

/** A document without its bytes, text, body, tree, parsed data and segments: what crosses back to the main thread (records and messages). */
export type DocSummary = Omit<TaskResult, 'bytes' | 'text' | 'body' | 'tree' | 'data' | 'segments'> & { byteLength: number; text?: string };

/** Read (when needed) and process one input into a full document, within its stop when it has one. Never throws. */
export async function processTask(task: WorkerTask): Promise<TaskResult> {
  const pipeline = await threadPipeline(task.testStage);
  if (task.stopAfterSeconds === undefined) {
    const doc = processTaskNow(task, pipeline.stages);
    if (!doc.rerouted) pipeline.warmUp.markWarm();
    return doc;
  }
  const seconds = task.stopAfterSeconds;
  const run = () => withinSeconds(seconds, () => processTaskNow(task, pipeline.stages));
  let doc = run();
  // Stopped on the thread's first file: the one-time warm-up may be what took the time (warm-up.ts). Warmed,
  // outside the clock, the file runs once more under a fresh stop; a file that hangs is stopped again.
  if (doc === STOPPED && pipeline.warmUp.ifCold()) doc = run();
  if (doc === STOPPED) return tooComplexDoc(task.path, 'time', { timeoutSeconds: seconds, maxMemoryMb: 0 });
  if (!doc.rerouted) pipeline.warmUp.markWarm();
  return doc;
}

/** A thread's pipeline, and its one-time warm-up. */
interface ThreadPipeline {
  stages: Array<[string, Stage]>;
  warmUp: WarmUp;
}

const DEFAULT_PIPELINE: ThreadPipeline = { stages, warmUp: warmUpOf(stages) };

/** The pipeline with a test's stage after `parse`, loaded once a thread and module, before any stop's clock starts. */
const pipelineWithTestStage = memoized(async (module: string): Promise<ThreadPipeline> => {
  const { default: testStage } = (await import(module.startsWith('file:') ? module : pathToFileURL(module).href)) as { default: Stage };
  const withStage = stages.flatMap((entry): Array<[string, Stage]> => (entry[0] === 'parse' ? [entry, ['test', testStage]] : [entry]));
  return { stages: withStage, warmUp: warmUpOf(withStage) };
});

const threadPipeline = (testStage: string | undefined): Promise<ThreadPipeline> => (testStage ? pipelineWithTestStage(testStage) : Promise.resolve(DEFAULT_PIPELINE));

/** Warm up this thread's pipeline (a budget worker does before its clock starts, once a file went past its time). */
export async function warmThreadPipeline(testStage: string | undefined): Promise<void> {
  (await threadPipeline(testStage)).warmUp.ifCold();
}

/** processTask's synchronous work: everything the stop can end. */
function processTaskNow(task: WorkerTask, pipeline: Array<[string, Stage]>): TaskResult {
  let bytes = task.bytes;
  if (!bytes) {
    const read = readInputSync(task.path, task.cwd, task.maxBytes);
    if ('error' in read) {
      const doc = createDoc(task.path, new Uint8Array());
      message(doc, read.ruleId, { fatal: true, args: read.args });
      return doc;
    }
    bytes = read.bytes;
  }
  if (task.precheck && looksCostly(bytes)) return { ...createDoc(task.path, new Uint8Array()), rerouted: true };
  const doc: TaskResult = processBytes(task.path, bytes, { today: task.today, stages: pipeline });
  // Computed where the record is made, so a pool shares this work too.
  if (task.signature && recordsOf(doc).length === 1) doc.signature = signature(doc.record!.description.text);
  return doc;
}

/** The MinHash signature a worker computed for this document, when the run asked for one. */
export function precomputedSignature(doc: PostingDoc): Uint32Array | undefined {
  return (doc as TaskResult).signature;
}

/** Drop the heavy parts of a document before it crosses to another thread; the text only when not asked to keep it. */
export function summarize(doc: TaskResult, keepText = false): DocSummary {
  const { bytes, text, body: _body, tree: _tree, data: _data, segments: _segments, ...rest } = doc;
  return keepText && text !== undefined ? { ...rest, byteLength: bytes.length, text } : { ...rest, byteLength: bytes.length };
}

/** Turn a summary back into a document (without bytes, text, body or tree). */
export function fromSummary(summary: DocSummary): TaskResult {
  const { byteLength: _byteLength, ...rest } = summary;
  return { ...rest, bytes: new Uint8Array() };
}
