/**
 * What an HTML page says of itself (fixtures/structured/): JSON-LD JobPosting
 * (inside @graph, with a list of types) and OpenGraph become title and company
 * candidates named in the evidence, and so does a microdata JobPosting item;
 * a JSON-LD script that does not parse is a warning, never a failure of the
 * file; structured data that disagrees with the text is a warning naming
 * both; a posting kept in a front-matter field is read as the body.
 */
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { FIXTURES, parseNdjson, runCli, type CliResult } from './helpers.js';

const DIR = path.join(FIXTURES, 'structured');

describe('structured data in HTML pages', () => {
  let result: CliResult;
  let byFile = new Map<string, Record<string, any>>();
  beforeAll(async () => {
    result = await runCli(['normalize', DIR, '--format', 'ndjson']);
    byFile = new Map(parseNdjson(result.stdout).map((r) => [path.basename(r.source.path), r]));
  });

  it.each([
    ['jsonld-graph.html', 'Site Reliability Engineer', 'jsonld:title', 'Northwind Traders GmbH', 'jsonld:hiringOrganization'],
    ['og-title.html', 'Data Engineer', 'page.og-title', 'Fabrikam', 'page.site-name'],
    ['microdata.html', 'Backend Developer (Go)', 'microdata:title', 'Contoso Logistics', 'microdata:hiringOrganization'],
    ['rdfa.html', 'Field Service Engineer (Wind)', 'rdfa:title', 'Fabrikam Windpower', 'rdfa:hiringOrganization'],
  ])('%s: title %s (%s), company %s (%s)', (file, title, titleRule, company, companyRule) => {
    const record = byFile.get(file)!;
    expect(record.title).toBe(title);
    expect(record.evidence.title.rule).toBe(titleRule);
    expect(record.company.name).toBe(company);
    expect(record.evidence.company.rule).toBe(companyRule);
  });

  it.each([
    ['jsonld-graph.html', '2026-10-01', 'jsonld:datePosted', 6],
    ['microdata.html', '2026-09-14', 'microdata:datePosted', 12],
    ['rdfa.html', '2026-09-21', 'rdfa:datePosted', 13],
  ])('%s: datePosted %s (%s, line %i)', (file, date, rule, line) => {
    const record = byFile.get(file)!;
    expect(record.datePosted).toBe(date);
    expect(record.evidence.datePosted).toMatchObject({ rule, line });
  });

  it('gives microdata evidence the line of the property, not of the item', () => {
    expect(byFile.get('microdata.html')!.evidence.title).toMatchObject({ rule: 'microdata:title', line: 11 });
  });

  it('reports a JSON-LD script that does not parse as a warning with its line, and keeps the record', () => {
    expect(result.code).toBe(0);
    const warning = byFile.get('jsonld-graph.html')!.warnings.find((w: { code: string }) => w.code === 'jsonld-malformed');
    expect(warning?.line).toBe(12);
  });

  it.each([
    ['title', '"Senior Data Engineer" (jsonld:title, line 6)', '"Machine Learning Engineer" (heading.h1, line 13)', 13],
    ['datePosted', '"2026-01-10" (jsonld:datePosted, line 6)', '"2026-03-02" (text.date-label, line 14)', 14],
  ])('warns structured-data-conflict when JSON-LD and the text disagree on %s, naming both', (field, structured, text, line) => {
    const warnings = byFile.get('jsonld-text-conflict.html')!.warnings as Array<{ code: string; message: string; line?: number }>;
    const warning = warnings.find((w) => w.code === 'structured-data-conflict' && w.message.startsWith(`${field} `));
    expect(warning?.message).toBe(`${field} in the page's structured data is ${structured}, but the text says ${text}`);
    expect(warning?.line).toBe(line);
  });

  it.each([
    // A JSON-LD title as trusted as the page's H1: one disagreement, one warning.
    ['structured-conflict/jsonld-title-rival.html', ['structured-data-conflict title']],
    ['structured/jsonld-text-conflict.html', ['structured-data-conflict title', 'structured-data-conflict datePosted']],
  ])('%s: says one disagreement once (no field-conflict beside structured-data-conflict)', async (file, expected) => {
    const [record] = parseNdjson((await runCli(['normalize', path.join(FIXTURES, file), '--format', 'ndjson'])).stdout);
    const conflicts = (record!.warnings as Array<{ code: string; message: string }>).filter((w) => w.code.endsWith('conflict'));
    expect(conflicts.map((w) => `${w.code} ${w.message.split(' ')[0]}`)).toEqual(expected);
  });

  it('says nothing when structured data and the text agree (company) or the text does not state the field', () => {
    const conflicts = (file: string) => (byFile.get(file)!.warnings as Array<{ code: string; message: string }>).filter((w) => w.code === 'structured-data-conflict');
    expect(conflicts('jsonld-text-conflict.html').map((w) => w.message.split(' ')[0])).toEqual(['title', 'datePosted']);
    for (const file of ['jsonld-graph.html', 'microdata.html', 'og-title.html']) expect(conflicts(file)).toEqual([]);
  });

  it('reads the body from a front-matter field when the Markdown body is empty, lines mapped to the field', () => {
    const record = byFile.get('body-in-front-matter.md')!;
    expect(record.title).toBe('Office Manager');
    expect(record.evidence.title.line).toBe(6);
    expect(record.salary).toMatchObject([{ min: 2900, currency: 'EUR', period: 'MONTH' }]);
    expect(record.evidence.salary.line).toBe(14);
    expect(record.apply.emails).toEqual(['office@wingtip.example']);
    expect(record.description.markdown).toContain('- Run the office and its suppliers');
    expect(record.warnings.map((w: { code: string }) => w.code)).not.toContain('front-matter-only');
  });
});
