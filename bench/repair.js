/**
 * Repair speed against ftfy: ratios of MB/s (UTF-8 bytes per second) on ~5 MB
 * of mojibake (Windows-1252 and MacRoman, one layer, and Windows-1252 twice)
 * and ~5 MB of clean multilingual text, both generated here from the same
 * clean lines, for both of our entries against the matching ftfy function:
 * fixEncoding (the text) against `fix_encoding`, which the issue's targets
 * are about, and repairText (the text and every step with its spans) against
 * `fix_encoding_and_explain`.
 *
 * Every ratio is measured A/B: one call of ours, then one call of ftfy's on
 * the same text, round after round, and the ratio taken per round; the
 * median ratio is printed with its spread (lowest and highest round). So a
 * slow phase of a shared machine slows both sides of a round, not one side
 * of the whole run. CPU time is the measure (what a busy neighbour disturbs
 * least); wall time is beside it, and the load average before and after.
 *
 * - ftfy runs in one Python process that the bench keeps open and asks for
 *   one call at a time (whole text or line by line, whichever was faster in
 *   a calibration call; after a warm-up on a few lines). CPython has no JIT,
 *   so that call is ftfy's first call and its warm one.
 * - Ours warm: in this process, after WARMUP_PASSES untimed calls.
 * - Ours first call: a fresh Node process that imports the library and calls
 *   the entry once (tables built on first use and JIT warm-up counted; the
 *   import is printed beside it, "with the import"). On Linux the share of
 *   its CPU on the main thread is printed too (the rest is V8's background
 *   threads: optimising compiler, GC helpers), and its page faults.
 * Where Python or ftfy is missing, the bench says so and prints our figures alone.
 *
 *   node bench/repair.js          (after npm run build)
 *   BENCH_REPAIR_MB=0.01 BENCH_REPAIR_ROUNDS=1 BENCH_REPAIR_FIRST_RUNS=0 node bench/repair.js
 *                                 (a tiny run, without first calls: tests/bench-repair.test.ts checks its report)
 * Imported by bench/run.js (`npm run bench`).
 */
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { fixEncoding, repairText } from '../dist/repair/index.js';
import { codePage } from '../dist/repair/codepages.js';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const LIBRARY = pathToFileURL(path.join(HERE, '..', 'dist', 'repair', 'index.js')).href;

/** Untimed warm calls of ours on a text before its warm rounds. */
export const WARMUP_PASSES = 2;
/** A/B rounds of warm calls per entry and text. */
export const ROUNDS = 7;
/** A/B rounds of first calls (a fresh Node process against one ftfy call) per entry and text. */
export const FIRST_RUNS = 5;
/** Our entries, each with the ftfy function it is measured against. */
const ENTRIES = { fixEncoding: 'fix_encoding', repairText: 'fix_encoding_and_explain' };
const OURS = { fixEncoding, repairText };
/** The targets: fixEncoding over fix_encoding, CPU. */
export const TARGETS = { warm: 10, first: 5 };

/** Correct lines in many scripts, with the symbols and quotes real postings use. */
const CLEAN_LINES = [
  'We’re hiring a Senior Engineer — remote (EU ± 2h), salary €65k–€80k, 25 days’ leave.',
  'São Paulo, INFORMAÇÃO, SÃO PAULO: “Você é responsável pela operação.”',
  'Wir suchen „Entwickler“ für München; Gehalt 70.000 € – 85.000 €, ½ Tag frei.',
  'Nous cherchons un «développeur» à Paris : télétravail, 35 h/semaine, café offert.',
  'Ищем инженера в Москве: опыт от 3 лет, зарплата 250 000 ₽, удалённо.',
  'Шукаємо розробника у Києві — Дія, ґанок, їжак, є відпустка.',
  'Ζητείται μηχανικός στην Αθήνα· μισθός 30.000 € ετησίως.',
  '東京で働くエンジニアを募集しています。年収 800万円、リモート可。',
  '我们正在招聘高级工程师，地点：上海，薪资面议。',
  '서울에서 근무할 개발자를 찾습니다. 연봉 협상 가능.',
  'نبحث عن مهندس برمجيات في دبي، راتب مجزٍ.',
  'אנחנו מחפשים מפתח בתל אביב, משרה מלאה.',
  'हम बेंगलुरु में सॉफ्टवेयर इंजीनियर की तलाश कर रहे हैं।',
  'Temperature 20 °C, 5 µs latency, 3 × 4 ÷ 2, ™ © ® £ ¥ ½ — all fine 💰 🌎 📊 📈.',
  'Plain ASCII line about Kubernetes, Terraform and AWS; apply at jobs@example.com.',
  'Plain ASCII line: 6+ years of experience with TypeScript and Node.js required.',
];

/** UTF-8 bytes read with a one-byte code page, as a browser does (unassigned bytes become C1 controls). */
function utf8ReadAs(text, encoding) {
  const page = codePage(encoding);
  let out = '';
  for (const byte of Buffer.from(text, 'utf8')) out += byte < 0x80 ? String.fromCharCode(byte) : page.high[byte - 0x80];
  return out;
}

/** The clean lines broken the usual ways: UTF-8 read as Windows-1252, as MacRoman, and as Windows-1252 twice. */
function mojibakeLines() {
  return CLEAN_LINES.flatMap((line) => [
    utf8ReadAs(line, 'windows-1252'), utf8ReadAs(line, 'mac-roman'), utf8ReadAs(utf8ReadAs(line, 'windows-1252'), 'windows-1252'),
  ]);
}

function build(lines, megabytes) {
  const target = megabytes * 1024 * 1024;
  const out = [];
  let bytes = 0;
  for (let i = 0; bytes < target; i++) {
    const line = lines[i % lines.length];
    out.push(line);
    bytes += Buffer.byteLength(line, 'utf8') + 1;
  }
  return { text: out.join('\n'), bytes };
}

const median = (numbers) => [...numbers].sort((a, b) => a - b)[Math.floor(numbers.length / 2)];

/** One timed call: wall and CPU seconds (CPU of the whole process, garbage collector threads included). */
function timed(run) {
  const cpu = process.cpuUsage();
  const started = process.hrtime.bigint();
  run();
  const wall = Number(process.hrtime.bigint() - started) / 1e9;
  const used = process.cpuUsage(cpu);
  return { wall, cpu: (used.user + used.system) / 1e6 };
}

/** The first call of `entry` in a fresh process, on the text in `file`: the call alone, and the call with the import before it. */
function firstCall(file, entry) {
  // The main thread's own CPU time (Linux: the scheduler's nanoseconds for the thread whose id is the process's),
  // so the report can say how much of a first call is the main thread and how much the compiler and GC threads.
  const script = `
    import { existsSync, readFileSync } from 'node:fs';
    const text = readFileSync(${JSON.stringify(file)}, 'utf8');
    const SCHEDSTAT = '/proc/self/task/' + process.pid + '/schedstat';
    const mainThread = () => existsSync(SCHEDSTAT) ? Number(readFileSync(SCHEDSTAT, 'utf8').split(' ')[0]) / 1e9 : NaN;
    const cpu0 = process.cpuUsage(); const started0 = process.hrtime.bigint();
    const { ${entry}: repair } = await import(${JSON.stringify(LIBRARY)});
    const faults = process.resourceUsage().minorPageFault;
    const cpu = process.cpuUsage(); const main = mainThread(); const started = process.hrtime.bigint();
    repair(text);
    const end = process.hrtime.bigint(); const mainUsed = mainThread() - main; const used = process.cpuUsage(cpu); const used0 = process.cpuUsage(cpu0);
    const pageFaults = process.resourceUsage().minorPageFault - faults;
    console.log(JSON.stringify({ wall: Number(end - started) / 1e9, cpu: (used.user + used.system) / 1e6, mainThread: mainUsed,
      wallWithImport: Number(end - started0) / 1e9, cpuWithImport: (used0.user + used0.system) / 1e6, pageFaults }));`;
  const child = spawnSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8' });
  if (child.status !== 0) throw new Error(`first-call measurement failed:\n${child.stderr}`);
  return JSON.parse(child.stdout);
}

/** ftfy's side: one Python process, one call per request line (`text function how`), one JSON answer per call. */
const FTFY_SERVER = `
import json, sys, time
try:
    import ftfy
except ImportError:
    print(json.dumps({"missing": "ftfy is not installed (pip install ftfy)"}), flush=True); sys.exit(0)
texts = {name: open(file, encoding="utf-8").read() for name, file in json.loads(sys.argv[1]).items()}
lines = {name: text.split("\\n") for name, text in texts.items()}
functions = {"fix_encoding": ftfy.fix_encoding, "fix_encoding_and_explain": ftfy.fix_encoding_and_explain}
for fix in functions.values():
    for line in lines["mojibake"][:50] + lines["clean"][:50]:
        fix(line)
print(json.dumps({"version": ftfy.__version__, "python": sys.version.split()[0]}), flush=True)
for request in sys.stdin:
    name, fname, how = request.split()
    fix = functions[fname]
    wall, cpu = time.perf_counter(), time.process_time()
    if how == "whole":
        fix(texts[name])
    else:
        for line in lines[name]:
            fix(line)
    print(json.dumps({"wall": time.perf_counter() - wall, "cpu": time.process_time() - cpu}), flush=True)
`;

/** Start ftfy's process; resolves to { call(name, fname, how), close(), version, python } or { missing }. */
async function startFtfy(files) {
  const child = spawn('python3', ['-c', FTFY_SERVER, JSON.stringify(files)], { stdio: ['pipe', 'pipe', 'pipe'] });
  let stderr = '';
  child.stderr.on('data', (chunk) => { stderr += chunk; });
  const answers = createInterface({ input: child.stdout })[Symbol.asyncIterator]();
  const failed = new Promise((resolve) => {
    child.on('error', () => resolve({ missing: 'Python (python3) is not installed' }));
    child.on('exit', () => resolve({ missing: `the ftfy measurement failed: ${stderr.trim().split('\n').pop() || 'no answer'}` }));
  });
  const next = async () => {
    const answer = await Promise.race([answers.next(), failed]);
    if (answer.missing) return answer;
    return answer.done ? await failed : JSON.parse(answer.value);
  };
  const hello = await next();
  if (hello.missing) { child.kill(); return hello; }
  return {
    ...hello,
    async call(name, fname, how) {
      child.stdin.write(`${name} ${fname} ${how}\n`);
      const answer = await next();
      if (answer.missing) throw new Error(answer.missing);
      return answer;
    },
    close() { child.stdin.end(); },
  };
}

/** Per text and ftfy function, the faster way (whole text or line by line), from one calibration call of each. */
async function fasterWays(ftfy, names) {
  const ways = {};
  for (const name of names) {
    ways[name] = {};
    for (const fname of Object.values(ENTRIES)) {
      const whole = await ftfy.call(name, fname, 'whole');
      const lines = await ftfy.call(name, fname, 'lines');
      ways[name][fname] = whole.cpu <= lines.cpu ? 'whole' : 'lines';
    }
  }
  return ways;
}

/** Median and spread of per-round ratios, CPU and wall: ours over theirs as rates, so their time over ours. */
function ratios(pairs) {
  const summary = (key) => {
    const each = pairs.map(({ ours, theirs }) => theirs[key] / ours[key]);
    return { median: median(each), low: Math.min(...each), high: Math.max(...each) };
  };
  return { cpu: summary('cpu'), wall: summary('wall') };
}

/**
 * Build the texts, measure ours (warm and first call) against ftfy's in
 * alternated rounds, and return the figures with report lines. bench/run.js
 * prints them with the rest.
 */
export async function measureRepair({ megabytes = 5, compare = true, rounds = ROUNDS, firstRuns = FIRST_RUNS } = {}) {
  const texts = { mojibake: build(mojibakeLines(), megabytes), clean: build(CLEAN_LINES, megabytes) };
  const dir = mkdtempSync(path.join(os.tmpdir(), 'postings-repair-bench-'));
  const names = Object.keys(texts);
  let ftfy = { missing: 'not compared' };
  try {
    const files = {};
    for (const [name, { text }] of Object.entries(texts)) writeFileSync((files[name] = path.join(dir, `${name}.txt`)), text);
    const load = [os.loadavg()[0]];
    if (compare) ftfy = await startFtfy(files);
    const ways = ftfy.missing ? null : await fasterWays(ftfy, names);
    const theirs = async (name, entry) => (ways ? ftfy.call(name, ENTRIES[entry], ways[name][ENTRIES[entry]]) : null);
    // First calls: a fresh Node process, then ftfy's call on the same text, round after round.
    const first = {};
    for (const name of names) first[name] = Object.fromEntries(Object.keys(ENTRIES).map((entry) => [entry, []]));
    for (let round = 0; round < firstRuns; round++) {
      for (const name of names) for (const entry of Object.keys(ENTRIES)) first[name][entry].push({ ours: firstCall(files[name], entry), theirs: await theirs(name, entry) });
    }
    // Warm: ours in this process, then ftfy's call, round after round.
    const warm = {};
    for (const name of names) {
      warm[name] = Object.fromEntries(Object.keys(ENTRIES).map((entry) => [entry, []]));
      for (let i = 0; i < WARMUP_PASSES; i++) for (const repair of Object.values(OURS)) repair(texts[name].text);
      for (let round = 0; round < rounds; round++) {
        for (const [entry, repair] of Object.entries(OURS)) warm[name][entry].push({ ours: timed(() => repair(texts[name].text)), theirs: await theirs(name, entry) });
      }
    }
    load.push(os.loadavg()[0]);
    const lines = report({ texts, first, warm, ftfy, ways, megabytes, load, rounds, firstRuns });
    const rate = (name) => texts[name].bytes / 2 ** 20 / median(warm[name].repairText.map((pair) => pair.ours.wall));
    return { mojibakeMBps: rate('mojibake').toFixed(1), cleanMBps: rate('clean').toFixed(1), report: lines };
  } finally {
    if (!ftfy.missing) ftfy.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

function report({ texts, first, warm, ftfy, ways, megabytes, load, rounds, firstRuns }) {
  const f = (n) => n.toFixed(1);
  const mbps = (bytes, seconds) => f(bytes / 2 ** 20 / seconds);
  const spread = (r) => `${f(r.median)}x [${f(r.low)}-${f(r.high)}]`;
  const lines = [`repair against ftfy, ${megabytes} MB of each text, Node ${process.version}, load ${load.map((l) => l.toFixed(2)).join(' then ')} on ${os.availableParallelism()} cores`];
  lines.push(ftfy.missing ? `  ftfy not measured: ${ftfy.missing}; our figures alone`
    : `  ftfy ${ftfy.version} on Python ${ftfy.python}; ratios are A/B rounds (warm ${rounds}, first call ${firstRuns}): median [lowest-highest], CPU (wall); targets on fixEncoding / fix_encoding CPU`);
  for (const name of Object.keys(texts)) {
    const bytes = texts[name].bytes;
    for (const [entry, fname] of Object.entries(ENTRIES)) {
      const w = warm[name][entry];
      const fc = first[name][entry];
      const oursWarm = median(w.map((p) => p.ours.cpu));
      if (!fc.length) {
        lines.push(`  ${name.padEnd(8)} ${entry.padEnd(11)} warm ${mbps(bytes, median(w.map((p) => p.ours.cpu)))} MB/s CPU (${mbps(bytes, median(w.map((p) => p.ours.wall)))} wall); first call not measured`);
        continue;
      }
      const oursFirst = median(fc.map((p) => p.ours.cpu));
      const mainShare = fc.every((p) => Number.isFinite(p.ours.mainThread)) ? `, ${Math.round(100 * median(fc.map((p) => p.ours.mainThread / p.ours.cpu)))}% on the main thread` : '';
      const withImport = median(fc.map((p) => p.ours.cpuWithImport));
      lines.push(`  ${name.padEnd(8)} ${entry.padEnd(11)} warm ${mbps(bytes, oursWarm)} MB/s CPU (${mbps(bytes, median(w.map((p) => p.ours.wall)))} wall); first call ${mbps(bytes, oursFirst)} MB/s CPU (${mbps(bytes, median(fc.map((p) => p.ours.wall)))} wall${mainShare}, ${median(fc.map((p) => p.ours.pageFaults))} page faults; with the import ${mbps(bytes, withImport)} CPU)`);
      if (ftfy.missing) continue;
      const target = entry === 'fixEncoding' ? TARGETS : null;
      const judged = (r, goal) => (goal ? ` ${r.cpu.median >= goal ? 'ok  ' : 'MISS'} target ${goal}x` : '');
      const warmRatio = ratios(w);
      const firstRatio = ratios(fc);
      const importRatio = ratios(fc.map((p) => ({ ours: { cpu: p.ours.cpuWithImport, wall: p.ours.wallWithImport }, theirs: p.theirs })));
      const theirCpu = median([...w, ...fc].map((p) => p.theirs.cpu));
      lines.push(`  ${''.padEnd(8)} / ${fname} (ftfy ${mbps(bytes, theirCpu)} MB/s CPU, ${ways[name][fname]}): warm ${spread(warmRatio.cpu)} (wall ${spread(warmRatio.wall)})${judged(warmRatio, target?.warm)}; first call ${spread(firstRatio.cpu)} (wall ${spread(firstRatio.wall)})${judged(firstRatio, target?.first)}; with the import ${spread(importRatio.cpu)}`);
    }
  }
  return lines;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  // A smaller run where asked (the bench's own test): megabytes of each text, and rounds of each kind.
  const env = (name) => (process.env[name] ? Number(process.env[name]) : undefined);
  const { report: lines } = await measureRepair({ megabytes: env('BENCH_REPAIR_MB'), rounds: env('BENCH_REPAIR_ROUNDS'), firstRuns: env('BENCH_REPAIR_FIRST_RUNS') });
  for (const line of lines) console.log(line);
}
