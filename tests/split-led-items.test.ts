/**
 * Roles a page lists by structure (session 18, src/split/role-list.ts and
 * src/split/announced-roles.ts): lists of role links grouped by area, judged
 * together; paragraphs written as list items after a glyph ("✔ **Role**: …");
 * headings that link the same pages a list above links, whatever their level,
 * when most read as job titles or a line that names vacancies introduces the list.
 * Each role gives a record; single postings, their linked teams and offices, and menus stay whole.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseNdjson, runCli } from './helpers.js';

async function titlesOf(name: string, text: string): Promise<Array<string | null>> {
  const dir = mkdtempSync(path.join(tmpdir(), 'postings-led-'));
  writeFileSync(path.join(dir, name), text);
  return parseNdjson((await runCli(['normalize', path.join(dir, name), '--format', 'ndjson'])).stdout).map((record) => record.title as string | null);
}

describe('role links grouped by area on a careers page', () => {
  it.each([
    ['pt, links with an aside, grouped under area headings (some name areas: "Infra")',
      '# As vagas disponiveis\n\nClique nos cargos.\n\n## Tecnologia\n\n- [Dev Mobile Flutter](./tech#dev), pra ajudar no app\n- [Infra](./tech#infra), cuidar da cloud\n- [QA](./tech#qa), testar as paradas\n\n## Marketing\n\n- [Publicitario](./mkt#pub), campanhas\n- [Redator](./mkt#redator), escrever textos\n',
      ['Dev Mobile Flutter', 'Infra', 'QA', 'Publicitario', 'Redator']],
    ['en, links alone and with a dash aside, under area lines',
      '# Careers\n\nEngineering\n\n- [Backend Engineer](/jobs/backend) – Go and Postgres\n- [DevOps](/jobs/devops)\n\nSales\n\n- [Account Executive](/jobs/ae)\n',
      ['Backend Engineer', 'DevOps', 'Account Executive']],
  ])('%s: a record per role', async (_case, text, expected) => {
    expect(await titlesOf('careers.md', text)).toEqual(expected);
  });

  it.each([
    ['a careers page whose menu links other pages beside one role link',
      '# Careers\n\n- [Benefits](/benefits)\n- [Our team](/team)\n- [Blog](/blog)\n\n- [Backend Engineer](/jobs/backend)\n'],
    ['a careers page whose links are mostly no roles', '# Careers\n\n- [Backend Engineer](/jobs/1)\n- [Culture](/culture), how we work\n- [Offices](/offices), where we are\n'],
    ['a posting that links its stack', '# Backend Engineer\n\n## Requirements\n\n- [Go](https://go.dev), three years\n- [Postgres](https://postgresql.org)\n'],
  ])('no split: %s', async (_case, text) => {
    expect((await titlesOf('careers.md', text)).length).toBeLessThanOrEqual(1);
  });
});

describe('paragraphs written as list items, each after the same glyph', () => {
  it.each([
    ['it, a check mark, a bold role and its line',
      '---\ntitle: Lavora con noi\n---\n\n## Posizioni aperte\n\nInviaci il tuo curriculum.\n\n&#10004; **Manutentore del verde**: richieste affidabilità e puntualità\n\n&#10004; **Stagista**: preferibilmente diplomando in agraria\n\n## Autocandidatura\n\nScrivici.\n',
      ['Manutentore del verde', 'Stagista']],
    ['en, a bullet glyph and a bold role',
      '# Join us\n\nWe are hiring.\n\n• **Backend Engineer**: Go, Postgres\n\n• **Product Designer**: Figma, research\n',
      ['Backend Engineer', 'Product Designer']],
    ['ru, bare roles after a bullet glyph on a careers page, as a list of them is',
      '#Работа в компании\n\nМы ценим людей, которые любят своё дело.\n\n• Руководитель проектов\n\n• Дизайнер сайтов\n\n• Java-разработчик\n',
      ['Руководитель проектов', 'Дизайнер сайтов', 'Java-разработчик']],
    // An opening CJK bracket is no bullet: the role is what it sets off, not the line after its closing bracket.
    ['zh, each role set off in lenticular brackets before its line',
      '# 招聘\n\n【Java开发工程师】负责支付系统后端开发，3年以上经验\n\n【前端开发工程师】负责管理后台开发，熟悉Vue\n',
      ['Java开发工程师', '前端开发工程师']],
    ['ja, the same under a heading that names vacancies',
      '## 募集職種\n\n【バックエンドエンジニア】決済システムの開発を担当。Go経験3年以上\n\n【デザイナー】アプリのUIデザインを担当。Figma必須\n',
      ['バックエンドエンジニア', 'デザイナー']],
    ['ja, bracketed roles as list items', '## 募集職種\n\n- 【バックエンドエンジニア】決済システムの開発を担当\n- 【デザイナー】アプリのUIデザインを担当\n',
      ['バックエンドエンジニア', 'デザイナー']],
  ])('%s: a record per role', async (_case, text, expected) => {
    expect(await titlesOf('jobs.md', text)).toEqual(expected);
  });

  it.each([
    ['a careers page listing perks after a bullet glyph', '# Careers\n\nWhy work with us.\n\n• Remote work\n\n• Flexible hours\n\n• Learning budget\n'],
    ['ja, perks set off in brackets', '# 採用情報\n\n【フレックス制度】コアタイムなし\n\n【リモートワーク】週3日まで\n\n【書籍購入補助】月1万円まで\n'],
    ['perks after a check mark', '# Join us\n\n✔ **Remote work**: from anywhere\n\n✔ **Flexible hours**: you choose\n\n✔ **Learning budget**: 1000 EUR\n'],
    ['a posting whose requirements are glyph paragraphs', '# Backend Engineer\n\n## Requirements\n\n✔ **Go**: three years\n\n✔ **Team Lead**: experience welcome\n\n✔ **Data Engineer**: a plus\n'],
  ])('no split: %s', async (_case, text) => {
    expect((await titlesOf('jobs.md', text)).length).toBeLessThanOrEqual(1);
  });
});

describe('bold roles as list items, an emoji before the separator', () => {
  // One source's shape (LohaPgr/TiendaMayorista, review21): not read until a second source shows it.
  it.each([
    ['es, loose items under "Puestos Disponibles"',
      '## Trabaja con Nosotros\n\n### Puestos Disponibles\nEn este momento, tenemos las siguientes vacantes:\n- **Editor de Videos** 🎬: Buscamos un editor creativo. Requisitos: Adobe Premiere.\n\n- **Diseñador Gráfico** 🎨: Necesitamos un diseñador. Requisitos: Photoshop.\n\n- **Desarrollador Web** 💻: Necesitamos un desarrollador. Requisitos: React.\n\nEnvíanos tu CV a [📧](mailto:jobs@tienda.example).\n'],
    ['perks in bold, each with an emoji', '# Careers\n\n- **Remote work** 🏠: from anywhere\n- **Learning budget** 📚: 1000 EUR a year\n- **Flexible hours** ⏰: you choose\n'],
    ['a posting whose requirements lead with an emoji', '# Backend Engineer\n\n## Requirements\n\n- **Go** 🐹: three years\n- **Team Lead** 🧭: experience welcome\n- **Data Engineer** 📊: a plus\n'],
  ])('no split: %s', async (_case, text) => {
    expect((await titlesOf('jobs.md', text)).length).toBeLessThanOrEqual(1);
  });
});

describe('headings that link the pages a list above links', () => {
  it.each([
    ['fr, the headings of two levels',
      'Nous recrutons :\n\n* [Des développeurs PHP](https://acme.example/jobs#php)\n* [Un chef de projet](https://acme.example/jobs#cdp)\n\n### [Développeurs PHP](https://acme.example/jobs#php)\n\nNous recherchons des développeurs expérimentés.\n\n## [Chef de projet](https://acme.example/jobs#cdp)\n\nNous recherchons un chef de projet.\n',
      ['Développeurs PHP', 'Chef de projet']],
    ['en, the heading texts read as no job title',
      'Open roles:\n\n- [Platform](https://acme.example/jobs/platform)\n- [Growth](https://acme.example/jobs/growth)\n\n## [Platform](https://acme.example/jobs/platform)\n\nYou will run our Kubernetes clusters.\n\n## [Growth](https://acme.example/jobs/growth)\n\nYou will run our campaigns.\n',
      ['Platform', 'Growth']],
    ['de, team names under a line that names vacancies',
      '# Karriere\n\nOffene Stellen:\n\n- [Plattform](https://acme.example/jobs/plattform)\n- [Vertrieb](https://acme.example/jobs/vertrieb)\n\n## [Plattform](https://acme.example/jobs/plattform)\n\nDu betreibst unsere Cluster.\n\n## [Vertrieb](https://acme.example/jobs/vertrieb)\n\nDu betreust unsere Kunden.\n',
      ['Plattform', 'Vertrieb']],
  ])('%s: a record per heading', async (_case, text, expected) => {
    expect((await titlesOf('jobs.md', text))).toEqual(expected);
  });

  it.each([
    ['a posting whose table of contents links its sections on another page',
      '# Backend Engineer\n\n- [About us](https://acme.example/about)\n- [Benefits](https://acme.example/benefits)\n\n## [About us](https://acme.example/about)\n\nWe build payment software.\n\n## [Benefits](https://acme.example/benefits)\n\nThirty days off.\n'],
    ['a posting whose table of contents links its sections',
      '# Backend Engineer\n\n- [About us](#about-us)\n- [The role](#the-role)\n\n## [About us](#about-us)\n\nWe build payment software.\n\n## [The role](#the-role)\n\nYou will build APIs in Go.\n'],
    // Links name teams and offices too: neither read as job titles nor listed under a line that names vacancies.
    ['en, a posting that links the teams it may join',
      '# Senior Software Engineer\n\nAcme GmbH is hiring a Senior Software Engineer, full-time. You will join one of two teams:\n\n- [Payments](https://acme.example/teams/payments)\n- [Platform](https://acme.example/teams/platform)\n\n### [Payments](https://acme.example/teams/payments)\n\nThe payments team builds our checkout.\n\n### [Platform](https://acme.example/teams/platform)\n\nThe platform team runs our clusters.\n\nApply at jobs@acme.example\n'],
    ['en, a page that links its offices',
      '# Working at Acme\n\nYou can work from either office:\n\n- [Berlin office](https://acme.example/offices/berlin)\n- [Lisbon office](https://acme.example/offices/lisbon)\n\n## [Berlin office](https://acme.example/offices/berlin)\n\nIn Kreuzberg, next to the canal.\n\n## [Lisbon office](https://acme.example/offices/lisbon)\n\nIn Alfama, with a view of the river.\n'],
    ['de, a posting that links the teams it may join',
      'Als Softwareentwickler (m/w/d) arbeitest du in einem von zwei Teams:\n\n- [Zahlungen](https://acme.example/teams/zahlungen)\n- [Plattform](https://acme.example/teams/plattform)\n\n### [Zahlungen](https://acme.example/teams/zahlungen)\n\nDas Team baut unseren Checkout.\n\n### [Plattform](https://acme.example/teams/plattform)\n\nDas Team betreibt unsere Cluster.\n'],
    // A page headed by one role is that posting, even where a line that names vacancies introduces the linked teams.
    ['en, a role page hiring for two teams',
      '# Backend Engineer\n\nWe are hiring for two teams:\n\n- [Payments](https://acme.example/teams/payments)\n- [Platform](https://acme.example/teams/platform)\n\n## [Payments](https://acme.example/teams/payments)\n\nThe payments team builds our checkout.\n\n## [Platform](https://acme.example/teams/platform)\n\nThe platform team runs our clusters.\n'],
  ])('no split: %s', async (_case, text) => {
    expect((await titlesOf('jobs.md', text)).length).toBeLessThanOrEqual(1);
  });
});
