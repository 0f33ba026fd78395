/**
 * The general detector of repeated sibling blocks (src/split/siblings.ts,
 * table-rows.ts), through the CLI: one row per page shape that the eight
 * specific rules leave whole, and single postings whose sections repeat,
 * kept whole. A table of roles may be an HTML table (its rows as the page's conversion writes them, no delimiter
 * row); a column of people beside the titles ("| Name | Role |") makes it a team's, in either form (session 27).
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parseNdjson, runCli } from './helpers.js';

const DIR = mkdtempSync(path.join(tmpdir(), 'postings-siblings-'));
afterAll(() => rmSync(DIR, { recursive: true, force: true }));

/** The page as a file of that name (its extension says Markdown or HTML), through the CLI. */
async function normalized(input: string, name = 'page.md') {
  const file = path.join(mkdtempSync(path.join(DIR, 'case-')), name);
  writeFileSync(file, input);
  const result = await runCli(['normalize', file, '--format', 'ndjson']);
  return { result, records: parseNdjson(result.stdout) };
}

const NUMBERED_NL = `---
title: Vacatures
---
#### 1 Leerkracht groep 3 in Vorden

Onze kleine school zoekt een leerkracht voor twee dagen per week. Je werkt samen met een fijn team van vijf collega's.

Spreekt dit je aan? Stuur ons een bericht.

#### 2 Inval leerkracht kleuterklas in Vorden

Voor onze kleuterklas zoeken wij een invaller bij ziekte en afwezigheid. De klas is vaak buiten in het bos.

Graag komen wij in contact met jou.
`;

const ITEMS_ZH = `# 优众网招聘工程师

## 职位

* Ruby 工程师：  
精通 Rails，能够实现复杂业务逻辑

* JavaScript 工程师：  
了解 Slim / SASS / CoffeeScript，熟悉 jQuery

* 全栈工程师：  
无论是服务器端的应用还是客户端的应用都能胜任

## 联系方式

欢迎发送简历到 <jobs@youzhong.example>
`;

const HTML_ITEMS = `<html><body><main>
<h2>人才招聘</h2>
<p>简历请发送至 hr@zhiyuan.example</p>
<ul><li><h3><a href="#">东区业务经理</a></h3>
<p>招聘人数：1名</p><p>职位责任：负责东区业务推广、销售、售后等职责</p><p>职位要求：大专以上学历</p></li></ul>
<ul><li><h3><a href="#">南区业务经理</a></h3>
<p>招聘人数：1名</p><p>职位责任：负责南区业务推广、销售、售后等职责</p><p>职位要求：大专以上学历</p></li></ul>
</main></body></html>
`;

const LINKED_TABLE = `# Vacatures overzicht

| Titel | Bedrijf | Link |
|---|---|---|
| Maintenance Engineer | Tetra Pak | [Bekijk](https://jobs.example/1) |
| IT Support Specialist | Netcompany | [Bekijk](https://jobs.example/2) |
| Materiaalbeheer | Experis | [Bekijk](https://jobs.example/3) |
`;

const DASH_CHUNKS = `Acme Robotics – Senior Firmware Engineer – Berlin – Full-time

We build warehouse robots. You will write the motor control firmware. Email jobs@acme-robotics.example

---

Globex – Frontend Developer – Remote (EU) – Contract

React and TypeScript for our logistics dashboard. Apply at https://globex.example/jobs/frontend
`;

/** An HTML table of roles (session 27): the page's conversion writes each <tr> as a line of cells parted by " | ", no delimiter row. */
const htmlTable = (title: string, header: string[], rows: string[][]) => `<!doctype html>\n<html><head><title>${title}</title></head>\n<body><main>\n<h1>${title}</h1>\n<table>\n`
  + `<tr>${header.map((cell) => `<th>${cell}</th>`).join('')}</tr>\n${rows.map((row) => `<tr>${row.map((cell) => `<td>${cell}</td>`).join('')}</tr>`).join('\n')}\n</table>\n</main></body></html>\n`;
const HTML_TABLE_EN = htmlTable('Jobs at Brightloop', ['Position', 'Location', 'Type', ''], [
  ['Senior Frontend Engineer', 'Berlin', 'Full-time', '<a href="https://brightloop.example/jobs/frontend">Apply</a>'],
  ['Site Reliability Engineer', 'Remote (EU)', 'Full-time', '<a href="https://brightloop.example/jobs/sre">Apply</a>'],
  ['Marketing Manager', 'Munich', 'Part-time', '<a href="https://brightloop.example/jobs/marketing">Apply</a>']]);
const HTML_TABLE_FR = htmlTable("Nos offres d'emploi", ['Poste', 'Lieu', 'Contrat', 'Lien'], [
  ['Développeur Full Stack', 'Lyon', 'CDI', '<a href="/offres/developpeur">Voir l\'offre</a>'],
  ['Chef de projet digital', 'Paris', 'CDD', '<a href="/offres/chef-de-projet">Voir l\'offre</a>']]);
const HTML_TEAM = htmlTable('Unser Team', ['Name', 'Funktion', 'Profil'], [
  ['Anna Berg', 'Softwareentwicklerin', '<a href="/team/anna">Profil</a>'], ['Tom Reyes', 'Produktmanager', '<a href="/team/tom">Profil</a>'],
  ['Lea Kim', 'Datenanalystin', '<a href="/team/lea">Profil</a>']]);
const HTML_PRICING = htmlTable('Plans', ['Plan', 'Users', 'Price', ''], [
  ['Starter', '5', '€10/month', '<a href="/signup/starter">Sign up</a>'], ['Team', '25', '€40/month', '<a href="/signup/team">Sign up</a>'],
  ['Enterprise', 'Unlimited', 'Contact us', '<a href="/contact">Contact</a>']]);

describe('repeated sibling blocks', () => {
  it.each([
    ['numbered headings under a vacancies title, roles that read as no job title (nl)', NUMBERED_NL, 'page.md', 2],
    ['list items headed by a role line ending in a colon (zh)', ITEMS_ZH, 'page.md', 3],
    ['an HTML page with one <li><h3> per role (zh)', HTML_ITEMS, 'page.html', 2],
    ['a table whose every row links to its role (nl)', LINKED_TABLE, 'page.md', 3],
    ['chunks between rules, each headed by a dash-separated header line', DASH_CHUNKS, 'page.md', 2],
    ['an HTML table whose every row links to its role (en)', HTML_TABLE_EN, 'page.html', 3],
    ['an HTML table whose every row links to its role, relative links (fr)', HTML_TABLE_FR, 'page.html', 2],
  ])('%s: one record per block', async (_shape, input, name, count) => {
    const { result, records } = await normalized(input, name);
    expect(result.code).toBe(0);
    expect(records.map((r) => [r.source.index, r.source.count])).toEqual(Array.from({ length: count }, (_, i) => [i, count]));
  });

  it('gives each block its own title at its own line, and the page\'s address to every block', async () => {
    const items = (await normalized(ITEMS_ZH)).records;
    expect(items.map((r) => r.title)).toEqual(['Ruby 工程师', 'JavaScript 工程师', '全栈工程师']);
    expect(items.map((r) => r.evidence.title.line)).toEqual([5, 8, 11]);
    expect(items.map((r) => r.apply.emails)).toEqual(items.map(() => ['jobs@youzhong.example']));
    const table = (await normalized(LINKED_TABLE)).records;
    expect(table.map((r) => [r.title, r.apply.urls])).toEqual([
      ['Maintenance Engineer', ['https://jobs.example/1']],
      ['IT Support Specialist', ['https://jobs.example/2']],
      ['Materiaalbeheer', ['https://jobs.example/3']],
    ]);
    const html = (await normalized(HTML_TABLE_EN, 'page.html')).records;
    expect(html.map((r) => [r.title, r.apply.urls, r.employmentType])).toEqual([
      ['Senior Frontend Engineer', ['https://brightloop.example/jobs/frontend'], ['FULL_TIME']],
      ['Site Reliability Engineer', ['https://brightloop.example/jobs/sre'], ['FULL_TIME']],
      ['Marketing Manager', ['https://brightloop.example/jobs/marketing'], ['PART_TIME']],
    ]);
  });

  it.each([
    ['one posting whose teams repeat the same inner headings', '# Data Engineer\n\nBrightwave hires a Data Engineer in Lisbon.\n\n## Platform team\n\n### Tasks\n\n- Build pipelines\n\n### Tools\n\n- Spark\n\n## Analytics team\n\n### Tasks\n\n- Model revenue\n\n### Tools\n\n- dbt\n', 'page.md'],
    ['one posting with pay by level in a table without links', '# Backend Developer\n\nWe hire one backend developer in Ghent.\n\n| Level | Salary |\n|---|---|\n| Junior Developer | €40,000 |\n| Senior Developer | €60,000 |\n\nApply at jobs@ghent-soft.example\n', 'page.md'],
    // Bare role headings whose names do not come again are roles (tests/split-bare-headings.test.ts); a table of contents names its headings twice.
    ['a table of contents: role headings with no bodies, then the same headings with theirs', '---\ntitle: Careers\n---\n## Backend Engineer\n## Product Designer\n\n---\n\n## Backend Engineer\n\nYou build our APIs in Go.\n\n## Product Designer\n\nYou design our app.\n', 'page.md'],
    ['an HTML table of a team\'s members with their roles, linking to their pages (de)', HTML_TEAM, 'page.html'],
    ['a Markdown table of a team\'s members with their roles, linking to their pages', '# Our team\n\n| Name | Role | Profile |\n|---|---|---|\n| Anna Berg | Software Engineer | [Profile](/team/anna) |\n| Tom Reyes | Product Manager | [Profile](/team/tom) |\n| Lea Kim | Data Scientist | [Profile](/team/lea) |\n', 'page.md'],
    ['an HTML table of plans, each row linking to its sign-up page', HTML_PRICING, 'page.html'],
    ['one posting cut by rules into its sections', '# Senior Firmware Engineer\n\nAcme builds robots in Berlin.\n\n---\n\n## Requirements\n\n- C and RTOS\n\n---\n\n## Benefits\n\n- 30 days off\n', 'page.md'],
    ['list items of one posting\'s duties, each a line then its detail', '# Office Manager\n\n## Your tasks\n\n* Accounting:  \nBook invoices every week\n\n* Travel:  \nPlan the team\'s trips\n', 'page.md'],
  ])('keeps %s whole', async (_shape, input, name) => {
    const { records } = await normalized(input, name);
    expect(records.length).toBeLessThanOrEqual(1);
    for (const record of records) expect(record.source.index).toBeUndefined();
  });
});
