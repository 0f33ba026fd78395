#!/usr/bin/env node
/**
 * `npm test`'s pretest: one TypeScript program over src/, tests/ and bench/
 * (tsconfig.json) type-checks them all and writes src's JavaScript and
 * declarations to dist/ as `tsc -p tsconfig.build.json` does, then the
 * bundles are made (package.json's `bundle` and `bundle:cjs` scripts). Two tsc
 * runs (the build, then the type check) checked src twice and loaded the
 * libraries' types twice; this loads and checks everything once. Fails, as tsc
 * does, on any error, after printing every one.
 *
 * Incremental: the program's state (node_modules/.cache/postings/) keeps each
 * file's diagnostics and declaration signature, so a second `npm test` checks
 * only the files a change can affect and writes only their outputs. A build
 * that misses any output (dist/ removed or partly copied), or finds one written
 * after its state (another build, another branch), starts from nothing.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, realpathSync, rmSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

// require, not import: importing TypeScript's 9 MB CommonJS file from ESM makes Node scan it for its exports and its
// syntax first, about 0.6 s of CPU more on every pretest.
const ts = createRequire(import.meta.url)('typescript');

/**
 * Checks and builds the project at `root`, writing diagnostics to `stderr`; returns the exit code (2 on type errors).
 * Tests call it in process on a small project of their own.
 */
export function checkAndBuild(root, stderr = process.stderr) {
  const host = { getCanonicalFileName: (f) => f, getCurrentDirectory: () => root, getNewLine: () => ts.sys.newLine };
  const report = (diagnostics) => {
    if (diagnostics.length) stderr.write(ts.formatDiagnosticsWithColorAndContext(diagnostics, host));
  };
  /** Options and files of a tsconfig, as tsc reads them. */
  const readConfig = (name) => {
    let unrecoverable = false;
    const onUnRecoverableConfigFileDiagnostic = (d) => {
      unrecoverable = true;
      report([d]);
    };
    const parsed = ts.getParsedCommandLineOfConfigFile(path.join(root, name), {}, { ...ts.sys, onUnRecoverableConfigFileDiagnostic });
    return unrecoverable ? undefined : parsed;
  };

  const all = readConfig('tsconfig.json');
  const build = all && readConfig('tsconfig.build.json');
  if (!all || !build) return 1;
  const built = new Set(build.fileNames.map((file) => path.resolve(file)));
  const stateFile = path.join(root, 'node_modules', '.cache', 'postings', 'check-and-build.tsbuildinfo');
  // The state says which outputs were written, not whether they are still there or still this script's: without every
  // one, or with one written after the state (by `npm run build`, or on another branch), build everything.
  const stateTime = existsSync(stateFile) ? statSync(stateFile).mtimeMs : -Infinity;
  const outputsOurs = build.fileNames.every((file) => ts.getOutputFileNames(build, file, false).every((output) => existsSync(output) && statSync(output).mtimeMs <= stateTime));
  if (!outputsOurs) rmSync(stateFile, { force: true });
  // The build's own options (rootDir src, outDir dist), for the whole program: files outside rootDir are checked, never written.
  const options = { ...build.options, noEmit: false, incremental: true, tsBuildInfoFile: stateFile };
  const compilerHost = ts.createIncrementalCompilerHost(options);
  const program = ts.createIncrementalProgram({ rootNames: all.fileNames, options, host: compilerHost, configFileParsingDiagnostics: [...all.errors, ...build.errors] });
  const outside = (diagnostic) => diagnostic.code === 6059; // "File is not under 'rootDir'": tests and bench are not emitted.
  const diagnostics = ts.getPreEmitDiagnostics(program).filter((d) => !outside(d));
  // Only src/'s outputs and the state are written: tests' and bench's would land outside dist/.
  const writeFile = (fileName, text, bom, onError, sources) => {
    if (fileName === stateFile || sources?.every((source) => built.has(path.resolve(source.fileName)))) compilerHost.writeFile(fileName, text, bom, onError, sources);
  };
  for (let next = program.emitNextAffectedFile(writeFile); next; next = program.emitNextAffectedFile(writeFile)) {
    diagnostics.push(...next.result.diagnostics);
  }
  report(diagnostics);
  if (diagnostics.some((d) => d.category === ts.DiagnosticCategory.Error)) {
    stderr.write(`check-and-build: ${diagnostics.length} TypeScript error(s)\n`);
    return 2;
  }
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

// The project's root; another may be named. Real paths: Node loads a script run through a symlink from its real path.
if (process.argv[1] && existsSync(process.argv[1]) && pathToFileURL(realpathSync(process.argv[1])).href === import.meta.url) {
  process.exitCode = checkAndBuild(path.resolve(process.argv[2] ?? path.join(path.dirname(fileURLToPath(import.meta.url)), '..')));
}
