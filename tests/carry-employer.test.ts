/**
 * A page's company carried to each of its postings (src/stages/carry-employer.ts, src/split/table-rows.ts), and
 * no split posting lost for want of a title (src/stages/extract.ts). What must not carry: a board's companies
 * (two employers or more), a weak read ("Our studio in Brooklyn"), a company to a thread's posts.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseNdjson, runCli } from './helpers.js';

async function postingsOf(text: string, name = 'jobs.md'): Promise<Array<Record<string, any>>> {
  const dir = mkdtempSync(path.join(tmpdir(), 'postings-carry-employer-'));
  writeFileSync(path.join(dir, name), text);
  const result = await runCli(['normalize', path.join(dir, name), '--format', 'ndjson']);
  expect(result.code).toBe(0);
  return parseNdjson(result.stdout);
}

const companiesOf = (records: Array<Record<string, any>>) => records.map((record) => record.company?.name ?? null);
const rulesOf = (records: Array<Record<string, any>>) => records.map((record) => record.evidence.company?.rule ?? null);

const table = (header: string, rows: string[]) => `# Vacatures\n\n${header}\n${header.replace(/[^|]+/g, '---')}\n${rows.join('\n')}\n`;

describe("a table of roles' company column gives each row its own company", () => {
  it.each([
    ['nl: Bedrijf', table('| Titel | Bedrijf | Locatie | Link |', [
      '| Maintenance Engineer | Tetra Pak | Gent | [Bekijk](https://jobs.example/tetra/1) |',
      '| Field Service Engineer | SMA Solar | Mechelen | [Bekijk](https://jobs.example/sma/2) |',
      '| IT Support Engineer | Xylos | Brussel | [Bekijk](https://jobs.example/xylos/3) |',
    ]), ['Tetra Pak', 'SMA Solar', 'Xylos']],
    ['en: Company first, a ditto mark repeats the row above', table('| Company | Role | Location | Apply |', [
      '| Fernway | Backend Engineer | Berlin | [Apply](https://jobs.example/fernway/1) |',
      '| ↳ | Data Engineer | Berlin | [Apply](https://jobs.example/fernway/2) |',
      '| Brightloop | Product Designer | Remote | [Apply](https://jobs.example/brightloop/3) |',
    ]), ['Fernway', 'Fernway', 'Brightloop']],
    ['es: Empresa', table('| Puesto | Empresa | Enlace |', [
      '| Desarrollador Backend | Acme Ibérica | [Ver](https://jobs.example/acme/1) |',
      '| Diseñador UX | Nubes SL | [Ver](https://jobs.example/nubes/2) |',
    ]), ['Acme Ibérica', 'Nubes SL']],
    ['tr: Şirket, headers led by an emoji', table('| 🔹 İş Unvanı | 🏢 Şirket | 📍 Konum | 🔗 İlan Linki |', [
      '| Backend Developer | Trendyol Group | İstanbul, Türkiye | [İlana Git](https://jobs.example/trendyol/1) |',
      '| Data Engineer | Insider | Ankara | [İlana Git](https://jobs.example/insider/2) |',
    ]), ['Trendyol Group', 'Insider']],
  ])('%s', async (_name, text, companies) => {
    const records = await postingsOf(text);
    expect(companiesOf(records)).toEqual(companies);
    expect(new Set(rulesOf(records))).toEqual(new Set(['list.company']));
  });

  it('a company cell that names none ("N/A", "Confidential", "–") gives its row no company', async () => {
    const records = await postingsOf(table('| Role | Company | Apply |', [
      '| Backend Engineer | Fernway | [Apply](https://jobs.example/1) |',
      '| Data Engineer | N/A | [Apply](https://jobs.example/2) |',
      '| Product Designer | Confidential | [Apply](https://jobs.example/3) |',
      '| QA Engineer | – | [Apply](https://jobs.example/4) |',
    ]));
    expect(companiesOf(records).slice(1)).toEqual([null, null, null]);
  });

  it('a table without a company column gives no row a company', async () => {
    const records = await postingsOf(table('| Titel | Locatie | Link |', [
      '| Maintenance Engineer | Gent | [Bekijk](https://jobs.example/a/1) |',
      '| Field Service Engineer | Mechelen | [Bekijk](https://jobs.example/b/2) |',
    ]));
    expect(companiesOf(records)).toEqual([null, null]);
  });
});

const yamlJobs = (descriptions: string[]) => descriptions.map((description, i) => `- title: ${['Visual Designer', 'Developer', 'Analyst'][i]}\n  description: |\n    ${description}\n`).join('\n');

describe('one employer named by the page or a sibling posting is every posting\'s', () => {
  it('a data file: a sibling names the company in a sentence', async () => {
    const records = await postingsOf(yamlJobs([
      'As a Visual Designer at Rebel & Bird, you will help us create compelling online experiences for our clients.',
      'You are a versatile developer who knows how to apply the right tools for the right job, backend and frontend.',
      'You see how data can drive product strategy and organisational change, and you love metrics.',
    ]), 'positions.yml');
    expect(companiesOf(records)).toEqual(['Rebel & Bird', 'Rebel & Bird', 'Rebel & Bird']);
    expect(rulesOf(records)).toEqual(['body.as-role-at', 'sibling.body.as-role-at', 'sibling.body.as-role-at']);
  });

  it.each([
    ['the front-matter description', '---\ntitle: careers\ndescription: Acme Robotics is looking for motivated software developers.\ncareers:\n- name: Java developer\n  link: java-developer.html\n- name: DevOps Engineer\n  link: devops-engineer.html\n---\n\n## Vacancies\nOur portfolio of software projects offers challenging career opportunities.\n'],
    ['the intro', '---\ntitle: careers\ncareers:\n- name: Java developer\n  link: java-developer.html\n- name: DevOps Engineer\n  link: devops-engineer.html\n---\n\n## Vacancies\nAcme Robotics is looking for motivated developers. Our portfolio of software projects offers challenging career opportunities.\n'],
  ])('a front-matter list of postings: the company that %s names', async (_name, text) => {
    const records = await postingsOf(text);
    expect(companiesOf(records)).toEqual(['Acme Robotics', 'Acme Robotics']);
  });

  it.each([
    ['two siblings name two employers: a board', yamlJobs([
      'As a Visual Designer at Rebel & Bird, you will help us create compelling online experiences for our clients.',
      'As a Developer at Globex Systems, you will build the backend of our trading platform with Go.',
      'You see how data can drive product strategy and organisational change, and you love metrics.',
    ]), [expect.any(String), expect.any(String), null]],
  ])('%s', async (_name, text, companies) => {
    const records = await postingsOf(text, 'positions.yml');
    expect(companiesOf(records)).toEqual(companies);
    expect(new Set(companiesOf(records).slice(0, 2)).size).toBe(2);
  });

  it('a thread whose posts apply at other domains: one post\'s employer is not the others\'', async () => {
    const post = (title: string, text: string, email: string) => `### ${title}\n\n${text}\nApply: ${email}\n`;
    const records = await postingsOf(`# Who is hiring — March\n\n${[
      post('Backend Engineer', 'As a Backend Engineer at Globex, you will scale our payments API. Remote, €90k.', 'jobs@globex.example'),
      post('Frontend Developer', 'React, TypeScript, remote within the EU. €70k.', 'hiring@brightloop.example'),
      post('Data Engineer', 'Spark and dbt, hybrid in Lisbon. €60k.', 'careers@fernway.example'),
    ].join('\n')}`);
    expect(companiesOf(records)).toEqual(['Globex', null, null]);
  });

  it.each([
    ['a careers subdomain and the same employer\'s mailbox', 'jobs@globex.example', 'jobs@globex.example', 'https://careers.globex.example/data', ['Globex', 'Globex', 'Globex']],
    ['a hiring platform\'s host (greenhouse.io) is no second employer', 'jobs@globex.example', 'https://boards.greenhouse.io/globex/jobs/123', 'https://careers.globex.example/data', ['Globex', 'Globex', 'Globex']],
    ['a country\'s second level (co.uk): one employer', 'jobs@globex.co.uk', 'jobs@globex.co.uk', 'https://careers.globex.co.uk/data', ['Globex', 'Globex', 'Globex']],
    ['two employers under one country\'s second level (co.uk): a board', 'jobs@globex.co.uk', 'hiring@brightloop.co.uk', 'https://careers.fernway.co.uk/data', ['Globex', null, null]],
  ])('one employer\'s page whose postings apply at its own hosts: %s', async (_name, first, second, third, companies) => {
    const post = (title: string, text: string, apply: string) => `### ${title}\n\n${text}\nApply: ${apply}\n`;
    const records = await postingsOf(`# Careers\n\n${[
      post('Backend Engineer', 'As a Backend Engineer at Globex, you will scale our payments API. Remote, €90k.', first),
      post('Frontend Developer', 'React, TypeScript, remote within the EU. €70k.', second),
      post('Data Engineer', 'Spark and dbt, hybrid in Lisbon. €60k.', third),
    ].join('\n')}`);
    expect(companiesOf(records)).toEqual(companies);
  });

  it('a weak read of the page ("Our studio in Brooklyn") carries to no posting', async () => {
    const records = await postingsOf('---\ntitle: Careers\nsubtitle: Our studio in Brooklyn is home to a growing team of digital problem solvers.\ncareers:\n- name: Cloud Architect\n  link: https://jobs.example/cloud-architect\n- name: Security Architect\n  link: https://jobs.example/security-architect\n---\n\nCheck out our openings.\n');
    expect(records).toHaveLength(2);
    expect(companiesOf(records)).toEqual([null, null]);
  });
});

describe('a split posting whose title cannot be read is kept', () => {
  it('a repeated-sections page whose second heading reads as no title gives two records', async () => {
    const posting = (heading: string, duty: string) => `## ${heading}\n\n### What you will do\n${duty}\n\n### What we ask\nClear writing. Apply at jobs@acme.example.\n`;
    const records = await postingsOf(`# Jobs at Acme\n\n${posting('Backend Engineer', 'Build our APIs in Go and run them in production.')}\n${posting('2026', 'Talk to our customers and help them succeed with the product every day.')}`);
    expect(records.map((record) => record.title)).toEqual(['Backend Engineer', null]);
    expect(records.map((record) => record.source.count)).toEqual([2, 2]);
    expect(records[1]!.warnings.map((warning: { code: string }) => warning.code)).toContain('title-missing');
  });
});
