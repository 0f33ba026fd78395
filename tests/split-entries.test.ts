/**
 * Two more shapes of several postings (fixtures/multi/shapes), through the
 * CLI: data files that list entries (an employer, a batch by date) each
 * holding a `jobs:` list of its own, whose company, place and date carry
 * over to the postings under them; and alike sub-headings under a
 * vacancies heading, though some role names read as no job title. A page of
 * its own sections beside two role headings is not split by them. Postings
 * too short to tell a language take the language of them all.
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIXTURES, parseNdjson, runCli } from './helpers.js';

const SHAPES = path.join(FIXTURES, 'multi', 'shapes');

async function normalized(name: string) {
  const result = await runCli(['normalize', path.join(SHAPES, name), '--format', 'ndjson']);
  return { result, records: parseNdjson(result.stdout) };
}

describe('entries that hold jobs lists, and headings under a vacancies heading', () => {
  it.each([
    // Employer entries, one with dated batches; an empty list is no posting; a posting's own company wins.
    ['employer-entries.yml', ['Embedded Software Developer', 'QA Analyst', 'Gameplay Programmer'], ['Harbourlight Labs', 'Harbourlight Labs', 'Gullrock Studio East'], [2, 2, 16], ['2024-03-04', '2024-03-04', null]],
    ['employer-entries.json', ['Route Planner', 'Warehouse Shift Lead', 'Prepress Technician'], ['Brightfield Logistics', 'Brightfield Logistics', 'Kestrel Print'], [3, 3, 11], [null, null, null]],
  ])('%s gives each posting under an entry the entry\'s company and date, at the entry\'s lines', async (name, titles, companies, companyLines, dates) => {
    const { result, records } = await normalized(name);
    expect(result.code).toBe(0);
    expect(records.map((r) => r.title)).toEqual(titles);
    expect(records.map((r) => r.company?.name)).toEqual(companies);
    expect(records.map((r) => r.evidence.company.line)).toEqual(companyLines);
    expect(records.map((r) => r.datePosted)).toEqual(dates);
    expect(records.map((r) => [r.source.index, r.source.count])).toEqual(titles.map((_, i) => [i, titles.length]));
  });

  it('gives an entry\'s place to the postings under it', async () => {
    const { records } = await normalized('employer-entries.json');
    expect(records.map((r) => r.locations.map((l: { city?: string }) => l.city))).toEqual([['Graz'], ['Graz'], []]);
  });

  it.each([
    // "Programme scout" and "Stage host" read as no job title: the heading above and the alike bodies make them roles.
    ['vacancy-headings.md', ['Programme scout', 'Grant writer', 'Poster designer', 'Stage host', 'Sound technician'], [7, 12, 16, 22, 27]],
    // "Our values" and "Why Lisbon" are the page's own sections: only the two role headings are postings.
    ['single-careers-sections.md', ['Backend Engineer', 'Frontend Engineer'], [8, 12]],
  ])('%s gives one record per role heading, its title read at its own line', async (name, titles, lines) => {
    const { result, records } = await normalized(name);
    expect(result.code).toBe(0);
    expect(records.map((r) => r.title)).toEqual(titles);
    expect(records.map((r) => r.evidence.title.line)).toEqual(lines);
    expect(records.map((r) => r.evidence.title.rule)).toEqual(titles.map(() => 'heading.h1'));
  });

  it('gives postings too short to tell a language the language of all of them together', async () => {
    // Each title alone reads as German, French, Danish… (trigrams on a few words); the sixteen together read as English.
    const { records } = await normalized('short-titles-jobs.yml');
    expect(records).toHaveLength(16);
    expect(new Set(records.map((r) => r.language))).toEqual(new Set(['en']));
    expect(records[0]!.evidence.language).toMatchObject({ rule: 'page.language.stop-words', line: 3 });
  });

  it('keeps a single posting whose duties sit under a vacancies heading whole', async () => {
    const input = ['# Open positions', '', '## Warehouse Assistant', '', 'Full-time, Graz.', '', '### Duties', '', '- picking', '', '### Requirements', '', '- forklift licence', ''].join('\n');
    const result = await runCli(['normalize', '-', '--format', 'ndjson'], { input });
    expect(parseNdjson(result.stdout).map((r) => r.title)).toEqual(['Warehouse Assistant']);
  });
});
