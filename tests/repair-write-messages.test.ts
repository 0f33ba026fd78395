/**
 * Every `repair --write` outcome is a message of the catalog (src/messages.ts),
 * worded there and shown in the `file severity rule-id reason` form of every
 * other message, from a case table through the CLI.
 */
import { chmodSync, copyFileSync, linkSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { messageText, ruleIds } from '../src/messages.js';
import { FIXTURES, runCli } from './helpers.js';

const MOJIBAKE = path.join(FIXTURES, 'validate', 'mojibake.md');

interface Case {
  name: string;
  /** Make the file in `dir`; returns its name and any extra arguments. */
  make: (dir: string) => { file: string; args?: string[] };
  line: string;
}

const cases: Case[] = [
  {
    name: 'a read-only file',
    make: (dir) => {
      const file = path.join(dir, 'read-only.md');
      copyFileSync(MOJIBAKE, file);
      chmodSync(file, 0o444);
      return { file };
    },
    line: `read-only.md error write-refused ${messageText('write-refused', { why: 'it is read-only (use --force to write it anyway)' }).text}`,
  },
  {
    name: 'a file with hard links',
    make: (dir) => {
      const file = path.join(dir, 'linked.md');
      copyFileSync(MOJIBAKE, file);
      linkSync(file, path.join(dir, 'other-name.md'));
      return { file };
    },
    line: `linked.md error write-refused ${messageText('write-refused', { why: 'it has 2 hard links, and replacing it would split them' }).text}`,
  },
  {
    name: 'a file in a legacy code page',
    make: (dir) => {
      const file = path.join(dir, 'legacy.md');
      // Windows-1252 throughout, with mojibake inside ("CafÃ©").
      writeFileSync(file, iconv.encode('# Café Größe\n\nNous cherchons un développeur à Paris, CafÃ© offert.\n', 'windows-1252'));
      return { file };
    },
    line: 'legacy.md error write-refused not rewritten: it is encoded in',
  },
  {
    name: 'a UTF-8 file with a stray byte, whose bytes would be lost',
    make: (dir) => {
      const file = path.join(dir, 'stray.md');
      writeFileSync(file, Buffer.concat([readFileSync(MOJIBAKE), Buffer.from('\nZ\u00fcrich '), Buffer.from([0x96]), Buffer.from(' Basel\n')]));
      return { file };
    },
    line: `stray.md error write-refused ${messageText('write-refused', { why: 'it holds bytes that are not valid UTF-8, and they would be lost' }).text}`,
  },
];

describe('repair --write outcomes are catalog messages', () => {
  it('the catalog has every rule repair --write reports', () => {
    for (const rule of ['read-failed', 'write-failed', 'write-refused', 'file-changed'] as const) {
      expect(ruleIds).toContain(rule);
      expect(messageText(rule, {}).severity).toBe('error');
    }
    expect(messageText('file-changed', {}).text).toBe('not rewritten: another process changed it since it was read');
  });

  it.each(cases)('$name', async ({ make, line }) => {
    const dir = mkdtempSync(path.join(tmpdir(), 'postings-write-messages-'));
    const { file, args = [] } = make(dir);
    const before = readFileSync(file);
    const result = await runCli(['repair', '--write', path.basename(file), ...args], { cwd: dir });
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(line);
    expect(readFileSync(file)).toEqual(before);
  });

  // A dry run previews the write: the same refusal, the same exit code, and no diff for a file the write would refuse.
  it.each(cases)('--dry-run: $name', async ({ make, line }) => {
    const dir = mkdtempSync(path.join(tmpdir(), 'postings-write-messages-'));
    const { file, args = [] } = make(dir);
    const before = readFileSync(file);
    const result = await runCli(['repair', '--write', '--dry-run', path.basename(file), ...args], { cwd: dir });
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(line);
    expect(result.stderr).toMatch(/, 0 would be repaired, 1 failed\n$/);
    expect(result.stdout).toBe('');
    expect(readFileSync(file)).toEqual(before);
  });
});
