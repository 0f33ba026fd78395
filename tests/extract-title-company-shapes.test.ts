/**
 * Title and company read from a page's shape (issue #13, session 12): breadcrumbs,
 * markup and status marks around a title, the reader's role before the duties,
 * "@" in a heading, a lower-case legal form before the verb, and what is no
 * company: a word that only opens longer names, a table row's label, a linked
 * product's common word. Through the CLI (stdin), one case a row, with the
 * rows that must not change.
 */
import { describe, expect, it } from 'vitest';
import { parseNdjson, runCli } from './helpers.js';

const cases: Array<{ name: string; input: string; title?: string | null; titleRule?: string; company?: string | null; companyRule?: string }> = [
  // Breadcrumbs: every step before the title is a careers page's name.
  {
    name: 'ko: a breadcrumb and a closed mark around the title ("채용 > X (채용마감)")',
    input: '## [채용](../README.md) > Software Engineer (채용마감)\n\n**패션을부탁해** 와 함께할 소프트웨어 엔지니어를 채용합니다.\n',
    title: 'Software Engineer',
  },
  { name: 'en: "Careers › Backend Engineer"', input: '# Careers › Backend Engineer\n\nWe build payments.\n', title: 'Backend Engineer' },
  {
    name: 'a trail of team names is kept: only careers page names are dropped',
    input: '# Engineering > Platform > Backend Engineer\n\nWe build payments.\n',
    title: 'Engineering > Platform > Backend Engineer',
  },
  // Markup and labels in a front matter title.
  {
    name: 'nl: "Gezocht:" and a <br> in a front matter title',
    input: "---\ntitle: 'Gezocht: creatieve developer<br> met een passie voor web'\n---\n\nWij bouwen webslides voor de UGent.\n",
    title: 'Creatieve developer met een passie voor web',
  },
  { name: 'de: "Gesucht:" before the title', input: '# Gesucht: Backend-Entwickler\n\nWir bauen Software in Köln.\n', title: 'Backend-Entwickler' },
  { name: 'sv: "(tillsatt)", filled, after the title', input: '# Systemutvecklare (tillsatt)\n\nVi bygger appar.\n', title: 'Systemutvecklare' },
  // The reader's role before the duties.
  {
    name: 'en: "As a Senior Backend Engineer at Acme, you will"',
    input: '# Careers\n\nAs a Senior Backend Engineer at Acme, you will own our payment APIs.\n',
    title: 'Senior Backend Engineer', titleRule: 'text.role-phrase',
  },
  {
    name: 'nl: "Als web developer bij X ben je" beats a job-description heading',
    input: '# Functie omschrijving Acme.nl\n\nAls web developer bij acme.nl ben je betrokken bij ons platform.\n',
    title: 'Web developer', titleRule: 'text.role-phrase',
  },
  { name: 'en: "As a team, we" names no role', input: '# Careers\n\nAs a team, we ship every week.\n', title: null },
  // The site's name is no title, role word or not; a bold hiring sentence names its role.
  {
    name: 'es: "Trabaja con Nosotros | Perseus & RC Abogados" beside perseusyrcabogados.com: the name is the company, not the title',
    input: "---\ntitle: \"Trabaja con Nosotros | Perseus & RC Abogados\"\n---\n\nÚnete a Perseus & RC Abogados, el despacho líder en delitos informáticos.\n\n**Buscamos abogados para A Coruña y colaboradores en Madrid**\n\nEnvía tu CV a info@perseusyrcabogados.com\n",
    title: 'Abogados', titleRule: 'text.bold-line', company: 'Perseus & RC Abogados',
  },
  {
    name: 'a one-word title the domain spells is still the title',
    input: '# Designer\n\nSend your portfolio to hi@designer.io.\n',
    title: 'Designer',
  },
  // "@" read as "at" in a heading.
  {
    name: 'a heading "Work @ X" names the company',
    input: '# Work @ OsmSec\n\n## Security Engineer - Internship\n\nAnalyze recent CVEs.\n',
    company: 'OsmSec', companyRule: 'heading.at-sign',
  },
  {
    name: 'a heading "Hiring @ X (WIP)" names the company',
    input: '## Hiring @ Shippo (WIP)\n\n### Backend Engineer\n\nShip labels.\n',
    company: 'Shippo',
  },
  { name: 'a place after "@" is no company', input: '# Backend Engineer @ Berlin\n\nWe build shops.\n', company: null },
  // A lower-case legal form before the verb.
  {
    name: 'de: "Das Institut für X e.V. sucht" (a long name, "für" inside, "e.V." before the verb)',
    input: '# Softwareentwickler/in (m/w/d)\n\nDas Comenius-Institut Evangelische Arbeitsstätte für Erziehungswissenschaft e.V. sucht zum nächstmöglichen Zeitpunkt eine/n Entwickler/in.\n',
    company: 'Comenius-Institut Evangelische Arbeitsstätte für Erziehungswissenschaft e.V.', companyRule: 'body.sucht',
  },
  // Korean's recruiting sentence: "X와 함께할 Y를 채용합니다".
  {
    name: 'ko: "X와 함께할 소프트웨어 엔지니어를 채용합니다" names the company',
    input: '# 소프트웨어 엔지니어\n\n패션을부탁해와 함께할 소프트웨어 엔지니어를 채용합니다.\n',
    company: '패션을부탁해', companyRule: 'body.ko-with',
  },
  { name: 'ko: an event "with X" ("원티드와 함께하는 … 터치") names no employer', input: '# 백엔드 개발자\n\n원티드와 함께하는 개발자 커리어 터치 참석 후기\n', company: null },
  { name: 'ko: "우리와 함께할 …" ("with us") names no company', input: '# 백엔드 개발자\n\n우리와 함께할 백엔드 개발자를 채용합니다.\n', company: null },
  { name: 'ko: "저희와 함께할 …" ("with us", humble) names no company', input: '# 백엔드 개발자\n\n저희와 함께할 백엔드 개발자를 채용합니다.\n', company: null },
  { name: 'ko: "고객과 함께할 …" ("with customers") names no company', input: '# 백엔드 개발자\n\n고객과 함께할 백엔드 개발자를 모집합니다.\n', company: null },
  { name: 'ko: "동료들과 함께할 …" ("with colleagues", plural) names no company', input: '# 백엔드 개발자\n\n동료들과 함께할 백엔드 개발자를 채용합니다.\n', company: null },
  // What is no company.
  {
    name: 'a heading word that only opens longer names ("# Open" … "Open Source") is no name',
    input: '# Open\n\nOpen Source ist unser Ansatz. Open Educational Resources teilen wir.\n\n## Softwareentwickler (m/w/d)\n\nDu entwickelst Plattformen.\n',
    company: null,
  },
  {
    name: 'a name heading the text repeats on its own still names the company',
    input: '# Brightwave\n\nBrightwave builds tools for farmers.\n\n## Backend Engineer\n\nYou write Go.\n',
    company: 'Brightwave', companyRule: 'heading.name',
  },
  {
    name: 'ja: a table row\'s label ("主な勤務先 | 東京周辺") is no byline',
    input: '<table><tr><th>職種</th><td>システムエンジニア</td></tr><tr><th>主な勤務先</th><td>東京周辺</td></tr></table>\n',
    company: null,
  },
  {
    name: 'a linked product\'s common word ("Slides.com" … "slides") is no company; the contact domain\'s name is',
    input: '# Webdeveloper\n\nZoals [Slides.com](https://slides.com/), maar dan met slides voor de UGent. De slides staan op GitHub. Meer slides.\n\nMail naar jan@ugent.be.\n',
    company: 'UGent', companyRule: 'domain.mention',
  },
  {
    name: 'without a contact domain, the linked product\'s common word still names no company',
    input: '# Webdeveloper\n\nZoals [Slides.com](https://slides.com/), maar dan met onze slides. De slides staan op GitHub. Meer slides.\n',
    company: null,
  },
  // Spans (session 22): a title loses the wrappers at its edges; a name grows to the whole name as the text writes it.
  { name: 'zh: CJK title marks around the whole title ("《前端开发 @iyq》")', input: '## 《前端开发 @iyq》\n\n博客刚建立，插播个招聘广告。\n', title: '前端开发 @iyq' },
  { name: 'ja: title marks around a part only stay ("「営業」スタッフ")', input: '# 「営業」スタッフ\n\n東京の会社です。\n', title: '「営業」スタッフ' },
  { name: 'nl: a leading article "EEN" goes', input: '### EEN FULL TIME MAGAZIJN MEDEWERKER:\n\nWij zoeken iemand.\n', title: 'FULL TIME MAGAZIJN MEDEWERKER' },
  { name: 'es: a leading article "una" before a lower-case word goes', input: '# una desarrolladora backend\n\nBuscamos a alguien.\n', title: 'Desarrolladora backend' },
  { name: 'a capitalised "Uno" before a capitalised word opens a name and stays ("Uno Platform Developer")', input: '# Uno Platform Developer\n\nAcme Ltd is hiring an Uno Platform Developer to build cross-platform apps in C#. Remote, full-time.\n', title: 'Uno Platform Developer' },
  { name: 'a leading dash (a list mark) goes', input: '## - Frontend Developer\n\nWe build shops.\n', title: 'Frontend Developer' },
  { name: 'a star with a space after it is a list mark and goes ("* Frontend Developer")', input: '## * Frontend Developer\n\nWe build shops.\n', title: 'Frontend Developer' },
  { name: 'a dash written against a word is part of it ("-Dash Engineer")', input: '# -Dash Engineer\n\nAcme Hosting GmbH sucht einen Engineer in Köln. Vollzeit.\n', title: '-Dash Engineer' },
  { name: 'a star written against a word is part of it ("*nix System Administrator")', input: '# *nix System Administrator\n\nAcme Hosting GmbH sucht einen Systemadministrator in Köln. Vollzeit.\n', title: '*nix System Administrator' },
  { name: 'a location field after the title goes ("X Location: Berlin")', input: '### Backend Engineer Location: Berlin\n\nWe build shops.\n', title: 'Backend Engineer' },
  {
    name: 'ja: a location field after the title goes ("… 勤務地：東京都…")',
    input: '<h3><span>配布スタッフ 品川支店</span> <span>勤務地：東京都品川区上大崎2-13-17</span></h3>\n<p>ぱどの配布のお仕事です。</p>\n',
    title: '配布スタッフ 品川支店',
  },
  { name: '"Office" after a title\'s word and a space ends the title\'s noun, no location label ("Head of Back Office: Operations")', input: '# Head of Back Office: Operations\n\nAcme Bank is hiring a Head of Back Office to run operations in Frankfurt. Full-time.\n', title: 'Head of Back Office: Operations' },
  { name: 'a hyphen inside a word is no separator before "Office" ("Head of Back-Office: Operations")', input: '# Head of Back-Office: Operations\n\nAcme Bank is hiring a Head of Back Office to run operations in Frankfurt. Full-time.\n', title: 'Head of Back-Office: Operations' },
  { name: '"Office" after a spaced dash is a location label ("Backend Engineer - Office: Berlin")', input: '### Backend Engineer - Office: Berlin\n\nWe build shops.\n', title: 'Backend Engineer' },
  { name: '"Office" after a separator is a location label ("Backend Engineer | Office: Berlin")', input: '### Backend Engineer | Office: Berlin\n\nWe build shops.\n', title: 'Backend Engineer' },
  { name: 'a location field is cut only after a job title ("Harbour Office Location: Berlin" stays)', input: '# Harbour Office Location: Berlin\n\nWe build shops.\n', title: 'Harbour Office Location: Berlin' },
  {
    name: 'nl: a name grows by the capitalised words and the organisation word the text writes after it ("Brouwer Technische Groothandel")',
    input: '# Magazijnmedewerker\n\nWerken bij Brouwer Technische Groothandel betekent werken in een klein team.\n\nMail je cv naar piet@brouwer.nl.\n\nBrouwer Technische Groothandel\n',
    company: 'Brouwer Technische Groothandel', companyRule: 'domain.mention',
  },
  {
    name: 'en: a name grows by the organisation word before it ("Kestrel" -> "University of Kestrel")',
    input: '# Research Engineer\n\nThe University of Kestrel builds telescopes.\n\nApply to jobs@kestrel.edu. Kestrel is in the hills; the University of Kestrel pays well.\n',
    company: 'University of Kestrel', companyRule: 'domain.mention',
  },
  {
    name: 'pl: an organisation word in a case form opens the name ("Zarząd Stowarzyszenia X" -> "Stowarzyszenie X")',
    input: '---\ntitle: Nabór na stanowisko pracownika biurowego\n---\nZarząd Stowarzyszenia Lokalna Grupa Działania Chełmno ogłasza konkurs.\n\nDokumenty składać w siedzibie Stowarzyszenia Lokalna Grupa Działania Chełmno, ul. Długa 3.\n',
    company: 'Stowarzyszenie Lokalna Grupa Działania Chełmno', companyRule: 'text.organisation-name',
  },
  {
    name: 'fr: a meta description names the organisation ("Coopérative des ambulanciers du Grand Ouest: Régulateur.")',
    input: '<html><head><title>Régulateur</title><meta name="description" content="Coopérative des ambulanciers du Grand Ouest: Régulateur."></head><body><h1>Régulateur</h1><p>En rejoignant la coopérative, tu bénéficieras d’un logiciel unique.</p></body></html>\n',
    company: 'Coopérative des ambulanciers du Grand Ouest', companyRule: 'text.organisation-name',
  },
  {
    name: 'en: "Foundation" before a capitalised word without a particle names nothing ("fine-tune Foundation Models", two lines)',
    input: '# Machine Learning Engineer\n\nWe are hiring a Machine Learning Engineer to fine-tune Foundation Models for search.\n\n## What you\'ll do\n\n- Evaluate Foundation Models on our data\n- Ship features to production\n\nRemote, full-time.\n',
    company: null,
  },
  {
    name: 'en: "Foundation for …" on two lines names the organisation',
    input: '# Developer Advocate\n\nThe Foundation for Open Maps keeps map data free.\n\nThe Foundation for Open Maps is funded by its members.\n',
    company: 'Foundation for Open Maps', companyRule: 'text.organisation-name',
  },
  {
    name: 'a university after "from" or "with" is a school or a partner, not the employer (two lines)',
    input: '# Research Assistant\n\nWe are looking for a Research Assistant. A degree from University of Toronto or a similar school is a plus.\n\nOur lab works closely with University of Toronto researchers on climate data.\n\nFull-time, Toronto.\n',
    company: null,
  },
  {
    name: 'an article after "from" or "with" changes nothing: the university is still a school or a partner ("from the University of Toronto")',
    input: '# Research Assistant\n\nWe are looking for a Research Assistant. A degree from the University of Toronto or a similar school is a plus.\n\nOur lab works closely with the University of Toronto researchers on climate data.\n\nFull-time, Toronto.\n',
    company: null,
  },
  {
    name: 'de: an article after "mit" changes nothing ("mit der Universität Hamburg")',
    input: '# Wissenschaftliche Hilfskraft\n\nWir arbeiten eng mit der Universität Hamburg zusammen.\n\nUnser Labor forscht gemeinsam mit der Universität Hamburg an Klimadaten.\n\nVollzeit, Hamburg.\n',
    company: null,
  },
  { name: 'one sentence naming a university ("a degree from University College London") names no employer', input: '# Data Engineer\n\nYou hold a degree from University College London or similar.\n', company: null },
  {
    name: 'a careers heading naming the employer after the title\'s separator is the site\'s ("X — Careers at Icalia Labs")',
    input: '# Frontend Modernization Engineer — Careers at Icalia Labs\n\nMigrate AngularJS code to modern Angular.\n',
    title: 'Frontend Modernization Engineer', company: 'Icalia Labs',
  },
  {
    name: 'de: an article after the careers words is no part of the name ("X | Karriere bei der Beispiel GmbH", tables/companies.ts careersAtArticles)',
    input: '# Softwareentwickler (m/w/d) | Karriere bei der Beispiel GmbH\n\nWir entwickeln Software für Kliniken.\n',
    title: 'Softwareentwickler', company: 'Beispiel GmbH',
  },
  { name: '"Careers at" before a lower-case word names no one and stays ("X — Careers at scale")', input: '# Frontend Engineer — Careers at scale\n\nWe build shops.\n', title: 'Frontend Engineer — Careers at scale' },
  {
    name: 'pt: a tag in square brackets before a dash is a label, neither title nor company ("[São Luís] - X")',
    input: '# Vagas abertas\n\n## [São Luís] - Desenvolvedor Back-end C#\n\n### Habilidades pessoais\n- Criatividade\n',
    title: 'Desenvolvedor Back-end C#', company: null,
  },
];

describe('title and company from a page\'s shape', () => {
  it.each(cases)('$name', async ({ input, title, titleRule, company, companyRule }) => {
    const result = await runCli(['normalize', '-', '--format', 'ndjson'], { input });
    const [record] = parseNdjson(result.stdout);
    if (title !== undefined) expect(record?.title ?? null).toBe(title);
    if (titleRule) expect(record!.evidence.title.rule).toBe(titleRule);
    if (company !== undefined) expect(record?.company?.name ?? null).toBe(company);
    if (companyRule) expect(record!.evidence.company.rule).toBe(companyRule);
  });
});
