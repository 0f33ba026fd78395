/**
 * `--format csv` through the CLI: one header, one row a record in input
 * order, RFC 4180 quoting and CRLF row ends, formulas defused, `--bom`, and
 * `--out`. A small RFC 4180 reader here parses the output back.
 */
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CSV_COLUMNS, csvField } from '../src/emit/csv.js';
import { emitRecords } from '../src/emit/index.js';
import type { Posting } from '../src/schema/posting.js';
import { describeShared, FIXTURES, POSTINGS, ROOT, runCli } from './helpers.js';
import { corpusRecords } from './run-once.js';

const HEADER = CSV_COLUMNS.map(([name]) => name);
const quoting = path.join(FIXTURES, 'csv', 'quoting.md');
const porter = path.join(FIXTURES, 'csv', 'multiline.md');

/** RFC 4180: rows of fields; quoted fields may hold commas, doubled quotes, CR and LF. Throws on anything else. */
function readCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let i = 0;
  while (i < text.length) {
    let field = '';
    if (text[i] === '"') {
      for (i++; ; i++) {
        if (i >= text.length) throw new Error('unclosed quote');
        if (text[i] === '"' && text[i + 1] === '"') { field += '"'; i++; }
        else if (text[i] === '"') { i++; break; }
        else field += text[i];
      }
    } else {
      while (i < text.length && text[i] !== ',' && text[i] !== '\r' && text[i] !== '\n') {
        if (text[i] === '"') throw new Error(`a quote inside an unquoted field at ${i}`);
        field += text[i++];
      }
    }
    row.push(field);
    if (text[i] === ',') { i++; continue; }
    if (text.startsWith('\r\n', i)) { i += 2; rows.push(row); row = []; continue; }
    throw new Error(`a row must end in CRLF, at ${i}: ${JSON.stringify(text.slice(i, i + 5))}`);
  }
  return rows;
}

/** The rows of CSV text, each by column name, once the header and every row's width are checked. */
function rowsOf(text: string): Array<Record<string, string>> {
  const [header, ...rows] = readCsv(text.replace(/^\uFEFF/, ''));
  expect(header).toEqual(HEADER);
  for (const row of rows) expect(row).toHaveLength(HEADER.length);
  return rows.map((row) => Object.fromEntries(HEADER.map((name, i) => [name, row[i]!])));
}

async function csv(args: string[], input?: string): Promise<{ code: number; stdout: string; rows: Array<Record<string, string>> }> {
  const result = await runCli(['normalize', ...args, '-f', 'csv', '--jobs', '1'], input === undefined ? {} : { input });
  return { code: result.code, stdout: result.stdout, rows: rowsOf(result.stdout) };
}

describe('csv fields', () => {
  it.each([
    ['plain', 'plain'],
    ['a, b', '"a, b"'],
    ['say "hi"', '"say ""hi"""'],
    ['two\nlines', '"two\nlines"'],
    ['cr\rhere', '"cr\rhere"'],
    ['=SUM(A1:A9)', "'=SUM(A1:A9)"],
    ['+49 30 1234', "'+49 30 1234"],
    ['-Dash', "'-Dash"],
    ['@Mention', "'@Mention"],
    ['\tTabbed', "'\tTabbed"],
    ['=HYPERLINK("x","y")', `"'=HYPERLINK(""x"",""y"")"`],
    ['Engineer \u001b[2J\u001b]0;pwned\u0007 Lead', 'Engineer \uFFFD[2J\uFFFD]0;pwned\uFFFD Lead'],
    ['nul\u0000 del\u007f csi\u009b', 'nul\uFFFD del\uFFFD csi\uFFFD'],
    ['tab\tkept', 'tab\tkept'],
    [60000, '60000'],
    [true, 'true'],
    [null, ''],
    [undefined, ''],
  ])('%j is written as %j', (value, written) => {
    expect(csvField(value)).toBe(written);
  });
});

describe('--format csv', () => {
  it('has one header, then one row a record in input order, each ending in CRLF', async () => {
    const { code, stdout, rows } = await csv([quoting, porter]);
    expect(code).toBe(0);
    expect(stdout.startsWith(`${HEADER.join(',')}\r\n`)).toBe(true);
    expect(stdout.split('\r\n')).toHaveLength(4);
    expect(stdout.replace(/\r\n/g, '')).not.toMatch(/\n/);
    expect(rows.map((row) => row.title)).toEqual(['Engineer, "Platform" Team', 'Night Porter']);
  });

  it('quotes a field with a comma or a quote, doubling the quotes', async () => {
    const { stdout } = await csv([quoting]);
    expect(stdout).toContain('"Engineer, ""Platform"" Team"');
    expect(stdout).toContain('"€60,000 - €80,000 per year"');
  });

  it('fills the salary columns from the first salary and counts them all', async () => {
    const { rows: [row] } = await csv([quoting]);
    expect(row).toMatchObject({ salary_min: '60000', salary_max: '80000', salary_currency: 'EUR', salary_period: 'YEAR', salary_count: '2' });
    expect(row).toMatchObject({ locations: 'Berlin', countries: 'DE', employment_type: 'FULL_TIME', apply_emails: 'jobs@acme.example', expired: 'false', language: 'en', source_format: 'yaml-frontmatter', source_index: '' });
    expect(row!.warnings!.split('; ')).toContain('salary-conflict');
  });

  it.each([
    ['+Plus Engineer', "'+Plus Engineer"],
    ['@Mention Engineer', "'@Mention Engineer"],
    ['-Dash Engineer', "'-Dash Engineer"],
  ])('defuses a title a spreadsheet would run as a formula: %s', async (title, cell) => {
    const { rows: [row] } = await csv(['-'], `---\ntitle: '${title}'\n---\nA job at Acme. Full-time.\n`);
    expect(row!.title).toBe(cell);
  });

  it('writes UTF-8 without a byte order mark; --bom adds one', async () => {
    const plain = await runCli(['normalize', porter, '-f', 'csv']);
    expect(plain.stdout.charCodeAt(0)).toBe('i'.charCodeAt(0));
    const bom = await runCli(['normalize', porter, quoting, '-f', 'csv', '--bom', '--jobs', '1']);
    expect(bom.code).toBe(0);
    expect(Buffer.from(bom.stdout, 'utf8').subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
    const same = await runCli(['normalize', porter, quoting, '-f', 'csv', '--jobs', '1']);
    expect(bom.stdout).toBe(`\uFEFF${same.stdout}`);
  });

  it('writes no control character a terminal would run: ESC, BEL and C1 become U+FFFD in source_path, and a title has none', async () => {
    const { stdout, rows: [row] } = await csv(['-'], '# Engineer \u001b[2J\u001b]0;pwned\u0007 Lead\n\nAcme is hiring. Full-time. Apply at jobs@acme.example\n');
    // The record's title drops them first (extraction cleans titles of control sequences); source_path keeps its text, made safe here.
    expect(row!.title).toBe('Engineer Lead');
    const ndjson = await runCli(['normalize', '--input', 'ndjson', '-f', 'csv'], { input: `${JSON.stringify({ id: 'e\u001b[31m\u009b', content: '# Cook\n\nCook at Joe. Full-time.\n' })}\n` });
    expect(rowsOf(ndjson.stdout)[0]!.source_path).toBe('e\uFFFD[31m\uFFFD');
    for (const output of [stdout, ndjson.stdout]) expect(output).not.toMatch(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/);
  });

  it('--bom with another format is a usage error', async () => {
    const result = await runCli(['normalize', porter, '-f', 'json', '--bom']);
    expect(result.code).toBe(2);
    expect(result.stderr.trim()).toBe('postings: --bom is for --format csv');
  });

  it('--out writes one .csv file a posting, each with the header (and the BOM when asked)', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'postings-csv-'));
    const result = await runCli(['normalize', quoting, porter, '-f', 'csv', '--bom', '--out', dir]);
    expect(result.code).toBe(0);
    const files = readdirSync(dir).sort();
    expect(files).toHaveLength(2);
    for (const file of files) {
      expect(file).toMatch(/\.csv$/);
      const text = readFileSync(path.join(dir, file), 'utf8');
      expect(text.startsWith(`\uFEFF${HEADER.join(',')}\r\n`)).toBe(true);
      expect(readCsv(text.slice(1))).toHaveLength(2);
    }
  });

  it('is only the header when every input fails', async () => {
    const result = await runCli(['normalize', 'missing-file.md', '-f', 'csv']);
    expect(result.code).toBe(1);
    expect(result.stdout).toBe(`${HEADER.join(',')}\r\n`);
  });

  it.each([
    ['a microdata identifier with its id system', path.join(FIXTURES, 'structured', 'microdata.html'), 'CL-88', 'Contoso Careers'],
    ['a data item\'s identifier', path.join(FIXTURES, 'structured', 'jobposting-export.json'), 'FC-104', 'Fourth Coffee'],
    ['no identifier stated', quoting, '', ''],
  ])('writes the organisation\'s own id for the job: %s', async (_name, file, identifier, name) => {
    const { rows } = await csv([file]);
    expect(rows.map((row) => [row.identifier, row.identifier_name])).toContainEqual([identifier, name]);
  });

  it('has the column order docs/spec.md documents', () => {
    const spec = readFileSync(path.join(ROOT, 'docs', 'spec.md'), 'utf8');
    const documented = /\(columns: ([^)]+)\)/.exec(spec)?.[1];
    expect(documented?.split(/,\s+/).map((name) => name.trim())).toEqual(HEADER);
  });

  it('has the column order the README documents', () => {
    const readme = readFileSync(path.join(ROOT, 'README.md'), 'utf8');
    const documented = /^Columns, in this order: (.+)$/m.exec(readme)?.[1];
    expect(documented?.split(', ').map((name) => name.replace(/`/g, ''))).toEqual(HEADER);
  });

  it('reads back every fixture posting, one row each', async () => {
    const { rows } = await csv([POSTINGS, path.join(FIXTURES, 'closing'), path.join(FIXTURES, 'jsonld')]);
    expect(rows.length).toBeGreaterThan(30);
    expect(new Set(rows.map((row) => row.id)).size).toBe(rows.length);
  });
});

describeShared('--format csv on the real corpus', () => {
  it('every record is one well-formed row', { timeout: 300_000 }, async () => {
    // The corpus's records are made once per test run (tests/run-once.ts, the CLI with every file named); the CLI's
    // --format csv writes records with this same emitter (its CLI path is the fixture tests above), so no second pass.
    const json = (await corpusRecords()) as Array<{ id: string; salary: unknown[] }>;
    const rows = rowsOf(emitRecords(json as unknown as Posting[], 'csv'));
    expect(rows.map((row) => row.id)).toEqual(json.map((record) => record.id));
    expect(rows.map((row) => Number(row.salary_count))).toEqual(json.map((record) => record.salary.length));
  });
});
