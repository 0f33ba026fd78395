/** Every output format parses back, through the CLI, and `--out` writes one safe file per posting. */
import { describe, expect, it } from 'vitest';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseAllDocuments } from 'yaml';
import { parseNdjson, POSTINGS, runCli } from './helpers.js';

/** Four of the project's fixtures, named in this order: the output keeps it. */
const SEEDS = ['yaml-jekyll', 'json-hugo', 'mojibake-macroman', 'markdown-plain'].map((name) => path.join(POSTINGS, name));
const TITLES = ['Senior Backend Engineer', 'Frontend Developer', 'Machine Learning Engineer', 'Staff Site Reliability Engineer'];

describe('output formats', () => {
  it('json is one array of records', async () => {
    const result = await runCli(['normalize', ...SEEDS]);
    expect(result.code).toBe(0);
    const records = JSON.parse(result.stdout);
    expect(Array.isArray(records)).toBe(true);
    expect(records.map((r: { title: string }) => r.title)).toEqual(TITLES);
  });

  it('json is an empty array when every input fails', async () => {
    const result = await runCli(['normalize', 'missing-file.md']);
    expect(result.code).toBe(1);
    expect(JSON.parse(result.stdout)).toEqual([]);
  });

  it('ndjson is one record a line', async () => {
    const result = await runCli(['normalize', ...SEEDS, '--format', 'ndjson']);
    const lines = result.stdout.trimEnd().split('\n');
    expect(lines).toHaveLength(4);
    expect(parseNdjson(result.stdout).map((r) => r.title)).toEqual(TITLES);
  });

  it('yaml is one document a record', async () => {
    const result = await runCli(['normalize', ...SEEDS, '--format', 'yaml']);
    expect(result.code).toBe(0);
    const docs = parseAllDocuments(result.stdout);
    expect(docs.map((doc) => doc.errors.length)).toEqual([0, 0, 0, 0]);
    expect(docs.map((doc) => (doc.toJS() as { title: string }).title)).toEqual(TITLES);
  });

  it('jsonld is schema.org JobPosting', async () => {
    const result = await runCli(['normalize', ...SEEDS, '--format', 'jsonld']);
    expect(result.code).toBe(0);
    const postings = JSON.parse(result.stdout) as Array<Record<string, any>>;
    expect(postings).toHaveLength(4);
    for (const posting of postings) {
      expect(posting['@context']).toBe('https://schema.org');
      expect(posting['@type']).toBe('JobPosting');
      expect(typeof posting.description).toBe('string');
    }
    expect(postings.map((p) => p.title)).toEqual(TITLES);
    const hugo = postings[1]!;
    expect(hugo.datePosted).toBe('2022-06-01');
    expect(hugo.jobLocationType).toBe('TELECOMMUTE');
    expect(hugo.employmentType).toBe('CONTRACTOR');
    const brightmoss = postings[2]!;
    expect(brightmoss.hiringOrganization).toMatchObject({ '@type': 'Organization', name: 'Brightmoss' });
    expect(brightmoss.baseSalary).toMatchObject({
      '@type': 'MonetaryAmount',
      currency: 'USD',
      value: { '@type': 'QuantitativeValue', minValue: 120000, maxValue: 140000, unitText: 'YEAR' },
    });
    // Worldwide names no area an applicant must be in: Google asks for none then.
    expect(brightmoss.applicantLocationRequirements).toBeUndefined();
  });

  it('--out writes one file per posting, named by a slug and an id, inside the folder', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'postings-out-'));
    const result = await runCli(['normalize', ...SEEDS, '--format', 'json', '--out', dir]);
    expect(result.code).toBe(0);
    expect(result.stdout).toBe('');
    const files = readdirSync(dir).sort();
    expect(files).toHaveLength(4);
    for (const file of files) expect(file).toMatch(/^[a-z0-9-]+-[0-9a-f]{10}\.json$/);
    expect(files.some((file) => file.startsWith('senior-backend-engineer-'))).toBe(true);
    const titles = files.map((file) => JSON.parse(readFileSync(path.join(dir, file), 'utf8')).title).sort();
    expect(titles).toEqual([...TITLES].sort());
  });

  it('--out never writes outside its folder, whatever the title says', async () => {
    const work = mkdtempSync(path.join(tmpdir(), 'postings-escape-'));
    const input = path.join(work, 'evil.md');
    writeFileSync(input, '---\ntitle: "../../../etc/passwd"\n---\nA posting body.\n');
    const out = path.join(work, 'out');
    const result = await runCli(['normalize', input, '--out', out, '--format', 'yaml']);
    expect(result.code).toBe(0);
    expect(readdirSync(work).sort()).toEqual(['evil.md', 'out']);
    const [file] = readdirSync(out);
    expect(file).toMatch(/^etc-passwd-[0-9a-f]{10}\.yaml$/);
  });

  it('reads a posting piped on stdin', async () => {
    const result = await runCli(['normalize', '-', '--format', 'ndjson'], { input: '# Barista\n\nJoin Bean Co as a barista. Part-time.\n' });
    expect(result.code).toBe(0);
    const [record] = parseNdjson(result.stdout);
    expect(record!.title).toBe('Barista');
    expect(record!.source.path).toBe('-');
  });

  it('reads stdin when no path is given and stdin is a pipe', async () => {
    const result = await runCli(['normalize', '-f', 'ndjson'], { input: '# Barista\n\nA job.\n' });
    expect(result.code).toBe(0);
    expect(parseNdjson(result.stdout)[0]!.title).toBe('Barista');
  });
});
