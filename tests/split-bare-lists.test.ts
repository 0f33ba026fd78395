/**
 * Roles named and nothing more (session 14, src/split/role-list.ts and
 * src/split/data.ts): a careers page's list of bare job titles under any
 * line but one ending in a colon that names no vacancies; a German intro with
 * the verb first ("Gleichzeitig suchen wir:") and gendered role nouns
 * ("Telefonist/in"); a data list whose maps all state only a job title. Each
 * role gives a short record; single postings and lists of other things stay
 * whole.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseNdjson, runCli } from './helpers.js';

async function resultOf(name: string, text: string) {
  const dir = mkdtempSync(path.join(tmpdir(), 'postings-bare-'));
  writeFileSync(path.join(dir, name), text);
  return runCli(['normalize', path.join(dir, name), '--format', 'ndjson']);
}

async function titlesOf(name: string, text: string): Promise<Array<string | null>> {
  return parseNdjson((await resultOf(name, text)).stdout).map((record) => record.title as string | null);
}

describe('a careers page that lists bare job titles', () => {
  it.each([
    ['ru, a first line written without a space after "#"',
      '#Работа в компании\n\nМы ценим людей, которые любят своё дело.\n\n- Руководитель проектов\n- Дизайнер сайтов\n- Java-разработчик\n\nЕсли не хватает опыта, приходите на стажировку.\n',
      ['Руководитель проектов', 'Дизайнер сайтов', 'Java-разработчик']],
    ['en, under a careers heading and a paragraph',
      '# Careers\n\nWe build tools for farmers and like people who like soil.\n\n- Backend Engineer\n- Product Designer\n- Data Analyst\n\nWrite to jobs@acme.example.\n',
      ['Backend Engineer', 'Product Designer', 'Data Analyst']],
    ['de, the verb before its subject ("Gleichzeitig suchen wir:") and gendered role nouns',
      '---\ntitle: Karriere\n---\n\nWir bilden zum Immobilienkaufmann aus.\n\nGleichzeitig suchen wir:\n\n- Telefonist/in\n- Projektleiter/in\n\nBewerbungen per Post.\n',
      ['Telefonist/in', 'Projektleiter/in']],
    ['de, gendered role nouns with a colon and a star (tables.ts genderedRoleForms)',
      '---\ntitle: Karriere\n---\n\nWir wachsen.\n\nDerzeit suchen wir:\n\n- Buchhalter:in\n- Berater*innen\n\nBewerbungen per Post.\n',
      ['Buchhalter:in', 'Berater*innen']],
    ['en, an unfinished line that hires ("We are currently looking for")',
      '# Careers\n\nWe are currently looking for\n\n- Backend Engineer\n- Product Designer\n',
      ['Backend Engineer', 'Product Designer']],
  ])('%s: a record per role', async (_case, text, expected) => {
    expect(await titlesOf('careers.md', text)).toEqual(expected);
  });

  it.each([
    ['a careers page listing perks, not roles', '# Careers\n\nWhy work with us.\n\n- Remote work\n- Flexible hours\n- Learning budget\n'],
    ['a careers page whose list is half roles, half other things', '# Careers\n\nWhat we do.\n\n- Backend Engineer\n- Coffee and snacks\n- Product Designer\n- Yearly retreat\n'],
    ['roles after a line ending in a colon that names no vacancies', '---\ntitle: Careers\n---\n\n# Life at Acme\n\nOn a project you will work with:\n\n- Product Managers\n- Designers\n- Data Analysts\n'],
    ['a posting whose page is named for its role lists its peers', '# Senior Backend Engineer\n\nYou will build our APIs in Go.\n\n- Product Manager\n- Product Designer\n- Data Analyst\n'],
  ])('no split: %s', async (_case, text) => {
    expect((await titlesOf('careers.md', text)).length).toBeLessThanOrEqual(1);
  });

  // Found in review: the careers heading turned one posting into a record per role it works with.
  it.each([
    ['a careers page that heads one role, whose list is whom the job reports to',
      '# Jobs\n\n## Senior Backend Engineer at Acme\n\nAcme builds payment software for small shops. You will design and run our APIs in Go and Postgres.\n\nYou will report to one of\n\n- Engineering Manager\n- Head of Engineering\n',
      ['Senior Backend Engineer']],
    ['a careers page that heads one role, whose list is whom the job works with',
      '# Careers\n\n## Product Designer\n\nWe are a small team building tools for farmers. You will shape our mobile app from research to release.\n\nIn this role you work closely with\n\n- Product Manager\n- Frontend Engineer\n- Data Analyst\n',
      ['Product Designer']],
    ['a careers page that heads one role, whose list follows a whole sentence',
      '# Careers\n\n## Product Designer\n\nYou will shape our mobile app from research to release.\n\nYour future teammates.\n\n- Product Manager\n- Frontend Engineer\n',
      ['Product Designer']],
    ['a careers page with no role heading, whose list ends a sentence',
      '# Careers\n\nAcme builds payment software for small shops. You will design and run our APIs in Go and Postgres.\n\nYou will report to one of\n\n- Engineering Manager\n- Head of Engineering\n',
      [null]],
  ])('one posting: %s', async (_case, text, expected) => {
    expect(await titlesOf('careers.md', text)).toEqual(expected);
  });
});

describe('a data list whose maps state only a job title', () => {
  it('gives a record per map titled as a job (a status and labels beside it)', async () => {
    const text = '- issue: 1\n  title: Full-Stack Engineer\n  status: live\n  labels:\n    - engineering\n- issue: 2\n  title: DevOps Engineer\n  status: todo\n  labels:\n    - engineering\n';
    expect(await titlesOf('jobs.yaml', text)).toEqual(['Full-Stack Engineer', 'DevOps Engineer']);
  });

  it.each([
    ['a team page: people with job titles', '- name: Jane Doe\n  title: Senior Engineer\n  photo: jane.jpg\n- name: Max Roe\n  title: Product Designer\n  photo: max.jpg\n'],
    ['steps or perks titled as no job', '- title: Apply online\n- title: Meet the team\n- title: Get an offer\n'],
    ['one map titled as a job beside others', '- title: Backend Engineer\n- title: Our values\n- title: Free lunch\n'],
  ])('gives none: %s', async (_case, text) => {
    expect(await titlesOf('jobs.yaml', text)).toEqual([]);
  });
});
