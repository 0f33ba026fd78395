/**
 * Title and company candidates through the CLI (stdin), one case a row: the
 * value chosen and the rule that won. Each row stands for a pattern seen in
 * two or more sources, or for a fact of a language.
 */
import { describe, expect, it } from 'vitest';
import { parseNdjson, runCli } from './helpers.js';

const cases: Array<{ name: string; input: string; title: string | null; titleRule?: string; company?: string | null; companyRule?: string }> = [
  {
    name: 'a Hacker News header line names the company and the title',
    input: 'elvex - Senior Product Engineer - $150k-$210k USD equity - Remote\n\nWe build AI tools. Email me at mike@elvex.io.\n',
    title: 'Senior Product Engineer', titleRule: 'text.header-line', company: 'elvex', companyRule: 'text.header-line',
  },
  {
    name: 'a careers heading is never the title; a role phrase is',
    input: '# Careers\n\nWe are looking for a Senior Backend Engineer to join our payments team.\n\n## Requirements\n\n- Go\n',
    title: 'Senior Backend Engineer', titleRule: 'text.role-phrase',
  },
  {
    name: 'a labelled line in Russian (ВАКАНСИЯ:)',
    input: '📌 ВАКАНСИЯ: PHP-разработчик (middle)\nОпыт работы: 3-6 лет\nФормат: удалённо\n',
    title: 'PHP-разработчик (middle)', titleRule: 'text.labelled-line',
  },
  {
    name: 'a job board page: the title line of a setext heading, and the employer on the line under it',
    input: 'Accountmanager - Utrecht - Indeed.com\nStartpagina\nAccountmanager\n==============\nHartingBank\nUtrecht\n\nJij koestert jouw klanten.\n',
    title: 'Accountmanager', company: 'HartingBank', companyRule: 'text.under-title',
  },
  {
    name: 'Swedish: "vi söker en X", and "som <role> hos X" names the company',
    input: '# Jobb\n\nVi söker en systemutvecklare till vårt team i Göteborg.\n\nSom systemutvecklare hos Variant blir du en del av teamet.\n',
    title: 'Systemutvecklare', titleRule: 'text.role-phrase', company: 'Variant', companyRule: 'body.as-role-at',
  },
  {
    name: 'a contact domain names the company only as the text writes it',
    input: '# Backend Developer\n\nKom og jobb med oss i SpareBank 1. Send søknad til jobb@sparebank1.no.\n',
    title: 'Backend Developer', company: 'SpareBank 1', companyRule: 'domain.mention',
  },
  {
    name: 'a domain the text never writes names no company',
    input: '# Backend Developer\n\nSend your CV to jobs@zqxv.io.\n',
    title: 'Backend Developer', company: null,
  },
  {
    name: 'Ukrainian: "компанія X шукає"',
    input: 'Роль - Growth Marketing Manager\n\nУ міру експансії компанія DONE шукає досвідченого маркетолога.\n',
    title: 'Growth Marketing Manager', company: 'DONE', companyRule: 'body.company-noun',
  },
  {
    name: 'a pronoun before a verb is not a company ("Vi søker")',
    input: '# Utvikler\n\nVi søker en utvikler til teamet vårt.\n',
    title: 'Utvikler', company: null,
  },
];

describe('title and company candidates', () => {
  it.each(cases)('$name', async ({ input, title, titleRule, company, companyRule }) => {
    const result = await runCli(['normalize', '-', '--format', 'ndjson'], { input });
    const [record] = parseNdjson(result.stdout);
    expect(record?.title ?? null).toBe(title);
    if (titleRule) expect(record!.evidence.title.rule).toBe(titleRule);
    if (company !== undefined) expect(record!.company?.name ?? null).toBe(company);
    if (companyRule) expect(record!.evidence.company.rule).toBe(companyRule);
  });
});
