/**
 * The general rule of role-like heads (src/split/role-heads.ts), through the CLI: pages whose roles
 * share one shape that no layout rule cuts (a table of roles without links, in four languages), pages
 * of roles that other rules cut (kept as they are), and single postings whose heads name roles, kept whole; an HTML
 * table of roles (no delimiter row in the page's conversion) as a Markdown one (session 27).
 */
import { describe, expect, it } from 'vitest';
import { normalizerInTempFiles } from './helpers.js';

const normalized = normalizerInTempFiles('postings-role-heads-');

/** Pages of several postings: the titles each record gets, in file order. */
const SPLIT: Array<[name: string, page: string, titles: string[]]> = [
  ['a German table of roles', `# Jobs bei Beispiel AG

| Stelle | Ort | Umfang |
| --- | --- | --- |
| Softwareentwickler (m/w/d) | Berlin | Vollzeit |
| Buchhalter (m/w/d) | Köln | Teilzeit |
| Werkstudent Marketing (m/w/d) | Berlin | 20 Std. |
`, ['Softwareentwickler', 'Buchhalter', 'Werkstudent Marketing']],
  ['a Japanese table of roles', `# 採用情報

| 職種 | 勤務地 |
| --- | --- |
| バックエンドエンジニア | 東京 |
| デザイナー | 大阪 |
`, ['バックエンドエンジニア', 'デザイナー']],
  ['a Spanish table of roles', `# Empleo

| Puesto | Ciudad |
| --- | --- |
| Desarrollador Java | Madrid |
| Jefe de ventas | Sevilla |
`, ['Desarrollador Java', 'Jefe de ventas']],
  ['a French table of roles, the role as a link text', `# Nous rejoindre

| Poste | Lieu | Contrat |
| --- | --- | --- |
| **Développeur Python** | Paris | CDI |
| Chef de projet | Lyon | CDD |
`, ['Développeur Python', 'Chef de projet']],
  ['English roles in bold with their bodies (another rule cuts them; kept)', `# Acme Robotics

We build warehouse robots in Lyon.

**Senior Backend Engineer**

You will design our fleet API in Go. Full-time, Lyon or remote in France.

**Product Designer**

You will shape the operator app with our field team. Full-time, Lyon.
`, ['Senior Backend Engineer', 'Product Designer']],
  // The trades, services and fundraising in four more languages (role nouns of tables/title-roles*.ts from knowledge of each language).
  ['a Russian table of roles outside software', `# Вакансии фонда

| Должность | Город |
| --- | --- |
| Фандрайзер | Москва |
| Переводчик | Казань |
`, ['Фандрайзер', 'Переводчик']],
  ['a Polish table of trade roles', `# Praca

| Stanowisko | Miasto |
| --- | --- |
| Kasjer | Kraków |
| Kierowca | Gdańsk |
`, ['Kasjer', 'Kierowca']],
  ['a Turkish table of service roles', `# Kariyer

| Pozisyon | Şehir |
| --- | --- |
| Kasiyer | İzmir |
| Hemşire | Ankara |
`, ['Kasiyer', 'Hemşire']],
  ['a Greek table of roles (under an English heading: "Θέσεις" as a page title is read as one posting\'s)', `# Jobs

| Θέση | Πόλη |
| --- | --- |
| Λογιστής | Αθήνα |
| Μάγειρας | Πάτρα |
`, ['Λογιστής', 'Μάγειρας']],
  ['a French table of trade roles', `# Nous rejoindre

| Poste | Lieu |
| --- | --- |
| Électricien | Lyon |
| Caissière | Nantes |
`, ['Électricien', 'Caissière']],
  // Under a heading that names vacancies in the words every other split rule reads ("Postes ouverts", "Volné pozice", "募集職種"), as under "Open positions".
  ['a French table of roles under "Postes ouverts"', `# Nordwind

Nordwind conçoit des logiciels pour la logistique.

## Postes ouverts

| Poste | Lieu |
| --- | --- |
| Développeur Backend | Lyon |
| Analyste de données | Lyon |
`, ['Développeur Backend', 'Analyste de données']],
  ['a Czech table of roles under "Volné pozice"', `# Nordwind

Nordwind vyvíjí software pro logistiku.

## Volné pozice

| Pozice | Místo |
| --- | --- |
| Backend vývojář | Praha |
| Datový analytik | Brno |
`, ['Backend vývojář', 'Datový analytik']],
  ['a Japanese table of roles under "募集職種"', `# ノルトヴィント

物流向けのソフトウェアを開発しています。

## 募集職種

| 職種 | 勤務地 |
| --- | --- |
| バックエンドエンジニア | 東京 |
| データアナリスト | 大阪 |
`, ['バックエンドエンジニア', 'データアナリスト']],
  ['German list items with their bodies (kept)', `# Karriere bei Muster GmbH

Wir sind ein Softwarehaus in Hamburg.

- Softwareentwickler (m/w/d)
  Du entwickelst unsere Plattform in Java. Vollzeit in Hamburg.
- Vertriebsmitarbeiter (m/w/d)
  Du betreust unsere Kunden in Norddeutschland. Teilzeit möglich.
`, ['Softwareentwickler', 'Vertriebsmitarbeiter']],
];

/** Single postings (or no posting) whose heads name roles: one record (none for a page that is no posting). */
const WHOLE: Array<[name: string, page: string, count?: number]> = [
  ['role-like section heads', `# Senior Engineer

## About the role

You will lead our payments team in Berlin.

## Senior Engineer requirements

- Five years of Go
- Kubernetes

## Benefits

- 30 days of holiday
`],
  ['headings that name teams', `# Backend Engineer at Acme

You will join one of our teams in Madrid. Full-time.

## Data Engineering team

Owns our warehouse and reports.

## Platform Engineering team

Owns our Kubernetes clusters.
`],
  ['a list of benefits', `# Office Manager

We are looking for an office manager in Oslo.

## Benefits

- Health insurance
- A pension plan
- Free lunch
`],
  ['a list of skills', `# Data Analyst

You will build dashboards for our sales team.

Skills:

- SQL
- Python
- Tableau
`],
  ['a team page of names and titles', `# Our team

## Jane Doe

Chief Technology Officer, leads our engineers since 2019.

- **Ana Lima**, Senior Engineer
- **Bo Chen**, Product Manager
- **Cy Diaz**, Data Scientist
`],
  ['the people a posting works with', `# Product Designer

You will work closely with:

- Product Managers
- Frontend Engineers
- Data Scientists

Full-time in Paris. Apply at jobs@acme.example.
`],
  ['a pay table by level', `# Software Engineer

We hire one engineer for our Berlin office.

| Level | Salary |
| --- | --- |
| Junior Engineer | 50k |
| Senior Engineer | 70k |
`],
  // The same table under a heading that names no vacancies: a posting's pay by level, not roles.
  ['a French pay table under "Rémunération"', `# Nordwind

Nordwind conçoit des logiciels pour la logistique.

## Rémunération

| Niveau | Salaire |
| --- | --- |
| Développeur junior | 40 k€ |
| Développeur senior | 60 k€ |
`],
  ['steps of a hiring process that name people', `## Our process

1. A call with our recruiter
2. An interview with the hiring manager
3. A case with our lead engineer
`, 0],
  // "Аудитория" and "Фотографии" start as "аудитор" (auditor) and "фотограф" (photographer) do: no role (notRoleWords).
  ['a Russian posting whose list names an audience and photos', `# Вакансии

- Аудитория
- Фотографии

Ищем backend-разработчика на Go в Москве. Полная занятость.
`],
  // "repositories" starts as pt "repositor" (a shelf stocker) does: not in the table, no role.
  ['a list of repositories and a pharmaceutical industry', `# Jobs

- Repositories
- Фармацевтическая отрасль

Acme is hiring a backend engineer in Berlin. Full-time.
`],
  ['a Danish posting whose requirements name an engineer', `# Teknisk sælger

## Hvad kan du?

- En ingeniør- eller teknisk baggrund
- Stærke kommunikationsevner

## Vores proces

1. Interview med teknikchefen
1. Case-interview med vores løsningsarkitekt og administrerende direktør
`],
];

describe('role-like heads of one shape split a page (src/split/role-heads.ts)', () => {
  it.each(SPLIT)('%s', async (_name, page, titles) => {
    const { records } = await normalized(page);
    expect(records.map((record) => record.title)).toEqual(titles);
    expect(records.map((record) => record.source.count)).toEqual(titles.map(() => titles.length));
  });

  it('gives a table row its own line as the title evidence', async () => {
    const { records } = await normalized(SPLIT[0]![1]);
    expect(records.map((record) => record.evidence.title.line)).toEqual([5, 6, 7]);
  });
});

/** HTML tables of roles without links (session 27): each <tr> a line of cells to the page's conversion, no delimiter row, the <th> row first. */
const HTML_TABLES: Array<[name: string, page: string, titles: string[]]> = [
  ['an English HTML table of roles, apply buttons, no links', `<html><head><title>Available Jobs</title></head><body>
<h2>Available Jobs</h2>
<table>
  <tr>
    <th>Job Title</th>
    <th>Location</th>
    <th>Action</th>
  </tr>
  <tr>
    <td>Software Developer</td>
    <td>Pune</td>
    <td><button>Apply</button></td>
  </tr>
  <tr>
    <td>Java Backend Engineer</td>
    <td>Chennai</td>
    <td><button>Apply</button></td>
  </tr>
</table>
</body></html>
`, ['Software Developer', 'Java Backend Engineer']],
  ['a Chinese HTML table of roles, a count and a date a row', `<html><head><title>招聘信息</title></head><body>
<h1>招聘信息</h1>
<table>
<tr><th>职位名称</th><th>人数</th><th>工作地点</th><th>发布日期</th></tr>
<tr><td>Java开发工程师</td><td>2</td><td>北京</td><td>2024-03-01</td></tr>
<tr><td>测试工程师</td><td>1</td><td>上海</td><td>2024-03-05</td></tr>
<tr><td>产品经理</td><td>1</td><td>北京</td><td>2024-03-08</td></tr>
</table>
</body></html>
`, ['Java开发工程师', '测试工程师', '产品经理']],
];
const HTML_TABLES_WHOLE: Array<[name: string, page: string]> = [
  ['an HTML posting with its pay by level in a table', `<html><head><title>Senior Backend Engineer - Acme</title></head><body>
<h1>Senior Backend Engineer</h1>
<p>Acme is hiring a Senior Backend Engineer in Berlin to build our payments API.</p>
<h2>Requirements</h2>
<ul><li>5 years of Go</li></ul>
<h2>Salary bands</h2>
<table>
<tr><th>Level</th><th>Salary</th></tr>
<tr><td>Backend Engineer</td><td>€60,000</td></tr>
<tr><td>Senior Backend Engineer</td><td>€80,000</td></tr>
<tr><td>Staff Engineer</td><td>€100,000</td></tr>
</table>
</body></html>
`],
  ['an HTML team page: names, then roles', `<html><head><title>Unser Team</title></head><body>
<h1>Unser Team</h1>
<table>
<tr><th>Name</th><th>Funktion</th></tr>
<tr><td>Anna Berg</td><td>Softwareentwicklerin</td></tr>
<tr><td>Tom Reyes</td><td>Produktmanager</td></tr>
</table>
</body></html>
`],
  ['an HTML posting whose facts are a table of labels', `<html><head><title>Buchhalter (m/w/d)</title></head><body>
<h1>Buchhalter (m/w/d)</h1>
<table>
<tr><th>Standort</th><td>Kassel</td></tr>
<tr><th>Arbeitszeit</th><td>Vollzeit</td></tr>
<tr><th>Kontakt</th><td>jobs@lindenhof.example</td></tr>
</table>
<p>Sie führen die Finanzbuchhaltung.</p>
</body></html>
`],
];

describe('an HTML table of roles without links splits as a Markdown one does', () => {
  it.each(HTML_TABLES)('%s', async (_name, page, titles) => {
    const { records } = await normalized(page, 'html');
    expect(records.map((record) => record.title)).toEqual(titles);
  });

  it.each(HTML_TABLES_WHOLE)('keeps %s whole', async (_name, page) => {
    const { records } = await normalized(page, 'html');
    expect(records.length).toBe(1);
  });
});

describe('a single posting whose heads name roles stays whole', () => {
  it.each(WHOLE)('%s', async (_name, page, count = 1) => {
    const { records } = await normalized(page);
    expect(records.length).toBe(count);
  });
});
