/**
 * What the first document's patterns cost (#18, start-up): runs one file
 * through the compiled pipeline (dist/, in process) with RegExp.prototype.exec
 * wrapped, so every pattern the run executes is recorded once, in first-use
 * order, with the function that first ran it. Then, in a fresh process each
 * round (V8 keeps compiled patterns by source and flags, so a second build in
 * one process would be free), builds each pattern with `new RegExp` and runs
 * it once on "" and once on the file's text, and prints the patterns by their
 * median first-use cost, with the totals and the share of each file.
 *
 *   node bench/patterns.js [file] [--top 20] [--rounds 3]   (after npm run build)
 *
 * A first use pays the pattern's parse (large `\p{…}` classes), its compile
 * to bytecode (case-insensitive Unicode patterns close every literal over its
 * case folds), and a cold first match. The first `\p{…}` pattern of a process
 * also pays for loading Unicode data, whichever pattern that is.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { pathToFileURL } from 'node:url';
import { ROOT } from './corpus.js';

const { values: flags, positionals } = parseArgs({
  allowPositionals: true,
  options: { top: { type: 'string', default: '20' }, rounds: { type: 'string', default: '3' }, 'time-only': { type: 'string' } },
});

if (flags['time-only']) {
  // Child: time every recorded pattern once, cold.
  const { patterns, file } = JSON.parse(readFileSync(flags['time-only'], 'utf8'));
  const text = readFileSync(file, 'utf8');
  const ms = (from) => Number(process.hrtime.bigint() - from) / 1e6;
  const times = patterns.map(({ source, flags: patternFlags }) => {
    const start = process.hrtime.bigint();
    const pattern = new RegExp(source, patternFlags);
    const built = ms(start);
    pattern.exec('');
    const firstUse = ms(start);
    pattern.lastIndex = 0;
    const onText = process.hrtime.bigint();
    pattern.exec(text);
    return { built, firstUse, onText: ms(onText) };
  });
  process.stdout.write(JSON.stringify(times));
} else {
  // The bench's start-up posting (bench/run.js picks the first 3-4 KB Markdown file of its sources).
  const file = path.resolve(positionals[0] ?? path.join(ROOT, '..', 'shared', 'corpus', 'real', '001-lendurai-country-manager-ukraine.md'));
  const patterns = await recordPatterns(file);
  const folder = mkdtempSync(path.join(os.tmpdir(), 'postings-patterns-'));
  const input = path.join(folder, 'patterns.json');
  writeFileSync(input, JSON.stringify({ patterns, file }));
  const rounds = [];
  for (let round = 0; round < Number(flags.rounds); round++) {
    const child = spawnSync(process.execPath, [new URL(import.meta.url).pathname, '--time-only', input], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
    if (child.status !== 0) throw new Error(child.stderr);
    rounds.push(JSON.parse(child.stdout));
  }
  rmSync(folder, { recursive: true, force: true });
  const median = (values) => values.sort((a, b) => a - b)[Math.floor(values.length / 2)];
  const rows = patterns.map((pattern, index) => ({
    ...pattern,
    firstUse: median(rounds.map((times) => times[index].firstUse)),
    built: median(rounds.map((times) => times[index].built)),
    onText: median(rounds.map((times) => times[index].onText)),
  }));
  const total = rows.reduce((sum, row) => sum + row.firstUse, 0);
  console.log(`${path.basename(file)}: ${rows.length} patterns run, first use ${total.toFixed(1)} ms in all (median of ${rounds.length} fresh processes; load ${os.loadavg()[0].toFixed(1)})`);
  const byFile = new Map();
  for (const row of rows) byFile.set(row.file, (byFile.get(row.file) ?? 0) + row.firstUse);
  console.log('\nBy the file that first ran them (ms):');
  for (const [name, ms] of [...byFile].sort((a, b) => b[1] - a[1]).slice(0, 12)) console.log(`  ${ms.toFixed(1).padStart(7)}  ${name}`);
  console.log(`\nTop ${flags.top} (first use = new RegExp + exec(""), ms; built = new RegExp alone; then one exec on the file's text):`);
  for (const row of [...rows].sort((a, b) => b.firstUse - a.firstUse).slice(0, Number(flags.top))) {
    console.log(`  ${row.firstUse.toFixed(1).padStart(6)} (built ${row.built.toFixed(1)}, on text ${row.onText.toFixed(1)})  /${row.flags}  ${row.source.length} chars  ${row.where}`);
    console.log(`         ${row.source.slice(0, 110)}`);
  }
}

/** Every (source, flags) the pipeline executes on the file, with where it was first run. */
async function recordPatterns(file) {
  const seen = new Map();
  const exec = RegExp.prototype.exec;
  let recording = false;
  RegExp.prototype.exec = function recordingExec(text) {
    const key = `${this.flags}/${this.source}`;
    if (!recording && !seen.has(key)) {
      recording = true;
      const frame = new Error().stack.split('\n').slice(2).find((line) => line.includes('/dist/')) ?? '';
      const [, fn, where] = /at (?:(\S+) \()?.*\/dist\/([^:]+:\d+)/.exec(frame) ?? [];
      seen.set(key, { source: this.source, flags: this.flags, file: where?.replace(/:\d+$/, '') ?? '(outside dist)', where: `${fn ?? '(top level)'} ${where ?? ''}` });
      recording = false;
    }
    return exec.call(this, text);
  };
  const { processBytes } = await import(pathToFileURL(path.join(ROOT, 'dist', 'index.js')).href);
  processBytes(file, readFileSync(file));
  RegExp.prototype.exec = exec;
  return [...seen.values()];
}
