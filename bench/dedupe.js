/**
 * The corpus commands at scale (#19): normalize, dedupe and report on the same
 * generated corpus of N postings (copies of fixtures/ in a temporary folder),
 * each as a whole process, with wall time, CPU time and peak RSS, and the
 * ratios to normalize. dedupe and report must stay within normalize's memory.
 *
 *   node bench/dedupe.js [--n 10000] [--jobs <n>] [--keep]
 *
 * bench/run.js prints its own dedupe row; this file is the separate,
 * larger-N measurement of all three.
 */
import { spawn } from 'node:child_process';
import { closeSync, existsSync, mkdtempSync, openSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { pathToFileURL } from 'node:url';
import { buildCorpus, ROOT, sourceFiles } from './corpus.js';

const BIN = path.join(ROOT, 'bin', 'postings.js');
const RSS_HOOK = pathToFileURL(path.join(ROOT, 'bench', 'rss-hook.js')).href;
/** dedupe's and report's peak RSS may be at most this much above normalize's. */
const RSS_TARGET = 1.3;

const { values: flags } = parseArgs({ options: { n: { type: 'string', default: '10000' }, jobs: { type: 'string' }, keep: { type: 'boolean', default: false } } });
const n = Number(flags.n);
if (!Number.isInteger(n) || n < 1) throw new Error(`--n takes a whole number above 0, not "${flags.n}"`);

/** One command as a process, stdout to /dev/null: wall seconds, CPU seconds and peak RSS (KB) from rss-hook.js. */
async function measure(args) {
  const tmp = mkdtempSync(path.join(os.tmpdir(), 'postings-rss-'));
  const rssFile = path.join(tmp, 'rss');
  const devnull = openSync('/dev/null', 'w');
  const started = process.hrtime.bigint();
  const code = await new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', RSS_HOOK, BIN, ...args], { cwd: ROOT, stdio: ['ignore', devnull, 'ignore'], env: { ...process.env, POSTINGS_BENCH_RSS_FILE: rssFile, NO_COLOR: '1' } });
    child.on('error', reject);
    child.on('close', resolve);
  });
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  closeSync(devnull);
  const usage = existsSync(rssFile) ? JSON.parse(readFileSync(rssFile, 'utf8')) : {};
  rmSync(tmp, { recursive: true, force: true });
  if (code !== 0 && code !== 1) throw new Error(`postings ${args[0]} failed (exit ${code})`);
  return { seconds, cpuSeconds: usage.cpuSeconds, rssMB: usage.rssKB / 1024 };
}

const corpus = await buildCorpus(n, await sourceFiles([path.join(ROOT, 'fixtures')]));
const jobs = flags.jobs ? ['--jobs', flags.jobs] : [];
try {
  const runs = {
    normalize: await measure(['normalize', corpus.dir, '--format', 'ndjson', '--no-progress', ...jobs]),
    dedupe: await measure(['dedupe', corpus.dir, '--no-progress', ...jobs]),
    report: await measure(['report', corpus.dir, '--format', 'json', '--no-progress', ...jobs]),
  };
  console.log(`${n} postings (${(corpus.bytes / 1e6).toFixed(1)} MB) from fixtures/${flags.jobs ? `, --jobs ${flags.jobs}` : ''}`);
  for (const [name, run] of Object.entries(runs)) {
    const rssRatio = run.rssMB / runs.normalize.rssMB;
    const verdict = name === 'normalize' ? '' : ` (${rssRatio.toFixed(2)}x normalize's; target <= ${RSS_TARGET}x: ${rssRatio <= RSS_TARGET ? 'met' : 'NOT met'})`;
    console.log(`${name.padEnd(9)} ${run.seconds.toFixed(1)} s wall (${(run.seconds / runs.normalize.seconds).toFixed(2)}x), ${run.cpuSeconds.toFixed(1)} s CPU, peak RSS ${run.rssMB.toFixed(0)} MB${verdict}`);
  }
} finally {
  if (flags.keep) console.log(`corpus kept in ${corpus.dir}`);
  else rmSync(corpus.dir, { recursive: true, force: true });
}
