/**
 * Several postings in one file, and JSON/YAML data files as inputs, through
 * the CLI: fixtures/multi (the project's own) and real corpus files.
 */
import { copyFileSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { normalizeFiles } from '../src/index.js';
import { CORPUS, describeShared, FIXTURES, parseNdjson, runCli } from './helpers.js';
import { pooledCliRun } from './pooled-runs.js';

const MULTI = path.join(FIXTURES, 'multi');
const at = (name: string) => path.join(MULTI, name);

async function records(file: string, ...args: string[]): Promise<Array<Record<string, any>>> {
  const result = await runCli(['normalize', file, '--format', 'ndjson', ...args]);
  return parseNdjson(result.stdout);
}

describe('one file, several postings (fixtures/multi)', () => {
  it.each([
    ['careers-three-roles.md', ['Senior Backend Engineer', 'Product Designer', 'Customer Support Specialist'], 'role-headings'],
    ['hn-who-is-hiring.md', ['Senior Firmware Engineer', 'Frontend Developer', 'Data Scientist'], 'header-lines'],
    ['_data/jobs.yml', ['Site Reliability Engineer', 'Technical Writer', 'Solutions Architect'], 'data-items'],
    ['jobs-export.json', ['Machine Learning Engineer', 'Working Student Marketing'], 'data-items'],
  ])('%s gives one record per posting, each with source.index, source.count and an id of its own', async (name, titles, rule) => {
    const result = await runCli(['normalize', at(name), '--format', 'ndjson', '-v']);
    expect(result.code).toBe(0);
    const found = parseNdjson(result.stdout);
    expect(found.map((r) => r.title)).toEqual(titles);
    expect(found.map((r) => [r.source.index, r.source.count])).toEqual(titles.map((_, i) => [i, titles.length]));
    expect(new Set(found.map((r) => r.id)).size).toBe(titles.length);
    expect(new Set(found.map((r) => r.fingerprint)).size).toBe(titles.length);
    // Each posting's evidence points at its own lines, in file order.
    const lines = found.map((r) => r.evidence.title.line);
    expect([...lines].sort((a, b) => a - b)).toEqual(lines);
    expect(new Set(lines).size).toBe(titles.length);
    expect(result.stderr).not.toMatch(/posting-split/); // information: never printed, even with -v
    expect(result.stderr).toMatch(/1 read, 0 repaired, \d+ warnings?, 0 failed/);
    void rule;
  });

  it('carries the page company and date over to each role; keeps each role its own fields', async () => {
    const [backend, designer, support] = await records(at('careers-three-roles.md'));
    for (const record of [backend!, designer!, support!]) {
      expect(record.company?.name).toBe('Lumen Labs');
      expect(record.datePosted).toBe('2026-03-02');
      // The page's front-matter title names the page, never one of its roles.
      expect(record.title).not.toMatch(/Careers/);
    }
    expect(backend!.salary.map((s: any) => [s.min, s.max, s.currency, s.period])).toEqual([[70000, 85000, 'EUR', 'YEAR']]);
    expect(backend!.experienceYears).toEqual({ min: 5 });
    expect(designer!.salary).toEqual([]);
    expect(designer!.employmentType).toEqual(['PART_TIME']);
    expect(support!.apply.emails).toEqual(['jobs@lumenlabs.example']);
    expect(backend!.apply.emails).toEqual([]);
    expect(backend!.description.markdown).toMatch(/^## Senior Backend Engineer/);
    expect(backend!.description.markdown).not.toMatch(/Product Designer/);
  });

  it('reads HN-style header lines: company, title and place from "Company | Role | Place | REMOTE"', async () => {
    const [firmware, frontend, data] = await records(at('hn-who-is-hiring.md'));
    expect([firmware!.company?.name, frontend!.company?.name, data!.company?.name]).toEqual(['Acme Robotics', 'Quillstack', 'Tidewater Health']);
    expect(firmware!.apply.emails).toEqual(['jobs@acmerobotics.example']);
    expect(frontend!.apply.urls).toEqual(['https://quillstack.example/careers/frontend']);
    expect(frontend!.remote.policy).toBe('remote');
  });

  it('keeps a single posting with many H2 sections whole, with no source.index', async () => {
    const found = await records(at('single-many-sections.md'));
    expect(found).toHaveLength(1);
    expect(found[0]!.title).toBe('Senior Data Engineer');
    expect(found[0]!.source.index).toBeUndefined();
    expect(found[0]!.source.count).toBeUndefined();
    expect(found[0]!.sections.length).toBeGreaterThanOrEqual(5);
  });
});

describe('JSON and YAML data files as inputs', () => {
  it('maps a data item\'s fields (title, company, location, date, apply_url, salary…) with data.* evidence at the item\'s own lines', async () => {
    const [sre, writer] = await records(at('_data/jobs.yml'));
    expect(sre!.source.format).toBe('yaml');
    expect(sre!.company?.name).toBe('Harbor Cloud');
    expect(sre!.datePosted).toBe('2026-02-10');
    expect(sre!.apply.urls).toEqual(['https://harborcloud.example/jobs/sre']);
    expect(sre!.employmentType).toEqual(['FULL_TIME']);
    expect(sre!.evidence.title).toMatchObject({ line: 3, rule: 'data.title' });
    expect(writer!.evidence.title).toMatchObject({ line: 12, rule: 'data.title' });
    expect(writer!.evidence.datePosted).toMatchObject({ line: 15 });
    // The HTML description goes through the normal text path: Markdown, skills and years read from it.
    expect(sre!.description.markdown).toMatch(/\*\*Kubernetes\*\*/);
    expect(sre!.skills).toContain('Kubernetes');
    expect(sre!.experienceYears).toEqual({ min: 5 });
    expect(writer!.locations.map((l: any) => l.country)).toEqual(['NL']);
    expect(writer!.employmentType).toEqual(['PART_TIME']);
  });

  it('gives a posting that only links to its own page a short record: what it states, nothing guessed', async () => {
    const architect = (await records(at('_data/jobs.yml')))[2]!;
    expect(architect.title).toBe('Solutions Architect');
    expect(architect.company?.name).toBe('Harbor Cloud');
    expect(architect.apply).toEqual({ emails: [], urls: ['https://harborcloud.example/jobs/solutions-architect'] });
    expect([architect.locations, architect.salary, architect.employmentType, architect.skills, architect.datePosted, architect.experienceYears])
      .toEqual([[], [], [], [], null, null]);
    expect(architect.description.markdown).toBe('');
  });

  it('reads a JSON array export, with HTML and Markdown descriptions', async () => {
    const [ml, student] = await records(at('jobs-export.json'));
    expect(ml!.source.format).toBe('json');
    expect(ml!.company?.name).toBe('Fernweh GmbH');
    expect(ml!.salary.map((s: any) => [s.min, s.max, s.currency, s.period])).toEqual([[75000, 90000, 'EUR', 'YEAR']]);
    expect(ml!.experienceYears).toEqual({ min: 4 });
    expect(ml!.locations.map((l: any) => l.country)).toEqual(['DE']);
    expect(student!.description.markdown).toMatch(/\*\*20 hours a week\*\*/);
  });

  it.each([
    ['a data file with no posting, named explicitly', 'package.json', '{ "name": "x", "version": "1.0.0" }\n', /package\.json:1 error no-postings-in-data/],
    // A team page's people with their roles and cities, and events with a date and a place: no job's own field.
    ['a team list: names, roles and cities', 'team.yml', '- name: Ada Lovelace\n  role: Software Engineer\n  city: London\n- name: Grace Hopper\n  role: Founder\n  city: New York\n', /team\.yml:1 error no-postings-in-data/],
    ['an event list: titles, dates and places', 'hiring-events.yml', '- title: Career fair\n  date: 2026-03-01\n  location: Berlin\n- title: Open day\n  date: 2026-04-01\n  location: Hamburg\n', /hiring-events\.yml:1 error no-postings-in-data/],
    ['JSON that does not parse', 'jobs.json', '[\n  { "title": "Engineer",\n    "company": "Acme" \n  ,, ]\n', /jobs\.json:4(:\d+)? error data-syntax data file does not parse/],
    ['YAML that does not parse', 'jobs.yml', 'jobs:\n  - title: "Engineer\n    company: Acme\n  - x: [\n', /jobs\.yml:\d+(:\d+)? error data-syntax/],
  ])('%s: one line naming the file, exit 1, the other inputs still read', async (_label, name, content, pattern) => {
    const dir = mkdtempSync(path.join(tmpdir(), 'postings-data-'));
    writeFileSync(path.join(dir, name), content);
    copyFileSync(at('single-many-sections.md'), path.join(dir, 'posting.md'));
    const result = await runCli(['normalize', name, 'posting.md', '--format', 'ndjson'], { cwd: dir });
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(pattern);
    expect(result.stderr.split('\n').filter((line) => line.includes(name))).toHaveLength(1);
    expect(result.stderr).not.toMatch(/\n\s+at /);
    expect(parseNdjson(result.stdout).map((r) => r.title)).toEqual(['Senior Data Engineer']);
  });

  it('gives no record for a data item that is no posting (a template), as for a whole file', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'postings-template-'));
    writeFileSync(path.join(dir, 'jobs.yml'), 'jobs:\n  - title: Job title here\n    company: Your company name\n    description: Lorem ipsum dolor sit amet.\n  - title: Backend Engineer\n    company: Acme\n    description: Lorem ipsum dolor sit amet.\n');
    const result = await runCli(['normalize', 'jobs.yml', '--format', 'ndjson'], { cwd: dir });
    expect(result.code).toBe(1);
    expect(parseNdjson(result.stdout)).toEqual([]);
    expect(result.stderr).toMatch(/jobs\.yml warning not-a-posting not a posting \(template\)/);
  });

  it('in a folder walk, reads a data file only when its name says jobs and it holds posting keys; config files are skipped silently', async () => {
    const result = await runCli(['normalize', at('walk'), '--format', 'ndjson', '-v']);
    expect(result.code).toBe(0);
    const found = parseNdjson(result.stdout);
    expect(found.map((r) => [path.basename(r.source.path), r.title])).toEqual([
      ['data-engineer.md', 'Senior Data Engineer'],
      ['jobs.yml', 'Site Reliability Engineer'],
      ['jobs.yml', 'Technical Writer'],
      ['jobs.yml', 'Solutions Architect'],
    ]);
    expect(result.stderr).not.toMatch(/package\.json|nightly-jobs|team\.yml/);
    expect(result.stderr).toMatch(/2 read, 0 repaired, 0 warnings, 0 failed/);
  });
});

describe('every consumer of records handles several a file', () => {
  it('--out writes one file per posting', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'postings-out-'));
    const result = await runCli(['normalize', at('careers-three-roles.md'), at('jobs-export.json'), '--out', dir]);
    expect(result.code).toBe(0);
    const names = readdirSync(dir).sort();
    expect(names).toHaveLength(5);
    expect(names.filter((n) => n.startsWith('senior-backend-engineer-'))).toHaveLength(1);
    const designer = JSON.parse(readFileSync(path.join(dir, names.find((n) => n.startsWith('product-designer-'))!), 'utf8'));
    expect(designer.source).toMatchObject({ index: 1, count: 3 });
  });

  it.each([
    ['json', (out: string) => JSON.parse(out).length],
    ['yaml', (out: string) => out.split(/^---$/m).filter((doc) => doc.trim()).length],
    ['jsonld', (out: string) => JSON.parse(out).length],
  ])('--format %s emits every posting', async (format, count) => {
    const result = await runCli(['normalize', at('hn-who-is-hiring.md'), '--format', format]);
    expect(result.code).toBe(0);
    expect(count(result.stdout)).toBe(3);
  });

  it('validate checks each posting, pointing at its title line', async () => {
    const result = await runCli(['validate', at('careers-three-roles.md'), '--require', 'salary', '--reporter', 'json']);
    expect(result.code).toBe(1);
    const report = JSON.parse(result.stdout) as { problems: Array<{ ruleId: string; line?: number }> };
    const required = report.problems.filter((m) => m.ruleId === 'required-field');
    // The designer and the support role state no salary; the backend role does.
    expect(required.map((m) => m.line)).toEqual([24, 35]);
  });

  it('dedupe groups postings of files of several, posting by posting', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'postings-dedupe-'));
    copyFileSync(at('hn-who-is-hiring.md'), path.join(dir, 'a.md'));
    copyFileSync(at('hn-who-is-hiring.md'), path.join(dir, 'b.md'));
    const groups = await runCli(['dedupe', dir, '--format', 'groups'], { cwd: dir });
    expect(parseNdjson(groups.stdout)).toHaveLength(3);
    const kept = await runCli(['normalize', dir, '--dedupe', '--format', 'ndjson'], { cwd: dir });
    expect(parseNdjson(kept.stdout).map((r) => [path.basename(r.source.path), r.source.index])).toEqual([['a.md', 0], ['a.md', 1], ['a.md', 2]]);
  });

  it('report counts records, not files', async () => {
    const result = await runCli(['report', at('careers-three-roles.md'), at('single-many-sections.md'), '--format', 'json']);
    expect(JSON.parse(result.stdout).totals).toMatchObject({ inputs: 2, records: 4, failed: 0 });
  });

  it('--input ndjson: a line may hold several postings, each record named by the line\'s id', async () => {
    const lines = [
      { id: 'careers/jobs.yml', content: readFileSync(at('_data/jobs.yml'), 'utf8') },
      { id: 'hn-post', content: readFileSync(at('hn-who-is-hiring.md'), 'utf8') },
    ].map((line) => JSON.stringify(line)).join('\n');
    const result = await runCli(['normalize', '--input', 'ndjson', '--format', 'ndjson'], { input: `${lines}\n` });
    expect(result.code).toBe(0);
    expect(parseNdjson(result.stdout).map((r) => [r.source.path, r.source.index])).toEqual([
      ['careers/jobs.yml', 0], ['careers/jobs.yml', 1], ['careers/jobs.yml', 2], ['hn-post', 0], ['hn-post', 1], ['hn-post', 2],
    ]);
  });

  // The run's shared CLI pool run (tests/pooled-runs.ts), whose worker takes the first files, one of several postings among them: these files' records as one thread makes them.
  it('the worker pool gives the same records as one thread', async () => {
    const { pooled, alone, inWorker } = await pooledCliRun();
    const inMulti = (record: Record<string, any>) => record.source.path.startsWith(`${MULTI}${path.sep}`);
    const single = parseNdjson(alone.stdout).filter(inMulti);
    expect((JSON.parse(pooled.stdout) as Array<Record<string, any>>).filter(inMulti)).toEqual(single);
    expect(single).toHaveLength(3 + 3 + 3 + 2 + 1 + 4);
    const several = new Set(single.filter((record) => record.source.count > 1).map((record) => record.source.path));
    expect(inWorker.filter((file) => several.has(file)).length, 'files of several postings the worker took').toBeGreaterThan(0);
  });

  it('the library gives every record of a file', async () => {
    const results = [];
    for await (const result of normalizeFiles([at('hn-who-is-hiring.md')])) results.push(result);
    expect(results).toHaveLength(1);
    expect(results[0]!.records.map((r) => r.title)).toEqual(['Senior Firmware Engineer', 'Frontend Developer', 'Data Scientist']);
    expect(results[0]!.record?.title).toBe('Senior Firmware Engineer');
  });
});

describeShared('several postings in real files (../shared/corpus/real)', () => {
  it.each([
    ['113-ocaml-org-jobs-list-data.yml', 25, 'Senior Systems Software Engineer', 'Cloud Software Group'],
    ['119-skyworkz-nl-careers-data.yml', 2, 'Cloud Engineer', 'Skyworkz'],
    ['195-opensourcepledge-jobset-export.json', 224, 'Account Manager', null],
    ['223-shivamcc-in-we-are-hiring-yaml-jobs-list.md', 2, 'Business Analyst', null],
    ['234-kdevra-in-open-positions-list-same-blurb.html', 6, 'Product Manager', null],
  ])('%s gives %i records', async (name, count, firstTitle, company) => {
    const found = await records(path.join(CORPUS, name));
    expect(found).toHaveLength(count);
    expect(found[0]!.title).toBe(firstTitle);
    if (company) expect(found[0]!.company?.name).toBe(company);
    expect(found.every((r) => r.source.count === count)).toBe(true);
  });

  it.each([
    ['209-kdevra-in-product-manager-template-mismatch.html', 'a posting with "Other Jobs" headings below it'],
    ['094-lab2023-tr-web-gelistiricisi.md', 'a posting with sections'],
  ])('keeps %s whole (%s)', async (name) => {
    expect(await records(path.join(CORPUS, name))).toHaveLength(1);
  });

  it('reads a résumé\'s jobs.yml (work done, not offered) as no postings', async () => {
    const result = await runCli(['normalize', path.join(CORPUS, '218-resume-data-jobs-yml-not-posting.yml'), '--format', 'ndjson']);
    expect(parseNdjson(result.stdout)).toEqual([]);
    expect(result.stderr).toMatch(/no-postings-in-data/);
  });
});
