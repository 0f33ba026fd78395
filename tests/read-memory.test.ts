/**
 * Reads sized to the file: a document's bytes hold the file and not a fixed
 * read buffer around it (a 1 MiB buffer per file was kept alive by doc.bytes,
 * issue #18), whether the file is read in a worker (sync) or in the main
 * thread (async); limits and files of unknown size are read as before.
 */
import { describe, expect, it } from 'vitest';
import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { readInput, readInputSync } from '../src/input/read.js';

const dir = mkdtempSync(path.join(os.tmpdir(), 'postings-read-'));
const noStdin = async () => new Uint8Array();

describe('reading a file', () => {
  for (const size of [5_000, 100_000, 2_000_000]) {
    it(`keeps ${size} bytes in a buffer of about that size`, async () => {
      const file = path.join(dir, `${size}.md`);
      writeFileSync(file, 'a'.repeat(size));
      for (const read of [readInputSync(file, dir, 5 * 1024 * 1024), await readInput(file, dir, 5 * 1024 * 1024, noStdin)]) {
        if (!('bytes' in read)) throw new Error(read.error);
        expect(read.bytes.length).toBe(size);
        expect(read.bytes.buffer.byteLength).toBeLessThanOrEqual(size + 1);
      }
    });
  }

  it('still refuses a file one byte over the limit, and reads one at the limit', async () => {
    const file = path.join(dir, 'limit.md');
    writeFileSync(file, 'b'.repeat(1000));
    expect(readInputSync(file, dir, 999)).toMatchObject({ ruleId: 'file-too-large' });
    expect(readInputSync(file, dir, 1000)).toMatchObject({ bytes: expect.any(Uint8Array) });
    expect(await readInput(file, dir, 999, noStdin)).toMatchObject({ ruleId: 'file-too-large' });
  });

  it('reads an empty file as no bytes', () => {
    const file = path.join(dir, 'empty.md');
    writeFileSync(file, '');
    const read = readInputSync(file, dir, 1000);
    expect('bytes' in read && read.bytes.length).toBe(0);
  });

  it.skipIf(process.platform !== 'linux')('reads a file whose size says 0 to its end, as it reads a pipe (/proc files)', () => {
    const read = readInputSync('/proc/self/status', dir, 1_000_000);
    if (!('bytes' in read)) throw new Error(read.error);
    expect(Buffer.from(read.bytes).toString('utf8')).toMatch(/^Name:[\s\S]*\nPid:/);
  });
});
