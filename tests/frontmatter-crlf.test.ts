/**
 * Front matter in a file with CRLF line endings: the closing line's CR is no
 * part of the data. A last key with a quoted value failed the whole file
 * ("Unexpected scalar at node end") before.
 */
import { describe, expect, it } from 'vitest';
import { parseNdjson, runCli } from './helpers.js';

const crlf = (text: string): string => text.replace(/\n/g, '\r\n');

describe('CRLF front matter', () => {
  it.each([
    ['YAML, a quoted last value', '---\ntitle: "Backend Engineer"\nstatus: "open"\n---\n\nWe build tools.\n'],
    ['YAML, a plain last value', '---\ntitle: Backend Engineer\nlayout: job\n---\n\nWe build tools.\n'],
    ['TOML, a quoted last value', '+++\ntitle = "Backend Engineer"\nstatus = "open"\n+++\n\nWe build tools.\n'],
  ])('%s: normalize gives the record, validate passes', async (_name, text) => {
    const normalized = await runCli(['normalize', '-', '--format', 'ndjson'], { input: crlf(text) });
    expect(normalized.stderr).not.toMatch(/front-matter-syntax/);
    expect(parseNdjson(normalized.stdout)[0]?.title).toBe('Backend Engineer');
    const validated = await runCli(['validate', '-'], { input: crlf(text) });
    expect(validated.stdout + validated.stderr).not.toMatch(/front-matter-syntax/);
  });

  it('still reports a real syntax error with its line', async () => {
    const result = await runCli(['normalize', '-', '--format', 'ndjson'], { input: crlf('---\ntitle: "Backend Engineer\nstatus: [open\n---\n\nBody\n') });
    expect(result.stderr).toMatch(/<stdin>:\d+:\d+ error front-matter-syntax/);
  });
});
