/**
 * bench/startup.js measures the same 3-4 KB posting of the project's own in
 * every clone, with ../shared beside it or not, and says which file it
 * measured (#18: without ../shared it used to measure fixtures' first file,
 * 154 bytes, silently). One round: the figures are not checked, only what was run.
 */
import { spawnSync } from 'node:child_process';
import { statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from './helpers.js';

describe('bench/startup.js', () => {
  it('names the posting it measured: fixtures/bench/startup-posting.md, 3 to 4 KB', { timeout: 300_000 }, () => {
    const run = spawnSync(process.execPath, [path.join(ROOT, 'bench', 'startup.js'), '--rounds', '1'], { cwd: ROOT, env: { PATH: path.dirname(process.execPath) }, encoding: 'utf8' });
    expect(run.status, run.stderr).toBe(0);
    const size = statSync(path.join(ROOT, 'fixtures', 'bench', 'startup-posting.md')).size;
    expect(size).toBeGreaterThanOrEqual(3000);
    expect(size).toBeLessThan(4000);
    expect(run.stdout.split('\n')[0]).toMatch(new RegExp(`^start-up: fixtures/bench/startup-posting\\.md, ${size} bytes; 1 rounds;`));
    // One round's CPU of `node -e 0` can read 0.00 s on a busy machine (the shell's `times` counts in 10 ms steps): the
    // bench then prints "?" for that ratio rather than a division by zero.
    expect(run.stdout).toMatch(/--version \/ node -e 0 +wall [\d.]+x +CPU (?:[\d.]+x|\?x .*against 0\.00 s of CPU)/);
  });
});
