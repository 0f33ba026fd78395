/**
 * A page whose postings are a list in its front matter names its employer in its title, beside a careers word
 * ("Carreras -Ticmans", "Careers | Acme"): each posting that names no company takes it (stages/carry-employer.ts,
 * evidence rule frontmatter.title-careers). Through the CLI; with the negatives: a title that names a role, one
 * with no name, and a posting that names its own company.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseNdjson, runCli } from './helpers.js';

async function normalized(text: string) {
  const dir = mkdtempSync(path.join(tmpdir(), 'postings-page-title-'));
  const file = path.join(dir, 'careers.md');
  writeFileSync(file, text);
  const result = await runCli(['normalize', file, '--format', 'ndjson']);
  return parseNdjson(result.stdout);
}

const page = (title: string, first = 'Ingeniero Frontend Senior', company = '') => [
  '---', `title: "${title}"`, 'open_positions:', '  list:',
  `    - title: "${first}"`, '      description: "Buscamos un profesional para este rol."', '      duration: "Tiempo Completo"', ...(company ? [`      company: "${company}"`] : []),
  '    - title: "Desarrollador Backend"', '      description: "Buscamos un desarrollador backend."', '      duration: "Tiempo Completo"',
  '---', '',
].join('\n');

describe('the employer a careers page\'s title names', () => {
  it.each([
    ['es, a dash with no space after it', 'Carreras -Ticmans', 'Ticmans'],
    ['en, a bar', 'Careers | Acme Robotics', 'Acme Robotics'],
    ['de, the name first', 'Nordlicht – Karriere', 'Nordlicht'],
  ])('%s: each posting takes it', async (_case, title, name) => {
    const records = await normalized(page(title));
    expect(records.map((record) => record.company?.name ?? null)).toEqual([name, name]);
    expect(records[0]!.evidence.company).toMatchObject({ rule: 'frontmatter.title-careers', line: 2 });
  });

  it.each([
    ['a title that names a role', 'Carreras - Desarrollador Backend'],
    ['a title with no name', 'Carreras'],
    ['a hyphenated word is no separator', 'Front-End Jobs'],
  ])('%s: no company', async (_case, title) => {
    const records = await normalized(page(title));
    expect(records.map((record) => record.company)).toEqual([null, null]);
  });

  it('a posting that names its own company keeps it; the page carries to no posting of two employers', async () => {
    const records = await normalized(page('Careers | Acme Robotics', 'Ingeniero Frontend Senior', 'Globex'));
    expect(records.map((record) => record.company?.name ?? null)).toEqual(['Globex', null]);
  });
});
