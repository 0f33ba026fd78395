#!/usr/bin/env node
/**
 * `npm test`'s pretest: type-checks src/, tests/ and bench/ (tsconfig.json), writes src's JavaScript and declarations
 * to dist/ as `tsc -p tsconfig.build.json` does, then makes the bundles (package.json's `bundle` and `bundle:cjs`
 * scripts). TypeScript 7's compiler (a native program: the check of every file costs about 5 s of CPU where
 * TypeScript 5's two programs cost about 30 s on a fresh clone) runs twice at once: one process checks every file of
 * tsconfig.json, the other writes dist/ without checking (`--noCheck`: the same output, the check being the other's;
 * tsconfig's `isolatedModules` makes the check refuse any file whose JavaScript would need types to be written).
 * Fails, as tsc does, on any error, after printing every one; the bundles are made only when both pass.
 *
 * `--build-only` (npm test's pretest) writes dist/ and the bundles and leaves the check to the test run, where it runs
 * beside the tests (tests/type-check.test.ts awaits it: `npm test` still fails on a type error); `--check-only` is
 * that check alone. Without either, both, as above.
 *
 * Incremental: each part's state (node_modules/.cache/postings/) lets a second run check and write only what a change
 * affects. A build that misses any output (dist/ removed or partly copied), or finds one written after its state
 * (another build, another branch), starts from nothing. And a part whose files (and configs, manifest, lockfile, this
 * script) have the same times of change as when it last passed, none added or removed, is not run at all, as `tsc -b`
 * and make decide by timestamps. The bundles likewise, from dist/ and their scripts.
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, realpathSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

// The native compiler itself, found as the typescript package's own bin finds it (no node process in between); should
// that module move in a later version, its bin through node.
// Without the package (no `npm ci` yet), one line says so instead of a stack trace.
const typescriptDir = (() => {
  try {
    return path.dirname(createRequire(import.meta.url).resolve('typescript/package.json'));
  } catch {
    process.stderr.write('check-and-build: TypeScript is not installed here: run `npm ci` first\n');
    process.exit(2);
  }
})();
const exePath = await import(pathToFileURL(path.join(typescriptDir, 'lib', 'getExePath.js')).href).then((module) => module.default, () => undefined);
const [tsc, ...tscArgs] = (() => {
  if (!exePath) return [process.execPath, path.join(typescriptDir, 'bin', 'tsc')];
  try {
    return [exePath()];
  } catch (error) {
    // Its platform package missing (an install without optional dependencies): one line, not the package's stack trace.
    process.stderr.write(`check-and-build: TypeScript's compiler for this platform is not installed (${String(error?.message ?? error).split('\n')[0]}): run \`npm ci\` again\n`);
    process.exit(2);
  }
})();

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

/**
 * `root`'s tsconfig `name` as tsc reads it (`--showConfig`: `extends` applied, `include` made a list of files): its
 * files and options, paths absolute; or, when tsc cannot read it, its message.
 */
function readConfig(root, name) {
  const shown = spawnSync(tsc, [...tscArgs, '-p', name, '--showConfig', '--pretty', 'false'], { cwd: root, encoding: 'utf8' });
  // The compiler's binary missing or not runnable (its platform package not installed): one line, not "nullnull".
  if (shown.error) return { text: `check-and-build: the TypeScript compiler did not start (${shown.error.code ?? shown.error.message}): run \`npm ci\` again\n`, compilerMissing: true };
  if (shown.status !== 0) return { text: `${shown.stdout ?? ''}${shown.stderr ?? ''}` || `check-and-build: tsc could not read ${name}\n` };
  const config = JSON.parse(shown.stdout);
  const at = (file) => path.resolve(root, file);
  const options = config.compilerOptions ?? {};
  return { files: (config.files ?? []).map(at), rootDir: at(options.rootDir ?? '.'), outDir: at(options.outDir ?? '.'), declaration: Boolean(options.declaration) };
}

/** The JavaScript and declaration files tsc writes for `file` of the build (none for a declaration file). */
function outputsOf(build, file) {
  const extension = { '.ts': ['.js', '.d.ts'], '.mts': ['.mjs', '.d.mts'], '.cts': ['.cjs', '.d.cts'], '.tsx': ['.js', '.d.ts'] };
  if (/\.d\.[mc]?ts$/.test(file) || !extension[path.extname(file)]) return [];
  const base = path.join(build.outDir, path.relative(build.rootDir, file)).slice(0, -path.extname(file).length);
  const [js, dts] = extension[path.extname(file)];
  return build.declaration ? [base + js, base + dts] : [base + js];
}

/** tsc with `args` in `root`; resolves to its exit code, its output, and the count of errors in it. */
function runTsc(root, args) {
  return new Promise((resolve) => {
    const child = spawn(tsc, [...tscArgs, ...args, '--pretty', 'false'], { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] });
    let text = '';
    child.stdout.setEncoding('utf8');
    child.stderr.setEncoding('utf8');
    child.stdout.on('data', (chunk) => (text += chunk));
    child.stderr.on('data', (chunk) => (text += chunk));
    child.on('error', (error) => resolve({ code: 1, text: `check-and-build: tsc did not start: ${error}\n`, errors: 1 }));
    child.on('close', (code) => {
      const errors = text.match(/^\S.*?error TS\d+:/gm)?.length ?? 0;
      resolve({ code: code ?? 1, text, errors: code === 0 ? errors : Math.max(errors, 1) });
    });
  });
}

/**
 * Whether every output of the build is there and no newer than its saved state: the state says which outputs were
 * written, not whether they are still there or still this script's (`npm run build`, or another branch, wrote after it).
 */
function outputsOurs(root, build) {
  const stateFile = stateFileOf(root, 'build-src');
  const stateTime = existsSync(stateFile) ? statSync(stateFile).mtimeMs : -Infinity;
  return build.files.every((file) => outputsOf(build, file).every((output) => existsSync(output) && statSync(output).mtimeMs <= stateTime));
}

/**
 * Checks and builds the project at `root`, writing diagnostics to `stderr`; resolves to the exit code (2 on type
 * errors). Tests call it in process on a small project of their own. `parts` leaves out the check (`check: false`) or
 * the build and its bundles (`build: false`).
 */
export async function checkAndBuild(root, stderr = process.stderr, { check = true, build: write = true } = {}) {
  const shared = sharedInputs(root);
  // A part left out reads no config of its own (each read is a start of tsc).
  const all = check ? readConfig(root, 'tsconfig.json') : { files: [] };
  const build = write ? readConfig(root, 'tsconfig.build.json') : { files: [] };
  const missing = [all, build].find((config) => config.compilerMissing);
  if (missing) {
    stderr.write(missing.text);
    return 2;
  }
  if (!all.files || !build.files) {
    stderr.write(`${all.text ?? ''}${build.text ?? ''}check-and-build: a tsconfig could not be read\n`);
    return 2;
  }
  const checkInputs = [...all.files, ...shared];
  const buildInputs = [...build.files, ...shared];
  // A part left out counts as fresh: it is not run, and says nothing.
  const checkFresh = !check || passedWith(root, 'check-all', checkInputs);
  const buildFresh = !write || (passedWith(root, 'build-src', buildInputs) && outputsOurs(root, build));
  const checkPassed = checkFresh ? undefined : passing(root, 'check-all', checkInputs);
  const buildPassed = buildFresh ? undefined : passing(root, 'build-src', buildInputs);
  if (write && !buildFresh && !outputsOurs(root, build)) rmSync(stateFileOf(root, 'build-src'), { force: true });
  const passed = { code: 0, text: '', errors: 0 };
  // Every file checked in one process (src/ with the rest: one program), dist/ written beside it in another. Each on
  // one thread: tsc's own checker threads cost about 2 s of CPU more (cold, load 13 to 18: 9.6, 10.3 s against 11.8,
  // 11.9 s in all) and gave no wall time there, the two processes already keeping two cores busy.
  const [checked, built] = await Promise.all([
    checkFresh ? passed : runTsc(root, ['-p', 'tsconfig.json', '--noEmit', '--singleThreaded', '--incremental', '--tsBuildInfoFile', stateFileOf(root, 'check-all')]),
    buildFresh ? passed : runTsc(root, ['-p', 'tsconfig.build.json', '--noCheck', '--singleThreaded', '--incremental', '--tsBuildInfoFile', stateFileOf(root, 'build-src')]),
  ]);
  // The build's own errors (syntax, options) are the check's too: shown only when the check has none.
  stderr.write(checked.errors ? checked.text : built.text);
  if (!checked.errors) checkPassed?.();
  if (!built.errors) buildPassed?.();
  const errors = checked.errors || built.errors;
  if (errors) {
    stderr.write(`check-and-build: ${errors} TypeScript error(s)\n`);
    return 2;
  }
  const bundled = write ? bundleUnlessFresh(root, stderr) : 'fresh';
  // Said only of the parts run: `--build-only` never checked, so it says the build is fresh, not that all passed.
  const fresh = !check ? 'the build is' : !write ? 'the type check is' : 'nothing changed';
  if (checkFresh && buildFresh && bundled === 'fresh') stderr.write(`check-and-build: ${fresh === 'nothing changed' ? fresh : `${fresh} fresh,`} since the last passing run\n`);
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

if (process.argv[1] && existsSync(process.argv[1]) && pathToFileURL(realpathSync(process.argv[1])).href === import.meta.url) {
  // The project's root; another may be named. Real paths: Node loads a script run through a symlink from its real path.
  const options = process.argv.slice(2).filter((arg) => arg.startsWith('--'));
  const unknown = options.find((option) => !['--build-only', '--check-only'].includes(option));
  if (unknown || options.length > 1) {
    process.stderr.write(`check-and-build: ${unknown ? `unknown option ${unknown}` : 'give --build-only or --check-only, not both'} (usage: check-and-build.js [--build-only | --check-only] [root])\n`);
    process.exit(2);
  }
  const root = process.argv.slice(2).find((arg) => !arg.startsWith('--'));
  process.exitCode = await checkAndBuild(path.resolve(root ?? path.join(path.dirname(fileURLToPath(import.meta.url)), '..')), process.stderr, {
    check: !options.includes('--build-only'),
    build: !options.includes('--check-only'),
  });
}
