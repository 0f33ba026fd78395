#!/usr/bin/env node
/**
 * `npm test`'s pretest: one TypeScript program over src/, tests/ and bench/
 * (tsconfig.json) type-checks them all and writes src's JavaScript and
 * declarations to dist/ as `tsc -p tsconfig.build.json` does, then the
 * bundles are made (`npm run bundle`, `npm run bundle:cjs`). Two tsc runs (the
 * build, then the type check) checked src twice and loaded the libraries'
 * types twice; this loads and checks everything once. Fails, as tsc does, on
 * any error, after printing every one.
 *
 * Incremental: the program's state (node_modules/.cache/postings/) keeps each
 * file's diagnostics and declaration signature, so a second `npm test` checks
 * only the files a change can affect and writes only their outputs. A build
 * that misses any output (dist/ removed or partly copied), or finds one written
 * after its state (another build, another branch), starts from nothing.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, rmSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';

// The project's root; another may be named (tests check the script on a small project of their own).
const ROOT = path.resolve(process.argv[2] ?? path.join(path.dirname(fileURLToPath(import.meta.url)), '..'));

/** Options and files of a tsconfig, as tsc reads them. */
function readConfig(name) {
  const parsed = ts.getParsedCommandLineOfConfigFile(path.join(ROOT, name), {}, { ...ts.sys, onUnRecoverableConfigFileDiagnostic: (d) => report([d]) });
  if (!parsed) process.exit(1);
  return parsed;
}

const host = { getCanonicalFileName: (f) => f, getCurrentDirectory: () => ROOT, getNewLine: () => ts.sys.newLine };
function report(diagnostics) {
  if (diagnostics.length) process.stderr.write(ts.formatDiagnosticsWithColorAndContext(diagnostics, host));
}

const all = readConfig('tsconfig.json');
const build = readConfig('tsconfig.build.json');
const built = new Set(build.fileNames.map((file) => path.resolve(file)));
const stateFile = path.join(ROOT, 'node_modules', '.cache', 'postings', 'check-and-build.tsbuildinfo');
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
  process.stderr.write(`check-and-build: ${diagnostics.length} TypeScript error(s)\n`);
  process.exit(2);
}
for (const script of ['bundle', 'bundle:cjs']) {
  const run = spawnSync('npm', ['run', script, '--silent'], { cwd: ROOT, stdio: 'inherit', shell: process.platform === 'win32' });
  if (run.status !== 0) process.exit(run.status ?? 1);
}
