/**
 * Peak memory of `normalize` (#18), and which heap settings took effect:
 * each variant's peak RSS (whole process, workers included), CPU time, and
 * the main thread's young and old generation at exit, interleaved round by
 * round, medians, and where the peak went (mapped files, the main thread's
 * heap by space, ArrayBuffers, the rest: rss-hook.js). The variants:
 * - default settings, as `npm run bench` measures them (the target: 150 MB);
 * - `--jobs 1`;
 * - node started with `--max-semi-space-size=4` (as NODE_OPTIONS would): the
 *   young generation the command line can only give its worker threads.
 *
 *   node bench/memory.js [--n 1000] [--rounds 3] [--keep]     (after npm run build)
 */
import { rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { buildCorpus, ROOT, sourceFiles } from './corpus.js';
import { interleaved, medianOf, medianRatio } from './measure.js';

const BIN = path.join(ROOT, 'bin', 'postings.js');
const TARGET_MB = 150;

const { values: flags } = parseArgs({
  options: {
    n: { type: 'string', default: '1000' },
    rounds: { type: 'string', default: '3' },
    keep: { type: 'boolean', default: false },
  },
});

const normalize = (dir, ...more) => [BIN, 'normalize', dir, '--format', 'ndjson', '--no-progress', ...more];
const mb = (kb) => (kb === undefined ? '?' : `${(kb / 1024).toFixed(0)} MB`);

/** The run whose peak RSS is the median of the list's. */
function medianRun(list) {
  const sorted = list.filter((run) => run.peak).sort((a, b) => a.rssKB - b.rssKB);
  return sorted[Math.floor((sorted.length - 1) / 2)];
}

/** Where one run's peak RSS went (rss-hook.js): mapped files, the main thread's heap by space, ArrayBuffers, the rest. */
function describePeak(peak) {
  if (!peak) return 'not measured';
  const { heap } = peak;
  return `${mb(peak.rssKB)}: mapped files (the node binary) ${mb(peak.filesKB)}, main thread's heap ${mb(peak.heapKB)} (young ${mb(heap.young)}, young large objects ${mb(heap.youngLarge)}, old ${mb(heap.old)}, code ${mb(heap.code)}), ArrayBuffers ${mb(peak.arrayBuffersKB)}, the rest ${mb(peak.restKB)} (worker threads, native memory)`;
}

async function main() {
  const n = Number(flags.n);
  const rounds = Number(flags.rounds);
  const corpus = await buildCorpus(n, await sourceFiles());
  console.log(`postings memory bench: N=${n}; ${os.availableParallelism()} cores; Node ${process.version}; load ${os.loadavg().map((l) => l.toFixed(2)).join(' ')}; ${rounds} rounds`);
  try {
    const variants = {
      'default settings': [normalize(corpus.dir)],
      '--jobs 1': [normalize(corpus.dir, '--jobs', '1')],
      'node --max-semi-space-size=4': [['--max-semi-space-size=4', ...normalize(corpus.dir)]],
    };
    const runs = await interleaved(variants, rounds, (name, run) => {
      if (run.code !== 0 && run.code !== 1) throw new Error(`${name} failed (exit ${run.code}):\n${run.stderr.slice(0, 2000)}`);
    });
    const base = runs['default settings'];
    for (const [name, list] of Object.entries(runs)) {
      const peak = medianOf(list, 'rssKB');
      const verdict = peak / 1024 <= TARGET_MB ? ' ok ' : 'MISS';
      console.log(`  ${name.padEnd(30)} peak RSS ${mb(peak).padStart(7)} ${verdict} (<= ${TARGET_MB} MB)  CPU ${medianOf(list, 'cpuSeconds')?.toFixed(1)} s (${medianRatio(list, base, 'cpuSeconds')?.toFixed(2)}x default's)  main thread's young generation at most ${mb(medianOf(list, 'youngMaxKB'))}; at exit: young ${mb(medianOf(list, 'newSpaceKB'))}, old ${mb(medianOf(list, 'oldSpaceKB'))}`);
      console.log(`    at the peak: ${describePeak(medianRun(list)?.peak)}`);
    }
  } finally {
    if (flags.keep) console.log(`corpus kept: ${corpus.dir}`);
    else rmSync(corpus.dir, { recursive: true, force: true });
  }
}

await main();
