/** `postings repair` as a user runs it: the built binary, real stdin/stdout/stderr, exit codes. */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIXTURES, itShared, SEEDS, runCli } from './helpers.js';

const SEED_002 = path.join(SEEDS, '002_d432a830a33feac5.txt');
const fixture = (name: string) => path.join(FIXTURES, 'repair', name);

describe('postings repair', () => {
  it('prints a clean multilingual file byte for byte, and says nothing', async () => {
    const result = await runCli(['repair', fixture('clean-multilingual.txt')]);
    expect(result.code).toBe(0);
    expect(result.stdout).toBe(readFileSync(fixture('clean-multilingual.txt'), 'utf8'));
    expect(result.stderr).toBe('');
  });

  it('prints the repaired mixed file byte-exact (CRLF kept, correct lines untouched)', async () => {
    const result = await runCli(['repair', fixture('mixed-broken.txt')]);
    expect(result.code).toBe(0);
    expect(result.stdout).toBe(readFileSync(fixture('mixed-broken.expected.txt'), 'utf8'));
  });

  itShared('repairs seed 002: no mojibake left, the emoji are right, lines kept', async () => {
    const seed = readFileSync(SEED_002, 'utf8');
    const result = await runCli(['repair', SEED_002]);
    expect(result.code).toBe(0);
    expect(result.stdout).not.toMatch(/[\uF8FF]|‚Ä|√|¬|[\u0080-\u009f]/);
    expect(result.stdout.split('\n')).toHaveLength(seed.split('\n').length);
    expect(result.stdout.split('\n')[2]).toBe('#### `💰 65k-95k USD` `🌎 Worldwide`  ');
    for (const emoji of ['💰', '🌎', '📊', '📈']) expect(result.stdout).toContain(emoji);
    expect(result.stdout).toContain('We’re building software that builds software');
    // Lines that were right stay byte for byte.
    const before = seed.split('\n');
    const after = result.stdout.split('\n');
    before.forEach((line, i) => { if (!/[^\x00-\x7f]/.test(line)) expect(after[i]).toBe(line); });
  });

  itShared('--explain lists each step on stderr as file:line:col, what, how many', async () => {
    const result = await runCli(['repair', '--explain', SEED_002]);
    expect(result.code).toBe(0);
    const lines = result.stderr.trim().split('\n');
    expect(lines).toContain(`${SEED_002}:3:7 utf-8 read as mac-roman: 8 characters changed`);
    expect(lines).toContain(`${SEED_002}:9:320 utf-8 read as mac-roman: 6 characters changed`);
    expect(lines.at(-1)).toBe('postings: 1 read, 1 repaired, 0 failed');
    for (const line of lines.slice(0, -1)) expect(line).toMatch(/^.+:\d+:\d+ (utf-8 read as [a-z0-9-]+|windows-1252 read as latin-1): \d+ characters? changed$/);
    expect(result.stdout).toBe((await runCli(['repair', SEED_002])).stdout);
  });

  it('--explain names every kind of damage in the mixed file, on its line', async () => {
    const result = await runCli(['repair', '--explain', fixture('mixed-broken.txt')]);
    const shown = fixture('mixed-broken.txt');
    expect(result.stderr).toContain(`${shown}:2:20 utf-8 read as windows-1252: 10 characters changed`);
    expect(result.stderr).toContain(`${shown}:5:8 utf-8 read as latin-1:`);
    expect(result.stderr).toContain(`${shown}:7:1 utf-8 read as windows-1251:`);
    expect(result.stderr).toContain(`${shown}:10:1 utf-8 read as cp437:`);
    expect(result.stderr).toContain(`${shown}:13:31 windows-1252 read as latin-1: 2 characters changed`);
    expect(result.stderr.match(/:6:20 utf-8 read as windows-1252/g)).toHaveLength(2); // encoded twice: two steps
  });

  it('reads stdin with "-" and keeps a missing final newline', async () => {
    const result = await runCli(['repair', '-'], { input: 'CafÃ© crÃ¨me\nIt‚Äôs fine' });
    expect(result.code).toBe(0);
    expect(result.stdout).toBe('Café crème\nIt’s fine');
  });

  it('decodes bytes that are not UTF-8 with the likeliest legacy code page, then prints UTF-8', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'postings-repair-'));
    const file = path.join(dir, 'legacy.txt');
    // "Größe – Café" in Windows-1252 bytes.
    writeFileSync(file, Buffer.from([0x47, 0x72, 0xf6, 0xdf, 0x65, 0x20, 0x96, 0x20, 0x43, 0x61, 0x66, 0xe9, 0x0a]));
    const result = await runCli(['repair', file]);
    expect(result.code).toBe(0);
    expect(result.stdout).toBe('Größe – Café\n');
  });

  it('turns stray invalid bytes into U+FFFD with a warning, not a crash', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'postings-repair-'));
    const file = path.join(dir, 'stray.txt');
    const good = 'Senior Engineer — Zürich, Größe, Señor, café, naïve, “quoted”\n';
    writeFileSync(file, Buffer.concat([Buffer.from(good, 'utf8'), Buffer.from([0x41, 0xff, 0x42, 0x0a])]));
    const result = await runCli(['repair', file]);
    expect(result.code).toBe(0);
    expect(result.stdout).toBe(`${good}A\uFFFDB\n`);
    // The warning names the file and the first replaced byte (line 2, column 2), as validate places it.
    expect(result.stderr).toBe(`${file}:2:2 warning invalid-bytes 1 invalid byte sequence(s) replaced with U+FFFD\n`);
    const explained = await runCli(['repair', '--explain', file]);
    expect(explained.stderr).toContain(`${file}:2:2 warning invalid-bytes`);
    // --quiet reports errors only; the text is the same.
    const quiet = await runCli(['repair', '--quiet', file]);
    expect(quiet).toMatchObject({ code: 0, stderr: '', stdout: `${good}A\uFFFDB\n` });
  });

  it('names the legacy encoding a file was read in with a decode-fallback warning, hidden by --quiet', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'postings-repair-'));
    const file = path.join(dir, 'legacy.txt');
    // Windows-1252 bytes: curly quotes, a dash and accented letters, as a Western legacy file holds them.
    writeFileSync(file, Buffer.from('\x93We\x92re hiring\x94 \x96 Entwickler f\xfcr M\xfcnchen, caf\xe9\n', 'latin1'));
    const result = await runCli(['repair', file]);
    expect(result.code).toBe(0);
    expect(result.stdout).toBe('“We’re hiring” – Entwickler für München, café\n');
    expect(result.stderr).toMatch(new RegExp(`^${file.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}:? warning decode-fallback .*windows-1252\n$`));
    expect(await runCli(['repair', '--quiet', file])).toMatchObject({ code: 0, stderr: '' });
  });

  it('with --write, leaves a file with stray bytes as it is: refused when it holds mojibake, untouched when not', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'postings-repair-'));
    const broken = path.join(dir, 'broken.txt');
    const clean = path.join(dir, 'clean.txt');
    const brokenBytes = Buffer.concat([Buffer.from('CafÃ© Zürich\n', 'utf8'), Buffer.from([0x41, 0x96, 0x42, 0x0a])]);
    const cleanBytes = Buffer.concat([Buffer.from('Café Zürich\n', 'utf8'), Buffer.from([0x41, 0x96, 0x42, 0x0a])]);
    writeFileSync(broken, brokenBytes);
    writeFileSync(clean, cleanBytes);
    const result = await runCli(['repair', '--write', broken, clean]);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(`${broken} error write-refused`);
    // The file with nothing to repair is not rewritten either, and its stray byte is named.
    expect(result.stderr).toContain(`${clean}:2:2 warning invalid-bytes 1 invalid byte sequence(s) replaced with U+FFFD\n`);
    expect(readFileSync(broken)).toEqual(brokenBytes);
    expect(readFileSync(clean)).toEqual(cleanBytes);
    const quiet = await runCli(['repair', '--write', '--quiet', clean]);
    expect(quiet.code).toBe(0);
    expect(quiet.stderr).not.toContain('invalid-bytes');
  });

  it('goes on past an unreadable file and exits 1', async () => {
    const result = await runCli(['repair', 'does-not-exist.md', fixture('clean-multilingual.txt')]);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('does-not-exist.md error read-failed');
    expect(result.stdout).toBe(readFileSync(fixture('clean-multilingual.txt'), 'utf8'));
  });
});

describe('postings normalize records the repairs', () => {
  itShared('puts {kind, detail, count} in source.repairs for seed 002', async () => {
    const result = await runCli(['normalize', SEED_002, '--format', 'json']);
    expect(result.code).toBe(0);
    const parsed = JSON.parse(result.stdout);
    const record = Array.isArray(parsed) ? parsed[0] : parsed;
    expect(record.source.repairs).toEqual([{ kind: 'mojibake', detail: 'utf-8 read as mac-roman', count: expect.any(Number) }]);
    expect(record.source.repairs[0].count).toBeGreaterThan(20);
    expect(JSON.stringify(record)).not.toMatch(/‚Ä|\\uf8ff/i);
  });
});
