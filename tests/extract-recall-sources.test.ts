/**
 * Candidate sources and words that session 18 added from the misses of the dev sets (#13), through the CLI in
 * process, each with rows that must hold and rows that must not:
 * - company: "At X, you" (en, fr; an occasion, "At Onboarding Week", is none); a ko/ja topic called a company ("X는 … 스타트업입니다", "Xは…会社です"); a quoted name
 *   before a hiring verb (ru, uk); a logo's alt text; a page title's "| Name" that the posting writes with a legal form;
 * - zh section headings are no company; pt/es "name of the post" labels; German "wir suchen aktuell/derzeit (nach) X";
 * - apply: a front-matter URL on a form host whatever its key; Stack Overflow's and theprotocol.it's job pages;
 *   ja "アットマーク"; seniority after pl "na poziomie" and cs "na úrovni"; es "saldo" is no pay.
 */
import { describe, expect, it } from 'vitest';
import { parseNdjson, runCli } from './helpers.js';

async function recordOf(input: string): Promise<Record<string, any>> {
  const result = await runCli(['normalize', '-', '--format', 'ndjson'], { input });
  const [record] = parseNdjson(result.stdout);
  expect(record, result.stderr).toBeDefined();
  return record!;
}

interface Row { name: string; input: string; expected: unknown; rule?: string }

const companies: Row[] = [
  { name: 'en: "At Apsis, you\'ll have" names the company', expected: 'Apsis', rule: 'body.at-x-you',
    input: '# Front-End Developer\n\nWe offer a 20-hour week. At Apsis, you\'ll have the opportunity to shape our products.\n' },
  { name: 'fr: "Chez Lumao, vous" names the company', expected: 'Lumao', rule: 'body.at-x-you',
    input: '# Développeur PHP\n\nChez Lumao, vous travaillerez sur des projets variés.\n' },
  { name: 'en: "At Berlin, you" names a place, not a company', expected: null,
    input: '# Developer\n\nAt Berlin, you will work in our office. Apply by email.\n' },
  { name: 'en: "At Onboarding Week, you" names an occasion, not a company', expected: null,
    input: '# Operations Manager\n\nAt Onboarding Week, you will meet every team.\n' },
  { name: 'en: "At X, you" is weaker than "Acme is a … startup"', expected: 'Acme',
    input: '# Operations Manager\n\nAcme is a logistics startup. At Onboarding Week, you will meet every team.\n' },
  { name: 'pt: "Na Semana de Integração, você" names an occasion, not a company', expected: null,
    input: '# Desenvolvedora\n\nNa Semana de Integração, você vai conhecer todos os times.\n' },
  { name: 'ko: "X는 … 스타트업입니다" names the company', expected: '에잇퍼센트', rule: 'body.topic-is-company',
    input: '# 개발자\n\n에잇퍼센트는 핀테크 스타트업입니다.\n\n파이썬을 사랑하는 분을 찾습니다.\n' },
  { name: 'ja: "Xは、…会社です" names the company', expected: 'Cubics', rule: 'body.topic-is-company',
    input: '# エンジニア\n\nCubicsは、宇宙とコンピューターの仕事をする会社です。\n' },
  { name: 'ko: "저희는 … 회사입니다" (we are a company) names none', expected: null,
    input: '# 개발자\n\n저희는 고객에게 행복한 선택을 판매하는 회사입니다.\n' },
  { name: 'ko: "당사는 … 기업입니다" (our company is) names none', expected: null,
    input: '# 백엔드 개발자\n\n당사는 서울에 본사를 둔 핀테크 기업입니다.\n' },
  { name: 'ja: "当社は…会社です" (our company is) names none', expected: null,
    input: '# エンジニア\n\n当社は小さなクリエイティブ会社です。\n' },
  { name: 'ru: a quoted name before "ищет" is the company', expected: 'Селектел', rule: 'body.quoted-sucht',
    input: '# Разработчик Go\n\nСеть дата-центров "Селектел" ищет опытного разработчика Go для продукта Vscale.\n' },
  { name: 'uk: a quoted name before "шукає" is the company', expected: 'Вектор', rule: 'body.quoted-sucht',
    input: '# Розробник\n\nСтудія «Вектор» шукає розробника.\n' },
  { name: 'ru: a quoted word not before a hiring verb is none', expected: null,
    input: '# Разработчик\n\nМы используем «Kubernetes» и ищем разработчика.\n' },
  { name: 'a logo\'s alt text names the company', expected: 'Junto Seguros', rule: 'image.logo-alt',
    input: 'A seguradora digital.\n\n![Junto Seguros](https://static.example.com/images/logo.png)\n\n## Frontend Developer\n\nVocê vai trabalhar com React.\n' },
  { name: '"Logo Acme Labs" is written without its word "Logo"', expected: 'Acme Labs', rule: 'image.logo-alt',
    input: '# Data Analyst\n\n![Logo Acme Labs](/assets/company-logos/acme.png)\n\nYou will analyse data.\n' },
  { name: 'a photo\'s alt text under the title names no company', expected: null,
    input: '# Data Analyst\n\n![Team Photo](https://example.com/images/team.jpg)\n\nYou will analyse data.\n' },
  { name: 'a badge whose query names a logo is no logo', expected: null,
    input: '# Dev Mobile Flutter\n\nApp de finanças.\n\n[![Entre no nosso servidor](https://img.shields.io/badge/Entre-5865F2?logo=discord)](https://discord.gg/x)\n' },
  { name: 'a hiring sentence whose hire will build X\'s products names X', expected: 'Bilus Teknoloji', rule: 'body.possessive',
    input: '# Python Developer\n\nWe’re looking for a **Python Developer** to help build Bilus Teknoloji’s AI-powered products.\n' },
  { name: 'a hiring sentence whose hire will grow X\'s business names X', expected: 'Fairlo', rule: 'body.possessive',
    input: '# Software Engineer\n\nWe are hiring a Software Engineer who will help grow Fairlo\'s lending business.\n' },
  { name: 'a possessive after "experience in" in a hiring sentence names none', expected: null,
    input: '# Cloud Engineer\n\nWe\'re looking for an engineer with experience in Google\'s cloud.\n' },
  { name: 'a possessive to build outside a hiring sentence stays weak', expected: null,
    input: '# Cloud Engineer\n\nYou will help build Google\'s cloud tools for clients.\n' },
  { name: 'zh: a section heading under the title is no company', expected: null,
    input: '## 全栈工程师\n\n### 岗位职责\n\n1） 完成互联网产品相关的研发\n\n### 任职要求\n\n1） 扎实的Java编程基础\n' },
  { name: 'zh (Traditional): a section heading under the title is no company', expected: null,
    input: '## 後端工程師\n\n### 工作職責\n\n負責後端服務開發\n' },
];

const titles: Row[] = [
  { name: 'de: a page title\'s "| Name" written with a legal form is the company', expected: ['Hausmeister*in', 'HermesHof GmbH & Co. KG'],
    input: '---\ntitle: Hausmeister*in (m/w/d) | HermesHof\n---\n\nDu bist bei uns richtig.\n\nHermesHof GmbH & Co. KG\n' },
  { name: 'a "| Part" that the posting never writes with a legal form stays in the title', expected: ['Software Engineer | Payments', null],
    input: '---\ntitle: Software Engineer | Payments\n---\n\nYou build the payments APIs.\n' },
  { name: 'pt: "Nome da vaga:" under "Informações da Vaga" is the title', expected: ['Engenheiro de Software Junior', 'Gringo'],
    input: '# Informações da Vaga\n\n**Nome da vaga:** Engenheiro de Software Junior\n**Empresa:** Gringo\n' },
  { name: 'es: "Nombre del puesto:" is the title', expected: ['Analista de datos', null],
    input: '# Detalles del puesto\n\nNombre del puesto: Analista de datos\n\nTrabajarás con SQL.\n' },
  { name: 'de: "Wir suchen derzeit eine X" reads the role', expected: ['Buchhalterin', null],
    input: 'Wir sind ein kleines Büro.\n\nWir suchen derzeit eine Buchhalterin.\n' },
  { name: 'de: "Wir suchen aktuell nach X" reads the role', expected: ['Softwareentwickler', null],
    input: 'Wir bauen Software.\n\nWir suchen aktuell nach Softwareentwickler für unser Team.\n' },
  { name: 'an image heading is no title', expected: [null, null],
    input: '# ![Acme Bank](https://example.com/img/banner.png)\n\nA bank for everyone.\n' },
];

describe('company: candidate sources of session 18', () => {
  it.each(companies)('$name', async ({ input, expected, rule }) => {
    const record = await recordOf(input);
    expect(record.company?.name ?? null).toBe(expected);
    if (rule) expect(record.evidence.company.rule).toBe(rule);
  });
});

describe('title: labels, headings and role phrases of session 18', () => {
  it.each(titles)('$name', async ({ input, expected }) => {
    const record = await recordOf(input);
    expect([record.title ?? null, record.company?.name ?? null]).toEqual(expected);
  });
});

const applies: Array<Row & { field: 'urls' | 'emails' }> = [
  { name: 'a front-matter URL on Google Forms, whatever its key, is where to apply', field: 'urls', expected: ['https://docs.google.com/forms/d/e/1FAIp/viewform'],
    input: '---\ntitle: Chargé de projets\nemploi_url: https://docs.google.com/forms/d/e/1FAIp/viewform\n---\n\nVous gérerez nos projets.\n' },
  { name: 'a front-matter redirect to a tracker\'s root is the employer\'s board, no place to apply', field: 'urls', expected: [],
    input: '---\ntitle: Internship\nredirect_to:\n  - https://acme-labs.breezy.hr/\n---\n\nAcme Labs is hiring interns.\n' },
  { name: 'a front-matter Google Docs URL is no place to apply', field: 'urls', expected: [],
    input: '---\ntitle: Chargé de projets\nnotes_url: https://docs.google.com/document/d/abc/edit\n---\n\nVous gérerez nos projets.\n' },
  { name: 'a Stack Overflow job page is the posting\'s page', field: 'urls', expected: ['https://stackoverflow.com/jobs/347878'],
    input: '# Softwareentwickler\n\nWir [suchen aktuell Softwareentwickler](https://stackoverflow.com/jobs/347878).\n' },
  { name: 'a Stack Overflow question or tag page is none', field: 'urls', expected: [],
    input: '# Java Developer\n\nSee [this answer](https://stackoverflow.com/questions/123456/why) and [java jobs](https://stackoverflow.com/jobs/tag/java).\n' },
  { name: 'a board\'s index of jobs is no posting\'s page', field: 'urls', expected: ['http://careers.stackoverflow.com/jobs/66153/software-architect-paf'],
    input: '# Software Architect\n\nSee [the posting](http://careers.stackoverflow.com/jobs/66153/software-architect-paf).\n\nYou will design our systems.\n\n[view all](http://careers.stackoverflow.com/jobs)\n' },
  { name: 'pl: a theprotocol.it offer is the posting\'s page', field: 'urls', expected: ['https://theprotocol.it/praca/python-developer-gdansk,oferta,ded90000'],
    input: '[Job post](https://theprotocol.it/praca/python-developer-gdansk,oferta,ded90000)\n\n# Python Developer\n\nMinimum 3 lata doświadczenia.\n' },
  { name: 'ja: "{アットマーク}" is the "@" of an address', field: 'emails', expected: ['info@example.jp'],
    input: '# デザイナー\n\n## 応募方法\n\ninfo{アットマーク}example.jp 宛にメールでご応募ください。\n' },
  { name: 'ja: "(アットマーク)" is the "@" too', field: 'emails', expected: ['recruit@example.co.jp'],
    input: '# エンジニア\n\n## 応募方法\n\nrecruit(アットマーク)example.co.jp までご連絡ください。\n' },
];

describe('apply: sources of session 18', () => {
  it.each(applies)('$name', async ({ input, expected, field }) => {
    expect((await recordOf(input)).apply[field]).toEqual(expected);
  });
});

const levels: Row[] = [
  { name: 'pl: "na poziomie Mid+" is mid', expected: 'mid', input: '# Python Developer\n\nSzukamy osoby na poziomie Mid+, która zna Pythona.\n' },
  { name: 'cs: "na úrovni Senior" is senior', expected: 'senior', input: '# Vývojář\n\nHledáme kolegu na úrovni Senior do našeho týmu.\n' },
  { name: 'pl: English "na poziomie intermediate" is no seniority', expected: null, input: '# Programista\n\nZnajomość języka angielskiego na poziomie intermediate.\n' },
  { name: 'pl: "na poziomie B2" is no seniority', expected: null, input: '# Programista\n\nAngielski na poziomie B2.\n' },
];

describe('seniority: a level inside a sentence (pl, cs)', () => {
  it.each(levels)('$name', async ({ input, expected }) => {
    expect((await recordOf(input)).seniority ?? null).toBe(expected);
  });
});

describe('salary: es "saldo" is a credit, not pay', () => {
  it('a yearly training credit is no salary, the pay beside it is', async () => {
    const record = await recordOf('# Desarrollador\n\n- Salario de 30.000 € anuales.\n- Saldo anual de 1.000 € anuales disponible para formación.\n');
    expect(record.salary.map((s: any) => [s.min, s.max, s.currency])).toEqual([[30000, 30000, 'EUR']]);
  });
});

const modes: Row[] = [
  { name: 'ja: a flextime scheme under 勤務形態 is no work place', expected: null, input: '# デザイナー\n\n勤務形態：フレックスタイム制\n\nWebデザインの仕事です。\n' },
  { name: 'en: "Work mode: Flextime" is no work place', expected: null, input: '# Designer\n\nWork mode: Flextime\n\nYou design our web pages.\n' },
  { name: 'ja: remote work under 勤務形態 is remote', expected: 'remote', input: '# デザイナー\n\n勤務形態：リモートワーク\n\nWebデザインの仕事です。\n' },
  { name: 'en: "Work mode: Remote" is remote', expected: 'remote', input: '# Designer\n\nWork mode: Remote\n\nYou design our web pages.\n' },
];

describe('remote: a working-time scheme under a work-mode label is no place', () => {
  it.each(modes)('$name', async ({ input, expected }) => {
    expect((await recordOf(input)).remote.policy).toBe(expected);
  });
});
