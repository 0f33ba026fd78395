/**
 * What an HTML page says of itself (fixtures/structured/): JSON-LD JobPosting
 * (inside @graph, with a list of types) and OpenGraph become title and company
 * candidates named in the evidence, and so does a microdata JobPosting item; a JSON-LD script that does not parse is a
 * warning, never a failure of the file.
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
});
