/**
 * Roles announced by their count of openings (src/split/counted-roles.ts): "**Two** open PhD positions on …",
 * "Zwei offene Stellen als …". Two or more such lines give a posting each; one such line, or counts of other
 * things, split nothing.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseNdjson, runCli } from './helpers.js';

async function recordsOf(text: string): Promise<Array<Record<string, any>>> {
  const dir = mkdtempSync(path.join(tmpdir(), 'postings-counted-'));
  writeFileSync(path.join(dir, 'jobs.md'), text);
  return parseNdjson((await runCli(['normalize', path.join(dir, 'jobs.md'), '--format', 'ndjson'])).stdout);
}

describe('lines that count their openings', () => {
  it.each([
    ['en, bold counts with links to each call',
      '# Jobs\n\n**One** open PhD/Postdoc position (full-time) on [Semantic Search](https://lab.example.org/call-1.pdf).\n\n**Two** open PhD/Postdoc positions (full-time) on [Clinical Text Mining](https://lab.example.org/call-2.pdf).\n',
      ['PhD/Postdoc position', 'PhD/Postdoc positions'], ['https://lab.example.org/call-1.pdf', 'https://lab.example.org/call-2.pdf']],
    ['en, list items that name the role after "for"',
      '# Careers\n\n- 2 open positions for a Data Engineer (Berlin)\n- 1 open position for a Product Designer at Acme\n',
      ['Data Engineer', 'Product Designer'], [undefined, undefined]],
    ['de, "eine" and "zwei" with the role after "als", its place left out',
      '# Karriere\n\nZwei offene Stellen als Softwareentwickler/in (m/w/d) in Berlin.\n\nEine offene Stelle als Projektleiter/in in Hamburg.\n',
      ['Softwareentwickler/in', 'Projektleiter/in'], [undefined, undefined]],
    ['es, "dos plazas de"',
      '# Empleo\n\nDos plazas de Desarrollador Backend en Madrid.\n\nUna plaza de Diseñador UX en Sevilla.\n',
      ['Desarrollador Backend', 'Diseñador UX'], [undefined, undefined]],
    ['en, counted nouns after the role leave the title ("Two Backend Engineer positions")',
      '# We are hiring\n\nTwo Backend Engineer positions in Berlin.\n\nOne Data Engineer position in Munich.\n',
      ['Backend Engineer', 'Data Engineer'], [undefined, undefined]],
  ])('%s', async (_case, text, titles, urls) => {
    const records = await recordsOf(text);
    expect(records.map((record) => record.title)).toEqual(titles);
    expect(records.map((record) => record.apply.urls[0])).toEqual(urls);
  });

  it.each([
    ['one counted line in a posting',
      '# Data Engineer\n\nWe have two open positions for a Data Engineer in our Berlin team.\n\n## Requirements\n\n- 3 years of Python\n'],
    ['counts of other things: years, people, offices',
      '# Backend Engineer at Acme\n\nTwo teams build our APIs.\n\n3 years of experience with Go.\n\n5 offices across Europe.\n'],
    ['counted openings that name no role',
      '# Careers\n\nTwo open positions available soon.\n\nThree positions, many hats.\n'],
    ['a posting whose duties count things',
      '# Product Designer\n\n## Responsibilities\n\n- Two open roles for designers will report to you\n- One open position for a researcher joins next year\n'],
    ['one role counted per place (no distinct roles)',
      'Acme GmbH is hiring a Data Engineer.\n\n- 1 position as Data Engineer in Berlin\n- 1 position as Data Engineer in Munich\n\nSalary: 60,000 - 70,000 EUR per year.\n'],
  ])('no split: %s', async (_case, text) => {
    expect((await recordsOf(text)).length).toBeLessThanOrEqual(1);
  });

  it('one role counted per place keeps the page\'s salary and both places in one record', async () => {
    const records = await recordsOf('Acme GmbH is hiring a Data Engineer.\n\n- 1 position as Data Engineer in Berlin\n- 1 position as Data Engineer in Munich\n\nSalary: 60,000 - 70,000 EUR per year.\n');
    expect(records).toHaveLength(1);
    expect(records[0]!.salary.map((pay: { min: number; max: number }) => [pay.min, pay.max])).toEqual([[60000, 70000]]);
    expect(records[0]!.locations.map((place: { city: string }) => place.city)).toEqual(['Berlin', 'Munich']);
  });
});
