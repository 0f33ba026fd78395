/** Every output format parses back, through the CLI, and `--out` writes one safe file per posting. */
import { describe, expect, it } from 'vitest';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseAllDocuments } from 'yaml';
import { parseNdjson, runCli, SEEDS } from './helpers.js';

const TITLES = ['Senior DevOps Engineer', 'DevOps & Automation Developer', 'Software Engineer - Release [IC2]', 'Operations Manager'];

describe('output formats', () => {
  it('json is one array of records', () => {
    const result = runCli(['normalize', SEEDS]);
    expect(result.code).toBe(0);
    const records = JSON.parse(result.stdout);
    expect(Array.isArray(records)).toBe(true);
    expect(records.map((r: { title: string }) => r.title)).toEqual(TITLES);
  });

  it('json is an empty array when every input fails', () => {
    const result = runCli(['normalize', 'missing-file.md']);
    expect(result.code).toBe(1);
    expect(JSON.parse(result.stdout)).toEqual([]);
  });

  it('ndjson is one record a line', () => {
    const result = runCli(['normalize', SEEDS, '--format', 'ndjson']);
    const lines = result.stdout.trimEnd().split('\n');
    expect(lines).toHaveLength(4);
    expect(parseNdjson(result.stdout).map((r) => r.title)).toEqual(TITLES);
  });

  it('yaml is one document a record', () => {
    const result = runCli(['normalize', SEEDS, '--format', 'yaml']);
    expect(result.code).toBe(0);
    const docs = parseAllDocuments(result.stdout);
    expect(docs.map((doc) => doc.errors.length)).toEqual([0, 0, 0, 0]);
    expect(docs.map((doc) => (doc.toJS() as { title: string }).title)).toEqual(TITLES);
  });

  it('jsonld is schema.org JobPosting', () => {
    const result = runCli(['normalize', SEEDS, '--format', 'jsonld']);
    expect(result.code).toBe(0);
    const postings = JSON.parse(result.stdout) as Array<Record<string, any>>;
    expect(postings).toHaveLength(4);
    for (const posting of postings) {
      expect(posting['@context']).toBe('https://schema.org/');
      expect(posting['@type']).toBe('JobPosting');
      expect(typeof posting.description).toBe('string');
    }
    expect(postings.map((p) => p.title)).toEqual(TITLES);
    const spacemesh = postings[1]!;
    expect(spacemesh.datePosted).toBe('2021-08-08');
    expect(spacemesh.jobLocationType).toBe('TELECOMMUTE');
    expect(spacemesh.employmentType).toBe('FULL_TIME');
    const sourcegraph = postings[2]!;
    expect(sourcegraph.hiringOrganization).toMatchObject({ '@type': 'Organization', name: 'Sourcegraph' });
    expect(sourcegraph.baseSalary).toMatchObject({
      '@type': 'MonetaryAmount',
      currency: 'USD',
      value: { '@type': 'QuantitativeValue', minValue: 65000, maxValue: 95000, unitText: 'YEAR' },
    });
    expect(sourcegraph.applicantLocationRequirements).toEqual([{ '@type': 'AdministrativeArea', name: 'Worldwide' }]);
  });

  it('--out writes one file per posting, named by a slug and an id, inside the folder', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'postings-out-'));
    const result = runCli(['normalize', SEEDS, '--format', 'json', '--out', dir]);
    expect(result.code).toBe(0);
    expect(result.stdout).toBe('');
    const files = readdirSync(dir).sort();
    expect(files).toHaveLength(4);
    for (const file of files) expect(file).toMatch(/^[a-z0-9-]+-[0-9a-f]{10}\.json$/);
    expect(files.some((file) => file.startsWith('operations-manager-'))).toBe(true);
    const titles = files.map((file) => JSON.parse(readFileSync(path.join(dir, file), 'utf8')).title).sort();
    expect(titles).toEqual([...TITLES].sort());
  });

  it('--out never writes outside its folder, whatever the title says', () => {
    const work = mkdtempSync(path.join(tmpdir(), 'postings-escape-'));
    const input = path.join(work, 'evil.md');
    writeFileSync(input, '---\ntitle: "../../../etc/passwd"\n---\nA posting body.\n');
    const out = path.join(work, 'out');
    const result = runCli(['normalize', input, '--out', out, '--format', 'yaml']);
    expect(result.code).toBe(0);
    expect(readdirSync(work).sort()).toEqual(['evil.md', 'out']);
    const [file] = readdirSync(out);
    expect(file).toMatch(/^etc-passwd-[0-9a-f]{10}\.yaml$/);
  });

  it('reads a posting piped on stdin', () => {
    const result = runCli(['normalize', '-', '--format', 'ndjson'], { input: '# Barista\n\nJoin Bean Co as a barista. Part-time.\n' });
    expect(result.code).toBe(0);
    const [record] = parseNdjson(result.stdout);
    expect(record!.title).toBe('Barista');
    expect(record!.source.path).toBe('-');
  });

  it('reads stdin when no path is given and stdin is a pipe', () => {
    const result = runCli(['normalize', '-f', 'ndjson'], { input: '# Barista\n\nA job.\n' });
    expect(result.code).toBe(0);
    expect(parseNdjson(result.stdout)[0]!.title).toBe('Barista');
  });
});
