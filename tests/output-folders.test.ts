/**
 * Output folders are made one level at a time (src/emit/folders.ts): under
 * /proc, where Node 20's recursive mkdir loops forever at full CPU, every
 * command that makes a folder for its output stops with one line naming the
 * folder and exit 2. In process (`main(argv, io)`): the folders are made with
 * fs.promises, so a recursive mkdir that loops does it in libuv's thread pool,
 * the test's await never ends, and the test's own limit fails it (no assertion
 * on time); this thread stays free to report it.
 */
import { existsSync, mkdtempSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { FolderError, makeFolders } from '../src/emit/folders.js';
import { FIXTURES, runCli } from './helpers.js';

/** Far more than a run needs even on a busy machine; only a hang reaches it. */
const LIMIT_MS = 120_000;

describe.skipIf(!existsSync('/proc/self'))('an output folder under /proc (a file system that refuses new folders)', () => {
  it.each([
    ['validate --output-file', ['validate', path.join(FIXTURES, 'validate'), '--output-file', '/proc/nope/x.txt'], 'postings: --output-file /proc/nope/x.txt: cannot write: '],
    ['normalize --out', ['normalize', path.join(FIXTURES, 'postings'), '--out', '/proc/nope/out'], 'postings: --out /proc/nope/out cannot be created: '],
    ['report --out', ['report', path.join(FIXTURES, 'postings'), '--out', '/proc/nope/report.html'], 'postings: cannot write /proc/nope/report.html: '],
  ])('%s ends with one line naming the folder, exit 2', async (_name, args, start) => {
    const run = await runCli(args);
    expect(run.code).toBe(2);
    const first = run.stderr.split('\n')[0]!;
    expect(first.startsWith(start), first).toBe(true);
    expect(first).toContain('cannot create the folder /proc/nope: this file system allows no new folder there');
  }, LIMIT_MS);
});

describe('makeFolders', () => {
  it('makes every missing level, and is content when they exist', async () => {
    const deep = path.join(mkdtempSync(path.join(tmpdir(), 'postings-folders-')), 'a', 'b', 'c');
    await makeFolders(deep);
    expect(statSync(deep).isDirectory()).toBe(true);
    await makeFolders(deep);
  });

  it('names the file in the way', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'postings-folders-'));
    writeFileSync(path.join(dir, 'file'), 'not a folder');
    const made = makeFolders(path.join(dir, 'file', 'below', 'deeper'));
    await expect(made).rejects.toBeInstanceOf(FolderError);
    await expect(made).rejects.toThrow(`${path.join(dir, 'file')} is not a folder`);
  });
});
