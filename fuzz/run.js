/**
 * The fuzz target: mutate the fixtures and the shared corpus with a seeded
 * generator and run every mutant through the library in process. Checks, for
 * each: no throw and no internal error; a record, when there is one, passes
 * the schema; repair is idempotent; and (in `npm run fuzz`) the file finishes
 * within the default time budget. The last line printed is a count.
 *
 *   npm run fuzz                         # 500 mutants, seed 1
 *   node fuzz/run.js --runs 5000 --seed 7
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { processBytes, repairText, PostingSchema } from '../dist/index.js';
import { DEFAULT_TIMEOUT_SECONDS } from '../dist/budget.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** Shapes known to hurt parsers and terminals, spliced into the sources. */
const SNIPPETS = ['## h\n- x\n', 'Title\n=====\n', '- a\n\npara\n\n', '> a\n\npara\n\n', '<li>item</li>\n', '- item\n', '---\n', '+++\n', '```\n', '<!--', '*a **a ', '[a](', '\u001b]0;x\u0007', '\u001b[2J', '!!js/function "x"', 'title: &a [*a, *a]\n', '\uFEFF', '\u0000', '\r\n', 'â€™', '    ', '\t', '{% include x %}', '<script>', '&amp;'];

/** A small seeded generator (mulberry32): the same seed gives the same mutants on every machine. */
function generator(seed) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function sources() {
  const found = [];
  const add = (dir) => {
    let names;
    try {
      names = readdirSync(dir).sort();
    } catch {
      return;
    }
    for (const name of names) {
      const file = path.join(dir, name);
      const stat = statSync(file);
      if (stat.isDirectory()) add(file);
      else if (/\.(md|markdown|txt|html?)$/i.test(name) && stat.size < 512 * 1024) found.push(file);
    }
  };
  add(path.join(ROOT, 'fixtures'));
  add(path.join(ROOT, '..', 'shared', 'corpus', 'real'));
  add(path.join(ROOT, '..', 'shared', 'seeds'));
  return found;
}

function mutate(bytes, random) {
  let out = Buffer.from(bytes);
  const at = () => Math.floor(random() * (out.length + 1));
  const steps = 1 + Math.floor(random() * 4);
  for (let i = 0; i < steps; i++) {
    const kind = Math.floor(random() * 5);
    if (kind === 0) {
      const snippet = Buffer.from(SNIPPETS[Math.floor(random() * SNIPPETS.length)]);
      const times = random() < 0.2 ? 1 + Math.floor(random() * 300) : 1;
      const p = at();
      out = Buffer.concat([out.subarray(0, p), ...Array(times).fill(snippet), out.subarray(p)]);
    } else if (kind === 1 && out.length) {
      const p = at();
      out = Buffer.concat([out.subarray(0, p), out.subarray(Math.min(out.length, p + Math.floor(random() * 200)))]);
    } else if (kind === 2 && out.length) {
      const p = Math.floor(random() * out.length);
      out[p] = Math.floor(random() * 256);
    } else if (kind === 3 && out.length) {
      const p = at();
      const slice = out.subarray(p, p + Math.floor(random() * 100));
      out = Buffer.concat([out.subarray(0, p), ...Array(1 + Math.floor(random() * 20)).fill(slice), out.subarray(p)]);
    } else {
      const p = at();
      out = Buffer.concat([out.subarray(0, p), Buffer.from([Math.floor(random() * 256)]), out.subarray(p)]);
    }
  }
  return out;
}

/** Run `runs` mutants from `seed`; returns the failures (and prints nothing). */
export function fuzz({ seed = 1, runs = 500, timeBudget = true } = {}) {
  const random = generator(seed);
  const files = sources();
  const failures = [];
  for (let run = 0; run < runs; run++) {
    const file = files[Math.floor(random() * files.length)];
    const bytes = mutate(readFileSync(file), random);
    const label = `${path.relative(ROOT, file)} (seed ${seed}, run ${run})`;
    const started = Date.now();
    try {
      const doc = processBytes('fuzz.md', bytes);
      const internal = doc.messages.find((m) => m.ruleId === 'worker-failed');
      if (internal) failures.push(`${label}: internal error: ${internal.reason}`);
      if (doc.record && !PostingSchema.safeParse(doc.record).success) failures.push(`${label}: the record fails the schema`);
      const once = repairText(bytes.toString('utf8')).text;
      if (repairText(once).text !== once) failures.push(`${label}: repair is not idempotent`);
    } catch (error) {
      failures.push(`${label}: threw ${error?.message ?? error}`);
    }
    const seconds = (Date.now() - started) / 1000;
    if (timeBudget && seconds > DEFAULT_TIMEOUT_SECONDS) failures.push(`${label}: took ${seconds} s, over the ${DEFAULT_TIMEOUT_SECONDS} s budget`);
  }
  return { runs, failures };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const arg = (name, fallback) => {
    const index = process.argv.indexOf(`--${name}`);
    return index === -1 ? fallback : Number(process.argv[index + 1]);
  };
  const { runs, failures } = fuzz({ seed: arg('seed', 1), runs: arg('runs', 500) });
  for (const failure of failures) console.log(failure);
  console.log(`${runs} mutants, ${failures.length} failures`);
  process.exitCode = failures.length ? 1 : 0;
}
