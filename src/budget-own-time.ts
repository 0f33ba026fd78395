/**
 * The fast path's time budget counts a file's own time: the wall-clock time of
 * its try less the time its thread waited in the run queue for a core
 * (/proc/thread-self/schedstat, Linux, in nanoseconds). So a spin (CPU) and an
 * idle wait (a hang without CPU) both count, and waiting for a core on a busy
 * machine does not: a 100-byte posting is not refused at load 30 (#17/#18).
 *
 * V8's stop (budget-backstop.ts) can only count wall-clock time, and a stopped
 * try cannot go on: so a try stopped with less than a quarter of its budget in
 * own time (it spent the rest waiting for a core) runs once more from its
 * start, with the rest of the wall-clock backstop, WALL_BACKSTOP × the budget
 * (the budget worker's). A try with more own time is final: a fresh try would
 * need that much again, and a file that hung after a slow start is stopped.
 */
import { readFileSync } from 'node:fs';

/** The wall-clock backstop, in multiples of the timeout, wherever the timeout does not count wall-clock time. */
export const WALL_BACKSTOP = 4;
/** A try stopped after this share of the budget in own time is final. */
export const FINAL_OWN_SHARE = 0.25;
/** At most this many tries a file (the warm-up's second run, warm-up.ts, is on top). */
export const MAX_TRIES = 2;

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
 * After the stopped tries of a file with a budget of `seconds`: the wall-clock seconds the next try may take, or
 * undefined when the file is past its budget (MAX_TRIES were made, or the last try's own time reached
 * FINAL_OWN_SHARE of the budget).
 */
export function nextTrySeconds(seconds: number, tries: readonly StoppedTry[]): number | undefined {
  const last = tries.at(-1);
  if (!last) return seconds;
  const own = last.wall - Math.max(0, last.queued);
  const left = WALL_BACKSTOP * seconds - tries.reduce((sum, stopped) => sum + stopped.wall, 0);
  return tries.length >= MAX_TRIES || own >= seconds * FINAL_OWN_SHARE || left <= 0 ? undefined : left;
}
