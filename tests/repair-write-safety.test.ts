/**
 * `repair --write` under concurrency and faults: a file changed during the
 * run is skipped, owner, group, mode and hard links are kept or the file is
 * refused, read-only files need --force, and a killed run's temp files are
 * cleaned up by the next one.
 */
import { chmodSync, chownSync, copyFileSync, linkSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { promises as fs } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIXTURES, runCli } from './helpers.js';
import { repairFile } from '../src/commands/repair-write.js';

const MOJIBAKE = path.join(FIXTURES, 'validate', 'mojibake.md');

function copyOfMojibake(): { dir: string; file: string } {
  const dir = mkdtempSync(path.join(tmpdir(), 'postings-write-safety-'));
  const file = path.join(dir, 'mojibake.md');
  copyFileSync(MOJIBAKE, file);
  return { dir, file };
}

/** A process id that is not running, for a temp file left by a killed run. */
function deadPid(): number {
  for (let pid = 4_000_000; ; pid--) {
    try {
      process.kill(pid, 0);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ESRCH') return pid;
    }
  }
}

describe('repair --write safety', () => {
  it('skips a file another process appended to during the run, keeping both its text and the appended line', async () => {
    const { dir, file } = copyOfMojibake();
    const outcome = await repairFile(file, {}, {
      rename: fs.rename,
      unlink: fs.unlink,
      // The other process writes while our temp file is being made.
      open: (async (...args: Parameters<typeof fs.open>) => {
        const handle = await fs.open(...args);
        await fs.appendFile(file, 'appended by someone else\n');
        return handle;
      }) as typeof fs.open,
    });
    expect(outcome).toEqual({ status: 'failed', ruleId: 'file-changed', reason: 'not rewritten: another process changed it since it was read' });
    expect(readFileSync(file, 'utf8')).toBe(readFileSync(MOJIBAKE, 'utf8') + 'appended by someone else\n');
    expect(readdirSync(dir)).toEqual(['mojibake.md']);
  });

  it('refuses a file with hard links, and leaves both names as they were', async () => {
    const { dir, file } = copyOfMojibake();
    linkSync(file, path.join(dir, 'other-name.md'));
    const result = await runCli(['repair', '--write', file]);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('error write-refused not rewritten: it has 2 hard links, and replacing it would split them');
    expect(readFileSync(file).equals(readFileSync(MOJIBAKE))).toBe(true);
    expect(statSync(file).ino).toBe(statSync(path.join(dir, 'other-name.md')).ino);
  });

  it('refuses a read-only file unless --force, which keeps it read-only', async () => {
    const { file } = copyOfMojibake();
    chmodSync(file, 0o444);
    const refused = await runCli(['repair', '--write', file]);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain('error write-refused not rewritten: it is read-only (use --force to write it anyway)');
    expect(readFileSync(file).equals(readFileSync(MOJIBAKE))).toBe(true);
    const forced = await runCli(['repair', '--write', '--force', file]);
    expect(forced.code).toBe(0);
    expect(readFileSync(file, 'utf8')).toContain('Café Systems');
    expect(statSync(file).mode & 0o777).toBe(0o444);
  });

  it.skipIf(process.getuid?.() !== 0)('keeps the owner and group of a file it rewrites (needs root to give the file away)', async () => {
    const { file } = copyOfMojibake();
    chownSync(file, 1234, 2345);
    const result = await runCli(['repair', '--write', file]);
    expect(result.code).toBe(0);
    expect(readFileSync(file, 'utf8')).toContain('Café Systems');
    expect([statSync(file).uid, statSync(file).gid]).toEqual([1234, 2345]);
  });

  it('removes temp files of its own pattern left by a killed run, and nothing else', async () => {
    const { dir, file } = copyOfMojibake();
    const stale = `.mojibake.md.postings-${deadPid()}-0123456789ab.tmp`;
    writeFileSync(path.join(dir, stale), 'half written');
    writeFileSync(path.join(dir, '.mojibake.md.swp'), 'an editor file');
    writeFileSync(path.join(dir, `.other.md.postings-${deadPid()}-0123456789ab.tmp`), 'another file');
    const result = await runCli(['repair', '--write', file]);
    expect(result.code).toBe(0);
    expect(readdirSync(dir).sort()).toEqual(['.mojibake.md.swp', `.other.md.postings-${deadPid()}-0123456789ab.tmp`, 'mojibake.md']);
  });

  it('cleans them on a run that has nothing to write too', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'postings-write-safety-'));
    writeFileSync(path.join(dir, 'clean.md'), '# Clean\n');
    writeFileSync(path.join(dir, `.clean.md.postings-${deadPid()}-0123456789ab.tmp`), 'half written');
    const result = await runCli(['repair', '--write', path.join(dir, 'clean.md')]);
    expect(result.code).toBe(0);
    expect(readdirSync(dir)).toEqual(['clean.md']);
  });
});
