/**
 * The fast path's time budget counts a file's own time: the wall-clock time of
 * its try less the time its thread waited in the run queue for a core
 * (/proc/thread-self/schedstat, Linux, in nanoseconds). So a spin (CPU) and an
 * idle wait (a hang without CPU: a blocked thread is not in the run queue)
 * both count, and waiting for a core on a busy machine does not: a 100-byte
 * posting is not refused at load 30 (#17/#18).
 *
 * V8's stop (budget-backstop.ts) can only count wall-clock time, and a stopped
 * try cannot go on. So a try is final only when its own time reached the whole
 * budget; a try stopped with less (its thread spent the rest waiting for a
 * core) runs once more from its start, with the rest of the wall-clock
 * backstop, WALL_BACKSTOP × the budget (the budget worker's). The first try
 * runs FIRST_TRY_SLACK past the budget, so that a wait's own time reaches the
 * budget though its thread queued a few ms before it blocked. A file that fits
 * its budget then comes out whenever its thread gets about a third of a core
 * or more (more load never turns it from done to stopped); a file past its budget is stopped after one try on a quiet machine, and at
 * most after WALL_BACKSTOP × the budget of wall-clock time (on a busy machine
 * its retry may give it more own time than the budget).
 */
import { readFileSync } from 'node:fs';

/** The wall-clock backstop, in multiples of the timeout, wherever the timeout does not count wall-clock time. */
export const WALL_BACKSTOP = 4;
/** The first try's wall-clock time past the budget, a share of it: room for the few ms a thread queues before a wait. */
export const FIRST_TRY_SLACK = 0.05;
/** At most this many tries a file (the warm-up's second run, warm-up.ts, makes its own tries). */
export const MAX_TRIES = 2;

/** Seconds on a thread's clocks. `queued` is undefined where it cannot be read (not Linux, no schedstat). */
export interface ThreadClock {
  wall(): number;
  queued(): number | undefined;
}

/** The schedstat file of the thread that reads it (/proc/self is the process's main thread). */
const THREAD_SCHEDSTAT = '/proc/thread-self/schedstat';

/** This thread's seconds on a core and in the run queue; undefined where they cannot be read. */
export const threadSchedstat = (): Schedstat | undefined => schedstatSeconds(THREAD_SCHEDSTAT);

/** This thread's clocks. */
export const threadClock: ThreadClock = {
  wall: () => performance.now() / 1000,
  queued: () => threadSchedstat()?.queued,
};

/** A thread's seconds on a core, and waiting in the run queue for one. */
export interface Schedstat {
  onCpu: number;
  queued: number;
}

/** A thread's schedstat line ("on-cpu-ns queued-ns slices") in seconds; undefined when unreadable. */
export function schedstatSeconds(schedstatFile: string): Schedstat | undefined {
  let line: string;
  try {
    line = readFileSync(schedstatFile, 'latin1');
  } catch {
    return undefined;
  }
  const [onCpu, queued] = line.split(' ').slice(0, 2).map((field) => Number(field) / 1e9);
  return Number.isFinite(onCpu) && Number.isFinite(queued) ? { onCpu: onCpu!, queued: queued! } : undefined;
}

/** Seconds a thread has waited in the run queue, from its schedstat line; undefined when unreadable. */
export const queuedSeconds = (schedstatFile: string): number | undefined => schedstatSeconds(schedstatFile)?.queued;

/** One stopped try: its wall-clock seconds, and the seconds of them its thread waited for a core. */
export interface StoppedTry {
  wall: number;
  queued: number;
}

/**
 * After the stopped tries of a file with a budget of `seconds`: the wall-clock seconds the next try may take, or
 * undefined when the file is past its budget (the last try's own time reached the budget, MAX_TRIES were made, or the
 * backstop is spent).
 */
export function nextTrySeconds(seconds: number, tries: readonly StoppedTry[]): number | undefined {
  const last = tries.at(-1);
  if (!last) return seconds * (1 + FIRST_TRY_SLACK);
  const own = last.wall - Math.max(0, last.queued);
  const left = WALL_BACKSTOP * seconds - tries.reduce((sum, stopped) => sum + stopped.wall, 0);
  return tries.length >= MAX_TRIES || own >= seconds || left <= 0 ? undefined : left;
}
