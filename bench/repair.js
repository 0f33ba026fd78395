/**
 * Repair speed: MB/s (UTF-8 bytes per wall-clock second) of repairText on
 * ~5 MB of mojibake (Windows-1252, MacRoman, Latin-1 and double-encoded lines
 * in many scripts) and ~5 MB of clean multilingual text, both built in memory.
 * Each text gets WARMUP_PASSES passes first (so the JIT has optimised the
 * engine, as in a run over many files), then ROUNDS timed passes; the figure
 * is the median round, which a busy shared machine disturbs least. Imported
 * by the overall bench; `node bench/repair.js` prints the figures. Needs a
 * build (dist/).
 */
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { repairText } from '../dist/repair/index.js';
import { codePage } from '../dist/repair/codepages.js';

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

/** The same lines broken the usual ways: UTF-8 read as Windows-1252, MacRoman, Latin-1, and twice. */
function mojibakeLines() {
  const lines = [];
  for (const line of CLEAN_LINES) {
    lines.push(utf8ReadAs(line, 'windows-1252'), utf8ReadAs(line, 'mac-roman'), Buffer.from(line, 'utf8').toString('latin1'));
    lines.push(utf8ReadAs(utf8ReadAs(line, 'windows-1252'), 'windows-1252'));
  }
  return lines;
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

/** Untimed passes over a text before timing it. */
export const WARMUP_PASSES = 2;
/** Timed passes; the median is reported. */
export const ROUNDS = 5;

function rate({ text, bytes }) {
  for (let i = 0; i < WARMUP_PASSES; i++) repairText(text);
  const rates = [];
  for (let i = 0; i < ROUNDS; i++) {
    const start = performance.now();
    repairText(text);
    const seconds = (performance.now() - start) / 1000;
    rates.push(bytes / 1024 / 1024 / seconds);
  }
  rates.sort((a, b) => a - b);
  return Math.round(rates[Math.floor(ROUNDS / 2)] * 10) / 10;
}

/** Build the two texts in memory and measure repairText on each, in MB/s (UTF-8 bytes). */
export async function measureRepair({ megabytes = 5 } = {}) {
  const mojibake = build(mojibakeLines(), megabytes);
  const clean = build(CLEAN_LINES, megabytes);
  return { mojibakeMBps: rate(mojibake), cleanMBps: rate(clean) };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const { mojibakeMBps, cleanMBps } = await measureRepair();
  console.log(`repair: ${mojibakeMBps} MB/s on mojibake, ${cleanMBps} MB/s on clean multilingual text (median of ${ROUNDS} rounds after ${WARMUP_PASSES} warm-up passes)`);
}
