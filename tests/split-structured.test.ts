/**
 * Several postings stated as structured data (src/split/json-ld.ts), through the CLI: a page whose JSON-LD holds two
 * JobPostings or more (a `@graph`, an array, a script each) gives one record per JobPosting with its own title, employer,
 * place and date, in any language; one JobPosting, or the same one twice, leaves the page one posting.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parseNdjson, runCli } from './helpers.js';

const dir = mkdtempSync(path.join(tmpdir(), 'postings-jsonld-split-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function normalized(html: string) {
  const file = path.join(dir, `${Math.random().toString(36).slice(2)}-careers.html`);
  writeFileSync(file, html);
  const result = await runCli(['normalize', file, '--format', 'ndjson']);
  return parseNdjson(result.stdout) as Array<Record<string, any>>;
}

const job = (title: string, city: string, extra: Record<string, unknown> = {}) => ({
  '@type': 'JobPosting', title, description: `<p>${title} in ${city}.</p>`, datePosted: '2024-05-01', employmentType: 'FULL_TIME',
  hiringOrganization: { '@type': 'Organization', name: 'Acme GmbH' }, jobLocation: { '@type': 'Place', address: { '@type': 'PostalAddress', addressLocality: city } }, ...extra,
});
const script = (value: unknown) => `<script type="application/ld+json">${JSON.stringify(value)}</script>`;
const page = (scripts: string, heading: string, text = '') => `<!DOCTYPE html>
<html><head><title>${heading} | Acme</title>
${scripts}
</head><body><main><h1>${heading}</h1>${text}</main><footer>© 2024 Acme GmbH</footer></body></html>
`;

/** Pages and the records they give: title, employer and place of each, in order. */
const CASES: Array<[name: string, html: string, records: Array<[title: string, company: string, city: string]>]> = [
  ['an @graph of three JobPostings beside an Organization, under "Careers"',
    page(script({ '@context': 'https://schema.org', '@graph': [{ '@type': 'Organization', name: 'Acme GmbH' }, job('Backend Engineer', 'Berlin'), job('Product Designer', 'London'), job('Sales Manager', 'Madrid')] }), 'Careers'),
    [['Backend Engineer', 'Acme GmbH', 'Berlin'], ['Product Designer', 'Acme GmbH', 'London'], ['Sales Manager', 'Acme GmbH', 'Madrid']]],
  ['an array of two JobPostings under "Karriere"',
    page(script([job('Backend-Entwickler (m/w/d)', 'Hamburg'), job('Vertriebsleiter (m/w/d)', 'München')]), 'Karriere'),
    [['Backend-Entwickler', 'Acme GmbH', 'Hamburg'], ['Vertriebsleiter', 'Acme GmbH', 'München']]],
  ['a script for each JobPosting, under "採用情報"',
    page(`${script(job('バックエンドエンジニア', '東京'))}\n${script(job('営業マネージャー', '大阪'))}`, '採用情報'),
    [['バックエンドエンジニア', 'Acme GmbH', '東京'], ['営業マネージャー', 'Acme GmbH', '大阪']]],
  // Must-not: one JobPosting says which job the page is; the page stays one posting.
  ['one JobPosting on the page of that job',
    page(script(job('Backend Engineer', 'Berlin')), 'Backend Engineer', '<h2>Responsibilities</h2><ul><li>Build APIs</li></ul>'),
    [['Backend Engineer', 'Acme GmbH', 'Berlin']]],
  // Must-not: the same JobPosting twice (a plugin's script and a theme's) is one posting.
  ['the same JobPosting in two scripts',
    page(`${script(job('Backend Engineer', 'Berlin'))}\n${script(job('Backend Engineer', 'Berlin'))}`, 'Backend Engineer', '<p>Location: Berlin</p><h2>Responsibilities</h2><ul><li>Build APIs</li></ul>'),
    [['Backend Engineer', 'Acme GmbH', 'Berlin']]],
  // Must-not (review26a): the same job stated twice with one identifier and its place spelt two ways, or one address
  // with a tracking query, or its title with and without a gender mark's brackets, is one posting.
  ['the same identifier, the place spelt two ways',
    page(`${script(job('Backend Engineer', 'München', { identifier: { '@type': 'PropertyValue', value: 'BE-7' } }))}\n${script(job('Backend-Engineer (Senior)', 'Munich', { identifier: { '@type': 'PropertyValue', value: 'BE-7' } }))}`, 'Backend Engineer', '<p>Location: München</p>'),
    [['Backend Engineer', 'Acme GmbH', 'München']]],
  ['the same address, once with a tracking query',
    page(`${script(job('Data Analyst', 'Berlin', { url: 'https://acme.example/jobs/7' }))}\n${script(job('Data Analyst Berlin', 'Berlin', { url: 'https://acme.example/jobs/7?utm_source=feed' }))}`, 'Data Analyst', '<p>Location: Berlin</p>'),
    [['Data Analyst', 'Acme GmbH', 'Berlin']]],
  ['the same title, once with its gender mark in brackets',
    page(`${script(job('Chargé de clientèle H/F', 'Lyon'))}\n${script(job('Chargé de clientèle (H/F)', 'Lyon', { datePosted: '2024-05-02' }))}`, 'Chargé de clientèle', '<p>Lieu : Lyon</p>'),
    [['Chargé de clientèle', 'Acme GmbH', 'Lyon']]],
  // Must-not (review26c): two jobs of one title are two, told apart by their identifiers, their addresses' queries or a bracket.
  ['one title, two identifiers',
    page(`${script(job('Sales Associate', 'Leeds', { identifier: { '@type': 'PropertyValue', value: 'SA-101' } }))}\n${script(job('Sales Associate', 'London', { identifier: { '@type': 'PropertyValue', value: 'SA-202' } }))}`, 'Sales Associate jobs'),
    [['Sales Associate', 'Acme GmbH', 'Leeds'], ['Sales Associate', 'Acme GmbH', 'London']]],
  ['one title, two addresses told apart by their query',
    page(`${script(job('Cashier', 'Leeds', { url: 'https://acme.example/job?id=11' }))}\n${script(job('Cashier', 'London', { url: 'https://acme.example/job?id=12' }))}`, 'Jobs'),
    [['Cashier', 'Acme GmbH', 'Leeds'], ['Cashier', 'Acme GmbH', 'London']]],
  ['"Nurse (Days)" and "Nurse (Nights)"',
    page(`${script(job('Nurse (Days)', 'Leeds'))}\n${script(job('Nurse (Nights)', 'Leeds'))}`, 'Nursing jobs'),
    [['Nurse (Days)', 'Acme GmbH', 'Leeds'], ['Nurse (Nights)', 'Acme GmbH', 'Leeds']]],
];

describe('several postings in a page\'s JSON-LD', () => {
  // Must-not: a Markdown guide to structured data shows two JobPostings in a code block; it is no careers page.
  it('a Markdown guide with two JobPostings in a fenced example gives no record per example', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'postings-jsonld-guide-'));
    const file = path.join(dir, 'structured-data.md');
    writeFileSync(file, `# Adding JobPosting structured data\n\nPaste one script per page, as in this example of two:\n\n\`\`\`html\n${script([job('Backend Engineer', 'Berlin'), job('Sales Manager', 'Madrid')])}\n\`\`\`\n\nThen test the page with a validator.\n`);
    const records = parseNdjson((await runCli(['normalize', file, '--format', 'ndjson'])).stdout);
    rmSync(dir, { recursive: true, force: true });
    // The guide itself may give a record (it names roles) or none; never one per example.
    expect(records.length).toBeLessThan(2);
    expect(records.map((record) => record.title)).not.toContain('Sales Manager');
  });

  it.each(CASES)('%s', async (_name, html, expected) => {
    const records = await normalized(html);
    expect(records.map((record) => [record.title, record.company?.name, record.locations[0]?.city])).toEqual(expected);
    if (expected.length > 1) expect(records.map((record) => record.datePosted)).toEqual(expected.map(() => '2024-05-01'));
  });
});
