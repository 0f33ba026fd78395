/**
 * The runs of tests/budget-warm-up.test.ts. Each waits for one stop or two (a cold path blocks until its stop ends it,
 * a file that hangs blocks until its stop), which is mostly waiting without CPU. So they are a job that
 * tests/global-setup.ts starts with the suite (tests/background.ts, 'warm-up-runs'): each case runs the built CLI's
 * `main(argv, io)`, in two processes (warmUpProcesses), while the test workers run other files; the test file
 * checks the results. A test stage (POSTINGS_TEST_STAGE) stands in for the warm-up of a path (Markdown, HTML): its first
 * call on a path costs more than any budget, every later call nothing.
 */
import { existsSync, mkdirSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

export const TINY = '# Barista\n\nJoin Bean Co. in Berlin. Part-time.\n';
export const PAGE = '<!doctype html><html><head><title>Barista</title></head><body><h1>Barista</h1><p>Join Bean Co. in Berlin. Part-time.</p></body></html>\n';
export const HANGS = '# Barista\n\nJoin Bean Co. in Berlin. HANG-HERE\n';
export const BINARY = '\u0000\u0001\u0002PK\u0003\u0004\u0000\u0000';
/** The fast path's budget, seconds of own time (a blocked wait counts): each fast case waits it out once or twice (a cold path blocks until its stop), so it is short; a warm tiny posting takes about 50 ms of CPU, over 100 times less. */
export const FAST_TIMEOUT = '6';
/**
 * The budget worker's budget, seconds of CPU time, and the first call's cost there (in ticks of 1/100 s): past it. Both
 * are spent in CPU (each case's stopped try, then the warm-up's first call), so they are small: a warm tiny posting
 * takes about 50 ms of CPU (it came out at a budget of 0.1 s too), and a clock of CPU time does not count waits for a
 * core. The first call runs 0.25 s past the budget, as before: the main thread's poll of the clock has that long to
 * stop it before it ends by itself (0.5 s and 0.75 s before: about 0.5 s more CPU a case; 1 s and 1.5 s before that).
 */
export const BUDGET_TIMEOUT = '0.25';
const BUDGET_FIRST_CALL_TICKS = 50;
/**
 * The budget worker's wall-clock backstop in these cases, seconds (POSTINGS_TEST_WALL_SECONDS; else 4 × the budget,
 * 2 s): the warm tiny posting's 50 ms of CPU took more than 2 s of wall-clock time at load 25 to 40 and was stopped.
 * The file that hangs (a blocked wait, no CPU) waits this out once.
 */
export const BUDGET_WALL_SECONDS = '15';

type PipelinePath = 'markdown' | 'html';

export interface WarmUpCase {
  /** `block`: the fast path (its stop counts wall-clock time), the first call blocks until the stop ends it; `cpu`: a budget worker (its clock counts CPU time), the first call burns more CPU time than the budget. */
  firstCallCost: 'block' | 'cpu';
  costly: PipelinePath[];
  files: Record<string, string>;
}

export const WARM_UP_CASES = {
  // An empty and a binary file first, which warm nothing: the tiny posting after them is its thread's first warm-up.
  fast: { firstCallCost: 'block', costly: ['markdown', 'html'], files: { 'a-empty.md': '', 'b-binary.md': BINARY, 'c-tiny.md': TINY, 'd-hang.md': HANGS } },
  'html-after': { firstCallCost: 'block', costly: ['html'], files: { 'a-tiny.md': TINY, 'b-page.html': PAGE } },
  first: { firstCallCost: 'block', costly: [], files: { 'hang.md': HANGS, 'tiny.md': TINY } },
  // An empty file first, which warms nothing (one case, not two: each budget case starts two budget workers).
  budget: { firstCallCost: 'cpu', costly: ['markdown'], files: { 'a-empty.md': '', 'b-tiny.md': TINY, 'c-hang.md': HANGS } },
} satisfies Record<string, WarmUpCase>;

export type WarmUpCaseName = keyof typeof WARM_UP_CASES;

/**
 * A stage whose first call on a path in `costly` in a thread costs more than the budget and later calls nothing. On
 * HANG-HERE it blocks for ever, after leaving a note in `notes` that says how many of the warm-up's samples
 * (src/warm-up.ts) the thread had run by then (hangCount and hangTries read them).
 */
function stageSource(notes: string, { firstCallCost, costly }: WarmUpCase): string {
  const firstCall = firstCallCost === 'cpu'
    ? `const ticks = () => { const fields = readFileSync('/proc/thread-self/stat', 'latin1').split(') ')[1].split(' '); return Number(fields[11]) + Number(fields[12]); };
    const start = ticks();
    while (ticks() - start < ${BUDGET_FIRST_CALL_TICKS}) {}`
    : `const limit = Error.stackTraceLimit;
    Error.stackTraceLimit = Infinity;
    const stack = new Error().stack;
    Error.stackTraceLimit = limit;
    // Under the fast path's stop (its vm script is named postings-backstop): blocked until the stop ends this call.
    if (stack.includes('postings-backstop')) for (;;) Atomics.wait(never, 0, 0);`;
  return `import { readFileSync, writeFileSync } from 'node:fs';
const never = new Int32Array(new SharedArrayBuffer(4));
const warm = new Set();
let samples = 0;
const costly = ${JSON.stringify(costly)};
export default function oneTimeCost(doc) {
  if (/^warm-up\\.[a-z]+$/.test(doc.path)) samples += 1;
  const path = doc.format === 'html' ? 'html' : 'markdown';
  if (costly.includes(path) && !warm.has(path)) {
    ${firstCall}
  }
  warm.add(path);
  if (doc.text && doc.text.includes('HANG-HERE')) {
    writeFileSync(${JSON.stringify(notes)} + '/hung-after-' + samples + '-samples-' + Math.random(), '');
    for (;;) Atomics.wait(never, 0, 0);
  }
  return doc;
}
`;
}

/** How many times a case's file that hangs was started (its notes in the case's folder). */
export const hangCount = (caseDir: string): number => readdirSync(path.join(caseDir, 'notes')).filter((name) => name.startsWith('hung-')).length;

/**
 * The tries of a case's file that hangs, by the number of warm-up samples its thread had run before them: one entry
 * for each run of the file (a warm-up between two runs is a second entry), each the count of that run's tries.
 */
export function hangTries(caseDir: string): Record<string, number> {
  const tries: Record<string, number> = {};
  for (const name of readdirSync(path.join(caseDir, 'notes'))) {
    const samples = /^hung-after-(\d+)-samples-/.exec(name)?.[1];
    if (samples !== undefined) tries[samples] = (tries[samples] ?? 0) + 1;
  }
  return tries;
}

/** A case's inputs and stage in `caseDir`, and the arguments of its `main(argv, io)`: `--jobs 1` and the case's budget. */
function prepareCase(caseDir: string, name: WarmUpCaseName): { name: WarmUpCaseName; args: string[]; stage: string } {
  const spec: WarmUpCase = WARM_UP_CASES[name];
  const notes = path.join(caseDir, 'notes');
  const inputs = path.join(caseDir, 'inputs');
  mkdirSync(notes, { recursive: true });
  mkdirSync(inputs, { recursive: true });
  const stage = path.join(caseDir, 'stage.mjs');
  writeFileSync(stage, stageSource(notes, spec));
  const files = Object.entries(spec.files).map(([file, text]) => {
    writeFileSync(path.join(inputs, file), text);
    return path.join(inputs, file);
  });
  const budget = spec.firstCallCost === 'cpu' ? ['--timeout', BUDGET_TIMEOUT, '--max-memory', '256'] : ['--timeout', FAST_TIMEOUT];
  return { name, args: ['normalize', ...files, '-f', 'ndjson', '--jobs', '1', ...budget], stage };
}

/**
 * The runner of a group of cases: the CLI bundle's main() once a case, each with its own stage (a module of its own,
 * so its first calls are its own) and its own runner (src/warm-up.ts: the warm-up state is a run's, not the process's).
 * `serial` runs one case after the other; else all at once. It prints each case's exit code and output as JSON.
 */
const RUNNER = `
const [module, cases, serial] = process.argv.slice(2);
const { main } = await import(module);
const writer = (chunks) => ({ isTTY: false, write: (chunk) => { chunks.push(Buffer.from(chunk)); return true; } });
const runCase = async ({ args, stage }) => {
  const out = [];
  const err = [];
  const env = { ...process.env, NO_COLOR: '1', CI: 'true', POSTINGS_TEST_STAGE: stage, POSTINGS_TEST_WALL_SECONDS: ${JSON.stringify(BUDGET_WALL_SECONDS)} };
  const io = { cwd: process.cwd(), env, stdout: writer(out), stderr: writer(err), readStdin: async () => new Uint8Array(), stdinIsTTY: false };
  const code = await main(args, io);
  return { code, stdout: Buffer.concat(out).toString('utf8'), stderr: Buffer.concat(err).toString('utf8') };
};
const results = {};
const list = JSON.parse(cases);
if (serial === 'serial') for (const each of list) results[each.name] = await runCase(each);
else (await Promise.all(list.map(runCase))).forEach((result, i) => (results[list[i].name] = result));
process.stdout.write(JSON.stringify(results), () => process.exit(0));
`;

/**
 * The job's processes, each a group of cases with the command that runs it. The fast-path cases run one after the
 * other in one process: a stop there blocks the thread it runs in (V8 ends the call), so they cannot overlap, and the
 * ones after the first find the pipeline's code compiled (about 1.3 s of CPU less each than a process of its own; what
 * is cold for a case is what its stage and its runner's warm-up state say, both its own). The budget cases run at once
 * in another: their stops are in budget workers, and their clocks are read by a main thread a fast case would block.
 */
export function warmUpProcesses(root: string, dir: string): Array<{ names: WarmUpCaseName[]; command: string[] }> {
  const names = Object.keys(WARM_UP_CASES) as WarmUpCaseName[];
  const groups = [names.filter((name) => WARM_UP_CASES[name].firstCallCost === 'block'), names.filter((name) => WARM_UP_CASES[name].firstCallCost === 'cpu')];
  // A file, not `--input-type=module -e`: the budget worker's thread would inherit that flag and fail to start.
  const runner = path.join(dir, 'run.mjs');
  writeFileSync(runner, RUNNER);
  // The CLI bundle, as the bin loads it: one file loads in about 0.8 s of CPU less than dist/'s modules (its budget
  // worker is the bundle's too).
  const module = pathToFileURL(currentBundle(root)).href;
  return groups.map((group, i) => {
    const cases = group.map((name) => prepareCase(path.join(dir, name), name));
    return { names: group, command: [process.execPath, runner, module, JSON.stringify(cases), i === 0 ? 'serial' : 'together'] };
  });
}

/** A case's run as the test reads it: its process's exit code and stderr, and its own result as JSON on stdout. */
export function caseRun(group: { code: number; stdout: string; stderr: string }, name: WarmUpCaseName): { code: number; stdout: string; stderr: string } {
  let results: Record<string, unknown> = {};
  try {
    results = JSON.parse(group.stdout) as Record<string, unknown>;
  } catch {
    // Not JSON: the process failed, and the test shows what it printed.
  }
  return name in results ? { code: group.code, stdout: JSON.stringify(results[name]), stderr: group.stderr } : { ...group, code: group.code || 1 };
}

/**
 * dist/bundle/cli.js, which only `npm run build` and pretest make: after `tsc -w` alone it holds an older build than
 * dist/'s modules, and the runs would test that. Then the job fails in one line instead.
 */
export function currentBundle(root: string): string {
  const dist = path.join(root, 'dist');
  const bundle = path.join(dist, 'bundle', 'cli.js');
  if (!existsSync(bundle)) throw new Error('dist/bundle/cli.js is missing: run npm run build');
  const modules = (readdirSync(dist, { recursive: true }) as string[]).filter((file) => file.endsWith('.js') && !/^(?:bundle|cjs)[\\/]/.test(file));
  const newest = Math.max(...modules.map((file) => statSync(path.join(dist, file)).mtimeMs));
  if (statSync(bundle).mtimeMs < newest) throw new Error('dist/bundle is older than dist/: run npm run build');
  return bundle;
}
