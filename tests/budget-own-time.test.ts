/**
 * #17/#18 review: on the fast path the time budget counts a file's own time (wall-clock time less the time its
 * thread waited for a core), so a small file is not refused because the machine is busy, while a file that spins
 * and one that waits without CPU are still stopped. The tries run against a simulated thread (a fake clock fed
 * through withinOwnTime's parameters), so nothing here depends on the machine's load or on time.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { STOPPED, withinOwnTime } from '../src/budget-backstop.js';
import { MAX_TRIES, WALL_BACKSTOP, nextTrySeconds, queuedSeconds, threadClock, type ThreadClock } from '../src/budget-own-time.js';

/**
 * A simulated thread running a file that needs `need` seconds of its own time (Infinity: it hangs), on a machine that
 * gives it `share` of each wall-clock second (the rest it waits for a core; an idle wait is the thread's own time, share 1).
 * `readable: false` is a system where the run queue cannot be read.
 */
function simulate(need: number, share: number, readable = true) {
  let wall = 0;
  let queued = 0;
  const limits: number[] = [];
  const clock: ThreadClock = { wall: () => wall, queued: () => (readable ? queued : undefined) };
  const tryFor = (limit: number): 'done' | typeof STOPPED => {
    limits.push(limit);
    const took = Math.min(limit, need / share);
    wall += took;
    queued += took * (1 - share);
    return took < limit ? 'done' : STOPPED;
  };
  return { clock, tryFor, limits, wallUsed: () => wall };
}

const BUDGET = 1;

describe('the fast path counts a file its own time, not its waits for a core', () => {
  it.each([
    // name, own seconds the file needs, share of a core it gets, what comes out, tries
    ['a small file at load 30 (a fifteenth of a core), whose first try is stopped', 0.15, 1 / 15, 'done', 2],
    ['a small file on a quiet machine', 0.05, 1, 'done', 1],
    ['a small file given a fifth of a core, whose first try is stopped', 0.5, 1 / 5, 'done', 2],
    ['a file that spins, on a quiet machine', Infinity, 1, STOPPED, 1],
    ['a file that waits without CPU (its wait is its own time)', Infinity, 1, STOPPED, 1],
    ['a file that spins at load 30', Infinity, 1 / 15, STOPPED, 2],
    ['a file that spins given a third of a core (a quarter of its budget is its own: final)', Infinity, 1 / 3, STOPPED, 1],
    ['a file that needs more than its budget, on a quiet machine', 1.5, 1, STOPPED, 1],
  ] as const)('%s', (_name, need, share, out, tries) => {
    const thread = simulate(need, share);
    expect(withinOwnTime(BUDGET, thread.tryFor, thread.clock)).toBe(out);
    expect(thread.limits).toHaveLength(tries);
    expect(thread.limits[0]).toBe(BUDGET);
    // However busy the machine, a file is stopped by the wall-clock backstop (the budget worker's).
    expect(thread.wallUsed()).toBeLessThanOrEqual(WALL_BACKSTOP * BUDGET + 1e-9);
  });

  it('gives a try stopped mostly while queued the rest of the backstop, once', () => {
    expect(nextTrySeconds(BUDGET, [])).toBe(BUDGET);
    expect(nextTrySeconds(BUDGET, [{ wall: 1, queued: 14 / 15 }])).toBeCloseTo(WALL_BACKSTOP - 1);
    expect(nextTrySeconds(BUDGET, [{ wall: 1.5, queued: 1.3 }])).toBeCloseTo(WALL_BACKSTOP - 1.5);
    // A hang after a slow start: the wait is its own time, so the try is final.
    expect(nextTrySeconds(BUDGET, [{ wall: 1, queued: 0.6 }])).toBeUndefined();
    expect(nextTrySeconds(BUDGET, Array.from({ length: MAX_TRIES }, () => ({ wall: 0.1, queued: 0.1 })))).toBeUndefined();
    expect(nextTrySeconds(BUDGET, [{ wall: 4, queued: 4 }])).toBeUndefined();
  });

  it('counts wall-clock time where the run queue cannot be read: one try', () => {
    const thread = simulate(0.2, 1 / 15, false);
    expect(withinOwnTime(BUDGET, thread.tryFor, thread.clock)).toBe(STOPPED);
    expect(thread.limits).toEqual([BUDGET]);
  });
});

describe('the run queue of a thread', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'postings-schedstat-'));

  it('is read from a schedstat line in nanoseconds, and is unknown when the file cannot be read', () => {
    writeFileSync(path.join(dir, 'schedstat'), '155901824 2488756047 61\n');
    expect(queuedSeconds(path.join(dir, 'schedstat'))).toBeCloseTo(2.488756047);
    expect(queuedSeconds(path.join(dir, 'absent'))).toBeUndefined();
    writeFileSync(path.join(dir, 'garbled'), 'none\n');
    expect(queuedSeconds(path.join(dir, 'garbled'))).toBeUndefined();
  });

  it.runIf(process.platform === 'linux')('is this thread\'s own on Linux, and never goes back', () => {
    const first = threadClock.queued();
    expect(first).toBeTypeOf('number');
    expect(threadClock.queued()!).toBeGreaterThanOrEqual(first!);
  });
});
