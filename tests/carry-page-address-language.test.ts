/**
 * Two things a page split into postings states once for all of them (src/stages/carry.ts, src/stages/extract.ts):
 * a last line that only gives an email address to send applications to, after the last posting with no rule
 * or heading between ("发送简历至：<hr@…>"), and, for a page whose postings are a list in its front matter,
 * the language of the page's own text. What must not carry: a last line that says more, or an address
 * when other postings name their own.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseNdjson, runCli } from './helpers.js';

async function postingsOf(text: string, name = 'jobs.md'): Promise<Array<Record<string, any>>> {
  const dir = mkdtempSync(path.join(tmpdir(), 'postings-carry-address-'));
  writeFileSync(path.join(dir, name), text);
  const result = await runCli(['normalize', path.join(dir, name), '--format', 'ndjson']);
  expect(result.code).toBe(0);
  return parseNdjson(result.stdout);
}

const roles = (titles: readonly string[], bodies: readonly string[]): string => titles.map((title, i) => `## ${title}\n\n${bodies[i]}\n`).join('\n');
const EN = ['Senior Backend Engineer', 'Product Designer', 'Data Analyst'];
const BODIES = ['You will build our billing APIs in Go and PostgreSQL.', 'You will design the planning tools our customers use every day.', 'You will own our reporting and dashboards with SQL.'] as const;
const ZH = ['Java 开发工程师', '高级测试工程师', '前端开发工程师'];
const ZH_BODIES = ['负责公司核心业务系统的设计和开发，三年以上 Java 开发经验。', '负责产品的功能测试和自动化测试，熟悉常用测试工具。', '负责公司网站和后台的前端开发，熟悉 React 或 Vue。'];
const emailsOf = (records: Array<Record<string, any>>) => records.map((record) => record.apply.emails);

describe("a last line that only gives an email address is every posting's", () => {
  it.each([
    ['in Chinese, in bold, no rule before it', `# 招聘\n\n${roles(ZH, ZH_BODIES)}\n**发送简历至：<hr@acme.example>**\n`, 'hr@acme.example'],
    ['in English', `# Careers at Brightloop\n\n${roles(EN, BODIES)}\nSend your CV to jobs@brightloop.example\n`, 'jobs@brightloop.example'],
    ['in German', `# Karriere bei Nordlicht\n\n${roles(['Backend-Entwickler (m/w/d)', 'Frontend-Entwickler (m/w/d)', 'UX Designer (m/w/d)'], ['Du entwickelst unsere Plattform mit Kotlin weiter.', 'Du baust unsere Weboberfläche mit React.', 'Du gestaltest die Oberflächen unserer Produkte.'])}\nBewerbungen an karriere@nordlicht.example\n`, 'karriere@nordlicht.example'],
  ])('%s', async (_name, text, email) => {
    const records = await postingsOf(text);
    expect(emailsOf(records)).toEqual([[email], [email], [email]]);
    // The line is the page's: no posting's description holds it.
    expect(records.map((record) => record.description.markdown.includes(email))).toEqual([false, false, false]);
  });

  it.each([
    [
      'a last line that says more than where to apply is the last posting\'s own',
      `# Careers at Brightloop\n\n${roles(EN, [BODIES[0], BODIES[1], `${BODIES[2]}\n\nPart-time position, based in Vienna, Austria, reporting to our CFO. Apply at analyst@brightloop.example`])}`,
      [[], [], ['analyst@brightloop.example']],
    ],
    [
      'other postings that name their own address keep the last line the last posting\'s',
      `# Careers at Brightloop\n\n${roles(EN, [`${BODIES[0]}\n\nApply at backend@brightloop.example`, BODIES[1], BODIES[2]])}\nSend your CV to analyst@brightloop.example\n`,
      [['backend@brightloop.example'], [], ['analyst@brightloop.example']],
    ],
    [
      "other postings that link a site of their own keep the last line the last posting's",
      `# Careers\n\n${roles(EN, [`${BODIES[0]}\n\nMore at https://globex.example/jobs`, BODIES[1], BODIES[2]])}\nSend your CV to analyst@initech.example\n`,
      [[], [], ['analyst@initech.example']],
    ],
    [
      "a line after the last posting's own sections is that section's",
      `# Careers at Brightloop\n\n${roles(EN, [BODIES[0], BODIES[1], `${BODIES[2]}\n\n### What you will do\n\n- Answer tickets\n- Write help articles`])}\nApply at jobs@brightloop.example.\n`,
      [[], [], ['jobs@brightloop.example']],
    ],
    [
      "a thread's last post ends in its own address: no other post takes it",
      'Ask HN: Who is hiring? (March 2026)\n\nAcme | Senior Engineer | Berlin | ONSITE\n\nAcme builds logistics software in TypeScript and Go.\n\nGlobex | Staff Data Engineer | REMOTE | Full-time\n\nGlobex does analytics for retailers. Python, dbt, Snowflake.\n\nEmail: jobs@globex.example\n',
      [[], ['jobs@globex.example']],
    ],
  ])('%s', async (_name, text, expected) => {
    expect(emailsOf(await postingsOf(text))).toEqual(expected);
  });
});

describe("postings listed in a page's front matter take the language of the page's own text", () => {
  const list = 'careers:\n- name: Java developer\n  link: java-developer.html\n- name: NodeJS developer\n  link: node-developer.html\n- name: DevOps Engineer\n  link: devops-engineer.html\n';
  const body = 'Our broad portfolio of software projects in an international work environment offers challenging and dynamic career opportunities. We encourage you to develop your skills in an Agile environment, where the quality of your work is of key importance. You will be working with a professional and highly motivated team, taking on responsibility for your contribution. We are always looking for new talent, so check out our profiles and apply now.\n';

  it('the body in English gives every posting "en", with evidence from the page', async () => {
    const records = await postingsOf(`---\ntitle: careers\n${list}---\n\n## Vacancies\n\n${body}`);
    expect(records.map((record) => record.language)).toEqual(['en', 'en', 'en']);
    expect(records.map((record) => record.evidence.language.rule.startsWith('page.language.'))).toEqual([true, true, true]);
  });

  it("the page's own text, not its postings' English titles, tells the language: a German body gives \"de\"", async () => {
    const german = 'Wir sind ein kleines Softwarehaus in Eindhoven und arbeiten für Kunden aus Telekommunikation und Medien. Bei uns arbeitest du in einem internationalen Team an spannenden Projekten, übernimmst Verantwortung für deine Arbeit und bildest dich ständig weiter. Wir suchen immer neue Talente, die neugierig auf neue Technologien sind und gerne im Team arbeiten. Schau dir unsere Profile an und bewirb dich noch heute bei uns.\n';
    const records = await postingsOf(`---\ntitle: Karriere\n${list}---\n\n## Stellen\n\n${german}`);
    expect(records.map((record) => record.language)).toEqual(['de', 'de', 'de']);
  });

  it('a data file of bare titles has no text of a page: no posting takes a language from it, unless its role words say one', async () => {
    const data = await postingsOf('vacancies:\n  - title: Signal processing ninja\n    link: https://example.org/1\n  - title: Growth hacking wizard\n    link: https://example.org/2\n', 'vacancies.yml');
    expect(data.map((record) => record.evidence.language?.rule ?? 'none').filter((rule: string) => rule.startsWith('page.'))).toEqual([]);
    // English role words in every title (tests/carry-list-language.test.ts): the page's titles speak for it.
    const roles = await postingsOf('vacancies:\n  - title: Postdoc Position in Reinforcement Learning\n    link: https://example.org/1\n  - title: Postdoc Position in Robotics\n    link: https://example.org/2\n', 'vacancies.yml');
    expect(roles.map((record) => record.evidence.language?.rule)).toEqual(['page.titles-english', 'page.titles-english']);
  });
});
