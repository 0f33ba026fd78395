/**
 * How the bench measures one process: wall time from here, and CPU time and
 * peak RSS from the process itself (bench/rss-hook.js, preloaded), so worker
 * threads count. Start-up rows cannot preload anything without changing what
 * they measure: their CPU time comes from the shell's `times` (10 ms ticks).
 *
 * The machine may be shared: every figure is a ratio of runs interleaved
 * round by round, and the median of the rounds, never an absolute time.
 */
import { spawn } from 'node:child_process';
import { closeSync, existsSync, mkdtempSync, openSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { ROOT } from './corpus.js';

const RSS_HOOK = pathToFileURL(path.join(ROOT, 'bench', 'rss-hook.js')).href;

/**
 * Run `node ...args` with stdout to /dev/null. Resolves to {seconds, cpuSeconds, rssKB, newSpaceKB, oldSpaceKB, peak, code, stderr}
 * (newSpaceKB and oldSpaceKB: the main thread's heap at exit; youngMaxKB: its semi-spaces at their largest; peak: where the peak RSS went, rss-hook.js);
 * with `usage: 'shell'`, CPU comes from `times` in /bin/sh and there is no RSS.
 */
export async function measure(args, { usage = 'hook', cwd = ROOT } = {}) {
  const tmp = mkdtempSync(path.join(os.tmpdir(), 'postings-bench-usage-'));
  const usageFile = path.join(tmp, 'usage');
  const devnull = openSync('/dev/null', 'w');
  const viaShell = usage === 'shell' && existsSync('/bin/sh');
  const [command, commandArgs] = viaShell
    ? ['/bin/sh', ['-c', '"$@" >/dev/null 2>&1; times >&2', 'sh', process.execPath, ...args]]
    : [process.execPath, usage === 'hook' ? ['--import', RSS_HOOK, ...args] : args];
  const started = process.hrtime.bigint();
  const { code, stderr } = await new Promise((resolve, reject) => {
    const child = spawn(command, commandArgs, {
      cwd,
      stdio: ['ignore', devnull, 'pipe'],
      env: { ...process.env, POSTINGS_BENCH_RSS_FILE: usageFile, NO_COLOR: '1' },
    });
    let text = '';
    child.stderr.on('data', (chunk) => (text += chunk));
    child.on('error', reject);
    child.on('close', (status) => resolve({ code: status, stderr: text }));
  });
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  closeSync(devnull);
  const fromHook = usage === 'hook' && existsSync(usageFile) ? JSON.parse(readFileSync(usageFile, 'utf8')) : {};
  rmSync(tmp, { recursive: true, force: true });
  const cpuSeconds = viaShell ? childrenCpu(stderr) : fromHook.cpuSeconds;
  return { seconds, cpuSeconds, rssKB: fromHook.rssKB, newSpaceKB: fromHook.newSpaceKB, oldSpaceKB: fromHook.oldSpaceKB, youngMaxKB: fromHook.youngMaxKB, peak: fromHook.peak, code, stderr };
}

/** The children's user + system time from the second line of `times` ("0m0.070000s 0m0.030000s"). */
function childrenCpu(text) {
  const lines = text.trim().split('\n');
  const children = lines[lines.length - 1]?.match(/(\d+)m([\d.]+)s\s+(\d+)m([\d.]+)s/);
  if (!children) return undefined;
  return Number(children[1]) * 60 + Number(children[2]) + Number(children[3]) * 60 + Number(children[4]);
}

export function median(numbers) {
  const known = numbers.filter((value) => value !== undefined && !Number.isNaN(value));
  if (!known.length) return undefined;
  const sorted = [...known].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

/**
 * Run each named variant once per round, in turn, for `rounds` rounds (so a
 * busy moment on the machine falls on all of them alike). Resolves to
 * {name: [run, ...]}. `check(name, run)` may throw on a failed run.
 */
export async function interleaved(variants, rounds, check = () => {}) {
  const runs = Object.fromEntries(Object.keys(variants).map((name) => [name, []]));
  for (let round = 0; round < rounds; round++) {
    for (const [name, [args, options]] of Object.entries(variants)) {
      const run = await measure(args, options);
      check(name, run);
      runs[name].push(run);
    }
  }
  return runs;
}

/** The median of one figure over a variant's runs. */
export const medianOf = (runs, figure) => median(runs.map((run) => run[figure]));

/**
 * The median over rounds of a per-round ratio between two variants run side
 * by side: each round's pair saw the same machine.
 */
export function medianRatio(top, bottom, figure) {
  return median(top.map((run, round) => (bottom[round]?.[figure] ? run[figure] / bottom[round][figure] : undefined)));
}
