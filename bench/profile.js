/**
 * Where `normalize --jobs 1` spends its CPU, by source file and by function:
 * runs the compiled dist/ (not the bundle, so file names stay readable) under
 * `node --cpu-prof` over a bench corpus and prints the self time of the top
 * files and functions, and extraction's (src/extract) top functions apart.
 *
 *   node bench/profile.js [--n 1000] [--top 25]          (after npm run build)
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { pathToFileURL } from 'node:url';
import { buildCorpus, ROOT, sourceFiles } from './corpus.js';

const { values: flags } = parseArgs({ options: { n: { type: 'string', default: '1000' }, top: { type: 'string', default: '25' } } });
const top = Number(flags.top);

/** Self time in microseconds per node of a .cpuprofile, from its samples and time deltas. */
function selfTimes(profile) {
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const self = new Map();
  profile.samples.forEach((id, index) => self.set(id, (self.get(id) ?? 0) + (profile.timeDeltas[index] ?? 0)));
  return [...self].map(([id, micros]) => ({ node: byId.get(id), micros }));
}

/** A short place for a profile node: the file under the project (or the package), or what V8 calls it. */
function place(callFrame) {
  const url = callFrame.url;
  if (!url) return `(${callFrame.functionName || 'program'})`;
  const file = url.startsWith('file://') ? new URL(url).pathname : url;
  const inModules = file.lastIndexOf('node_modules/');
  if (inModules >= 0) return file.slice(inModules + 'node_modules/'.length).split('/').slice(0, file.includes('node_modules/@') ? 2 : 1).join('/');
  return path.relative(ROOT, file).replace(/^dist\//, 'src/').replace(/\.js$/, '.ts');
}

function table(title, entries, total) {
  console.log(`\n${title}`);
  for (const [name, micros] of [...entries].sort((a, b) => b[1] - a[1]).slice(0, top)) {
    console.log(`  ${((100 * micros) / total).toFixed(1).padStart(5)}%  ${name}`);
  }
}

const corpus = await buildCorpus(Number(flags.n), await sourceFiles());
const profileDir = mkdtempSync(path.join(os.tmpdir(), 'postings-profile-'));
try {
  const cli = pathToFileURL(path.join(ROOT, 'dist', 'cli.js')).href;
  const script = `const { main } = await import(${JSON.stringify(cli)}); process.exitCode = await main(['normalize', ${JSON.stringify(corpus.dir)}, '--format', 'ndjson', '--jobs', '1', '--no-progress']);`;
  const run = spawnSync(process.execPath, ['--cpu-prof', '--cpu-prof-dir', profileDir, '--input-type=module', '-e', script], { stdio: ['ignore', 'ignore', 'pipe'] });
  if (run.status !== 0 && run.status !== 1) throw new Error(`normalize failed (exit ${run.status}): ${run.stderr}`);
  const file = readdirSync(profileDir).find((name) => name.endsWith('.cpuprofile'));
  const samples = selfTimes(JSON.parse(readFileSync(path.join(profileDir, file), 'utf8')));
  const total = samples.reduce((sum, { micros }) => sum + micros, 0);
  const byFile = new Map();
  const extractFunctions = new Map();
  for (const { node, micros } of samples) {
    const where = place(node.callFrame);
    byFile.set(where, (byFile.get(where) ?? 0) + micros);
    if (where.startsWith('src/extract/')) {
      const name = `${where}:${node.callFrame.lineNumber + 1} ${node.callFrame.functionName || '(anonymous)'}`;
      extractFunctions.set(name, (extractFunctions.get(name) ?? 0) + micros);
    }
  }
  const extractTotal = [...extractFunctions.values()].reduce((sum, micros) => sum + micros, 0);
  console.log(`normalize --jobs 1 over ${corpus.files} postings: ${(total / 1e6).toFixed(1)} s of samples; src/extract ${((100 * extractTotal) / total).toFixed(1)}% (self time)`);
  table('Self time by file or package (share of all samples)', byFile, total);
  table('src/extract: self time by function (share of all samples; line of the compiled dist/ file)', extractFunctions, total);
} finally {
  rmSync(profileDir, { recursive: true, force: true });
  rmSync(corpus.dir, { recursive: true, force: true });
}
