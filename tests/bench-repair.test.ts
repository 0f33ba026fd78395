/**
 * bench/repair.js without Python: where python3 (or ftfy) is missing, the
 * bench says so and prints our figures alone. A tiny run (10 KB of each text,
 * one warm round, no first calls: about 0.3 s of CPU) of the built library,
 * with a PATH that holds no python3.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from './helpers.js';

describe('bench/repair.js', () => {
  it('says Python is not installed and prints our figures alone', () => {
    const empty = mkdtempSync(path.join(tmpdir(), 'postings-no-python-'));
    try {
      const run = spawnSync(process.execPath, [path.join(ROOT, 'bench', 'repair.js')], {
        cwd: ROOT,
        encoding: 'utf8',
        env: { HOME: process.env.HOME, PATH: empty, BENCH_REPAIR_MB: '0.01', BENCH_REPAIR_ROUNDS: '1', BENCH_REPAIR_FIRST_RUNS: '0' },
      });
      expect(run.stderr).toBe('');
      expect(run.status).toBe(0);
      const lines = run.stdout.trimEnd().split('\n');
      expect(lines[0]).toMatch(/^repair against ftfy, 0\.01 MB of each text, Node v/);
      expect(lines[1]).toBe('  ftfy not measured: Python (python3) is not installed; our figures alone');
      const figures = lines.slice(2).map((line) => /^ {2}(\w+) +(\w+) +warm ([\d.]+) MB\/s CPU \(([\d.]+) wall\); first call not measured$/.exec(line));
      expect(figures.map((m) => m && `${m[1]} ${m[2]}`)).toEqual(['mojibake fixEncoding', 'mojibake repairText', 'clean fixEncoding', 'clean repairText']);
      for (const m of figures) expect(Number(m![3])).toBeGreaterThan(0);
      // No ratio against ftfy: nothing to compare with.
      expect(run.stdout).not.toMatch(/fix_encoding|target/);
    } finally {
      rmSync(empty, { recursive: true, force: true });
    }
  });
});
