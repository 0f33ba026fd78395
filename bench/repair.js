/**
 * Repair speed against ftfy: MB/s (UTF-8 bytes per second) of repairText on
 * ~5 MB of mojibake (Windows-1252 and MacRoman, one layer, and Windows-1252
 * twice) and ~5 MB of clean multilingual text, both generated here from the
 * same clean lines, and of ftfy's `fix_encoding` on the very same texts.
 *
 * - Ours warm: in this process, median of ROUNDS calls after WARMUP_PASSES.
 * - Ours first call: a fresh Node process that imports the library and calls
 *   repairText once (tables built on first use and JIT warm-up counted; the
 *   import, with the tables it builds, printed beside it as "with the import").
 *   On Linux the share of its CPU time spent on the main thread is printed
 *   too; the rest is V8's background threads (optimising compiler, GC helpers).
 *   So are the steps and spans the result keeps and the call's page faults:
 *   a fresh heap grows for what the result keeps, and that growth is part of
 *   a first call's cost that a warm process has already paid.
 * - ftfy: a Python process; the faster of fix_encoding on the whole text and
 *   line by line (as fix_text applies it), best of FTFY_ROUNDS. Where Python
 *   or ftfy is missing, the bench says so and prints our figures alone.
 * CPU time is printed beside wall time: the machine may be shared, and CPU
 * time is what a busy neighbour disturbs least, so the targets are judged on
 * the CPU ratio (ours over ftfy's MB/s of CPU time); the wall ratio is beside it.
 *
 *   node bench/repair.js          (after npm run build)
 * Imported by bench/run.js (`npm run bench`).
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { repairText } from '../dist/repair/index.js';
import { codePage } from '../dist/repair/codepages.js';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const LIBRARY = pathToFileURL(path.join(HERE, '..', 'dist', 'repair', 'index.js')).href;

/** Untimed passes over a text before timing it. */
export const WARMUP_PASSES = 2;
/** Timed passes; the median is reported. */
export const ROUNDS = 5;
const FTFY_ROUNDS = 2;
/** The targets: ours against ftfy's fix_encoding. */
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

function warm({ text, bytes }) {
  for (let i = 0; i < WARMUP_PASSES; i++) repairText(text);
  const runs = Array.from({ length: ROUNDS }, () => timed(() => repairText(text)));
  return { mbps: bytes / 2 ** 20 / median(runs.map((r) => r.wall)), cpuMbps: bytes / 2 ** 20 / median(runs.map((r) => r.cpu)) };
}

/** The first call in a fresh process, on the text in `file`: the call alone, and the call with the import before it. */
function firstCall(file, bytes) {
  // The main thread's own CPU time (Linux: the scheduler's nanoseconds for the thread whose id is the process's),
  // so the report can say how much of a first call is the main thread and how much the compiler and GC threads.
  const script = `
    import { existsSync, readFileSync } from 'node:fs';
    const text = readFileSync(${JSON.stringify(file)}, 'utf8');
    const SCHEDSTAT = '/proc/self/task/' + process.pid + '/schedstat';
    const mainThread = () => existsSync(SCHEDSTAT) ? Number(readFileSync(SCHEDSTAT, 'utf8').split(' ')[0]) / 1e9 : NaN;
    const cpu0 = process.cpuUsage(); const started0 = process.hrtime.bigint();
    const { repairText } = await import(${JSON.stringify(LIBRARY)});
    const faults = process.resourceUsage().minorPageFault;
    const cpu = process.cpuUsage(); const main = mainThread(); const started = process.hrtime.bigint();
    const { steps } = repairText(text);
    const end = process.hrtime.bigint(); const mainUsed = mainThread() - main; const used = process.cpuUsage(cpu); const used0 = process.cpuUsage(cpu0);
    const pageFaults = process.resourceUsage().minorPageFault - faults;
    let spans = 0;
    for (const step of steps) spans += step.spans.length;
    console.log(JSON.stringify({ wall: Number(end - started) / 1e9, cpu: (used.user + used.system) / 1e6, mainThread: mainUsed,
      wallWithImport: Number(end - started0) / 1e9, cpuWithImport: (used0.user + used0.system) / 1e6, steps: steps.length, spans, pageFaults }));`;
  const child = spawnSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8' });
  if (child.status !== 0) throw new Error(`first-call measurement failed:\n${child.stderr}`);
  const run = JSON.parse(child.stdout);
  const rate = (seconds) => bytes / 2 ** 20 / seconds;
  // JSON has no NaN: where the main thread's time is unknown it arrives as null.
  const mainShare = Number.isFinite(run.mainThread) ? run.mainThread / run.cpu : null;
  return {
    mbps: rate(run.wall), cpuMbps: rate(run.cpu), mainShare, steps: run.steps, spans: run.spans, pageFaults: run.pageFaults,
    withImport: { mbps: rate(run.wallWithImport), cpuMbps: rate(run.cpuWithImport) },
  };
}

const FTFY_SCRIPT = `
import json, sys, time
try:
    import ftfy
except ImportError:
    print(json.dumps({"missing": "ftfy is not installed (pip install ftfy)"})); sys.exit(0)
out = {"version": ftfy.__version__, "python": sys.version.split()[0], "texts": {}}
for name, file in json.loads(sys.argv[1]).items():
    text = open(file, encoding="utf-8").read()
    lines = text.split("\\n")
    best = None
    for how in ("whole", "lines"):
        for _ in range(${FTFY_ROUNDS}):
            wall, cpu = time.perf_counter(), time.process_time()
            if how == "whole":
                ftfy.fix_encoding(text)
            else:
                for line in lines:
                    ftfy.fix_encoding(line)
            run = {"how": how, "wall": time.perf_counter() - wall, "cpu": time.process_time() - cpu}
            if best is None or run["wall"] < best["wall"]:
                best = run
    out["texts"][name] = best
print(json.dumps(out))
`;

/** ftfy's fix_encoding on the same files, or why it cannot be measured here. */
function ftfy(files) {
  const child = spawnSync('python3', ['-c', FTFY_SCRIPT, JSON.stringify(files)], { encoding: 'utf8', maxBuffer: 1 << 20 });
  if (child.error) return { missing: 'Python (python3) is not installed' };
  if (child.status !== 0) return { missing: `the ftfy measurement failed: ${child.stderr.trim().split('\n').pop()}` };
  return JSON.parse(child.stdout);
}

/**
 * Build the texts, measure ours (warm and first call) and ftfy's, and return
 * the figures with report lines. bench/run.js prints them with the rest.
 */
export async function measureRepair({ megabytes = 5, compare = true } = {}) {
  const texts = { mojibake: build(mojibakeLines(), megabytes), clean: build(CLEAN_LINES, megabytes) };
  const dir = mkdtempSync(path.join(os.tmpdir(), 'postings-repair-bench-'));
  try {
    const files = {};
    for (const [name, { text }] of Object.entries(texts)) writeFileSync((files[name] = path.join(dir, `${name}.txt`)), text);
    const ours = {};
    for (const [name, text] of Object.entries(texts)) ours[name] = { first: firstCall(files[name], text.bytes), warm: warm(text) };
    const theirs = compare ? ftfy(files) : { missing: 'not compared' };
    return { mojibakeMBps: ours.mojibake.warm.mbps, cleanMBps: ours.clean.warm.mbps, report: report(texts, ours, theirs, megabytes) };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function report(texts, ours, theirs, megabytes) {
  const f = (n) => n.toFixed(1);
  const lines = [`repair against ftfy's fix_encoding, ${megabytes} MB of each text, Node ${process.version}, load ${os.loadavg()[0].toFixed(2)} on ${os.availableParallelism()} cores`];
  lines.push(theirs.missing ? `  ftfy not measured: ${theirs.missing}; our figures alone` : `  ftfy ${theirs.version} on Python ${theirs.python}, the faster of the whole text and line by line; targets judged on CPU time`);
  for (const name of Object.keys(texts)) {
    const { warm: w, first } = ours[name];
    const split = first.mainShare === null ? '' : `, ${Math.round(100 * first.mainShare)}% of its CPU on the main thread`;
    // What the result keeps alive (the steps and their span lists) is what a fresh heap must grow for: scavenges, a full collection, page faults.
    const kept = first.steps ? `, keeping ${first.steps} steps with ${first.spans} spans, ${first.pageFaults} page faults` : `, ${first.pageFaults} page faults`;
    lines.push(`  ${name.padEnd(8)} ours warm ${f(w.mbps)} MB/s (CPU ${f(w.cpuMbps)}), first call ${f(first.mbps)} MB/s (CPU ${f(first.cpuMbps)}${split}${kept}; with the import ${f(first.withImport.mbps)}, CPU ${f(first.withImport.cpuMbps)})`);
    const run = theirs.texts?.[name];
    if (!run) continue;
    const mbps = texts[name].bytes / 2 ** 20 / run.wall;
    const cpuMbps = texts[name].bytes / 2 ** 20 / run.cpu;
    const judged = (label, ours, target) => {
      const cpuRatio = ours.cpuMbps / cpuMbps;
      return `${label} ${f(cpuRatio)}x CPU (${f(ours.mbps / mbps)}x wall) ${cpuRatio >= target ? 'ok  ' : 'MISS'} target ${target}x`;
    };
    lines.push(`  ${''.padEnd(8)} ftfy ${f(mbps)} MB/s (CPU ${f(cpuMbps)}, ${run.how}): ${judged('warm', w, TARGETS.warm)}; ${judged('first call', first, TARGETS.first)}; ${judged('with the import', first.withImport, TARGETS.first)}`);
  }
  return lines;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const { report: lines } = await measureRepair();
  for (const line of lines) console.log(line);
}
