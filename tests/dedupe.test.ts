/**
 * `postings dedupe` and `normalize --dedupe` on fixtures/dedupe/corpus, whose
 * duplicate groups are known (fixtures/dedupe/expected.json): the same jobs
 * re-encoded, re-dated, with tracking links, template tags and small
 * rewordings, beside distinct jobs of the same companies that must never be
 * grouped.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { WorkerPool } from '../src/run-pool.js';
import { FIXTURES, parseNdjson, runBuilt, runCli, type CliResult } from './helpers.js';
import { loadedPool, workerNotes } from './pooled-runs.js';

interface ExpectedGroup {
  members: string[];
  representative: string;
  differs: string[];
}
const root = path.join(FIXTURES, 'dedupe');
const expected = JSON.parse(readFileSync(path.join(root, 'expected.json'), 'utf8')) as { groups: ExpectedGroup[]; alone: string[] };
const name = (file: string) => path.basename(file);
const CORPUS = 'fixtures/dedupe/corpus';

/**
 * The build's CLI in process with `--jobs 2` on one pool loaded before the run (Io.pool, as validate-scale's pooled run):
 * its worker takes the run's first files whatever the machine's load, and a test stage notes them. Left to start its
 * own workers, a run of these 13 small files could end in this thread before its worker had loaded (then nothing
 * crossed the threads), and each run paid a worker's start. The CLI's own start is io-edges' (the bin, --jobs 2) and
 * the library's own start workers.test.ts's early stop (the code the CLI's --jobs reaches).
 */
async function pooledRun(pool: WorkerPool, args: string[]): Promise<{ run: CliResult; inWorker: string[] }> {
  const notes = workerNotes();
  try {
    const run = await runBuilt([...args, '--jobs', '2'], { pool, env: { POSTINGS_TEST_STAGE: notes.stage } });
    return { run, inWorker: notes.inWorker() };
  } finally {
    notes.remove();
  }
}

describe('postings dedupe', () => {
  let result: CliResult;
  let groups: Array<Record<string, any>>;
  let pool: WorkerPool | undefined;
  beforeAll(async () => {
    result = await runCli(['dedupe', CORPUS, '--jobs', '1']);
    groups = parseNdjson(result.stdout);
    pool = await loadedPool();
  });
  afterAll(async () => {
    await pool?.close();
  });

  it('groups the fixture corpus exactly, one group a line', () => {
    expect(result.code, result.stderr).toBe(0);
    expect(groups.map((group) => group.members.map((m: { path: string }) => name(m.path)))).toEqual(expected.groups.map((g) => g.members));
  });

  it('never groups distinct jobs of the same company', () => {
    const grouped = new Set(groups.flatMap((group) => group.members.map((m: { path: string }) => name(m.path))));
    for (const file of expected.alone) expect(grouped.has(file), file).toBe(false);
  });

  it('chooses the earliest posting, else the one with the most fields, as the representative', () => {
    expect(groups.map((group) => name(group.representative.path))).toEqual(expected.groups.map((g) => g.representative));
  });

  it('lists the fields on which the members differ', () => {
    expect(groups.map((group) => group.differs)).toEqual(expected.groups.map((g) => g.differs));
    const northwind = groups[0]!;
    expect(new Set(northwind.members.map((m: { datePosted: string }) => m.datePosted)).size).toBe(4);
    // A tracking parameter is not a different apply URL; the footer's link is.
    expect(northwind.members.every((m: { apply: string[] }) => m.apply.every((url) => !url.includes('utm_')))).toBe(true);
  });

  it('gives copies that differ only in encoding and date the same fingerprint', () => {
    const northwind = groups[0]!.members as Array<{ path: string; fingerprint: string }>;
    const byName = new Map(northwind.map((m) => [name(m.path), m.fingerprint]));
    expect(byName.get('northwind-backend-utf16.md')).toBe(byName.get('northwind-backend.md'));
    expect(byName.get('northwind-backend-reworded.md')).not.toBe(byName.get('northwind-backend.md'));
  });

  it('gives each member its fingerprint and its similarity to the representative', () => {
    for (const group of groups) {
      for (const member of group.members) {
        expect(member.fingerprint).toMatch(/^[0-9a-f]{32}$/);
        expect(member.similarity).toBeGreaterThanOrEqual(0.5);
        expect(member.similarity).toBeLessThanOrEqual(1);
      }
    }
  });

  it('says how many groups it found on stderr, before the usual summary', () => {
    expect(result.stderr).toContain('postings: 3 duplicate groups, 9 records in them, 7 distinct jobs');
    expect(result.stderr).toMatch(/postings: 13 read, \d+ repaired, \d+ warnings, 0 failed\n$/);
  });

  it('gives the same groups through the worker pool (the build, in process), its worker taking files', async () => {
    const { run, inWorker } = await pooledRun(pool!, ['dedupe', CORPUS]);
    expect(inWorker.length, 'files the worker took').toBeGreaterThan(0);
    expect(run.stdout).toBe(result.stdout);
  });

  const distinct = [...expected.alone, ...expected.groups.map((g) => g.representative)].sort();
  // The pool exists only in the build: the pooled case runs dist/ in process, on the file's loaded pool.
  const cases: Array<[string, string[], boolean]> = [
    ['dedupe --format ndjson prints the deduplicated records', ['dedupe', CORPUS, '--format', 'ndjson'], false],
    ['normalize --dedupe keeps one record per group', ['normalize', CORPUS, '--dedupe', '--format', 'ndjson'], false],
    ['normalize --dedupe keeps one record per group in the pool too, its worker taking files', ['normalize', CORPUS, '--dedupe', '--format', 'ndjson'], true],
  ];
  for (const [title, args, pooled] of cases) {
    it(title, async () => {
      const { run, inWorker } = pooled ? await pooledRun(pool!, args) : { run: await runCli(args), inWorker: undefined };
      if (inWorker) expect(inWorker.length, 'files the worker took').toBeGreaterThan(0);
      expect(run.code, run.stderr).toBe(0);
      expect(parseNdjson(run.stdout).map((record) => name(record.source.path)).sort()).toEqual(distinct);
    });
  }

  it('dedupe --format csv --bom starts with a byte order mark, as normalize does', async () => {
    const bom = await runCli(['dedupe', CORPUS, '-f', 'csv', '--bom', '--jobs', '1']);
    expect(bom.code, bom.stderr).toBe(0);
    const plain = await runCli(['dedupe', CORPUS, '-f', 'csv', '--jobs', '1']);
    expect(plain.stdout).toMatch(/^id,title,/);
    expect(bom.stdout).toBe(`\uFEFF${plain.stdout}`);
  });

  it('normalize without --dedupe keeps every record', async () => {
    expect(parseNdjson((await runCli(['normalize', CORPUS, '--format', 'ndjson'])).stdout)).toHaveLength(13);
  });

  it('has help with examples, and is listed in the top help', async () => {
    expect((await runCli(['dedupe', '--help'])).stdout).toMatch(/Examples:\n\s+\$ postings dedupe /);
    expect((await runCli(['--help'])).stdout).toMatch(/^\s+dedupe \[options\]/m);
    expect((await runCli(['normalize', '--help'])).stdout).toContain('--dedupe');
  });

  const usage: Array<[string, string[], RegExp]> = [
    ['an unknown format', ['dedupe', CORPUS, '--format', 'xml'], /argument 'xml' is invalid/],
    ['a folder without postings', ['dedupe', mkdtempSync(path.join(os.tmpdir(), 'postings-empty-'))], /^postings: no posting files found in .*\n$/],
    ['--bom with a format other than csv', ['dedupe', CORPUS, '--bom'], /^postings: --bom is for --format csv\n$/],
    ['a missing file', ['dedupe', 'fixtures/dedupe/no-such-file.md'], /no-such-file\.md error read-failed cannot read file: no such file/],
  ];
  for (const [title, args, pattern] of usage) {
    it(`refuses ${title} with one line`, async () => {
      const run = await runCli(args);
      expect(run.code).not.toBe(0);
      expect(run.stderr).toMatch(pattern);
      expect(run.stderr).not.toMatch(/\n\s+at /);
    });
  }
});
