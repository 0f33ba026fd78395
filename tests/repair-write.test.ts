/**
 * `postings repair --write` and `--dry-run` on copies in a temp folder:
 * the exact repaired bytes, line endings and permissions kept, clean files
 * untouched, and a failed write leaving the original and no temp file.
 */
import { describe, expect, it } from 'vitest';
import { chmodSync, copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { promises as fs } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { FIXTURES, runCli } from './helpers.js';
import { repairFile, unifiedDiff } from '../src/commands/repair-write.js';

const MOJIBAKE = path.join(FIXTURES, 'validate', 'mojibake.md');
const REPAIRED = [
  '---',
  'title: Backend Developer',
  'company: Café Systems',
  '---',
  '',
  '# Backend Developer',
  '',
  'We build payment software for cafés across Europe.',
  'Our team works in English and Português.',
  '',
].join('\n');

function workDir(): string {
  return mkdtempSync(path.join(tmpdir(), 'postings-repair-write-'));
}

function copyOf(fixture: string, name = path.basename(fixture)): { dir: string; file: string } {
  const dir = workDir();
  const file = path.join(dir, name);
  copyFileSync(fixture, file);
  return { dir, file };
}

describe('repair --write', () => {
  it('rewrites a copy of the mojibake fixture to the exact expected text and says what changed', async () => {
    const { dir, file } = copyOf(MOJIBAKE);
    const result = await runCli(['repair', '--write', 'mojibake.md'], { cwd: dir });
    expect(result.code).toBe(0);
    expect(result.stdout).toBe('');
    expect(readFileSync(file, 'utf8')).toBe(REPAIRED);
    expect(result.stderr).toBe('mojibake.md: repaired 2 line(s) (utf-8 read as windows-1252)\npostings: 1 read, 1 repaired, 0 failed\n');
    expect(readdirSync(dir)).toEqual(['mojibake.md']);
  });

  it('keeps CRLF line endings, a missing final newline, and the file mode', async () => {
    const dir = workDir();
    const file = path.join(dir, 'crlf.md');
    const broken = readFileSync(MOJIBAKE, 'utf8').replace(/\n/g, '\r\n').replace(/\r\n$/, '');
    writeFileSync(file, broken);
    chmodSync(file, 0o640);
    const result = await runCli(['repair', '--write', file]);
    expect(result.code).toBe(0);
    expect(readFileSync(file, 'utf8')).toBe(REPAIRED.replace(/\n/g, '\r\n').replace(/\r\n$/, ''));
    expect(statSync(file).mode & 0o777).toBe(0o640);
  });

  it('leaves a clean file alone: same bytes, same mtime', async () => {
    const { dir, file } = copyOf(path.join(FIXTURES, 'validate', 'clean.md'));
    const past = new Date('2020-01-02T03:04:05Z');
    utimesSync(file, past, past);
    const before = readFileSync(file);
    const result = await runCli(['repair', '--write', file]);
    expect(result.code).toBe(0);
    expect(readFileSync(file).equals(before)).toBe(true);
    expect(statSync(file).mtimeMs).toBe(past.getTime());
    expect(result.stderr).toBe('postings: 1 read, 0 repaired, 0 failed\n');
    expect(readdirSync(dir)).toEqual(['clean.md']);
  });

  it('refuses stdin with exit 2', async () => {
    const result = await runCli(['repair', '--write', '-'], { input: 'cafÃ©\n' });
    expect(result.code).toBe(2);
    expect(result.stderr).toBe('postings: --write needs file paths, not stdin\n');
  });

  // root may write into a read-only folder, so there this proves nothing; the injected failures below cover it.
  it.skipIf(process.getuid?.() === 0)('a write that cannot start leaves the original intact and no temp file (read-only folder)', async () => {
    const { dir, file } = copyOf(MOJIBAKE);
    const before = readFileSync(file);
    chmodSync(dir, 0o555);
    try {
      const result = await runCli(['repair', '--write', file]);
      expect(result.code).toBe(1);
      expect(result.stderr).toContain('error write-failed cannot write file: permission denied');
      expect(readFileSync(file).equals(before)).toBe(true);
      expect(readdirSync(dir)).toEqual(['mojibake.md']);
    } finally {
      chmodSync(dir, 0o755);
    }
  });

  it('a failure after the temp file is written (the rename) removes the temp file and keeps the original', async () => {
    const { dir, file } = copyOf(MOJIBAKE);
    const before = readFileSync(file);
    let tempSeen = '';
    const outcome = await repairFile(file, {}, {
      open: fs.open,
      unlink: fs.unlink,
      rename: async (from) => {
        tempSeen = String(from);
        expect(readdirSync(dir).length).toBe(2);
        throw Object.assign(new Error('EXDEV: cross-device link not permitted'), { code: 'EXDEV' });
      },
    });
    expect(outcome).toEqual({ status: 'failed', ruleId: 'write-failed', reason: 'cannot write file: EXDEV: cross-device link not permitted' });
    expect(path.dirname(tempSeen)).toBe(await fs.realpath(dir));
    expect(readFileSync(file).equals(before)).toBe(true);
    expect(readdirSync(dir)).toEqual(['mojibake.md']);
  });

  it('a failure while writing the temp file (disk full) removes it and keeps the original', async () => {
    const { dir, file } = copyOf(MOJIBAKE);
    const before = readFileSync(file);
    const outcome = await repairFile(file, {}, {
      rename: fs.rename,
      unlink: fs.unlink,
      open: (async (...args: Parameters<typeof fs.open>) => {
        const handle = await fs.open(...args);
        handle.writeFile = async () => {
          await fs.appendFile(String(args[0]), 'partial');
          throw Object.assign(new Error('ENOSPC: no space left on device'), { code: 'ENOSPC' });
        };
        return handle;
      }) as typeof fs.open,
    });
    expect(outcome).toMatchObject({ status: 'failed', ruleId: 'write-failed' });
    expect(readFileSync(file).equals(before)).toBe(true);
    expect(readdirSync(dir)).toEqual(['mojibake.md']);
  });
});

describe('repair --write and the config\'s ignores', () => {
  // The pre-commit repair hook names each staged file: a file the config ignores (a page quoting mojibake on purpose) is left as it is.
  it.each([
    ['an ignored file is left unchanged, the other repaired', 'ignores: ["drafts/**"]\n', 0, 'postings: 1 read, 1 repaired, 0 failed, 1 ignored (the config\'s ignores)\n'],
    ['no ignores: both repaired', 'required: [title]\n', 0, 'postings: 2 read, 2 repaired, 0 failed\n'],
  ])('%s', async (_case, config, code, summary) => {
    const dir = workDir();
    mkdirSync(path.join(dir, 'drafts'));
    mkdirSync(path.join(dir, 'jobs'));
    copyFileSync(MOJIBAKE, path.join(dir, 'drafts', 'quoted.md'));
    copyFileSync(MOJIBAKE, path.join(dir, 'jobs', 'posting.md'));
    writeFileSync(path.join(dir, 'postings.config.yaml'), config);
    const result = await runCli(['repair', '--write', 'drafts/quoted.md', 'jobs/posting.md'], { cwd: dir });
    expect(result.code).toBe(code);
    expect(result.stderr.split('\n').at(-2) + '\n').toBe(summary);
    expect(readFileSync(path.join(dir, 'jobs', 'posting.md'), 'utf8')).toBe(REPAIRED);
    const ignoredToo = summary.includes('ignored') ? readFileSync(MOJIBAKE, 'utf8') : REPAIRED;
    expect(readFileSync(path.join(dir, 'drafts', 'quoted.md'), 'utf8')).toBe(ignoredToo);
  });

  it('a config it cannot read stops the rewrite with one line naming it, and writes nothing', async () => {
    const { dir, file } = copyOf(MOJIBAKE);
    writeFileSync(path.join(dir, 'postings.config.yaml'), 'rulez: {}\n');
    const result = await runCli(['repair', '--write', 'mojibake.md'], { cwd: dir });
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/^postings: postings\.config\.yaml: .*rulez.*\n$/);
    expect(readFileSync(file, 'utf8')).toBe(readFileSync(MOJIBAKE, 'utf8'));
  });
});

describe('repair --dry-run', () => {
  it('prints a unified diff on stdout and writes nothing', async () => {
    const { dir, file } = copyOf(MOJIBAKE);
    const before = readFileSync(file);
    const result = await runCli(['repair', '--write', '--dry-run', 'mojibake.md'], { cwd: dir });
    expect(result.code).toBe(0);
    expect(result.stdout).toBe(
      [
        '--- a/mojibake.md',
        '+++ b/mojibake.md',
        '@@ -5,5 +5,5 @@',
        ' ',
        ' # Backend Developer',
        ' ',
        '-We build payment software for cafÃ©s across Europe.',
        '+We build payment software for cafés across Europe.',
        '-Our team works in English and PortuguÃªs.',
        '+Our team works in English and Português.',
        '',
      ].join('\n'),
    );
    expect(result.stderr).toBe('postings: 1 read, 1 would be repaired, 0 failed\n');
    expect(readFileSync(file).equals(before)).toBe(true);
    expect(readdirSync(dir)).toEqual(['mojibake.md']);
  });

  it('merges nearby changes into one hunk, splits distant ones, and marks a missing final newline', async () => {
    const before = ['a1', 'x', 'a3', 'a4', 'a5', 'a6', 'a7', 'a8', 'a9', 'a10', 'a11', 'a12', 'y'].join('\n');
    const after = before.replace('x', 'X').replace(/y$/, 'Y');
    expect(unifiedDiff(before, after, 'f.md')).toBe(
      [
        '--- a/f.md',
        '+++ b/f.md',
        '@@ -1,5 +1,5 @@',
        ' a1',
        '-x',
        '+X',
        ' a3',
        ' a4',
        ' a5',
        '@@ -10,4 +10,4 @@',
        ' a10',
        ' a11',
        ' a12',
        '-y',
        '\\ No newline at end of file',
        '+Y',
        '\\ No newline at end of file',
        '',
      ].join('\n'),
    );
    expect(unifiedDiff('same\n', 'same\n', 'f.md')).toBe('');
  });
});
