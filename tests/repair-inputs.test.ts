/**
 * `repair` takes normalize's input flags (#16): `--allow-special` reads pipes
 * named as paths (and `--write` never replaces one with a file), and
 * `--follow-symlinks` follows links that leave the folder given.
 */
import { describe, expect, it } from 'vitest';
import { spawn, spawnSync } from 'node:child_process';
import { lstatSync, mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { runCli } from './helpers.js';

const HAS_MKFIFO = spawnSync('mkfifo', ['--version']).status === 0;
const BROKEN = 'We\u201a\u00c4\u00f4re hiring a barista.\n';
const FIXED = 'We\u2019re hiring a barista.\n';

describe('repair --allow-special', () => {
  const tmp = mkdtempSync(path.join(os.tmpdir(), 'postings-repair-inputs-'));
  const file = path.join(tmp, 'broken.md');
  writeFileSync(file, BROKEN);

  // In process, through a FIFO that a writer fills (what `<(cat x)` names is the same kind of file; a start of the CLI
  // costs about a second of CPU): io-edges runs `<(…)` through the real binary.
  it.skipIf(!HAS_MKFIFO)('reads a pipe named as a path only when asked, as normalize does', async () => {
    const run = async (flags: string[]) => {
      const fifo = path.join(tmp, `pipe-${flags.length}.md`);
      spawnSync('mkfifo', [fifo]);
      const writer = spawn('sh', ['-c', 'cat "$1" > "$2"', 'sh', file, fifo], { stdio: 'ignore' });
      try {
        return { fifo, result: await runCli(['repair', ...flags, fifo]) };
      } finally {
        // A run that never opened the pipe leaves the writer waiting for a reader: it is ended, not awaited.
        writer.kill();
      }
    };
    const refused = await run([]);
    expect(refused.result.code).toBe(1);
    expect(refused.result.stderr).toBe(`${refused.fifo} error read-failed cannot read file: not a regular file (a pipe); pass --allow-special to read it\n`);
    const allowed = await run(['--allow-special']);
    expect(allowed.result.code, allowed.result.stderr).toBe(0);
    expect(allowed.result.stdout).toBe(FIXED);
  });

  it.skipIf(!HAS_MKFIFO)('with --write, refuses a pipe without opening it, and it stays a pipe', async () => {
    const fifo = path.join(tmp, 'posting.fifo');
    spawnSync('mkfifo', [fifo]);
    const result = await runCli(['repair', '--write', '--allow-special', fifo, file]);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('posting.fifo error write-refused not rewritten: not a regular file');
    expect(lstatSync(fifo).isFIFO()).toBe(true);
    expect(result.stderr).toMatch(/broken\.md: repaired 1 line/);
  });
});

describe('repair --follow-symlinks', () => {
  const outside = mkdtempSync(path.join(os.tmpdir(), 'postings-outside-'));
  writeFileSync(path.join(outside, 'elsewhere.md'), BROKEN);
  const folder = mkdtempSync(path.join(os.tmpdir(), 'postings-linked-'));
  mkdirSync(path.join(folder, 'jobs'));
  writeFileSync(path.join(folder, 'jobs', 'here.md'), BROKEN);
  symlinkSync(path.join(outside, 'elsewhere.md'), path.join(folder, 'jobs', 'link.md'));

  // A folder is walked by --write (and its --dry-run, whose diffs name each file); printing refuses one (no file would show where it starts).
  const cases: Array<[string, string[], number, number, RegExp]> = [
    ['skips a link out of the folder, with one error', ['--write', '--dry-run'], 1, 1, /link\.md error read-failed cannot read file: symbolic link leads outside the folder given; skipped \(--follow-symlinks follows it\)/],
    ['follows it when asked', ['--write', '--dry-run', '--follow-symlinks'], 0, 2, /^postings: 2 read, 2 would be repaired, 0 failed\n$/],
    ['prints no folder: a usage error naming it', [], 2, 0, /^postings: repair prints one file's text: jobs is a folder \(name its files, or repair them in place with --write\)\n$/],
    ['prints no folder, even beside a file', ['jobs/here.md'], 2, 0, /^postings: repair prints one file's text: jobs is a folder/],
  ];
  for (const [title, flags, code, diffs, stderr] of cases) {
    it(title, async () => {
      const result = await runCli(['repair', ...flags, 'jobs'], { cwd: folder });
      expect(result.code).toBe(code);
      expect(result.stdout.split('\n').filter((line) => line === `+${FIXED.trim()}`)).toHaveLength(diffs);
      expect(result.stderr).toMatch(stderr);
    });
  }

  it('prints a link named as a file', async () => {
    const result = await runCli(['repair', 'jobs/link.md', 'jobs/here.md'], { cwd: folder });
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toBe(FIXED + FIXED);
  });

  it('--write --follow-symlinks repairs the linked file too', async () => {
    const result = await runCli(['repair', '--write', '--follow-symlinks', 'jobs'], { cwd: folder });
    expect(result.code, result.stderr).toBe(0);
    expect(result.stderr).toMatch(/postings: 2 read, 2 repaired, 0 failed/);
  });
});
