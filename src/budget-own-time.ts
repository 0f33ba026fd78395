/**
 * The fast path's time budget counts a file's own time: the wall-clock time of
 * its try less the time its thread waited in the run queue for a core
 * (/proc/thread-self/schedstat, Linux, in nanoseconds). So a spin (CPU) and an
 * idle wait (a hang without CPU) both count, and waiting for a core on a busy
 * machine does not: a 100-byte posting is not refused at load 30 (#17/#18).
 *
 * V8's stop (budget-backstop.ts) can only count wall-clock time, and a stopped
 * try cannot go on: so after a try stopped mostly while queued, the file runs
 * once more from its start, with a stop long enough for its budget at the
 * share of a core it got, until a try is final or the wall-clock backstop of
 * WALL_BACKSTOP × the budget (the budget worker's) has passed.
 */
import { readFileSync } from 'node:fs';

/** The wall-clock backstop, in multiples of the timeout, wherever the timeout does not count wall-clock time. */
export const WALL_BACKSTOP = 4;
/** A try stopped after this share of the budget in own time is final: a fresh try would need that much again. */
export const FINAL_OWN_SHARE = 0.5;
/** At most this many tries a file (the warm-up's second run, warm-up.ts, is on top). */
export const MAX_TRIES = 3;

/** Seconds on a thread's clocks. `queued` is undefined where it cannot be read (not Linux, no schedstat). */
export interface ThreadClock {
  wall(): number;
  queued(): number | undefined;
}

/** This thread's clocks. */
export const threadClock: ThreadClock = {
  wall: () => performance.now() / 1000,
  queued: () => queuedSeconds('/proc/thread-self/schedstat'),
};

/** Seconds a thread has waited in the run queue, from its schedstat line ("on-cpu-ns queued-ns slices"); undefined when unreadable. */
export function queuedSeconds(schedstatFile: string): number | undefined {
  let line: string;
  try {
    line = readFileSync(schedstatFile, 'latin1');
  } catch {
    return undefined;
  }
  const nanoseconds = Number(line.split(' ')[1]);
  return Number.isFinite(nanoseconds) ? nanoseconds / 1e9 : undefined;
}

/** One stopped try: its wall-clock seconds, and the seconds of them its thread waited for a core. */
export interface StoppedTry {
  wall: number;
  queued: number;
}

/**
 * After stopped tries of a file with a budget of `seconds`: the wall-clock seconds the next try may take, or
 * undefined when the file is past its budget (the last try's own time reached FINAL_OWN_SHARE of it, the
 * backstop has passed, or MAX_TRIES were made).
 */
export function nextTrySeconds(seconds: number, tries: readonly StoppedTry[]): number | undefined {
  const last = tries.at(-1);
  if (!last) return seconds;
  const own = Math.max(0, last.wall - Math.max(0, last.queued));
  const left = WALL_BACKSTOP * seconds - tries.reduce((sum, stopped) => sum + stopped.wall, 0);
  if (own >= seconds * FINAL_OWN_SHARE || tries.length >= MAX_TRIES || left <= 0) return undefined;
  // At the share of a core the last try got, the wall-clock time that gives the file its whole budget of own time.
  const share = own / Math.max(last.wall, Number.EPSILON);
  return share > 0 ? Math.min(left, seconds / share) : left;
}
