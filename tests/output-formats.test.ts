/** Every output format parses back, through the CLI, and `--out` writes one safe file per posting. */
import { describe, expect, it } from 'vitest';
import { lstatSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseAllDocuments } from 'yaml';
import { parseNdjson, POSTINGS, ROOT, runCli } from './helpers.js';

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

  it.each(['json', 'ndjson', 'yaml', 'jsonld', 'csv'])('--out, run again over the same inputs (--format %s), replaces its own files without a word', async (format) => {
    const dir = mkdtempSync(path.join(tmpdir(), 'postings-rerun-'));
    const first = await runCli(['normalize', SEEDS[0]!, SEEDS[1]!, '--format', format, '--out', dir]);
    expect(first.code, first.stderr).toBe(0);
    const files = readdirSync(dir).sort();
    for (const file of files) writeFileSync(path.join(dir, file), readFileSync(path.join(dir, file), 'utf8').replace('Engineer', 'Engineer (old)').replace('Developer', 'Developer (old)'));
    const again = await runCli(['normalize', SEEDS[0]!, SEEDS[1]!, '--format', format, '--out', dir]);
    expect(again.code, again.stderr).toBe(0);
    expect(again.stderr).toMatch(/^postings: 2 read, .* 0 failed\n$/);
    expect(readdirSync(dir).sort()).toEqual(files);
    for (const file of files) expect(readFileSync(path.join(dir, file), 'utf8')).not.toContain('(old)');
  });

  const taken: Array<[string, (target: string) => void, string]> = [
    ['a file that is no record of this posting', (target) => writeFileSync(target, 'MY NOTES\n'), "a file of that name is there and is not this posting's record, and it is kept (move it, or write to another folder)"],
    ['a symbolic link', (target) => symlinkSync(path.join(path.dirname(target), 'elsewhere.txt'), target), 'a symbolic link of that name is there, and it is kept'],
    ['a folder', (target) => mkdirSync(target), 'a folder of that name is there'],
  ];
  it.each(taken)('--out keeps %s of the output\'s name: one line naming it, exit 1, and the other postings written', async (_kind, make, reason) => {
    const dir = mkdtempSync(path.join(tmpdir(), 'postings-taken-'));
    const probe = mkdtempSync(path.join(tmpdir(), 'postings-probe-'));
    await runCli(['normalize', SEEDS[0]!, '--out', probe]);
    const [name] = readdirSync(probe);
    const target = path.join(dir, name!);
    make(target);
    const before = lstatSync(target);
    const result = await runCli(['normalize', SEEDS[0]!, SEEDS[1]!, '--out', dir]);
    expect(result.code).toBe(1);
    expect(result.stderr.split('\n')[0]).toBe(`${path.join(SEEDS[0]!, 'input.md')} error write-failed cannot write ${path.join(dir, name!)}: ${reason}`);
    expect(result.stderr).toMatch(/\npostings: 2 read, .* 1 failed\n$/);
    expect(lstatSync(target).ino).toBe(before.ino);
    if (before.isFile()) expect(readFileSync(target, 'utf8')).toBe('MY NOTES\n');
    expect(readdirSync(dir).filter((file) => file.startsWith('frontend-developer-'))).toHaveLength(1);
  });

  it('--out names each file as the README says: the title\'s slug and the first 10 hex digits of the record\'s id', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'postings-names-'));
    const result = await runCli(['normalize', ...SEEDS, '--format', 'json', '--out', dir]);
    expect(result.code).toBe(0);
    for (const file of readdirSync(dir)) {
      const record = JSON.parse(readFileSync(path.join(dir, file), 'utf8'));
      expect(file).toBe(`${record.title.toLowerCase().replace(/[^a-z0-9]+/g, '-')}-${record.id.slice(0, 10)}.json`);
    }
    const readme = readFileSync(path.join(ROOT, 'README.md'), 'utf8');
    expect(readme).toContain('named `<slug-of-title>-<id10>.<ext>`, where `<id10>` is the first 10 hex digits of the record\'s `id`');
    expect(readme).not.toContain('<slug-of-title>-<id>.');
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
