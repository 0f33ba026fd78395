/**
 * `repair` has a time budget per file (#16), as normalize and validate do:
 * `--timeout` stops a file's repair, the file gets one `file-too-complex`
 * error, the run goes on with the next file, and `--write` leaves the file as
 * it was. A millisecond budget against megabytes of mojibake stops every time
 * without asserting on time: the repair of one such file takes far longer.
 */
import { describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { runCli } from './helpers.js';

// "été " read as cp1252 and written as UTF-8, about 3 MB.
const MOJIBAKE = 'Ã©tÃ© '.repeat(400_000);

describe('repair --timeout', () => {
  const tmp = mkdtempSync(path.join(os.tmpdir(), 'postings-repair-budget-'));
  const files = ['a.md', 'b.md'].map((name) => path.join(tmp, name));
  for (const file of files) writeFileSync(file, MOJIBAKE);

  it.each([
    ['prints', []],
    ['--write', ['--write']],
  ])('%s: each file past the budget is one file-too-complex error, the run goes on, exit 1', async (_name, flags) => {
    const result = await runCli(['repair', ...flags, '--timeout', '0.001', ...files]);
    expect(result.code).toBe(1);
    const errors = result.stderr.split('\n').filter((line) => line.includes('file-too-complex'));
    expect(errors).toHaveLength(2);
    expect(errors[0]).toMatch(/a\.md error file-too-complex file is too complex: processing it went past its time budget of 0\.001 s \(--timeout\); skipped/);
    expect(result.stderr).toMatch(/2 read, 0 (?:would be )?repaired, 2 failed/);
    expect(result.stdout).toBe('');
    for (const file of files) expect(readFileSync(file, 'utf8')).toBe(MOJIBAKE);
  });

  it('repairs within the default budget', async () => {
    const small = path.join(tmp, 'small.md');
    writeFileSync(small, 'We\u201a\u00c4\u00f4re hiring.\n');
    const result = await runCli(['repair', small]);
    expect(result.code).toBe(0);
    expect(result.stdout).toBe('We\u2019re hiring.\n');
  });

  it('a timeout that is no number of seconds is a usage error', async () => {
    const result = await runCli(['repair', '--timeout', 'soon', files[0]!]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('--timeout takes seconds above 0, not "soon"');
  });
});
