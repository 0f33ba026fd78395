/**
 * Where the `invalid-bytes` warning points, through the CLI (repair, repair
 * --write, validate): at the first byte sequence that is not UTF-8, never at
 * an earlier U+FFFD that the file holds as text (the bytes EF BF BD).
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from './helpers.js';

const folder = mkdtempSync(path.join(tmpdir(), 'postings-invalid-bytes-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

const utf8 = (text: string) => Buffer.from(text, 'utf8');
const cases: Array<[name: string, at: string, bytes: Buffer]> = [
  // Line 1 holds a literal U+FFFD; the stray 0x96 is on line 3, after "Zürich " (column 8, in characters).
  ['a literal U+FFFD before the stray byte', '3:8', Buffer.concat([utf8('Salary: \uFFFD50k (sic)\r\n\r\nZürich '), Buffer.from([0x96]), utf8(' Basel\n')])],
  // Near case: the first U+FFFD is the stray byte itself, as before.
  ['no literal U+FFFD', '2:2', Buffer.concat([utf8('Senior Engineer — Zürich\n'), Buffer.from([0x41, 0xff, 0x42, 0x0a])])],
  // A cut sequence (E2 80 without its last byte: one U+FFFD, one sequence) after a literal U+FFFD on the same line.
  ['a literal U+FFFD and a cut sequence on one line', '1:8', Buffer.concat([utf8('Café \uFFFD '), Buffer.from([0xe2, 0x80]), utf8(' ok\n')])],
];

describe('invalid-bytes points at the first invalid byte sequence', () => {
  it.each(cases)('%s: repair, repair --write and validate place it at %s', async (name, at, bytes) => {
    const file = path.join(folder, `${name.replace(/\W+/g, '-')}.txt`);
    writeFileSync(file, bytes);
    const warning = `${file}:${at} warning invalid-bytes 1 invalid byte sequence(s) replaced with U+FFFD\n`;
    const repaired = await runCli(['repair', file]);
    expect(repaired.stderr).toBe(warning);
    const written = await runCli(['repair', '--write', file]);
    expect(written.stderr).toContain(warning);
    expect(readFileSync(file)).toEqual(bytes);
    const validated = await runCli(['validate', '--reporter', 'json', file]);
    const [line, column] = at.split(':').map(Number);
    const problems: Array<{ ruleId: string }> = JSON.parse(validated.stdout).problems;
    expect(problems.filter((problem) => problem.ruleId === 'invalid-bytes')).toMatchObject([{ line, column }]);
  });

  it('gives no warning for a file whose only U+FFFD is text', async () => {
    const file = path.join(folder, 'literal-only.txt');
    writeFileSync(file, utf8('Salary: \uFFFD50k\n'));
    expect(await runCli(['repair', file])).toMatchObject({ code: 0, stderr: '' });
  });
});
