/**
 * `npm run bench`: every performance figure of issue #6, measured in one run
 * on a generated corpus, with the targets beside them; and dedupe's time
 * against normalize's on the same corpus (issue #19); repair against ftfy's
 * fix_encoding (issue #15).
 *
 *   node bench/run.js [--n 3000] [--jobs <n>] [--keep]
 *   POSTINGS_BENCH_N=1000 npm run bench
 *
 * normalize and the floor each run as a child process over the same folder,
 * so both figures are whole-process: start-up, module loading and reading
 * included. Output goes to /dev/null. Peak RSS is read from the process
 * itself at exit (worker threads share the process, so it counts them too).
 */
import { spawn } from 'node:child_process';
import { existsSync, openSync, closeSync, readFileSync, rmSync, mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { pathToFileURL } from 'node:url';
import { buildCorpus, ROOT, sourceFiles } from './corpus.js';

const BIN = path.join(ROOT, 'bin', 'postings.js');
const RSS_HOOK = pathToFileURL(path.join(ROOT, 'bench', 'rss-hook.js')).href;

const TARGETS = {
  floorRatio: 1.5,
  mojibakeMBps: 25,
  cleanMBps: 100,
  rssGrowth: 1.3,
  startupSeconds: 0.25,
  oneFileSeconds: 0.5,
};

const { values: flags } = parseArgs({
  options: {
    n: { type: 'string', default: process.env.POSTINGS_BENCH_N ?? '3000' },
    jobs: { type: 'string' },
    keep: { type: 'boolean', default: false },
  },
});
const n = Number(flags.n);
if (!Number.isInteger(n) || n < 1) throw new Error(`--n takes a whole number above 0, not "${flags.n}"`);

/** Run a command with stdout to /dev/null; resolves to wall seconds, peak RSS (KB) and exit code. */
async function measure(args, { rss = false } = {}) {
  const tmp = mkdtempSync(path.join(os.tmpdir(), 'postings-rss-'));
  const rssFile = path.join(tmp, 'rss');
  const devnull = openSync('/dev/null', 'w');
  const nodeArgs = rss ? ['--import', RSS_HOOK, ...args] : args;
  const started = process.hrtime.bigint();
  const { code, stderr } = await new Promise((resolve, reject) => {
    const child = spawn(process.execPath, nodeArgs, {
      cwd: ROOT,
      stdio: ['ignore', devnull, 'pipe'],
      env: { ...process.env, POSTINGS_BENCH_RSS_FILE: rssFile, NO_COLOR: '1' },
    });
    let text = '';
    child.stderr.on('data', (chunk) => (text += chunk));
    child.on('error', reject);
    child.on('close', (status) => resolve({ code: status, stderr: text }));
  });
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  closeSync(devnull);
  const usage = rss && existsSync(rssFile) ? JSON.parse(readFileSync(rssFile, 'utf8')) : {};
  rmSync(tmp, { recursive: true, force: true });
  return { seconds, rssKB: usage.rssKB, cpuSeconds: usage.cpuSeconds, code, stderr };
}

function median(numbers) {
  const sorted = [...numbers].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

/** Repair throughput: the repair engineer's measurement when present, else a simple local one. */
async function measureRepairSpeed() {
  const own = path.join(ROOT, 'bench', 'repair.js');
  if (existsSync(own)) {
    const { measureRepair } = await import(pathToFileURL(own).href);
    return { ...(await measureRepair({ megabytes: 5 })), note: 'bench/repair.js' };
  }
  const { repairText } = await import(pathToFileURL(path.join(ROOT, 'dist', 'repair', 'index.js')).href);
  const clean = multilingualText(5 * 1024 * 1024);
  const mojibake = new TextDecoder('windows-1252').decode(Buffer.from(clean, 'utf8')).slice(0, clean.length);
  const speed = (text) => {
    const started = process.hrtime.bigint();
    repairText(text);
    const seconds = Number(process.hrtime.bigint() - started) / 1e9;
    return Buffer.byteLength(text) / 1024 / 1024 / seconds;
  };
  return { mojibakeMBps: speed(mojibake), cleanMBps: speed(clean), note: 'local fallback (bench/repair.js not found): UTF-8 read as Windows-1252' };
}

/** Clean text in several scripts, about `bytes` long, in lines like a posting's. */
function multilingualText(bytes) {
  const lines = [
    'We are hiring a senior backend engineer to build our payments platform.',
    'Wir suchen eine Entwicklerin (m/w/d) für unser Team in München – ab sofort.',
    'Nous recherchons un ingénieur logiciel expérimenté, basé à Montréal ou à distance.',
    'Buscamos una diseñadora de producto con experiencia en investigación de usuarios.',
    'Poszukujemy programisty z doświadczeniem w językach Go i Rust; praca zdalna.',
    'Мы ищем инженера по надёжности для поддержки распределённых систем.',
    'Αναζητούμε μηχανικό λογισμικού για την ομάδα υποδομών μας στην Αθήνα.',
    '東京オフィスでフロントエンドエンジニアを募集しています。リモート可。',
    '我们正在招聘一名数据工程师，负责构建实时分析管道。',
    'Salary: €65,000 – €80,000 a year, plus equity; “flexible” hours … and more.',
  ];
  const out = [];
  let size = 0;
  for (let i = 0; size < bytes; i++) {
    const line = lines[i % lines.length];
    out.push(line);
    size += Buffer.byteLength(line) + 1;
  }
  return out.join('\n');
}

const mark = (ok) => (ok ? 'ok ' : 'MISS');
const mb = (bytes) => bytes / 1024 / 1024;

async function main() {
  if (!existsSync(path.join(ROOT, 'dist', 'cli.js'))) throw new Error('dist/ is missing: run `npm run build` first (npm run bench does)');
  const sources = await sourceFiles();
  const cores = os.availableParallelism();
  const jobsArgs = flags.jobs ? ['--jobs', flags.jobs] : [];
  console.log(`postings bench: N=${n} postings from ${sources.length} sources, ${cores} cores, Node ${process.version}, load ${os.loadavg()[0].toFixed(2)}`);

  const small = await buildCorpus(n, sources);
  const large = await buildCorpus(4 * n, sources);
  try {
    const normalizeArgs = (dir) => [BIN, 'normalize', dir, '--format', 'ndjson', '--no-progress', ...jobsArgs];
    // Interleaved and best of two: other processes on the machine slow one run, rarely both.
    const runs = { normalize: [], floor: [] };
    for (let round = 0; round < 2; round++) {
      const run = await measure(normalizeArgs(small.dir), { rss: true });
      if (run.code !== 0 && run.code !== 1) throw new Error(`normalize failed (exit ${run.code}):\n${run.stderr}`);
      runs.normalize.push(run);
      runs.floor.push(await measure([path.join(ROOT, 'bench', 'floor.js'), small.dir], { rss: true }));
    }
    const fastest = (list) => list.reduce((best, run) => (run.seconds < best.seconds ? run : best));
    const atN = fastest(runs.normalize);
    const floor = fastest(runs.floor);
    const at4N = await measure(normalizeArgs(large.dir), { rss: true });
    // dedupe reads as normalize does, then groups: its cost beyond normalize is the grouping.
    const dedupe = await measure([BIN, 'dedupe', small.dir, '--no-progress', ...jobsArgs], { rss: true });
    if (dedupe.code !== 0 && dedupe.code !== 1) throw new Error(`dedupe failed (exit ${dedupe.code}):\n${dedupe.stderr}`);
    // What postings costs in one thread, and what a second thread gets from this machine right now
    // (two floors at once against one): a shared VM may give a second core only in part.
    const singleThread = await measure([...normalizeArgs(small.dir), '--jobs', '1'], { rss: true });
    const pairStarted = process.hrtime.bigint();
    await Promise.all([0, 1].map(() => measure([path.join(ROOT, 'bench', 'floor.js'), small.dir])));
    const parallelism = (2 * floor.seconds) / (Number(process.hrtime.bigint() - pairStarted) / 1e9);

    const startups = [];
    for (let i = 0; i < 7; i++) startups.push((await measure([BIN, '--version'])).seconds);
    const oneFile = [];
    const firstFile = path.join(small.dir, (await import('node:fs')).readdirSync(small.dir).sort()[0]);
    for (let i = 0; i < 5; i++) oneFile.push((await measure([BIN, 'normalize', firstFile, '--no-progress'])).seconds);

    const repair = await measureRepairSpeed();

    const ratio = atN.seconds / floor.seconds;
    const growth = at4N.rssKB / atN.rssKB;
    const startup = median(startups);
    const rows = [
      ['normalize (best of 2)', `${(n / atN.seconds).toFixed(0)} postings/s, ${(mb(small.bytes) / atN.seconds).toFixed(2)} MB/s (${atN.seconds.toFixed(2)} s for ${mb(small.bytes).toFixed(1)} MB)`, ''],
      ['normalize at 4N', `${((4 * n) / at4N.seconds).toFixed(0)} postings/s, ${(mb(large.bytes) / at4N.seconds).toFixed(2)} MB/s`, ''],
      ['floor (read + gray-matter + remark-parse, 1 thread, best of 2)', `${(n / floor.seconds).toFixed(0)} postings/s, ${(mb(small.bytes) / floor.seconds).toFixed(2)} MB/s (${floor.seconds.toFixed(2)} s)`, ''],
      ['dedupe / normalize time (same corpus)', `${(dedupe.seconds / atN.seconds).toFixed(2)}x`, `(${dedupe.seconds.toFixed(2)} s; peak RSS ${(dedupe.rssKB / 1024).toFixed(0)} MB, normalize ${(atN.rssKB / 1024).toFixed(0)} MB)`],
      ['normalize / floor time', `${ratio.toFixed(2)}x`, `${mark(ratio <= TARGETS.floorRatio)} <= ${TARGETS.floorRatio}x (below 1 beats the floor)`],
      // CPU time does not depend on how many cores the machine really gives us at the moment (a shared VM may give one).
      ['normalize / floor CPU time (all threads)', `${(atN.cpuSeconds / floor.cpuSeconds).toFixed(2)}x`, `(${atN.cpuSeconds.toFixed(1)} s / ${floor.cpuSeconds.toFixed(1)} s; wall / CPU of normalize: ${(atN.seconds / atN.cpuSeconds).toFixed(2)})`],
      ['normalize --jobs 1 / floor time', `${(singleThread.seconds / floor.seconds).toFixed(2)}x`, `(${singleThread.seconds.toFixed(2)} s; CPU ${(singleThread.cpuSeconds / floor.cpuSeconds).toFixed(2)}x)`],
      ['two floors at once, throughput of one', `${parallelism.toFixed(2)}x`, `(2.00: a whole second core; near 1: the pool cannot beat one thread now)`],
      ['repair, mojibake', `${repair.mojibakeMBps.toFixed(1)} MB/s`, `${mark(repair.mojibakeMBps >= TARGETS.mojibakeMBps)} >= ${TARGETS.mojibakeMBps} MB/s`],
      ['repair, clean multilingual', `${repair.cleanMBps.toFixed(1)} MB/s`, `${mark(repair.cleanMBps >= TARGETS.cleanMBps)} >= ${TARGETS.cleanMBps} MB/s`],
      ['peak RSS at N', `${(atN.rssKB / 1024).toFixed(0)} MB`, `(floor: ${(floor.rssKB / 1024).toFixed(0)} MB)`],
      ['peak RSS at 4N', `${(at4N.rssKB / 1024).toFixed(0)} MB (${growth.toFixed(2)}x N)`, `${mark(growth <= TARGETS.rssGrowth)} <= ${TARGETS.rssGrowth}x`],
      ['--version start-up (median of 7)', `${(startup * 1000).toFixed(0)} ms`, `${mark(startup <= TARGETS.startupSeconds)} <= ${TARGETS.startupSeconds * 1000} ms`],
      ['normalize one file (median of 5)', `${(median(oneFile) * 1000).toFixed(0)} ms`, `${mark(median(oneFile) <= TARGETS.oneFileSeconds)} <= ${TARGETS.oneFileSeconds * 1000} ms`],
    ];
    const width = Math.max(...rows.map((row) => row[0].length));
    const valueWidth = Math.max(...rows.map((row) => row[1].length));
    for (const [name, value, target] of rows) console.log(`  ${name.padEnd(width)}  ${value.padEnd(valueWidth)}  ${target}`);
    console.log(`  repair measured by: ${repair.note}`);
    // Against ftfy's fix_encoding on the same texts (bench/repair.js), warm and first call.
    for (const line of repair.report ?? []) console.log(`  ${line}`);
  } finally {
    if (!flags.keep) {
      rmSync(small.dir, { recursive: true, force: true });
      rmSync(large.dir, { recursive: true, force: true });
    } else console.log(`  corpora kept: ${small.dir} ${large.dir}`);
  }
}

await main();
