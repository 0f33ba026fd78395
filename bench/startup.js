/**
 * The start-up rows of `npm run bench` alone (#18): one-file `validate` against
 * markdownlint-cli2 on a 3-4 KB posting of the project's own (STARTUP_SAMPLE, the
 * same file in every clone, with ../shared or without), and `--version` against
 * `node -e 0`, interleaved run by run, medians of the per-round ratios, CPU
 * from the shell's `times` beside wall time. With `--against DIR` (another
 * checkout, built), its `validate` runs in the same rounds, for an A/B of two
 * builds. Each build's code cache is made first by one run of its own.
 *
 *   node bench/startup.js [--rounds 7] [--against ../other-checkout]   (after npm run build)
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { ROOT } from './corpus.js';
import { interleaved, measure, medianOf, medianRatio } from './measure.js';

const { values: flags } = parseArgs({
  options: {
    rounds: { type: 'string', default: '7' },
    against: { type: 'string' },
  },
});

/** The one-file sample: a Markdown posting of 3 to 4 KB with front matter, sections, pay and an apply line. */
const STARTUP_SAMPLE = path.join('fixtures', 'bench', 'startup-posting.md');
const sample = path.join(ROOT, STARTUP_SAMPLE);
const bin = (root) => path.join(path.resolve(root), 'bin', 'postings.js');
const manifest = path.join(ROOT, 'node_modules', 'markdownlint-cli2', 'package.json');
const markdownlint = existsSync(manifest) ? path.join(path.dirname(manifest), JSON.parse(readFileSync(manifest, 'utf8')).bin['markdownlint-cli2']) : undefined;

const shell = { usage: 'shell' };
const variants = {
  node: [['-e', '0'], shell],
  version: [[bin(ROOT), '--version'], shell],
  validate: [[bin(ROOT), 'validate', sample], shell],
  ...(flags.against ? { against: [[bin(flags.against), 'validate', sample], shell] } : {}),
  ...(markdownlint ? { markdownlint: [[markdownlint, sample], shell] } : {}),
};
// The first run of a build makes its code cache (bin/load-cli.js): not a round.
for (const name of ['validate', 'against']) if (variants[name]) await measure(...variants[name]);

const rounds = Number(flags.rounds);
console.log(`start-up: ${STARTUP_SAMPLE}, ${statSync(sample).size} bytes; ${rounds} rounds; Node ${process.version}; load ${os.loadavg().map((l) => l.toFixed(2)).join(' ')}`);
const runs = await interleaved(variants, rounds);
const fixed = (value) => (value === undefined ? '?' : value.toFixed(2));
const line = (label, top, bottom) =>
  console.log(`  ${label.padEnd(38)} wall ${fixed(medianRatio(runs[top], runs[bottom], 'seconds'))}x  CPU ${fixed(medianRatio(runs[top], runs[bottom], 'cpuSeconds'))}x  (${fixed(medianOf(runs[top], 'cpuSeconds'))} s against ${fixed(medianOf(runs[bottom], 'cpuSeconds'))} s of CPU)`);
line('--version / node -e 0', 'version', 'node');
if (markdownlint) line('validate / markdownlint-cli2', 'validate', 'markdownlint');
if (flags.against && markdownlint) line('against: validate / markdownlint-cli2', 'against', 'markdownlint');
if (flags.against) line('validate / against\'s validate', 'validate', 'against');
console.log(`load at the end: ${os.loadavg().map((l) => l.toFixed(2)).join(' ')}`);
