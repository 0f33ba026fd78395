/**
 * `npm run bench`: every figure of issue #18 with its target, as ratios of
 * runs interleaved in one bench run (median of three rounds, seven for
 * start-up), with CPU time beside wall time. Never an absolute time as a
 * pass or a miss: the machine may be shared.
 *
 *   node bench/run.js [--n 3000] [--rounds 3] [--keep]      (after npm run build)
 *   POSTINGS_BENCH_N=1000 npm run bench
 *
 * Corpora are generated copies of fixtures/ and ../shared (bench/corpus.js)
 * in a temporary folder. Every command runs as its own process with output
 * to /dev/null (bench/measure.js); the in-process rows say so.
 */
import { existsSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { pathToFileURL } from 'node:url';
import { buildCorpus, ROOT, sourceFiles } from './corpus.js';
import { interleaved, measure, median, medianOf, medianRatio } from './measure.js';
import { stageTimes } from './stages.js';
import { measureRepair } from './repair.js';

const BIN = path.join(ROOT, 'bin', 'postings.js');
const FLOOR = path.join(ROOT, 'bench', 'floor.js');

/** Targets of #18 (and the repair figures of #6), each a ratio or a rate, never a time. */
const TARGETS = {
  jobs1OverFloorCpu: 1.3,
  afterParseOverParse: 0.3,
  defaultOverJobs1: 1.05,
  peakRssMB: 150,
  validateOverMarkdownlint: 0.5,
  versionOverNode: 1.3,
  mojibakeMBps: 25,
  cleanMBps: 100,
  dedupeOverNormalizeRss: 1.3,
};

const { values: flags } = parseArgs({
  options: {
    n: { type: 'string', default: process.env.POSTINGS_BENCH_N ?? '3000' },
    rounds: { type: 'string', default: '3' },
    keep: { type: 'boolean', default: false },
  },
});
const n = wholeNumber(flags.n, '--n');
const rounds = wholeNumber(flags.rounds, '--rounds');
const startupRounds = Math.max(7, rounds);

function wholeNumber(text, name) {
  const value = Number(text);
  if (!Number.isInteger(value) || value < 1) throw new Error(`${name} takes a whole number above 0, not "${text}"`);
  return value;
}

const normalize = (dir, jobs) => [BIN, 'normalize', dir, '--format', 'ndjson', '--no-progress', ...(jobs ? ['--jobs', String(jobs)] : [])];
const mustSucceed = (name, run) => {
  // Exit 1 is a corpus file that failed (the real corpus has some on purpose); anything else is the bench's problem.
  if (run.code !== 0 && run.code !== 1) throw new Error(`${name} failed (exit ${run.code}):\n${run.stderr.slice(0, 2000)}`);
};
const fixed = (value, digits = 2) => (value === undefined ? '?' : value.toFixed(digits));
const verdict = (ok, text) => (ok === undefined ? `  ?   ${text}` : `${ok ? ' ok ' : 'MISS'}  ${text}`);
const rows = [];
const row = (figure, value, target = '', note = '') => rows.push([figure, value, target, note]);
const section = (title) => rows.push([title]);

/** normalize --jobs 1 against the floor, the default pool, and every --jobs up to the cores, at N. */
async function atN(corpus, cores) {
  const variants = { floor: [[FLOOR, corpus.dir]], jobs1: [normalize(corpus.dir, 1)], default: [normalize(corpus.dir)] };
  for (let jobs = 2; jobs <= cores; jobs++) variants[`jobs${jobs}`] = [normalize(corpus.dir, jobs)];
  const runs = await interleaved(variants, rounds, mustSucceed);
  const cpuRatio = medianRatio(runs.jobs1, runs.floor, 'cpuSeconds');
  section(`One thread against the floor (read + gray-matter + remark-parse, one thread), N = ${n}`);
  row('normalize --jobs 1 / floor, CPU', `${fixed(cpuRatio)}x`, verdict(cpuRatio <= TARGETS.jobs1OverFloorCpu, `<= ${TARGETS.jobs1OverFloorCpu}x`),
    `wall ${fixed(medianRatio(runs.jobs1, runs.floor, 'seconds'))}x; ${fixed(medianOf(runs.jobs1, 'cpuSeconds'), 1)} s / ${fixed(medianOf(runs.floor, 'cpuSeconds'), 1)} s CPU`);
  section(`Threads, N = ${n} (${(corpus.bytes / 1024 / 1024).toFixed(1)} MB): throughput and scaling efficiency (throughput / (jobs x --jobs 1))`);
  const base = n / medianOf(runs.jobs1, 'seconds');
  for (let jobs = 1; jobs <= cores; jobs++) {
    const list = runs[`jobs${jobs}`];
    const rate = n / medianOf(list, 'seconds');
    row(`--jobs ${jobs}`, `${rate.toFixed(0)} postings/s`, `efficiency ${fixed(rate / (jobs * base))}`, `CPU ${fixed(medianRatio(list, runs.jobs1, 'cpuSeconds'))}x --jobs 1's`);
  }
  return runs;
}

/** The default --jobs against --jobs 1 at a size, wall and CPU; and the default's peak RSS. */
async function defaultAgainstOne(corpus, size, known) {
  const { defaultJobs, runSize } = await import(pathToFileURL(path.join(ROOT, 'dist', 'pool-size.js')).href);
  const chosen = defaultJobs(await runSize(readdirSync(corpus.dir), corpus.dir));
  const runs = known ?? (await interleaved({ jobs1: [normalize(corpus.dir, 1)], default: [normalize(corpus.dir)] }, rounds, mustSucceed));
  const wall = medianRatio(runs.default, runs.jobs1, 'seconds');
  row(`N = ${size}: default / --jobs 1, wall`, `${fixed(wall)}x`, verdict(wall <= TARGETS.defaultOverJobs1, `<= ${TARGETS.defaultOverJobs1}x`),
    `CPU ${fixed(medianRatio(runs.default, runs.jobs1, 'cpuSeconds'))}x; the default chose ${chosen} thread${chosen > 1 ? "s" : ""} just before`);
  return runs;
}

function peakRss(size, runs) {
  const mb = medianOf(runs, 'rssKB') / 1024;
  row(`peak RSS, N = ${size}, default settings`, `${mb.toFixed(0)} MB`, verdict(mb <= TARGETS.peakRssMB, `<= ${TARGETS.peakRssMB} MB`), `${runs.length} run${runs.length > 1 ? 's' : ''}, median`);
}

/** Extraction's share of one thread's CPU, and everything after the parse against the parse (in process, JIT-warm). */
async function stageShares(corpus) {
  const { cpuSeconds } = await stageTimes(corpus.dir);
  const total = Object.values(cpuSeconds).reduce((sum, value) => sum + value, 0);
  const afterParse = ['extract', 'validate', 'emit'].reduce((sum, stage) => sum + (cpuSeconds[stage] ?? 0), 0);
  const ratio = afterParse / cpuSeconds.parse;
  section(`Where one thread's CPU goes, in process after a warm-up pass, N = ${corpus.files}`);
  row('extract + validate + emit / parse', `${fixed(ratio)}x`, verdict(ratio <= TARGETS.afterParseOverParse, `<= ${TARGETS.afterParseOverParse}x`));
  row('extraction\'s share', `${fixed((100 * cpuSeconds.extract) / total, 0)}%`, '', `of the stages: ${Object.entries(cpuSeconds).map(([stage, value]) => `${stage} ${((100 * value) / total).toFixed(0)}%`).join(', ')}`);
}

/** One-file validate against markdownlint-cli2 on the same file, and --version against `node -e 0`. */
async function startUp(sampleFile) {
  section(`Start-up: median of ${startupRounds} interleaved runs (CPU from the shell's times, 10 ms ticks)`);
  // Its package exports hide package.json from require.resolve: read it from node_modules.
  const manifest = path.join(ROOT, 'node_modules', 'markdownlint-cli2', 'package.json');
  // Not installed (npm ci --omit=dev): ours alone.
  const markdownlint = existsSync(manifest) ? path.join(path.dirname(manifest), JSON.parse(readFileSync(manifest, 'utf8')).bin['markdownlint-cli2']) : undefined;
  const variants = {
    node: [['-e', '0'], { usage: 'shell' }],
    version: [[BIN, '--version'], { usage: 'shell' }],
    validate: [[BIN, 'validate', sampleFile], { usage: 'shell' }],
    ...(markdownlint ? { markdownlint: [[markdownlint, sampleFile], { usage: 'shell' }] } : {}),
  };
  const runs = await interleaved(variants, startupRounds);
  const version = medianRatio(runs.version, runs.node, 'seconds');
  row('--version / node -e 0, wall', `${fixed(version)}x`, verdict(version <= TARGETS.versionOverNode, `<= ${TARGETS.versionOverNode}x`),
    `CPU ${fixed(medianRatio(runs.version, runs.node, 'cpuSeconds'))}x`);
  const file = `${path.basename(sampleFile)}, ${statSync(sampleFile).size} bytes`;
  if (!markdownlint) {
    row('one-file validate / node -e 0, wall', `${fixed(medianRatio(runs.validate, runs.node, 'seconds'))}x`, verdict(undefined, 'markdownlint-cli2 is absent'), `install the devDependencies to compare; ${file}`);
    return;
  }
  const validate = medianRatio(runs.validate, runs.markdownlint, 'seconds');
  row('one-file validate / markdownlint-cli2, wall', `${fixed(validate)}x`, verdict(validate <= TARGETS.validateOverMarkdownlint, `<= ${TARGETS.validateOverMarkdownlint}x`),
    `CPU ${fixed(medianRatio(runs.validate, runs.markdownlint, 'cpuSeconds'))}x; ${file}`);
}

/** Repair's rates: absolute, so shown beside #6's targets and never judged (the machine may be shared). */
async function repairRates() {
  const { mojibakeMBps, cleanMBps, report } = await measureRepair({ megabytes: 5 });
  section('repair (bench/repair.js, in process, 5 MB each; rates are absolute, so not judged here)');
  row('mojibake', `${mojibakeMBps} MB/s`, '', `#6 asked >= ${TARGETS.mojibakeMBps} MB/s on a quiet machine`);
  row('clean multilingual text', `${cleanMBps} MB/s`, '', `#6 asked >= ${TARGETS.cleanMBps} MB/s on a quiet machine`);
  // Against ftfy's fix_encoding on the same texts, warm and first call (or why it could not be measured).
  for (const line of report ?? []) row(line, '');
}

/** dedupe against normalize on the same corpus (#19), wall, CPU and peak RSS; bench/dedupe.js adds report and N = 10,000. */
async function dedupeAgainstNormalize(corpus, size) {
  const dedupe = [BIN, 'dedupe', corpus.dir, '--format', 'groups', '--no-progress'];
  const runs = await interleaved({ normalize: [normalize(corpus.dir)], dedupe: [dedupe] }, rounds, mustSucceed);
  section(`The same job on many boards: dedupe against normalize, N = ${size} (both with the default --jobs)`);
  row('dedupe / normalize, wall', `${fixed(medianRatio(runs.dedupe, runs.normalize, 'seconds'))}x`, '', `CPU ${fixed(medianRatio(runs.dedupe, runs.normalize, 'cpuSeconds'))}x`);
  const rss = medianRatio(runs.dedupe, runs.normalize, 'rssKB');
  row('dedupe / normalize, peak RSS', `${fixed(rss)}x`, verdict(rss <= TARGETS.dedupeOverNormalizeRss, `<= ${TARGETS.dedupeOverNormalizeRss}x`), 'node bench/dedupe.js: report too, at N = 10,000');
}

/** The file of the one-file rows: a Markdown posting of 3 to 4 KB, as a pre-commit hook sees one. */
function sampleFile(sources) {
  return sources.find((file) => file.endsWith('.md') && statSync(file).size >= 3000 && statSync(file).size < 4000) ?? sources[0];
}

function print() {
  const widths = [0, 1, 2].map((column) => Math.max(...rows.filter((r) => r.length > 1).map((r) => r[column].length)));
  for (const [figure, value, target, note] of rows) {
    if (value === undefined) console.log(`\n${figure}`);
    else console.log(`  ${figure.padEnd(widths[0])}  ${value.padEnd(widths[1])}  ${target.padEnd(widths[2])}  ${note}`.trimEnd());
  }
}

async function main() {
  if (!existsSync(path.join(ROOT, 'dist', 'bundle', 'cli.js'))) throw new Error('dist/ is missing: run `npm run build` first (npm run bench does)');
  const sources = await sourceFiles();
  const cores = os.availableParallelism();
  console.log(`postings bench: N=${n} postings from ${sources.length} sources; ${cores} cores; Node ${process.version}; load ${os.loadavg().map((l) => l.toFixed(2)).join(' ')}; ${rounds} rounds`);
  const sizes = [...new Set([100, 1000, n, 10000])];
  const corpora = {};
  const removeCorpora = () => {
    for (const corpus of Object.values(corpora)) rmSync(corpus.dir, { recursive: true, force: true });
  };
  // A bench stopped half-way leaves no generated corpora behind (unless --keep).
  for (const signal of ['SIGINT', 'SIGTERM']) {
    process.once(signal, () => {
      if (!flags.keep) removeCorpora();
      process.exit(130);
    });
  }
  try {
    for (const size of sizes) corpora[size] = await buildCorpus(size, sources);
    const runsAtN = await atN(corpora[n], cores);
    section('A pool that never costs: the default --jobs against --jobs 1 (median of per-round ratios)');
    const bySize = {};
    for (const size of [100, 1000, 3000]) bySize[size] = await defaultAgainstOne(corpora[size] ?? (corpora[size] = await buildCorpus(size, sources)), size, size === n ? runsAtN : undefined);
    section('Memory');
    peakRss(1000, bySize[1000].default);
    const large = await measure(normalize(corpora[10000].dir));
    mustSucceed('normalize at N = 10000', large);
    peakRss(10000, [large]);
    await dedupeAgainstNormalize(corpora[1000], 1000);
    await stageShares(corpora[Math.min(n, 1000)]);
    await startUp(sampleFile(sources));
    await repairRates();
    print();
    console.log(`\nload at the end: ${os.loadavg().map((l) => l.toFixed(2)).join(' ')}`);
  } finally {
    if (flags.keep) for (const corpus of Object.values(corpora)) console.log(`corpus kept: ${corpus.dir}`);
    else removeCorpora();
  }
}

await main();
