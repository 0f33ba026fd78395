#!/usr/bin/env node
/**
 * Rewrite tests/file-costs.json from a whole run's SUITE_CPU_LOG (tests/cpu-log.ts): each test file's CPU, its
 * worker's and its processes', in seconds. tests/sequencer.ts starts the longest first from it on a fresh clone.
 * Usage: SUITE_CPU_LOG=/tmp/cpu.jsonl npx vitest run && node scripts/file-costs.js /tmp/cpu.jsonl
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const target = path.join(ROOT, 'tests', 'file-costs.json');
const log = process.argv[2];
if (!log) {
  process.stderr.write('usage: node scripts/file-costs.js <SUITE_CPU_LOG file>\n');
  process.exit(2);
}
const costs = new Map();
for (const line of readFileSync(log, 'utf8').split('\n').filter(Boolean)) {
  const { file, cpu, children } = JSON.parse(line);
  costs.set(file, Math.round((cpu + children) * 10) / 10);
}
const previous = JSON.parse(readFileSync(target, 'utf8'));
// Files under a second are left out: their order does not matter, and the table stays short.
const files = Object.fromEntries([...costs].filter(([, seconds]) => seconds >= 1).sort((a, b) => b[1] - a[1]));
writeFileSync(target, `${JSON.stringify({ about: previous.about, files }, null, 2)}\n`);
process.stdout.write(`${Object.keys(files).length} files of ${costs.size} written to ${path.relative(ROOT, target)}\n`);
