/**
 * Structured data in, field by field, through the CLI: every JobPosting
 * property that maps to a record field (JSON-LD, also in @graph, and
 * microdata) is a candidate named in the evidence (`jsonld:baseSalary`);
 * the text wins where it states the field from a label, with a
 * `structured-data-conflict` warning naming both; a page whose text is a
 * shell is read from its JSON-LD description; a generic og:site_name is no
 * company; data files' typed fields (salary_min, remote: true) count.
 * Fixtures in fixtures/structured/, and real pages of ../shared/corpus/real.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { normalizeText } from '../src/index.js';
import { CORPUS, describeShared, FIXTURES, parseNdjson, runCli } from './helpers.js';

type Rec = Record<string, any>;
const DIR = path.join(FIXTURES, 'structured');

/** A record's value at a dotted path ("remote.policy", "salary.0.min"). */
const at = (record: Rec, dotted: string): unknown => dotted.split('.').reduce<any>((value, key) => value?.[key], record);

async function normalize(files: string[]): Promise<Map<string, Rec[]>> {
  const result = await runCli(['normalize', '--now', '2026-06-01', ...files, '--format', 'ndjson']);
  const byFile = new Map<string, Rec[]>();
  for (const record of parseNdjson(result.stdout)) {
    const name = path.basename(record.source.path);
    byFile.set(name, [...(byFile.get(name) ?? []), record]);
  }
  return byFile;
}

/** Objects and lists are matched in part (a place's other keys may come along), everything else exactly. */
function expectValue(actual: unknown, expected: unknown): void {
  if (expected !== null && typeof expected === 'object') expect(actual).toMatchObject(expected);
  else expect(actual).toEqual(expected);
}

const conflicts = (record: Rec): string[] => record.warnings.filter((w: Rec) => w.code === 'structured-data-conflict').map((w: Rec) => w.message.split(' ')[0]);

describe('structured data in: fixtures', () => {
  let byFile = new Map<string, Rec[]>();
  beforeAll(async () => {
    byFile = await normalize([DIR]);
  });
  const record = (file: string, index = 0): Rec => byFile.get(file)![index]!;

  it.each([
    // A JSON-LD page with every property, its text stating none of them.
    ['jsonld-every-property.html', 'salary', [{ min: 70000, max: 90000, currency: 'EUR', period: 'YEAR' }], 'jsonld:baseSalary'],
    ['jsonld-every-property.html', 'employmentType', ['FULL_TIME', 'CONTRACTOR'], 'jsonld:employmentType'],
    ['jsonld-every-property.html', 'remote.policy', 'remote', 'jsonld:jobLocationType'],
    ['jsonld-every-property.html', 'remote.regions', ['DE', 'AT'], undefined],
    ['jsonld-every-property.html', 'locations', [{ text: 'Munich, Bavaria, DE', city: 'Munich', region: 'Bavaria', country: 'DE' }], 'jsonld:jobLocation'],
    ['jsonld-every-property.html', 'apply', { emails: ['hiring@tailspin.example'], urls: ['https://tailspin.example/jobs/platform-engineer'] }, 'jsonld:applicationContact'],
    ['jsonld-every-property.html', 'experienceYears', { min: 3 }, 'jsonld:experienceRequirements'],
    ['jsonld-every-property.html', 'identifier', { name: 'Tailspin Toys', value: 'TT-4471' }, 'jsonld:identifier'],
    ['jsonld-every-property.html', 'language', 'en-GB', 'jsonld:inLanguage'],
    ['jsonld-every-property.html', 'company', { name: 'Tailspin Toys', url: 'https://tailspin.example' }, 'jsonld:hiringOrganization'],
    ['jsonld-every-property.html', 'validThrough', '2026-12-31', 'jsonld:validThrough'],
    // The text states these from labels: it wins.
    ['jsonld-text-wins.html', 'salary', [{ min: 62000, max: 75000, currency: 'EUR', period: 'YEAR' }], 'text.salary-words'],
    ['jsonld-text-wins.html', 'employmentType', ['PART_TIME'], 'text.contract-label'],
    ['jsonld-text-wins.html', 'remote.policy', 'hybrid', 'text.location-field'],
    ['jsonld-text-wins.html', 'experienceYears', { min: 5 }, 'experience.at-least'],
    ['jsonld-text-wins.html', 'locations.0.city', 'Berlin', 'text.location-label'],
    // A page whose text is an app's shell: its JSON-LD description is the body.
    ['jsonld-shell.html', 'title', 'Lagerist', 'jsonld:title'],
    ['jsonld-shell.html', 'employmentType', ['FULL_TIME'], 'jsonld:employmentType'],
    ['jsonld-shell.html', 'apply.emails', ['jobs@fourthcoffee.example'], 'text.email'],
    ['jsonld-shell.html', 'experienceYears', { min: 2 }, 'experience.at-least'],
    ['jsonld-shell.html', 'language', 'de', 'jsonld:inLanguage'],
    // Microdata, nested items included.
    ['microdata.html', 'salary', [{ min: 52000, max: 64000, currency: 'EUR', period: 'YEAR' }], 'microdata:baseSalary'],
    ['microdata.html', 'employmentType', ['FULL_TIME'], 'microdata:employmentType'],
    ['microdata.html', 'identifier', { name: 'Contoso Careers', value: 'CL-88' }, 'microdata:identifier'],
    // RDFa (typeof, property), the same nesting; og:title's `property` is another vocabulary's, no JobPosting property.
    ['rdfa.html', 'salary', [{ min: 480000, max: 560000, currency: 'DKK', period: 'YEAR' }], 'rdfa:baseSalary'],
    ['rdfa.html', 'employmentType', ['FULL_TIME'], 'rdfa:employmentType'],
    ['rdfa.html', 'identifier', { name: 'Fabrikam Careers', value: 'FW-214' }, 'rdfa:identifier'],
    ['rdfa.html', 'locations.0.city', 'Esbjerg', 'rdfa:jobLocation'],
    // A Next.js page's embedded state (__NEXT_DATA__) holding the job under schema.org's keys; its similar jobs are none.
    ['next-data.html', 'datePosted', '2026-08-30', 'state:datePosted'],
    ['next-data.html', 'salary', [{ min: 13.5, max: 14.5, currency: 'EUR', period: 'HOUR' }], 'state:baseSalary'],
    ['next-data.html', 'employmentType', ['PART_TIME'], 'state:employmentType'],
    ['next-data.html', 'company.name', 'Tailspin Hotels', 'state:hiringOrganization'],
    // OpenGraph: a site name that names a publishing tool is no company.
    ['og-generic-site-name.html', 'company', null, undefined],
    ['og-title.html', 'company.name', 'Fabrikam', 'page.site-name'],
  ])('%s: %s', (file, field, expected, rule) => {
    const r = record(file);
    expectValue(at(r, field), expected);
    if (rule) expect(r.evidence[field.split('.')[0]!]?.rule).toBe(rule);
  });

  it('gives structured evidence the line of the JSON-LD script, and of the microdata property', () => {
    expect(record('jsonld-every-property.html').evidence.salary).toMatchObject({ line: 6, text: '70000-90000 EUR / YEAR' });
    expect(record('microdata.html').evidence.salary.line).toBe(18);
    expect(record('microdata.html').evidence.identifier.line).toBe(21);
    expect(record('rdfa.html').evidence.salary.line).toBe(19);
  });

  it('warns structured-data-conflict for each field where the text wins over the structured data, naming both', () => {
    expect(conflicts(record('jsonld-text-wins.html'))).toEqual(['salary', 'employmentType', 'remote', 'locations', 'experienceYears']);
    const salary = record('jsonld-text-wins.html').warnings.find((w: Rec) => w.message.startsWith('salary '));
    expect(salary).toMatchObject({
      line: 15,
      message: `salary in the page's structured data is "50000-60000 EUR" (jsonld:baseSalary, line 6), but the text says "€62,000 – €75,000 per year" (text.salary-words, line 15)`,
    });
    for (const file of ['jsonld-every-property.html', 'jsonld-shell.html', 'microdata.html', 'rdfa.html']) expect(conflicts(record(file))).toEqual([]);
  });

  it('says where a shell page\'s body came from (library API), and keeps the description\'s lines at the script', () => {
    const result = normalizeText(readFileSync(path.join(DIR, 'jsonld-shell.html')), { path: 'jsonld-shell.html' });
    expect(result.messages.find((m) => m.ruleId === 'body-from-structured-data')).toMatchObject({ severity: 'info', line: 6 });
    expect(result.record!.description.markdown).toContain('Wareneingang prüfen und einlagern');
    expect(new Set(result.record!.sections.map((s) => s.kind))).toEqual(new Set(['responsibilities', 'requirements']));
    expect(result.record!.evidence.experienceYears!.line).toBe(6);
  });

  it('reads no embedded state that lists several jobs (a board\'s results) or holds no JobPosting\'s keys', () => {
    const page = (state: unknown) => `<html><body><main><h1>Kitchen Porter</h1><p>Keep our hotel kitchen in Galway clean and stocked, on early and late shifts.</p></main>\n<script id="__NEXT_DATA__" type="application/json">${JSON.stringify(state)}</script></body></html>`;
    const job = (title: string) => ({ title, hiringOrganization: { name: 'Tailspin Hotels' }, datePosted: '2026-08-30' });
    const rulesOf = (state: unknown) => Object.values(normalizeText(page(state), { path: 'job.html' }).record!.evidence).map((e) => e!.rule);
    expect(rulesOf({ props: { pageProps: { job: job('Kitchen Porter') } } })).toContain('state:datePosted');
    expect(rulesOf({ props: { pageProps: { results: [job('Kitchen Porter'), job('Commis Chef')] } } }).filter((rule) => rule.startsWith('state:'))).toEqual([]);
    expect(rulesOf({ props: { pageProps: { job: { title: 'Kitchen Porter', datePosted: '2026-08-30' } } } }).filter((rule) => rule.startsWith('state:'))).toEqual([]);
  });

  it('reads no embedded state job under a key naming other jobs (similar, relatedJobs), nor an article with an organisation named in a string', () => {
    const page = (state: unknown) => `<html><body><main><h1>Senior Nurse (m/w/d)</h1><p>Klinikum Nord sucht eine Pflegekraft in Hamburg. Vollzeit.</p></main>\n<script id="__NEXT_DATA__" type="application/json">${JSON.stringify(state)}</script></body></html>`;
    const other = { '@type': 'JobPosting', title: 'Truck Driver', hiringOrganization: { name: 'Speedy Logistics' }, employmentType: 'PART_TIME' };
    const own = { title: 'Senior Nurse', hiringOrganization: { name: 'Klinikum Nord' }, employmentType: 'FULL_TIME' };
    const stateRules = (state: unknown) => Object.entries(normalizeText(page(state), { path: 'job.html' }).record!.evidence).filter(([, e]) => e!.rule.startsWith('state:')).map(([field]) => field).sort();
    expect(stateRules({ props: { pageProps: { similar: [other] } } })).toEqual([]);
    expect(stateRules({ props: { pageProps: { relatedJobs: other, moreJobs: [other] } } })).toEqual([]);
    expect(stateRules({ props: { pageProps: { job: own, recommended: [other] } } })).toEqual(['company', 'title']);
    expect(normalizeText(page({ props: { pageProps: { similar: [other] } } }), { path: 'job.html' }).record!.company?.name).not.toBe('Speedy Logistics');
    const article = { title: 'How we hire', hiringOrganization: 'Acme People Team', description: 'Our interview process.', datePosted: '2025-01-01' };
    expect(stateRules({ props: { pageProps: { article } } })).toEqual([]);
  });

  it.each([['WebPage', 'mainEntity'], ['ItemList', 'itemListElement']])('reads an RDFa JobPosting that is a %s\'s %s', (outer, property) => {
    const html = `<html><head><title>Data Analyst - Acme</title></head><body vocab="https://schema.org/"><main>\n<div typeof="${outer}"><div property="${property}" typeof="JobPosting">\n<h1 property="title">Data Analyst</h1>\n<span property="hiringOrganization" typeof="Organization"><span property="name">Acme Corp</span></span>\n<p property="description">Analyse data for our team.</p>\n</div></div></main></body></html>`;
    const r = normalizeText(html, { path: 'job.html' }).record!;
    expect(r.company?.name).toBe('Acme Corp');
    expect(r.evidence.company).toMatchObject({ rule: 'rdfa:hiringOrganization', line: 4 });
  });

  it.each([
    [0, 'salary', [{ min: 40000, max: 52000, currency: 'EUR' }], 'data.salary_min', 9],
    [0, 'remote.policy', 'hybrid', 'data.remote', 8],
    [0, 'locations.0.country', 'PT', 'data.location', 6],
    [1, 'remote.policy', 'remote', 'data.remote', 21],
    [1, 'salary', [{ min: 45000, max: 55000, currency: 'EUR', period: 'YEAR' }], 'data.salary', 22],
    [1, 'apply.emails', ['talent@adventure-works.example'], 'data.apply_email', 25],
  ])('jobs.json item %i: %s from its data keys', (index, field, expected, rule, line) => {
    const r = record('jobs.json', index);
    expectValue(at(r, field), expected);
    expect(r.evidence[field.split('.')[0]!]).toMatchObject({ rule, line });
  });

  it.each([
    ['company', { name: 'Fourth Coffee', url: 'https://fourthcoffee.example' }, 'data.company', 6],
    ['salary', [{ min: 3200, max: 3900, currency: 'EUR', period: 'MONTH' }], 'data.salary', 11],
    ['identifier', { name: 'Fourth Coffee', value: 'FC-104' }, 'data.identifier', 12],
    ['validThrough', '2026-05-31', 'data.validThrough', 8],
  ])('a JSON export of schema.org JobPostings: %s from its objects', (field, expected, rule, line) => {
    const r = record('jobposting-export.json');
    expectValue(at(r, field), expected);
    expect(r.evidence[field]).toMatchObject({ rule, line });
  });

  it('writes the identifier into JSON-LD output as a PropertyValue', async () => {
    const result = await runCli(['normalize', path.join(DIR, 'jsonld-every-property.html'), '--format', 'jsonld']);
    expect(JSON.parse(result.stdout)[0].identifier).toEqual({ '@type': 'PropertyValue', name: 'Tailspin Toys', value: 'TT-4471' });
  });
});

describeShared('structured data in: real pages', () => {
  let byFile = new Map<string, Rec[]>();
  const FILES = ['104-logique-id-web-developer-jsonld.html', '203-pracuj-pl-admin-it-joomla-tmpl-jsonld.html'];
  beforeAll(async () => {
    byFile = await normalize(FILES.map((file) => path.join(CORPUS, file)));
  });

  it.each([
    // 104: JSON-LD with a QuantitativeValue salary, an array of places and the company's url.
    [FILES[0], 'employmentType', ['FULL_TIME'], 'jsonld:employmentType'],
    [FILES[0], 'company.url', 'https://www.logique.co.id', 'jsonld:hiringOrganization'],
    // 203: "@content" for "@context", figures flattened into the MonetaryAmount, a PostalAddress as jobLocation, free-text contract words.
    [FILES[1], 'salary', [{ min: 8000, max: 13000, currency: 'PLN' }], 'jsonld:baseSalary'],
    [FILES[1], 'locations', [{ city: 'Warszawa', region: 'mazowieckie', country: 'PL' }], 'jsonld:jobLocation'],
    [FILES[1], 'employmentType', ['CONTRACTOR'], 'jsonld:employmentType'],
    [FILES[1], 'datePosted', '2023-08-01', 'jsonld:datePosted'],
  ])('%s: %s', (file, field, expected, rule) => {
    const r = byFile.get(file!)![0]!;
    expectValue(at(r, field), expected);
    expect(r.evidence[field.split('.')[0]!].rule).toBe(rule);
  });
});
