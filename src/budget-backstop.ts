/**
 * The hard stop of the fast path. Small files of a cheap shape
 * (budget-precheck.ts) run in this thread or a pool worker, not in a budget
 * worker; a shape the precheck misses could still run for ever there. So the
 * synchronous work of each such file runs inside a vm script with a timeout:
 * past it, V8 terminates whatever JavaScript is running in this isolate (the
 * pipeline's own functions included; no catch or finally of theirs runs), the
 * file gets one `file-too-complex` error, and the thread goes on with the
 * next file.
 *
 * Why vm and not a worker per file: a worker costs its start-up (the pipeline
 * loads again, about 0.2 s), which a one-file run in a pre-commit hook would
 * pay every time. The vm stop costs one context per thread (about 1 ms, made
 * on the first file) and about 0.1 ms of CPU a file (Node starts a watchdog
 * thread per call), under 2% of a typical file's CPU time.
 *
 * What it cannot do: limit memory (only a worker's heap can be limited: files
 * of 128 KiB or less stay far below the budget), or stop asynchronous work (the
 * pipeline is synchronous). V8's stop counts wall-clock time; the budget
 * counts the file's own time (budget-own-time.ts: wall-clock time less the
 * time its thread waited for a core), so a try stopped before its own time
 * reached the budget (the machine was busy) runs again. A file may run more
 * than once: caches filled during a stopped file must be safe to stop at any
 * point: assign a built value only once it is whole (as `lazily` and
 * `memoized` in extract/text.ts do).
 */
import vm from 'node:vm';
import { createDoc, message, type PostingDoc } from './document.js';
import { nextTrySeconds, threadClock, type StoppedTry, type ThreadClock } from './budget-own-time.js';

/** What a stopped call gives instead of its result. */
export const STOPPED: unique symbol = Symbol('stopped');

/** The vm context and script a thread calls work through; made on first use (a context costs about 1 ms). */
interface Stopper {
  context: vm.Context & { slot: { work?: () => unknown } };
  script: vm.Script;
}

const stopper: () => Stopper = (() => {
  let made: Stopper | undefined;
  return () => (made ??= { context: vm.createContext({ slot: {} }) as Stopper['context'], script: new vm.Script('slot.work()', { filename: 'postings-backstop' }) });
})();

/** Run `work` (synchronous) within `seconds` of its own time (see the top of this file): its result, or STOPPED. */
export function withinSeconds<T>(seconds: number, work: () => T): T | typeof STOPPED {
  return withinOwnTime(seconds, (limit) => stoppedAfter(limit, work), threadClock);
}

/**
 * Tries of `tryFor(limit)` (a try stopped after `limit` seconds of wall-clock time) until one gives a result or
 * nextTrySeconds says the file is past its budget. Where the queue cannot be read, one try of `seconds`: wall-clock time.
 */
export function withinOwnTime<T>(seconds: number, tryFor: (limit: number) => T | typeof STOPPED, clock: ThreadClock): T | typeof STOPPED {
  let queuedBefore = clock.queued();
  if (queuedBefore === undefined) return tryFor(seconds);
  const tries: StoppedTry[] = [];
  for (let limit = nextTrySeconds(seconds, tries); limit !== undefined; limit = nextTrySeconds(seconds, tries)) {
    const wallBefore = clock.wall();
    const result = tryFor(limit);
    if (result !== STOPPED) return result;
    const queuedAfter = clock.queued();
    if (queuedAfter === undefined) break; // unreadable since the first try: that try counted wall-clock time
    tries.push({ wall: clock.wall() - wallBefore, queued: queuedAfter - queuedBefore });
    queuedBefore = queuedAfter;
  }
  return STOPPED;
}

/** Run `work`, stopped after `seconds` of wall-clock time by V8: its result, or STOPPED. */
function stoppedAfter<T>(seconds: number, work: () => T): T | typeof STOPPED {
  const { context, script } = stopper();
  context.slot.work = work;
  try {
    return script.runInContext(context, { timeout: Math.max(1, Math.ceil(seconds * 1000)) }) as T;
  } catch (error) {
    if ((error as { code?: string })?.code === 'ERR_SCRIPT_EXECUTION_TIMEOUT') return STOPPED;
    throw error;
  } finally {
    context.slot.work = undefined;
  }
}

/** The document of a file that went past its budget: one `file-too-complex` error naming the budget. */
export function tooComplexDoc(path: string, which: 'time' | 'memory', budget: { timeoutSeconds: number; maxMemoryMb: number }): PostingDoc {
  const doc = createDoc(path, new Uint8Array());
  const limit = which === 'time' ? `${budget.timeoutSeconds} s` : `${budget.maxMemoryMb} MB`;
  message(doc, 'file-too-complex', { fatal: true, args: { budget: which, limit, option: which === 'time' ? '--timeout' : '--max-memory' } });
  return doc;
}
