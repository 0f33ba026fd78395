/**
 * I/O edges a user meets on a shell: pipes named on the command line
 * (`<(cat x.md)`), devices, a reader that goes away (`| head`), input far over
 * --max-bytes, and more --jobs than cores.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import path from 'node:path';
import { readNdjson } from '../src/input/ndjson.js';
import { BIN, FIXTURES, manyPostings, parseNdjson, ROOT, runCli } from './helpers.js';

const BASH = ['/bin/bash', '/usr/bin/bash'].find((file) => existsSync(file));
const POSTING = path.join(FIXTURES, 'postings', 'markdown-plain', 'input.md');
const quote = (text: string) => `'${text.replace(/'/g, `'\\''`)}'`;
const CLI = `${quote(process.execPath)} ${quote(BIN)}`;

/** Run a bash script (pipefail off, as in a plain shell) with the CLI as $CLI. */
function bash(script: string) {
  const result = spawnSync(BASH!, ['-c', script], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1', CI: 'true' }, maxBuffer: 64 * 1024 * 1024 });
  return { code: result.status ?? -1, stdout: result.stdout, stderr: result.stderr };
}

/** `bash` without blocking this process, so runs can share the wait. */
function bashAsync(script: string): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(BASH!, ['-c', script], { cwd: ROOT, env: { ...process.env, NO_COLOR: '1', CI: 'true' }, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (text: string) => (stdout += text));
    child.stderr.setEncoding('utf8').on('data', (text: string) => (stderr += text));
    child.on('close', (code) => resolve({ code: code ?? -1, stdout, stderr }));
  });
}

/** No stack trace and no uncaught error on stderr. */
function expectNoStackTrace(stderr: string) {
  expect(stderr).not.toMatch(/^\s+at /m);
  expect(stderr).not.toMatch(/\bError\b|EPIPE/);
}

const HAS_MKFIFO = spawnSync('mkfifo', ['--version']).status === 0;

describe('a pipe named on the command line', () => {
  let expected: Record<string, any>;
  beforeAll(async () => {
    expected = parseNdjson((await runCli(['normalize', POSTING, '-f', 'ndjson'])).stdout)[0]!;
  });

  /**
   * FIFOs in a new folder, each filled by a writer started here (`head -c 3000000 /dev/zero` for a huge one); `use`
   * runs with their paths. A run that never opened a pipe leaves its writer waiting for a reader: it is ended, not awaited.
   */
  async function withFifos<T>(kinds: Array<'posting' | 'huge'>, use: (fifos: string[]) => Promise<T>): Promise<T> {
    const dir = mkdtempSync(path.join(tmpdir(), 'postings-io-edges-'));
    const writers = kinds.map((kind, index) => {
      const fifo = path.join(dir, `${index}-${kind}.md`);
      spawnSync('mkfifo', [fifo]);
      const fill = kind === 'posting' ? 'cat "$1" > "$2"' : 'head -c 3000000 /dev/zero > "$2"';
      return { fifo, writer: spawn('sh', ['-c', fill, 'sh', POSTING, fifo], { stdio: 'ignore' }) };
    });
    try {
      return await use(writers.map(({ fifo }) => fifo));
    } finally {
      for (const { writer } of writers) writer.kill();
      rmSync(dir, { recursive: true, force: true });
    }
  }

  // In process (a start of the CLI costs about a second of CPU): a FIFO that a writer fills is the same kind of file as <(…).
  it.skipIf(!HAS_MKFIFO)('normalize --allow-special reads a pipe named as a path as the file itself, and refuses pipes over --max-bytes as too large', async () => {
    const result = await withFifos(['posting', 'huge', 'huge'], (fifos) => runCli(['normalize', '--allow-special', '--jobs', '1', '--max-bytes', '1000000', ...fifos, '-f', 'ndjson']));
    expect(result.stderr).not.toContain('empty');
    expect(result.code).toBe(1);
    const records = parseNdjson(result.stdout);
    expect(records).toHaveLength(1);
    expect(records[0]?.title).toBe(expected.title);
    expect(records[0]?.source.sha256).toBe(expected.source.sha256);
    expect(result.stderr.match(/error file-too-large/g)).toHaveLength(2);
    expectNoStackTrace(result.stderr);
  });

  it.skipIf(!HAS_MKFIFO)('validate --allow-special on a pipe named as a path checks the posting', async () => {
    const result = await withFifos(['posting'], (fifos) => runCli(['validate', '--allow-special', ...fifos]));
    expect(result.stderr).not.toContain('empty');
    expect(result.stderr).not.toContain('not a regular file');
    expect(result.code).toBe(0);
    expect(result.stdout + result.stderr).toMatch(/1 file/);
  });

  // The real binary once, through bash (what only a process shows: <(…) names the process's own descriptors, and its
  // stdin is endless): pipes read in worker threads (--jobs 2), huge ones refused there, and `cat /dev/zero |` read
  // one byte past --max-bytes (reading all of stdin first would never end; `timeout` only keeps a regression from
  // hanging the suite).
  it.skipIf(!BASH || !existsSync('/dev/zero') || spawnSync('timeout', ['--version']).status !== 0)('<(cat x.md) in worker threads (--jobs 2), pipes over --max-bytes refused there, and an endless stdin stopped one byte past it', () => {
    const pipes = Array.from({ length: 6 }, () => `<(cat ${quote(POSTING)})`).join(' ');
    const hugePipes = Array.from({ length: 5 }, () => `<(head -c 3000000 /dev/zero)`).join(' ');
    const result = bash(`cat /dev/zero | timeout 240 ${CLI} normalize --allow-special --jobs 2 --max-bytes 1000000 - ${pipes} ${hugePipes} -f ndjson`);
    expect(result.code).toBe(1);
    const records = parseNdjson(result.stdout);
    expect(records).toHaveLength(6);
    for (const record of records) expect(record.source.sha256).toBe(expected.source.sha256);
    expect(result.stderr.match(/^\/dev\/fd\/\d+ error file-too-large/gm)).toHaveLength(5);
    expect(result.stderr).toMatch(/^<stdin> error file-too-large file is 1000001 bytes, over the limit of 1000000/m);
    expectNoStackTrace(result.stderr);
  });
});

describe.skipIf(!existsSync('/dev/zero'))('a device', () => {
  it('is refused as not a regular file, by normalize, validate and repair alike', async () => {
    for (const command of ['normalize', 'validate', 'repair']) {
      const result = await runCli([command, '/dev/zero']);
      expect(result.code).toBe(1);
      expect(result.stderr).toContain('not a regular file');
      expect(result.stderr).not.toContain('empty');
    }
  });
});

/** Run the CLI, close its stdout after the first chunk, and collect stderr and the exit code. */
function runUntilFirstChunk(args: string[]): Promise<{ code: number | null; signal: NodeJS.Signals | null; stderr: string; chunks: number }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [BIN, ...args], { cwd: ROOT, env: { ...process.env, NO_COLOR: '1', CI: 'true' }, stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    let chunks = 0;
    child.stderr.setEncoding('utf8').on('data', (text: string) => (stderr += text));
    child.stdout.on('data', () => {
      chunks++;
      child.stdout.destroy();
    });
    child.on('close', (code, signal) => resolve({ code, signal, stderr, chunks }));
  });
}

describe('a reader that goes away (| head)', () => {
  const CORPUS = manyPostings(240);
  afterAll(() => rmSync(CORPUS, { recursive: true, force: true }));

  // One test, three runs at once (what only a process shows: its stdout closed under it). --jobs 1 works in the main
  // thread, where the closed pipe is noticed only between files; --jobs 2 exits with worker threads running; repair
  // has its own writer (given the folder's files: it prints no folder), and bash's `| head -c10` is the reader where bash is there.
  it('normalize (--jobs 1 and 2) and repair end quietly and stop work', async () => {
    const normalize = [['normalize', CORPUS, '-f', 'ndjson'], ['normalize', CORPUS, '-f', 'ndjson', '--jobs', '2'], ...(BASH ? [] : [['repair', `${CORPUS}/*`]])];
    const [runs, headed] = await Promise.all([Promise.all(normalize.map(runUntilFirstChunk)), BASH ? bashAsync(`set -o pipefail; ${CLI} repair ${quote(CORPUS)}/* | head -c10`) : undefined]);
    for (const [index, result] of runs.entries()) {
      const name = normalize[index]!.join(' ').replace(CORPUS, 'dir');
      expect(result.chunks, name).toBe(1);
      expectNoStackTrace(result.stderr);
      expect(result.signal, name).toBeNull();
      expect(result.code, name).toBe(0);
      // The run stopped: it never got to its summary line.
      expect(result.stderr, name).not.toMatch(/\d+ read/);
    }
    if (headed) {
      // pipefail: the exit code is postings' own (head's is 0), so a death by SIGPIPE (141) fails too.
      expect(headed.stdout).toHaveLength(10);
      expect(headed.code).toBe(0);
      expectNoStackTrace(headed.stderr);
      expect(headed.stderr).not.toMatch(/\d+ read/);
    }
  });
});

describe('input far over --max-bytes', () => {
  const hugeLine = JSON.stringify({ id: 'huge', content: 'x'.repeat(8 * 1024 * 1024) });
  const smallLine = JSON.stringify({ id: 'small', content: '# Night Nurse\n\nCare for patients at night.\n' });

  it('an 8 MB NDJSON line is an ndjson-line error for that line, and the next line is still read', async () => {
    const result = await runCli(['normalize', '--input', 'ndjson', '--max-bytes', '1000000', '-f', 'ndjson'], { input: `${hugeLine}\n${smallLine}\n` });
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/^<stdin>:1 error ndjson-line .*longer than/m);
    expectNoStackTrace(result.stderr);
    const records = parseNdjson(result.stdout);
    expect(records.map((record) => record.source.path)).toEqual(['small']);
    expect(records[0]?.title).toBe('Night Nurse');
  });

  it('normalize - with 8 MB of stdin is refused as too large', async () => {
    const result = await runCli(['normalize', '-', '--max-bytes', '1000000', '-f', 'ndjson'], { input: Buffer.alloc(8 * 1024 * 1024, 0x61) });
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/error file-too-large .*limit of 1000000/);
    expect(result.stdout.trim()).toBe('');
  });

  it('readNdjson splits lines across chunks, drops CR, and skips only the oversized line', async () => {
    const text = `${JSON.stringify({ id: 'a', content: 'one' })}\r\n${JSON.stringify({ id: 'b', content: 'y'.repeat(500) })}\n\n${JSON.stringify({ id: 'c', content: 'três' })}`;
    const bytes = Buffer.from(text);
    const chunks = Array.from({ length: Math.ceil(bytes.length / 7) }, (_, index) => bytes.subarray(index * 7, index * 7 + 7));
    const entries = [];
    async function* stream() {
      yield* chunks;
    }
    for await (const entry of readNdjson(stream(), 100)) entries.push(entry);
    expect(entries).toEqual([
      { line: 1, id: 'a', bytes: Buffer.from('one') },
      { line: 2, error: expect.stringContaining('longer than 100 bytes') },
      { line: 4, id: 'c', bytes: Buffer.from('três') },
    ]);
  });
});

describe.skipIf(availableParallelism() >= 64)('--jobs over the cores', () => {
  it('is capped at the cores, said once, and the output is the same as --jobs 1', async () => {
    const files = ['markdown-plain/input.md', 'crlf-yaml', 'html-page', 'json-hugo', 'yaml-jekyll', 'text-paste'].map((name) => path.join('fixtures', 'postings', name));
    const single = await runCli(['normalize', ...files, '-f', 'ndjson', '--jobs', '1']);
    const many = await runCli(['normalize', ...files, '-f', 'ndjson', '--jobs', '64']);
    expect(single.code).toBe(0);
    expect(many.code).toBe(0);
    expect(many.stdout).toBe(single.stdout);
    expect(parseNdjson(many.stdout).length).toBeGreaterThanOrEqual(6);
    const cores = availableParallelism();
    expect(many.stderr.match(/--jobs 64 is more than/g)).toHaveLength(1);
    expect(many.stderr).toContain(`using ${cores}`);
    expect(single.stderr).not.toContain('--jobs');
  });
});
