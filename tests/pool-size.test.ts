/**
 * The default --jobs (src/pool-size.ts): workers only where they pay. The rule
 * is tested on stated machine facts, so it holds on any machine; the runs
 * check that a small default run stays in one thread and gives the same
 * output as --jobs 1.
 */
import { describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { readFileSync } from 'node:fs';
import { defaultJobs, physicalCores, poolJobs, POOL_RULE, runSize, type MachineFacts, type RunSize } from '../src/pool-size.js';
import { createPool } from '../src/run-pool.js';
import { manyPostings, ROOT, runBuilt } from './helpers.js';

const MB = 1024 * 1024;
const big: RunSize = { files: 10_000, bytes: 50 * MB };
const quietFour: MachineFacts = { cores: 4, physicalCores: 4, load: 0.2 };

describe('defaultJobs', () => {
  const cases: Array<[string, RunSize | undefined, MachineFacts, number]> = [
    ['a handful of files: one thread', { files: 12, bytes: 60_000 }, quietFour, 1],
    ['1,000 postings of 5 KB: one thread', { files: 1000, bytes: 5 * MB }, quietFour, 1],
    ['many files but few bytes: one thread', { files: 5000, bytes: 4 * MB }, quietFour, 1],
    ['few files but many bytes: one thread', { files: 1000, bytes: 40 * MB }, quietFour, 1],
    ['3,000 postings of 5 KB: two threads', { files: 3000, bytes: 15 * MB }, quietFour, 2],
    ['a large run on a quiet machine: every core', big, quietFour, 4],
    ['hyperthreads do not count', big, { cores: 8, physicalCores: 4, load: 0 }, 4],
    ['a busy machine: only the idle cores', big, { cores: 4, physicalCores: 4, load: 2.6 }, 1],
    ['a fully busy machine: one thread', big, { cores: 2, physicalCores: 2, load: 6 }, 1],
    ['no load average (Windows) or topology: the cores', big, { cores: 6 }, 6],
    ['a stream of unknown size: the machine decides', undefined, { cores: 2, physicalCores: 2, load: 0.1 }, 2],
    ['one core', big, { cores: 1, physicalCores: 1, load: 0 }, 1],
  ];
  it.each(cases)('%s', (_name, size, machine, threads) => {
    expect(defaultJobs(size, machine)).toBe(threads);
  });

  it('does not ask about the machine for a run too small for a worker', () => {
    expect(defaultJobs({ files: POOL_RULE.filesPerThread, bytes: POOL_RULE.bytesPerThread }, () => {
      throw new Error('asked');
    })).toBe(1);
  });
});

describe('createPool\'s threads (poolJobs)', () => {
  // review22: createPool() took every core; a pool has no run size, so unasked it takes what --jobs auto gives a stream.
  const cases: Array<[string, number | undefined, MachineFacts, number]> = [
    ['unasked on a busy 64-core box: only the idle cores', undefined, { cores: 64, physicalCores: 32, load: 60 }, 4],
    ['unasked on a quiet box with hyperthreads: the physical cores', undefined, { cores: 64, physicalCores: 32, load: 0 }, 32],
    ['unasked on a quiet 2-core box: both', undefined, { cores: 2, physicalCores: 2, load: 0.1 }, 2],
    ['asked for 2 on a busy box: 2', 2, { cores: 4, physicalCores: 4, load: 6 }, 2],
    ['asked for more than the cores: the cores', 1e9, quietFour, 4],
    ['asked for a fraction: the whole part', 1.9, quietFour, 1],
    ['asked for nothing sensible: one thread', Number.NaN, quietFour, 1],
    ['asked for below one: one thread', -1, quietFour, 1],
  ];
  it.each(cases)('%s', (_name, requested, machine, threads) => {
    expect(poolJobs(requested, machine)).toBe(threads);
  });

  it('keeps its workers under a key that names this version, so another installed version of postings never runs on them', async () => {
    const { version } = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { version: string };
    const pool = await createPool({ jobs: 1 });
    expect(Object.getOwnPropertySymbols(pool).map((key) => key.description)).toEqual([`postings.pool.workers@${version}`]);
    await pool.close();
  });
});

describe('physicalCores', () => {
  const cpuFolder = (cores: Array<[pkg: number, core: number]>) => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'postings-cpus-'));
    cores.forEach(([pkg, core], index) => {
      const topology = path.join(dir, `cpu${index}`, 'topology');
      mkdirSync(topology, { recursive: true });
      writeFileSync(path.join(topology, 'physical_package_id'), `${pkg}\n`);
      writeFileSync(path.join(topology, 'core_id'), `${core}\n`);
    });
    mkdirSync(path.join(dir, 'cpufreq'));
    return dir;
  };
  it('counts hyperthread siblings once, and cores of two packages apart', () => {
    expect(physicalCores(cpuFolder([[0, 0], [0, 0], [0, 1], [0, 1]]))).toBe(2);
    expect(physicalCores(cpuFolder([[0, 0], [1, 0]]))).toBe(2);
  });
  it('says nothing where the system says nothing', () => {
    expect(physicalCores(path.join(os.tmpdir(), 'no-such-cpu-folder'))).toBeUndefined();
  });
});

describe('runSize', () => {
  it('counts the files and estimates their bytes from a sample', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'postings-size-'));
    const names = Array.from({ length: 200 }, (_, index) => `${index}.md`);
    for (const name of names) writeFileSync(path.join(dir, name), 'x'.repeat(1000));
    expect(await runSize(names, dir)).toEqual({ files: 200, bytes: 200_000 });
    expect(await runSize([], dir)).toEqual({ files: 0, bytes: 0 });
  });
});

describe('the default --jobs in a run', () => {
  it('runs a small folder in this thread, with the same output as --jobs 1', async () => {
    const dir = manyPostings(12);
    const built = (await import(pathToFileURL(path.join(ROOT, 'dist', 'run.js')).href)) as typeof import('../src/run.js');
    const io = { stdout: { write: () => true }, stderr: { write: () => true }, readStdin: async () => new Uint8Array(), stdinIsTTY: true, cwd: ROOT, env: {} };
    let pooled = false;
    const docs = [];
    for await (const doc of built.processPaths([dir], io, { jobs: 'auto', onPoolClose: () => (pooled = true) })) docs.push(doc);
    expect(docs).toHaveLength(12);
    expect(pooled, 'no pool for twelve files').toBe(false);
    const auto = await runBuilt(['normalize', dir, '--format', 'ndjson']);
    const single = await runBuilt(['normalize', dir, '--format', 'ndjson', '--jobs', '1']);
    expect(auto.stdout).toBe(single.stdout);
    expect(auto.stderr).toBe(single.stderr);
  });
});
