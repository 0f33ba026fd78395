/**
 * #17/#18 review: on the fast path the time budget counts a file's own time (wall-clock time less the time its
 * thread waited for a core), so a small file is not refused because the machine is busy, while a file that spins
 * and one that waits without CPU are still stopped. The tries run against a simulated thread (a fake clock fed
 * through withinOwnTime's parameters), so nothing here depends on the machine's load or on time; the last test reads
 * real threads' clocks (a worker's own CPU time, never compared with a time).
 */
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { STOPPED, withinOwnTime } from '../src/budget-backstop.js';
import { ROOT } from './helpers.js';
import { FIRST_TRY_SLACK, MAX_TRIES, WALL_BACKSTOP, nextTrySeconds, queuedSeconds, schedstatSeconds, threadClock, threadSchedstat, type ThreadClock } from '../src/budget-own-time.js';

/**
 * A simulated thread running a file on a machine that gives it `share` of each wall-clock second it runs (the rest it
 * waits for a core). The file needs `need` seconds of CPU (Infinity: it spins for ever); or, with `blocksAfter`, it runs
 * that many seconds of CPU and then blocks for ever without CPU (a blocked thread is not in the run queue: its wait is
 * its own time, whatever the load). `readable: false` is a system where the run queue cannot be read.
 */
function simulate(need: number, share: number, { blocksAfter, readable = true }: { blocksAfter?: number; readable?: boolean } = {}) {
  let wall = 0;
  let queued = 0;
  const limits: number[] = [];
  const clock: ThreadClock = { wall: () => wall, queued: () => (readable ? queued : undefined) };
  const tryFor = (limit: number): 'done' | typeof STOPPED => {
    limits.push(limit);
    const running = Math.min(limit, (blocksAfter ?? need) / share);
    const took = blocksAfter === undefined ? running : limit;
    wall += took;
    queued += running * (1 - share);
    return took < limit ? 'done' : STOPPED;
  };
  return { clock, tryFor, limits, wallUsed: () => wall };
}

const BUDGET = 1;
const FIRST_TRY = BUDGET * (1 + FIRST_TRY_SLACK);

describe('the fast path counts a file its own time, not its waits for a core', () => {
  it.each([
    // name, seconds of CPU the file needs, share of a core it gets, what comes out, tries, seconds of CPU before it blocks
    ['a small file at load 30 (a fifteenth of a core), whose first try is stopped', 0.15, 1 / 15, 'done', 2],
    ['a small file on a quiet machine', 0.05, 1, 'done', 1],
    ['a small file given a fifth of a core, whose first try is stopped', 0.5, 1 / 5, 'done', 2],
    ['half the budget given 0.3 of a core: its first try, a third of the budget in own time, is not final', 0.5, 0.3, 'done', 2],
    ['the whole budget given 0.35 of a core', 0.99, 0.35, 'done', 2],
    ['a file that spins, on a quiet machine', Infinity, 1, STOPPED, 1],
    ['a file that spins at load 30', Infinity, 1 / 15, STOPPED, 2],
    ['a file that spins given a third of a core', Infinity, 1 / 3, STOPPED, 2],
    ['a file that needs more than its budget, on a quiet machine', 1.5, 1, STOPPED, 1],
    ['a file that waits without CPU at load 30 (a blocked thread does not queue)', Infinity, 1 / 15, STOPPED, 1, 0.001],
    ['a file that waits after 0.03 s of CPU at load 30 (its first try queued 0.42 s)', Infinity, 1 / 15, STOPPED, 2, 0.03],
  ] as const)('%s', (_name, need, share, out, tries, blocksAfter?: number) => {
    const thread = simulate(need, share, { blocksAfter });
    expect(withinOwnTime(BUDGET, thread.tryFor, thread.clock)).toBe(out);
    expect(thread.limits).toHaveLength(tries);
    expect(thread.limits[0]).toBe(FIRST_TRY);
    // However busy the machine, a file is stopped by the wall-clock backstop (the budget worker's).
    expect(thread.wallUsed()).toBeLessThanOrEqual(WALL_BACKSTOP * BUDGET + 1e-9);
  });

  it('never stops at a share of a core a file that fits its budget and came out at a smaller share; none outlasts the backstop', () => {
    const outcome = (need: number, share: number) => {
      const thread = simulate(need, share);
      const out = withinOwnTime(BUDGET, thread.tryFor, thread.clock);
      expect(thread.wallUsed()).toBeLessThanOrEqual(WALL_BACKSTOP * BUDGET + 1e-9);
      return out;
    };
    const share = fc.double({ min: 0.01, max: 1, noNaN: true });
    fc.assert(fc.property(fc.double({ min: 0.001, max: 0.999 * BUDGET, noNaN: true }), share, share, (need, a, b) => {
      const [less, more] = a < b ? [a, b] : [b, a];
      if (outcome(need, less) === 'done') expect(outcome(need, more)).toBe('done');
    }));
    // A file that fits its budget comes out at a third of a core or more.
    fc.assert(fc.property(fc.double({ min: 0.001, max: 0.999 * BUDGET, noNaN: true }), fc.double({ min: 0.34, max: 1, noNaN: true }), (need, more) => {
      expect(outcome(need, more)).toBe('done');
    }));
  });

  it('gives a try stopped before its own time reached the budget the rest of the backstop, once', () => {
    expect(nextTrySeconds(BUDGET, [])).toBe(FIRST_TRY);
    expect(nextTrySeconds(BUDGET, [{ wall: FIRST_TRY, queued: 14 / 15 }])).toBeCloseTo(WALL_BACKSTOP - FIRST_TRY);
    // Own time 0.3 of the budget (a thread given 0.3 of a core): not final.
    expect(nextTrySeconds(BUDGET, [{ wall: 1, queued: 0.7 }])).toBeCloseTo(WALL_BACKSTOP - 1);
    // A wait after a slow start on a busy machine: retried.
    expect(nextTrySeconds(BUDGET, [{ wall: FIRST_TRY, queued: 0.6 }])).toBeCloseTo(WALL_BACKSTOP - FIRST_TRY);
    // A wait, or a spin on a quiet machine: the budget is its own time, final.
    expect(nextTrySeconds(BUDGET, [{ wall: FIRST_TRY, queued: 0.04 }])).toBeUndefined();
    expect(nextTrySeconds(BUDGET, Array.from({ length: MAX_TRIES }, () => ({ wall: 0.1, queued: 0.1 })))).toBeUndefined();
    expect(nextTrySeconds(BUDGET, [{ wall: 4, queued: 4 }])).toBeUndefined();
  });

  it('counts wall-clock time where the run queue cannot be read: one try of the budget', () => {
    const thread = simulate(0.2, 1 / 15, { readable: false });
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

  it('reads both fields of the line, in seconds', () => {
    writeFileSync(path.join(dir, 'both'), '155901824 2488756047 61\n');
    expect(schedstatSeconds(path.join(dir, 'both'))).toEqual({ onCpu: 0.155901824, queued: 2.488756047 });
  });

  it('never goes back', () => {
    const first = threadClock.queued();
    if (first === undefined) return; // not Linux: the stop counts wall-clock time (tested above)
    expect(threadClock.queued()!).toBeGreaterThanOrEqual(first);
  });

  // /proc/self would be the process's main thread: a worker's reading must be the worker's own.
  it.runIf(existsSync('/proc/thread-self/schedstat'))('is the reading thread\'s own: a worker that spins reads its CPU time, the main thread asleep meanwhile does not', () => {
    const shared = new SharedArrayBuffer(16);
    const done = new Int32Array(shared, 0, 1);
    const script = `
      import { workerData } from 'node:worker_threads';
      const { threadSchedstat } = await import(workerData.module);
      const start = threadSchedstat();
      const wallStart = performance.now();
      let now = start;
      // Spins until its own reading shows 0.2 s on a core (or 10 s of wall-clock time went by without it).
      while (now.onCpu - start.onCpu < 0.2 && performance.now() - wallStart < 10000) now = threadSchedstat();
      new Float64Array(workerData.shared, 8, 1)[0] = now.onCpu - start.onCpu;
      const done = new Int32Array(workerData.shared, 0, 1);
      Atomics.store(done, 0, 1);
      Atomics.notify(done, 0);
    `;
    const module = pathToFileURL(path.join(ROOT, 'dist', 'budget-own-time.js')).href;
    const worker = new Worker(new URL(`data:text/javascript,${encodeURIComponent(script)}`), { workerData: { module, shared } });
    const before = threadSchedstat()!;
    // This thread sleeps (no CPU) until the worker is done.
    Atomics.wait(done, 0, 0, 60_000);
    const mainOnCpu = threadSchedstat()!.onCpu - before.onCpu;
    void worker.terminate();
    const workerOnCpu = new Float64Array(shared, 8, 1)[0]!;
    expect(workerOnCpu).toBeGreaterThanOrEqual(0.2);
    expect(mainOnCpu).toBeLessThan(workerOnCpu / 4);
  }, 120_000);
});
