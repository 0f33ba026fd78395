#!/usr/bin/env node
/**
 * Where a whole run's CPU goes outside the test files, from SUITE_PROCESS_CPU_LOG's lines (tests/process-cpu.ts,
 * tests/cpu-log.ts, tests/global-setup.ts, tests/background-run.ts): vitest's main process, each fork (its total, and,
 * given the run's SUITE_CPU_LOG too, what it spent outside its files), and each background job with its processes.
 * Usage: SUITE_PROCESS_CPU_LOG=/tmp/proc.jsonl SUITE_CPU_LOG=/tmp/cpu.jsonl npx vitest run
 *        node scripts/process-costs.js /tmp/proc.jsonl [/tmp/cpu.jsonl]
 */
import { readFileSync } from 'node:fs';

const [processLog, fileLog] = process.argv.slice(2);
if (!processLog) {
  process.stderr.write('usage: node scripts/process-costs.js <SUITE_PROCESS_CPU_LOG file> [<SUITE_CPU_LOG file>]\n');
  process.exit(2);
}
const lines = (file) => readFileSync(file, 'utf8').split('\n').filter(Boolean).map((line) => JSON.parse(line));
const fixed = (n) => n.toFixed(1).padStart(7);
const entries = lines(processLog);
const out = [];

for (const main of entries.filter((e) => e.process === 'main')) out.push(`main (${main.at})${fixed(main.cpu)} s own, ${main.children.toFixed(1)} s of its reaped children`);
// How long global setup held vitest's process (no file starts before it returns), and when the first file started.
const mainAt = (at) => entries.find((e) => e.process === 'main' && e.at === at && e.time);
if (mainAt('setup') && mainAt('jobs-started')) {
  const firstFile = fileLog ? Math.min(...lines(fileLog).map((f) => f.startedAt)) : NaN;
  const after = Number.isFinite(firstFile) ? `, the first test file ${((firstFile - mainAt('setup').time) / 1000).toFixed(1)} s after setup's start` : '';
  out.push(`global setup held the main process ${((mainAt('jobs-started').time - mainAt('setup').time) / 1000).toFixed(1)} s${after}`);
}

// A fork's last line is its total; its files' own lines (SUITE_CPU_LOG) say how much of it they took.
const forks = new Map();
for (const fork of entries.filter((e) => e.process === 'fork')) forks.set(fork.pid, fork);
const files = fileLog ? lines(fileLog) : [];
let forksTotal = 0;
let outsideTotal = 0;
for (const [pid, fork] of forks) {
  const mine = files.filter((f) => f.pid === pid);
  const inFiles = mine.reduce((sum, f) => sum + f.cpu, 0);
  forksTotal += fork.cpu;
  outsideTotal += fork.cpu - inFiles;
  out.push(`fork ${pid}${fixed(fork.cpu)} s own${fileLog ? `, ${mine.length} files ${inFiles.toFixed(1)} s, outside them ${(fork.cpu - inFiles).toFixed(1)} s` : ''}; children ${fork.children.toFixed(1)} s`);
}
if (forks.size) out.push(`forks${fixed(forksTotal)} s own${fileLog ? `, outside their files ${outsideTotal.toFixed(1)} s` : ''}`);

let jobsTotal = 0;
for (const job of entries.filter((e) => e.process === 'job')) {
  const runs = entries.filter((e) => e.process === 'job-run' && e.job === job.job);
  const cpu = runs.reduce((sum, run) => sum + run.cpu, 0);
  jobsTotal += cpu;
  out.push(`job ${job.job}${fixed(cpu)} s in ${runs.length} processes, ${job.wall} s of wall`);
  for (const run of runs) out.push(`    ${fixed(run.cpu)} s ${run.wall} s wall  ${run.command}`);
}
out.push(`jobs${fixed(jobsTotal)} s`);
process.stdout.write(`${out.join('\n')}\n`);
