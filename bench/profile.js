/**
 * Where `normalize --jobs 1` spends its CPU, by source file and by function:
 * runs the compiled dist/ (not the bundle, so file names stay readable) under
 * `node --cpu-prof` over a bench corpus and prints shares of the busy samples:
 * by pipeline stage (with all it calls), by file (self time), and
 * extraction's (src/extract) top functions, self and with all they call.
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

/** Each sample's node and its time in microseconds (samples of an idle thread left out). */
function samplesOf(profile) {
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const parent = new Map();
  for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node);
  const stackOf = (node) => {
    const stack = [];
    for (let at = node; at; at = parent.get(at.id)) stack.push(at);
    return stack;
  };
  return profile.samples
    .map((id, index) => ({ node: byId.get(id), micros: profile.timeDeltas[index] ?? 0 }))
    .filter(({ node }) => node.callFrame.functionName !== '(idle)')
    .map((sample) => ({ ...sample, stack: () => stackOf(sample.node) }));
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
  const samples = samplesOf(JSON.parse(readFileSync(path.join(profileDir, file), 'utf8')));
  const total = samples.reduce((sum, { micros }) => sum + micros, 0);
  const add = (map, key, micros) => map.set(key, (map.get(key) ?? 0) + micros);
  const byFile = new Map();
  const byStage = new Map();
  const extractSelf = new Map();
  const extractInclusive = new Map();
  const functionName = (node) => `${place(node.callFrame)}:${node.callFrame.lineNumber + 1} ${node.callFrame.functionName || '(anonymous)'}`;
  for (const { node, micros, stack } of samples) {
    const where = place(node.callFrame);
    add(byFile, where, micros);
    if (where.startsWith('src/extract/')) add(extractSelf, functionName(node), micros);
    const frames = stack();
    // Inclusive: a stage, or an extraction function, with everything it called (franc, patterns, ...).
    const stage = frames.find((frame) => place(frame.callFrame).startsWith('src/stages/'));
    add(byStage, stage ? `${place(stage.callFrame)} ${stage.callFrame.functionName}` : '(outside the stages: reading, output, start-up, GC)', micros);
    for (const name of new Set(frames.filter((frame) => place(frame.callFrame).startsWith('src/extract/')).map(functionName))) add(extractInclusive, name, micros);
  }
  const extractTotal = [...byStage].filter(([name]) => name.startsWith('src/stages/extract.ts')).reduce((sum, [, micros]) => sum + micros, 0);
  console.log(`normalize --jobs 1 over ${corpus.files} postings: ${(total / 1e6).toFixed(1)} s of busy samples; the extract stage ${((100 * extractTotal) / total).toFixed(1)}% with all it calls`);
  table('By pipeline stage, with all it calls', byStage, total);
  table('Self time by file or package', byFile, total);
  table('src/extract: self time by function (line of the compiled dist/ file)', extractSelf, total);
  table('src/extract: time by function with all it calls', extractInclusive, total);
} finally {
  rmSync(profileDir, { recursive: true, force: true });
  rmSync(corpus.dir, { recursive: true, force: true });
}
