/**
 * I/O edges a user meets on a shell: pipes named on the command line
 * (`<(cat x.md)`), devices, a reader that goes away (`| head`), input far over
 * --max-bytes, and more --jobs than cores.
 */
import { beforeAll, describe, expect, it } from 'vitest';
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

/** No stack trace and no uncaught error on stderr. */
function expectNoStackTrace(stderr: string) {
  expect(stderr).not.toMatch(/^\s+at /m);
  expect(stderr).not.toMatch(/\bError\b|EPIPE/);
}

describe.skipIf(!BASH)('a pipe named on the command line', () => {
  let expected: Record<string, any>;
  beforeAll(async () => {
    expected = parseNdjson((await runCli(['normalize', POSTING, '-f', 'ndjson'])).stdout)[0]!;
  });

  const hugePipes = Array.from({ length: 5 }, () => `<(head -c 3000000 /dev/zero)`).join(' ');

  // One process for both (each start of the CLI costs about 2 s of CPU): a good pipe read in process, huge ones refused.
  it('normalize <(cat x.md) gives the same record as the file itself, and refuses pipes over --max-bytes as too large in process', async () => {
    const result = bash(`${CLI} normalize --allow-special --jobs 1 --max-bytes 1000000 <(cat ${quote(POSTING)}) ${hugePipes} -f ndjson`);
    expect(result.stderr).not.toContain('empty');
    expect(result.code).toBe(1);
    const records = parseNdjson(result.stdout);
    expect(records).toHaveLength(1);
    expect(records[0]?.title).toBe(expected.title);
    expect(records[0]?.source.sha256).toBe(expected.source.sha256);
    expect(result.stderr.match(/error file-too-large/g)).toHaveLength(5);
    expectNoStackTrace(result.stderr);
  });

  // In process (a start of the CLI costs seconds of CPU): a FIFO that a writer fills is the same kind of file as <(…).
  it.skipIf(spawnSync('mkfifo', ['--version']).status !== 0)('validate --allow-special on a pipe named as a path checks the posting', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'postings-io-edges-'));
    try {
      const fifo = path.join(dir, 'posting.md');
      spawnSync('mkfifo', [fifo]);
      const writer = spawn('sh', ['-c', 'cat "$1" > "$2"', 'sh', POSTING, fifo], { stdio: 'ignore' });
      const result = await runCli(['validate', '--allow-special', fifo]);
      // A run that never opened the pipe leaves the writer waiting for a reader: it is ended, not awaited.
      writer.kill();
      expect(result.stderr).not.toContain('empty');
      expect(result.stderr).not.toContain('not a regular file');
      expect(result.code).toBe(0);
      expect(result.stdout + result.stderr).toMatch(/1 file/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  // One run with a pool for both (each start of a pool costs seconds of CPU): good pipes read, huge ones refused.
  it('reads several pipes in worker threads (--jobs 2) too, and refuses the ones over --max-bytes there', async () => {
    const pipes = Array.from({ length: 6 }, () => `<(cat ${quote(POSTING)})`).join(' ');
    const result = bash(`${CLI} normalize --allow-special --jobs 2 --max-bytes 1000000 ${pipes} ${hugePipes} -f ndjson`);
    expect(result.code).toBe(1);
    const records = parseNdjson(result.stdout);
    expect(records).toHaveLength(6);
    for (const record of records) expect(record.source.sha256).toBe(expected.source.sha256);
    expect(result.stderr.match(/error file-too-large/g)).toHaveLength(5);
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
  // repair's case is the `| head -c10` run below where bash is there (one process less, about 2 s of CPU).
  const cases = [...(BASH ? [] : [['repair', CORPUS]]), ['normalize', CORPUS, '-f', 'ndjson'], ['normalize', CORPUS, '-f', 'ndjson', '--jobs', '2']];
  for (const args of cases) {
    it(`postings ${args.join(' ').replace(CORPUS, 'dir')} ends quietly and stops work`, async () => {
      const result = await runUntilFirstChunk(args);
      expect(result.chunks).toBe(1);
      expectNoStackTrace(result.stderr);
      expect(result.signal).toBeNull();
      expect(result.code).toBe(0);
      // The run stopped: it never got to its summary line.
      expect(result.stderr).not.toMatch(/\d+ read/);
    });
  }

  it.skipIf(!BASH)('postings repair dir | head -c10 prints ten bytes and no error, ends quietly and stops work', async () => {
    // pipefail: the exit code is postings' own (head's is 0), so a death by SIGPIPE (141) fails too.
    const result = bash(`set -o pipefail; ${CLI} repair ${quote(CORPUS)} | head -c10`);
    expect(result.stdout).toHaveLength(10);
    expect(result.code).toBe(0);
    expectNoStackTrace(result.stderr);
    // The run stopped: it never got to its summary line.
    expect(result.stderr).not.toMatch(/\d+ read/);
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

  it.skipIf(!BASH || !existsSync('/dev/zero') || spawnSync('timeout', ['--version']).status !== 0)('normalize - stops reading an endless stdin one byte past --max-bytes', async () => {
    // Reading all of stdin first would never end; `timeout` only keeps a regression from hanging the suite (and the machine).
    const result = spawnSync(BASH!, ['-c', `cat /dev/zero | timeout 60 ${CLI} normalize - --max-bytes 1000000 -f ndjson`], { cwd: ROOT, encoding: 'utf8' });
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/<stdin> error file-too-large .*limit of 1000000/);
    expectNoStackTrace(result.stderr);
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
