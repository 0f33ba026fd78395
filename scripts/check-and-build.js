#!/usr/bin/env node
/**
 * `npm test`'s pretest: type-checks src/, tests/ and bench/ (tsconfig.json), writes src's JavaScript and declarations
 * to dist/ as `tsc -p tsconfig.build.json` does, then makes the bundles (package.json's `bundle` and `bundle:cjs`
 * scripts). Two parts run at once on two threads: this one checks src/ and writes dist/ (one program over src/ with
 * the build's options), then makes the bundles; a worker thread checks the files outside the build, tests/ and bench/
 * (a program over all three: it reads src/'s types, and checks only the others). A fresh clone paid about 20 s in one
 * thread for the two, one after the other. Fails, as tsc does, on any error, after printing every one (src/'s first).
 *
 * Incremental: each part's state (node_modules/.cache/postings/) keeps each file's diagnostics and declaration
 * signature, so a second `npm test` checks only the files a change can affect and writes only their outputs. A build
 * that misses any output (dist/ removed or partly copied), or finds one written after its state (another build,
 * another branch), starts from nothing. And a part whose files (and configs, manifest, lockfile, this script) have the
 * same times of change as when it last passed, none added or removed, is not run at all, as `tsc -b` and make decide
 * by timestamps: the incremental programs still read and parse every file, about 13 s of CPU on a rerun with nothing
 * changed, where this costs a `stat` a file. The bundles likewise, from dist/ and their scripts.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, realpathSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';

// require, not import: importing TypeScript's 9 MB CommonJS file from ESM makes Node scan it for its exports and its
// syntax first, about 0.6 s of CPU more on every pretest.
const ts = createRequire(import.meta.url)('typescript');

const stateFileOf = (root, part) => path.join(root, 'node_modules', '.cache', 'postings', `${part}.tsbuildinfo`);

/** A part's last passing run: the files it read and their times of change as they were when it started. */
const passedFileOf = (root, part) => path.join(root, 'node_modules', '.cache', 'postings', `${part}.passed.json`);

/** What every part reads besides its own files: the configs, the manifest, the installed packages' lockfile (their types), this script. */
function sharedInputs(root) {
  const files = ['tsconfig.json', 'tsconfig.build.json', 'package.json', path.join('node_modules', '.package-lock.json')].map((file) => path.join(root, file));
  return [...files.filter((file) => existsSync(file)), fileURLToPath(import.meta.url)];
}

/** Each file's time of change (absolute paths, in order), -1 for one that is gone. */
function changeTimes(files) {
  return Object.fromEntries([...new Set(files.map((file) => path.resolve(file)))].sort().map((file) => [file, existsSync(file) ? statSync(file).mtimeMs : -1]));
}

/** Whether `part` passed with these same files, each with the time of change it has now: none changed, came or went. */
function passedWith(root, part, files) {
  let passed;
  try {
    passed = JSON.parse(readFileSync(passedFileOf(root, part), 'utf8'));
  } catch {
    return false;
  }
  return JSON.stringify(changeTimes(files)) === JSON.stringify(passed);
}

/**
 * Forget `part`'s last pass before running it (a run that fails leaves none); returns what notes this run's pass, with
 * the times of change read now, before the run reads the files: one changed while it ran is seen as changed next time.
 */
function passing(root, part, files) {
  rmSync(passedFileOf(root, part), { force: true });
  const times = JSON.stringify(changeTimes(files));
  return () => {
    mkdirSync(path.dirname(passedFileOf(root, part)), { recursive: true });
    writeFileSync(passedFileOf(root, part), times);
  };
}

/** Every file under `dir`, recursively, but those under `skip` (folders relative to `dir`). */
function filesUnder(dir, skip = []) {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.join(entry.parentPath ?? entry.path, entry.name))
    .filter((file) => !skip.some((folder) => file.startsWith(path.join(dir, folder) + path.sep)));
}

/** Options and files of `root`'s tsconfig `name`, as tsc reads them; undefined, with its message, when unreadable. */
function readConfig(root, name, report) {
  let unrecoverable = false;
  const onUnRecoverableConfigFileDiagnostic = (d) => {
    unrecoverable = true;
    report([d]);
  };
  const parsed = ts.getParsedCommandLineOfConfigFile(path.join(root, name), {}, { ...ts.sys, onUnRecoverableConfigFileDiagnostic });
  return unrecoverable ? undefined : parsed;
}

/** tsc's way of printing diagnostics, paths relative to `root`. */
function formatter(root) {
  const host = { getCanonicalFileName: (f) => f, getCurrentDirectory: () => root, getNewLine: () => ts.sys.newLine };
  return (diagnostics) => (diagnostics.length ? ts.formatDiagnosticsWithColorAndContext(diagnostics, host) : '');
}

/**
 * The files outside the build (tests/, bench/), checked in a program over every file of tsconfig.json: src/'s files
 * are read for their types, not checked (the other part checks them). Nothing is written but the state.
 * Returns the errors' count and their text.
 */
function checkOutsideBuild(root) {
  let text = '';
  const format = formatter(root);
  const all = readConfig(root, 'tsconfig.json', (d) => (text += format(d)));
  const build = all && readConfig(root, 'tsconfig.build.json', (d) => (text += format(d)));
  if (!all || !build) return { errors: 1, text };
  const built = new Set(build.fileNames.map((file) => path.resolve(file)));
  const inBuild = (sourceFile) => built.has(path.resolve(sourceFile.fileName));
  const options = { ...all.options, noEmit: true, incremental: true, tsBuildInfoFile: stateFileOf(root, 'check-outside-build') };
  const program = ts.createIncrementalProgram({ rootNames: all.fileNames, options, host: ts.createIncrementalCompilerHost(options) });
  // The builder's own walk over the files a change affects (so that a test whose import changed is checked again),
  // skipping src/'s; then every file's diagnostics, kept ones included, as tsc reports them.
  while (program.getSemanticDiagnosticsOfNextAffectedFile(undefined, inBuild));
  const diagnostics = [];
  for (const sourceFile of program.getSourceFiles()) {
    if (sourceFile.isDeclarationFile || inBuild(sourceFile) || !all.fileNames.some((f) => path.resolve(f) === path.resolve(sourceFile.fileName))) continue;
    diagnostics.push(...program.getSyntacticDiagnostics(sourceFile), ...program.getSemanticDiagnostics(sourceFile));
  }
  program.emit();
  return { errors: diagnostics.filter((d) => d.category === ts.DiagnosticCategory.Error).length, text: text + format(diagnostics) };
}

/**
 * Whether every output of the build is there and no newer than its saved state: the state says which outputs were
 * written, not whether they are still there or still this script's (`npm run build`, or another branch, wrote after it).
 */
function outputsOurs(root, build) {
  const stateFile = stateFileOf(root, 'check-and-build');
  const stateTime = existsSync(stateFile) ? statSync(stateFile).mtimeMs : -Infinity;
  return build.fileNames.every((file) => ts.getOutputFileNames(build, file, false).every((output) => existsSync(output) && statSync(output).mtimeMs <= stateTime));
}

/** src/ checked and written to dist/ (tsconfig.build.json), as `tsc -p tsconfig.build.json` does, incrementally; without every output, or with one not its own, from nothing. */
function checkAndEmitBuild(root) {
  let text = '';
  const format = formatter(root);
  const build = readConfig(root, 'tsconfig.build.json', (d) => (text += format(d)));
  if (!build) return { errors: 1, text };
  const stateFile = stateFileOf(root, 'check-and-build');
  if (!outputsOurs(root, build)) rmSync(stateFile, { force: true });
  const options = { ...build.options, noEmit: false, incremental: true, tsBuildInfoFile: stateFile };
  const program = ts.createIncrementalProgram({ rootNames: build.fileNames, options, host: ts.createIncrementalCompilerHost(options), configFileParsingDiagnostics: build.errors });
  const diagnostics = [...ts.getPreEmitDiagnostics(program)];
  for (let next = program.emitNextAffectedFile(); next; next = program.emitNextAffectedFile()) diagnostics.push(...next.result.diagnostics);
  return { errors: diagnostics.filter((d) => d.category === ts.DiagnosticCategory.Error).length, text: text + format(diagnostics) };
}

/** The other part, in a worker thread of this script. */
function checkOutsideBuildInWorker(root) {
  return new Promise((resolve) => {
    const worker = new Worker(fileURLToPath(import.meta.url), { workerData: { checkOutsideBuild: root } });
    let result = { errors: 1, text: 'check-and-build: the check of tests/ and bench/ ended without an answer\n' };
    worker.on('message', (message) => (result = message));
    worker.on('error', (error) => (result = { errors: 1, text: `check-and-build: the check of tests/ and bench/ failed: ${error?.stack ?? error}\n` }));
    worker.on('exit', () => resolve(result));
  });
}

/**
 * Checks and builds the project at `root`, writing diagnostics to `stderr`; resolves to the exit code (2 on type
 * errors). Tests call it in process on a small project of their own.
 */
export async function checkAndBuild(root, stderr = process.stderr) {
  const shared = sharedInputs(root);
  const all = readConfig(root, 'tsconfig.json', () => {});
  const build = all && readConfig(root, 'tsconfig.build.json', () => {});
  // Unreadable configs: each part reads them again and reports why.
  const outsideInputs = all ? [...all.fileNames, ...shared] : undefined;
  const buildInputs = build ? [...build.fileNames, ...shared] : undefined;
  const outsideFresh = outsideInputs && passedWith(root, 'check-outside-build', outsideInputs);
  const buildFresh = buildInputs && passedWith(root, 'check-and-build', buildInputs) && outputsOurs(root, build);
  const outsidePassed = outsideFresh ? undefined : passing(root, 'check-outside-build', outsideInputs ?? []);
  const outside = outsideFresh ? Promise.resolve({ errors: 0, text: '' }) : checkOutsideBuildInWorker(root);
  const buildPassed = buildFresh ? undefined : passing(root, 'check-and-build', buildInputs ?? []);
  const built = buildFresh ? { errors: 0, text: '' } : checkAndEmitBuild(root);
  stderr.write(built.text);
  if (!built.errors) buildPassed?.();
  // The bundles need only dist/: they do not wait for the other part.
  const bundled = built.errors ? 0 : bundleUnlessFresh(root, stderr);
  const checked = await outside;
  stderr.write(checked.text);
  if (!checked.errors) outsidePassed?.();
  const errors = built.errors + checked.errors;
  if (errors) {
    stderr.write(`check-and-build: ${errors} TypeScript error(s)\n`);
    return 2;
  }
  if (outsideFresh && buildFresh && bundled === 'fresh') stderr.write('check-and-build: nothing changed since the last passing run\n');
  return bundled === 'fresh' ? 0 : bundled;
}

/**
 * The bundles, unless they passed with what they read unchanged: dist/ (but the bundles' own folders), the small
 * modules that stand in for unused dependencies (src/**\/*.cjs), scripts/bundle-cjs.js and the shared inputs (the
 * manifest holds the bundle scripts). Returns 'fresh' when they were not made.
 */
function bundleUnlessFresh(root, stderr) {
  const inputs = [
    ...filesUnder(path.join(root, 'dist'), ['bundle', 'cjs']),
    ...filesUnder(path.join(root, 'src')).filter((file) => file.endsWith('.cjs')),
    ...filesUnder(path.join(root, 'scripts')).filter((file) => ['bundle-cjs.js', 'ascii-bundles.js'].includes(path.basename(file))),
    ...sharedInputs(root),
  ];
  // What the bundles wrote, as outputs to find again: gone or changed (a build of another version), they are made again.
  const outputs = () => filesUnder(path.join(root, 'dist', 'bundle')).concat(filesUnder(path.join(root, 'dist', 'cjs')));
  if (passedWith(root, 'bundles', inputs) && passedWith(root, 'bundle-outputs', outputs())) return 'fresh';
  const done = passing(root, 'bundles', inputs);
  rmSync(passedFileOf(root, 'bundle-outputs'), { force: true });
  const code = runBundles(root, stderr);
  if (code === 0) {
    done();
    // The outputs as they were written: one removed or written again since (a build of another version) is seen.
    passing(root, 'bundle-outputs', outputs())();
  }
  return code;
}

/** package.json's `bundle` and `bundle:cjs` scripts; the exit code of the first that fails, else 0. */
function runBundles(root, stderr) {
  // The scripts as `npm run` runs them (a shell, node_modules/.bin first on the PATH), without starting npm: two npm
  // starts were about 1 s of CPU on every pretest.
  const { scripts } = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8'));
  const pathKey = Object.keys(process.env).find((key) => key.toUpperCase() === 'PATH') ?? 'PATH';
  const env = { ...process.env, [pathKey]: [path.join(root, 'node_modules', '.bin'), process.env[pathKey]].filter(Boolean).join(path.delimiter) };
  for (const script of ['bundle', 'bundle:cjs']) {
    const run = spawnSync(scripts[script], { cwd: root, env, shell: true, stdio: ['ignore', 'inherit', 'inherit'] });
    if (run.status !== 0) {
      stderr.write(`check-and-build: \`${script}\` failed (${run.status ?? run.signal})\n`);
      return run.status || 1;
    }
  }
  return 0;
}

if (!isMainThread && workerData?.checkOutsideBuild) {
  parentPort.postMessage(checkOutsideBuild(workerData.checkOutsideBuild));
} else if (isMainThread && process.argv[1] && existsSync(process.argv[1]) && pathToFileURL(realpathSync(process.argv[1])).href === import.meta.url) {
  // The project's root; another may be named. Real paths: Node loads a script run through a symlink from its real path.
  process.exitCode = await checkAndBuild(path.resolve(process.argv[2] ?? path.join(path.dirname(fileURLToPath(import.meta.url)), '..')));
}
