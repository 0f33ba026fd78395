/**
 * Run the CLI as a user does. `runCli` runs `main(argv, io)` in this process
 * with captured output (fast: no process start, no bundle load); `runBin`
 * starts the real binary, for the few tests about processes, pipes and signals.
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it, type TestFunction } from 'vitest';
import { main } from '../src/cli.js';
import type { Io, Writer } from '../src/io.js';
import type { WorkerPool } from '../src/run-pool.js';
import { codePage } from '../src/repair/codepages.js';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const BIN = path.join(ROOT, 'bin', 'postings.js');
export const SHARED = path.resolve(ROOT, '..', 'shared');
export const SEEDS = path.join(SHARED, 'seeds');
export const CORPUS = path.join(SHARED, 'corpus', 'real');
export const FIXTURES = path.join(ROOT, 'fixtures');
/** The project's own postings, one for each format and encoding. */
export const POSTINGS = path.join(FIXTURES, 'postings');

/** Whether ../shared (seeds, real corpus, ftfy's cases) sits beside the repository; a clone alone has none. */
export const HAS_SHARED = existsSync(SEEDS) && existsSync(CORPUS) && existsSync(path.join(SHARED, 'peers', 'ftfy-cases.json'));
export const SHARED_REASON = 'needs ../shared (seeds, corpus, ftfy cases) beside the repository, and it is absent';

/**
 * A suite that reads ../shared: skipped with a one-line reason when it is absent.
 * Put the suite's work in beforeAll or in its tests, never at module level.
 */
export function describeShared(title: string, body: () => void): void {
  if (HAS_SHARED) describe(title, body);
  else {
    sayShared(title);
    describe.skip(`${title} (skipped: ${SHARED_REASON})`, body);
  }
}

/** One test that reads ../shared, in a suite that otherwise does not: skipped with the same one-line reason when it is absent. */
export function itShared(title: string, body: TestFunction, timeout?: number): void {
  if (HAS_SHARED) it(title, body, timeout);
  else {
    sayShared(title);
    it.skip(`${title} (skipped: ${SHARED_REASON})`, body);
  }
}

/** The line a skipped ../shared suite or test prints, seen in the run's output and not only in the test's name; its file first, as vitest names tests. */
function sayShared(title: string): void {
  const file = expect.getState().testPath;
  process.stderr.write(`skipped "${file ? `${path.basename(file)} > ` : ''}${title}": ${SHARED_REASON}\n`);
}

export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

export interface CliOptions {
  input?: string | Buffer;
  cwd?: string;
  env?: Record<string, string>;
  /** Loaded workers for a run given `--jobs` above 1 (Io.pool): the build's createPool. */
  pool?: WorkerPool;
}

/** The environment both runners give: no colour, in CI (so never a progress bar). */
function cliEnv(env: Record<string, string> | undefined): Record<string, string | undefined> {
  return { ...process.env, NO_COLOR: '1', CI: 'true', ...env };
}

/** A writer that keeps every chunk; text and bytes alike. */
export function captureWriter(isTTY = false): Writer & { text(): string; bytes(): Buffer } {
  const chunks: Buffer[] = [];
  return {
    isTTY,
    write: (chunk: string | Uint8Array) => {
      chunks.push(typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : Buffer.from(chunk));
      return true;
    },
    text: () => Buffer.concat(chunks).toString('utf8'),
    bytes: () => Buffer.concat(chunks),
  };
}

/** An Io for `main`: stdin from `input` (a pipe, never a terminal), output captured. */
export function cliIo(options: CliOptions = {}): Io & { stdout: ReturnType<typeof captureWriter>; stderr: ReturnType<typeof captureWriter> } {
  const input = typeof options.input === 'string' ? Buffer.from(options.input, 'utf8') : (options.input ?? Buffer.alloc(0));
  return {
    stdout: captureWriter(),
    stderr: captureWriter(),
    readStdin: async (limit) => (limit === undefined ? input : input.subarray(0, limit)),
    stdinStream: async function* () {
      if (input.length) yield input;
    },
    stdinIsTTY: false,
    cwd: options.cwd ?? ROOT,
    env: cliEnv(options.env),
    ...(options.pool ? { pool: options.pool } : {}),
  };
}

/** Run the CLI in process through `main(argv, io)`: what a user sees, without starting a process. */
export async function runCli(args: string[], options: CliOptions = {}): Promise<CliResult> {
  const io = cliIo(options);
  const code = await main(args, io);
  return { code, stdout: io.stdout.text(), stderr: io.stderr.text() };
}

/**
 * A text's records as `normalize --format ndjson` gives them, through runCli: each text is written to a new file
 * (Markdown unless `extension` says otherwise) in a temporary folder (named from `prefix`, removed after the test file).
 */
export function normalizerInTempFiles(prefix: string): (text: string, extension?: string) => Promise<{ result: CliResult; records: Record<string, any>[] }> {
  const dir = mkdtempSync(path.join(tmpdir(), prefix));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  return async (text, extension = 'md') => {
    const file = path.join(dir, `case-${Math.random().toString(36).slice(2)}.${extension}`);
    writeFileSync(file, text);
    const result = await runCli(['normalize', file, '--format', 'ndjson']);
    return { result, records: parseNdjson(result.stdout) };
  };
}

/** A text's one record through normalizerInTempFiles; the test fails (showing stderr) when there is none. */
export function recordInTempFiles(prefix: string): (text: string, extension?: string) => Promise<Record<string, any>> {
  const normalize = normalizerInTempFiles(prefix);
  return async (text, extension) => {
    const { result, records } = await normalize(text, extension);
    expect(records[0], result.stderr).toBeDefined();
    return records[0]!;
  };
}

/**
 * Run the built CLI (dist/cli.js) in process: the same as runCli, but with
 * the worker pool, which only the build has (run from src/, work stays in this thread).
 */
export async function runBuilt(args: string[], options: CliOptions = {}): Promise<CliResult> {
  const built = (await import(pathToFileURL(path.join(ROOT, 'dist', 'cli.js')).href)) as typeof import('../src/cli.js');
  const io = cliIo(options);
  const code = await built.main(args, io);
  return { code, stdout: io.stdout.text(), stderr: io.stderr.text() };
}

/** Run the built binary as a real process: real stdin/stdout/stderr, an exit code. */
export function runBin(args: string[], options: CliOptions = {}): CliResult {
  const result = spawnSync(process.execPath, [BIN, ...args], {
    cwd: options.cwd ?? ROOT,
    input: options.input ?? '',
    env: cliEnv(options.env),
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
  });
  return { code: result.status ?? -1, stdout: result.stdout, stderr: result.stderr };
}

/** Every input file of fixtures/postings, in code-point order of their folders. */
export function fixturePostings(): string[] {
  return readdirSync(POSTINGS).sort().flatMap((name) => readdirSync(path.join(POSTINGS, name)).filter((file) => file.startsWith('input.')).map((file) => path.join(POSTINGS, name, file)));
}

/** A temporary folder of `count` postings (copies of the fixtures), for runs that need many files. */
export function manyPostings(count: number, { repeat = 1 } = {}): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'postings-many-'));
  const inputs = fixturePostings();
  for (let i = 0; i < count; i++) {
    const input = inputs[i % inputs.length]!;
    const target = path.join(dir, `${String(i).padStart(4, '0')}-${path.basename(path.dirname(input))}${path.extname(input)}`);
    // `repeat` makes longer postings (the body again and again), for runs that must last.
    if (repeat === 1) copyFileSync(input, target);
    else writeFileSync(target, Buffer.concat(Array.from({ length: repeat }, () => readFileSync(input))));
  }
  return dir;
}

/**
 * A test stage (POSTINGS_TEST_STAGE) that waits `ms` for each file without CPU: a run that lasts past the progress bar's
 * delay (a second, src/progress.ts) on any machine, for a few files' CPU instead of hundreds.
 */
export function waitingStage(ms: number): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'postings-wait-stage-'));
  const file = path.join(dir, 'wait-stage.mjs');
  writeFileSync(file, `const sleeper = new Int32Array(new SharedArrayBuffer(4));
export default function waitAWhile(doc) {
  Atomics.wait(sleeper, 0, 0, ${ms});
  return doc;
}
`);
  return file;
}

/** Parse NDJSON output into records. */
export function parseNdjson<T = Record<string, any>>(text: string): T[] {
  return text.split('\n').filter((line) => line.trim()).map((line) => JSON.parse(line) as T);
}

/** UTF-8 bytes of `text` read with a one-byte page, as browsers do (C1 controls for unassigned bytes): the mojibake repair undoes. */
export function misdecode(text: string, encoding: string): string {
  if (encoding === 'latin-1') return Buffer.from(text, 'utf8').toString('latin1');
  const page = codePage(encoding)!;
  let out = '';
  for (const byte of Buffer.from(text, 'utf8')) out += byte < 0x80 ? String.fromCharCode(byte) : page.high[byte - 0x80];
  return out;
}

/** Each file's error lines on stderr, by file name. */
export function errorsByFile(stderr: string): Record<string, string[]> {
  const errors: Record<string, string[]> = {};
  for (const line of stderr.split('\n')) {
    const match = /^(\S+?)(?::\d+)*\s+error (\S+)/.exec(line);
    if (match) (errors[path.basename(match[1]!)] ??= []).push(match[2]!);
  }
  return errors;
}
