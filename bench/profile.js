/**
 * Where `normalize --jobs 1` spends its CPU, the whole process: runs the
 * compiled dist/ (not the bundle, so file names stay readable) under
 * `node --cpu-prof` over a bench corpus. Every thread writes its own profile
 * (the main thread, and a budget worker when a costly file starts one); the
 * tables sum them all, in shares of the busy samples:
 *
 * - by stage: the first pipeline stage on a sample's stack, with the parse
 *   split into front matter, HTML to Markdown and remark-parse, extraction by
 *   field family, and GC, start-up, reading and output outside the stages;
 *   each thread apart, so the budget worker's own cost shows;
 * - self time by file or package, and by function.
 *
 *   node bench/profile.js [--n 1000] [--top 25] [--dir folder]   (after npm run build)
 *
 * --dir profiles an existing folder instead of a generated corpus of N postings.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { pathToFileURL } from 'node:url';
import { buildCorpus, ROOT, sourceFiles } from './corpus.js';

const { values: flags } = parseArgs({ options: { n: { type: 'string', default: '1000' }, top: { type: 'string', default: '25' }, dir: { type: 'string' } } });
const top = Number(flags.top);

/** A short place for a profile node: the file under the project (or the package), or what V8 calls it. */
function place(callFrame) {
  const url = callFrame.url;
  if (!url) return `(${callFrame.functionName || 'program'})`;
  const file = url.startsWith('file://') ? new URL(url).pathname : url;
  const inModules = file.lastIndexOf('node_modules/');
  if (inModules >= 0) return file.slice(inModules + 'node_modules/'.length).split('/').slice(0, file.includes('node_modules/@') ? 2 : 1).join('/');
  return path.relative(ROOT, file).replace(/^dist\//, 'src/').replace(/\.js$/, '.ts');
}

/** Parts of the parse stage, by the first of these files (or packages) on the stack under it. */
const PARSE_PARTS = [
  [/^(src\/formats\/frontmatter\.ts|gray-matter|yaml|smol-toml)$/, 'front matter'],
  [/^src\/clean\/(html|html-tree|html-main|mdast-lines)\.ts$/, 'HTML to Markdown'],
  [/^(src\/clean\/pieces\.ts|remark-parse)$/, 'remark-parse'],
];
/** Extraction files that serve every family: their time is the set-up of a posting's context. */
const EXTRACT_SETUP = new Set(['tree', 'context', 'entities', 'page-meta', 'text']);

/** The stage of a sample, from its stack (root first): "parse: remark-parse", "extract: company", "GC", ... */
function stageOf(frames) {
  const leaf = frames[frames.length - 1].callFrame.functionName;
  if (leaf === '(garbage collector)') return 'GC';
  if (leaf === '(program)') return '(program: V8 outside JavaScript)';
  const stageAt = frames.findIndex((frame) => place(frame.callFrame).startsWith('src/stages/'));
  if (stageAt === -1) return '(outside the stages: start-up, reading, output, scheduling)';
  const stage = path.basename(place(frames[stageAt].callFrame), '.ts');
  const below = frames.slice(stageAt + 1).map((frame) => place(frame.callFrame));
  if (stage === 'parse') {
    for (const at of below) for (const [pattern, part] of PARSE_PARTS) if (pattern.test(at)) return `parse: ${part}`;
    return 'parse: the rest';
  }
  if (stage === 'extract') {
    const family = below.find((at) => at.startsWith('src/extract/') && at !== 'src/extract/index.ts');
    if (family === undefined) return 'extract: record, fingerprint, orchestration';
    const name = family.slice('src/extract/'.length, -'.ts'.length);
    return `extract: ${EXTRACT_SETUP.has(name) ? `set-up (${name})` : name}`;
  }
  return stage;
}

/** Each busy sample of a profile with its time (microseconds) and stack (root first). */
function samplesOf(profile) {
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const parent = new Map();
  for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node);
  const stacks = new Map();
  const stackOf = (node) => {
    let stack = stacks.get(node.id);
    if (!stack) {
      stack = [];
      for (let at = node; at; at = parent.get(at.id)) stack.unshift(at);
      stacks.set(node.id, stack);
    }
    return stack;
  };
  return profile.samples
    .map((id, index) => ({ node: byId.get(id), micros: profile.timeDeltas[index] ?? 0 }))
    .filter(({ node }) => node.callFrame.functionName !== '(idle)')
    .map((sample) => ({ ...sample, stack: stackOf(sample.node) }));
}

function table(title, entries, total, count = top) {
  console.log(`\n${title}`);
  for (const [name, micros] of [...entries].sort((a, b) => b[1] - a[1]).slice(0, count)) {
    console.log(`  ${((100 * micros) / total).toFixed(1).padStart(5)}%  ${name}`);
  }
}

const corpus = flags.dir ? { dir: path.resolve(flags.dir), files: readdirSync(flags.dir).length } : await buildCorpus(Number(flags.n), await sourceFiles());
const profileDir = mkdtempSync(path.join(os.tmpdir(), 'postings-profile-'));
// The CLI loads the HTML path's libraries from its vendor bundle (html-modules.ts: the file beside the code), which
// differs from the packages (src/clean/hast-clone-skipped.cjs, hast-is-element.ts): dist/ gets a link to it for the run.
const vendorLink = path.join(ROOT, 'dist', 'clean', 'html-vendor.cjs');
const linked = !existsSync(vendorLink) && existsSync(path.join(ROOT, 'dist', 'bundle', 'html-vendor.cjs'));
if (linked) symlinkSync(path.join('..', 'bundle', 'html-vendor.cjs'), vendorLink);
try {
  // A script file, not `node -e`: a worker thread inherits the process's flags, and `--input-type` fails it.
  const script = path.join(profileDir, 'run.mjs');
  const cli = pathToFileURL(path.join(ROOT, 'dist', 'cli.js')).href;
  writeFileSync(script, `const { main } = await import(${JSON.stringify(cli)});\nprocess.exitCode = await main(['normalize', ${JSON.stringify(corpus.dir)}, '--format', 'ndjson', '--jobs', '1', '--no-progress']);\n`);
  const run = spawnSync(process.execPath, ['--cpu-prof', '--cpu-prof-dir', profileDir, script], { stdio: ['ignore', 'ignore', 'pipe'], maxBuffer: 64 * 1024 * 1024 });
  if (run.status !== 0 && run.status !== 1) throw new Error(`normalize failed (exit ${run.status}): ${run.stderr}`);
  const internal = String(run.stderr).split('\n').filter((line) => line.includes('worker-failed'));
  if (internal.length) throw new Error(`files failed inside the run, so the profile is not the real run's:\n${internal.slice(0, 5).join('\n')}`);
  // File names end in the thread's id: the main thread's is 0.
  const profiles = readdirSync(profileDir).filter((name) => name.endsWith('.cpuprofile')).sort();
  const byStage = new Map();
  const byFile = new Map();
  const byFunction = new Map();
  const byThread = new Map();
  let total = 0;
  const add = (map, key, micros) => map.set(key, (map.get(key) ?? 0) + micros);
  for (const file of profiles) {
    const thread = /\.0\.\d+\.cpuprofile$/.test(file) ? 'main' : 'worker';
    for (const { node, micros, stack } of samplesOf(JSON.parse(readFileSync(path.join(profileDir, file), 'utf8')))) {
      total += micros;
      add(byThread, thread, micros);
      add(byStage, `${thread === 'main' ? '' : 'budget worker: '}${stageOf(stack)}`, micros);
      add(byFile, place(node.callFrame), micros);
      add(byFunction, `${place(node.callFrame)}:${node.callFrame.lineNumber + 1} ${node.callFrame.functionName || '(anonymous)'}`, micros);
    }
  }
  console.log(`normalize --jobs 1 over ${corpus.files} postings: ${(total / 1e6).toFixed(1)} s of busy samples in ${profiles.length} thread(s): ${[...byThread].map(([thread, micros]) => `${thread} ${((100 * micros) / total).toFixed(1)}%`).join(', ')}`);
  const stageTotals = new Map();
  for (const [name, micros] of byStage) add(stageTotals, name.replace(/^budget worker: .*/, 'budget worker (all of it)').replace(/:.*/, ''), micros);
  table('By stage (the first pipeline stage on the stack, with all it calls)', stageTotals, total, 40);
  table('By stage, in parts', byStage, total, 60);
  table('Self time by file or package', byFile, total);
  table('Self time by function', byFunction, total);
} finally {
  if (linked) rmSync(vendorLink);
  rmSync(profileDir, { recursive: true, force: true });
  if (!flags.dir) rmSync(corpus.dir, { recursive: true, force: true });
}
