import { describe, expect, it } from 'vitest';
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parseNdjsonLine } from '../src/input/ndjson.js';
import { fixturePostings, manyPostings, parseNdjson, POSTINGS, runBuilt, runCli } from './helpers.js';

const line = (value: unknown) => JSON.stringify(value);
const windows1252 = (text: string) => Buffer.from([...text].map((char) => WINDOWS_1252[char] ?? char.charCodeAt(0)));
// The few Windows-1252 bytes the sample uses outside Latin-1.
const WINDOWS_1252: Record<string, number> = { '–': 0x96, '“': 0x93, '”': 0x94, '’': 0x92 };

const CAFE = '# Café Manager\n\nOur café in Zürich is hiring a manager – full time, “great” team, we’re friendly.\n\n- Apply: jobs@example.com\n';

describe('--input ndjson', () => {
  it('writes one record per line, in order, with source.path set to the id', async () => {
    const input = [
      line({ id: 'first', content: '# Backend Engineer\n\nWe build payment systems.\n' }),
      line({ id: 42, content: '# Data Analyst\n\nYou will study our numbers.\n' }),
      line({ id: 'third/one', content: '# Night Nurse\n\nCare for patients at night.\n' }),
    ].join('\n');
    const result = await runCli(['normalize', '--input', 'ndjson', '--format', 'ndjson'], { input });
    expect(result.code).toBe(0);
    const records = parseNdjson(result.stdout);
    expect(records.map((r) => r.source.path)).toEqual(['first', '42', 'third/one']);
    expect(records.map((r) => r.title)).toEqual(['Backend Engineer', 'Data Analyst', 'Night Nurse']);
  });

  it('passes contentBase64 through as raw bytes, so a Windows-1252 posting is decoded, not mangled', async () => {
    const bytes = windows1252(CAFE);
    expect(bytes.includes(0xe9)).toBe(true); // é as one byte: not UTF-8
    const result = await runCli(['normalize', '--input', 'ndjson', '--format', 'ndjson'], { input: line({ id: 'cafe', contentBase64: bytes.toString('base64') }) + '\n' });
    const [record] = parseNdjson(result.stdout);
    expect(record?.source.bytes).toBe(bytes.length);
    expect(record?.source.sha256).toBe(createHash('sha256').update(bytes).digest('hex'));
    expect(record?.source.encoding).not.toMatch(/^utf/);
    expect(record?.title).toMatch(/^Caf\S Manager$/);
    expect(record?.description.markdown).not.toContain('\uFFFD');
  });

  it('reports a bad line as an error for that line, goes on, and exits 1', async () => {
    const input = [
      line({ id: 'a', content: '# Backend Engineer\n\nWe build payment systems.\n' }),
      '{not json',
      '',
      line({ content: 'no id' }),
      line({ id: 'both', content: 'x', contentBase64: 'eA==' }),
      line({ id: 'bad64', contentBase64: '***' }),
      '[1, 2]',
      line({ id: 'z', content: '# Data Analyst\n\nYou will study our numbers.\n' }),
    ].join('\r\n');
    const result = await runCli(['normalize', '--input', 'ndjson', '--format', 'ndjson', '--jobs', '2'], { input });
    expect(result.code).toBe(1);
    expect(parseNdjson(result.stdout).map((r) => r.source.path)).toEqual(['a', 'z']);
    const errors = result.stderr.split('\n').filter((text) => text.includes('ndjson-line'));
    expect(errors.map((text) => text.split(' ')[0])).toEqual(['<stdin>:2', '<stdin>:4', '<stdin>:5', '<stdin>:6', '<stdin>:7']);
    expect(errors[0]).toMatch(/^<stdin>:2 error ndjson-line cannot read this NDJSON line: not JSON/);
    expect(errors[1]).toContain('"id"');
    expect(result.stderr).not.toMatch(/\n\s+at /); // no stack trace
  });

  it('keeps input order across many lines with a worker pool, the same as in process', async () => {
    const many = manyPostings(16);
    const files = readdirSync(many).sort().map((name) => path.join(many, name));
    const input = files.map((file) => line({ id: path.basename(file), contentBase64: readFileSync(file).toString('base64') })).join('\n');
    // The pool is in the build: runBuilt runs dist/ in process.
    const pooled = await runBuilt(['normalize', '--input', 'ndjson', '--format', 'ndjson', '--jobs', '2'], { input });
    const single = await runCli(['normalize', '--input', 'ndjson', '--format', 'ndjson', '--jobs', '1'], { input });
    expect(pooled.stdout === single.stdout, 'same records, same order').toBe(true);
    expect(parseNdjson(pooled.stdout).map((r) => r.source.path)).toEqual(files.map((file) => path.basename(file)));
  });

  it('splits into chunks whose outputs concatenate to the whole run (the README scale-out recipe)', async () => {
    const files = fixturePostings().slice(0, 4);
    const lines = files.map((file) => line({ id: path.basename(file), contentBase64: readFileSync(file).toString('base64') }));
    const whole = await runCli(['normalize', '--input', 'ndjson', '--format', 'ndjson'], { input: lines.join('\n') + '\n' });
    const chunks = await Promise.all([lines.slice(0, 2), lines.slice(2)].map(async (chunk) => await runCli(['normalize', '--input', 'ndjson', '--format', 'ndjson', '--jobs', '1'], { input: chunk.join('\n') + '\n' })));
    expect(whole.code).toBe(0);
    expect(chunks.map((chunk) => chunk.stdout).join('') === whole.stdout, 'chunks concatenate to the whole').toBe(true);
    expect(parseNdjson(whole.stdout)).toHaveLength(files.length);
  });

  it('refuses file paths with --input ndjson (usage, exit 2)', async () => {
    const result = await runCli(['normalize', '--input', 'ndjson', POSTINGS]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('--input ndjson reads standard input');
  });

  it('applies --max-bytes to each line', async () => {
    const input = line({ id: 'big', content: `# Backend Engineer\n\n${'word '.repeat(100)}\n` });
    const result = await runCli(['normalize', '--input', 'ndjson', '--max-bytes', '100'], { input });
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/^big error file-too-large/m);
  });
});

describe('parseNdjsonLine', () => {
  it('reads content as UTF-8 bytes and contentBase64 as raw bytes', async () => {
    expect(parseNdjsonLine(line({ id: 'a', content: 'é' }), 1)).toEqual({ line: 1, id: 'a', bytes: Buffer.from([0xc3, 0xa9]) });
    expect(parseNdjsonLine(line({ id: 'b', contentBase64: '6Q==' }), 2)).toEqual({ line: 2, id: 'b', bytes: Buffer.from([0xe9]) });
  });

  it('skips blank lines and explains bad ones', async () => {
    expect(parseNdjsonLine('   ', 3)).toBeNull();
    expect(parseNdjsonLine('"text"', 4)).toEqual({ line: 4, error: 'not a JSON object' });
    expect(parseNdjsonLine(line({ id: '', content: 'x' }), 5)).toMatchObject({ error: expect.stringContaining('"id"') });
    expect(parseNdjsonLine(line({ id: 'x' }), 6)).toMatchObject({ error: expect.stringContaining('exactly one') });
    expect(parseNdjsonLine(line({ id: 'x', content: 7 }), 7)).toMatchObject({ error: '"content" must be a string' });
  });
});
