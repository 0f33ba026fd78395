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
import { pathOf, warmUpOf, type PipelinePath, type WarmUp } from './warm-up.js';

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

/** A thread's runner: its pipelines and their warm-up state (warm-up.ts). Each thread makes one and keeps it. */
export interface ThreadRunner {
  /** Read (when needed) and process one input into a full document, within its stop when it has one. Never throws. */
  run(task: WorkerTask): Promise<TaskResult>;
  /** Warm up the pipeline (a budget worker does before its clock starts, once a file went past its time). */
  warmUp(testStage: string | undefined): Promise<void>;
  /** The paths of the pipeline still cold in this thread. */
  coldPaths(testStage: string | undefined): Promise<PipelinePath[]>;
}

/** A thread's pipeline, its warm-up, and the path of the file it is running (known once `detect` has run). */
interface ThreadPipeline {
  stages: Array<[string, Stage]>;
  warmUp: WarmUp;
  path?: PipelinePath;
}

/** A new thread's runner; `onPath` hears each file's path as soon as it is known (a budget worker tells the main thread). */
export function threadRunner(onPath?: (path: PipelinePath) => void): ThreadRunner {
  // Each pipeline is made once a thread, before any stop's clock starts: the plain one, and one per test stage.
  const pipelines = new Map<string, Promise<ThreadPipeline>>();
  const pipelineFor = (testStage: string | undefined): Promise<ThreadPipeline> => {
    const key = testStage ?? '';
    if (!pipelines.has(key)) pipelines.set(key, threadPipeline(testStage, onPath));
    return pipelines.get(key)!;
  };
  return {
    run: async (task) => {
      const pipeline = await pipelineFor(task.testStage);
      pipeline.path = undefined;
      if (task.stopAfterSeconds === undefined) return processTaskNow(task, pipeline.stages);
      const seconds = task.stopAfterSeconds;
      const run = () => withinSeconds(seconds, () => processTaskNow(task, pipeline.stages));
      let doc = run();
      // Stopped on a path no document has gone through in this thread: the one-time warm-up may be what took the time
      // (warm-up.ts). Warmed, outside the clock, the file runs once more under a fresh stop; a file that hangs is stopped again.
      if (doc === STOPPED && pipeline.warmUp.ifCold(pipeline.path)) doc = run();
      return doc === STOPPED ? tooComplexDoc(task.path, 'time', { timeoutSeconds: seconds, maxMemoryMb: 0 }) : doc;
    },
    warmUp: async (testStage) => void (await pipelineFor(testStage)).warmUp.ifCold(undefined),
    coldPaths: async (testStage) => (await pipelineFor(testStage)).warmUp.coldPaths(),
  };
}

/**
 * The pipeline (with a test's stage after `parse`, RunOptions.testStage), and the same with two notes: the file's
 * path after `detect`, and at the end that it went through every stage on it. The samples run without the notes.
 */
async function threadPipeline(testStage: string | undefined, onPath?: (path: PipelinePath) => void): Promise<ThreadPipeline> {
  const test = testStage ? ((await import(testStage.startsWith('file:') ? testStage : pathToFileURL(testStage).href)) as { default: Stage }).default : undefined;
  const plain = test ? stages.flatMap((entry): Array<[string, Stage]> => (entry[0] === 'parse' ? [entry, ['test', test]] : [entry])) : stages;
  const pipeline: ThreadPipeline = { stages: [], warmUp: warmUpOf(plain) };
  const notePath: Stage = (doc) => {
    pipeline.path = pathOf(doc);
    onPath?.(pipeline.path);
    return doc;
  };
  const noteWarm: Stage = (doc) => {
    pipeline.warmUp.markWarm(pathOf(doc));
    return doc;
  };
  pipeline.stages = [...plain.flatMap((entry): Array<[string, Stage]> => (entry[0] === 'detect' ? [entry, ['note-path', notePath]] : [entry])), ['note-warm', noteWarm]];
  return pipeline;
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
