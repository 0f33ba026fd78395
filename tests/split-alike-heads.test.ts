/**
 * Roles found by the structure of their heads (session 17, issue #14):
 * - labels set as headings ending in a colon ("# 岗位职责：", "## Duties:") count as a labelled block's labels
 *   (src/split/labelled.ts), so a page whose every line is a heading splits at the line above each first label;
 * - an empty heading ("## " between roles) ends no run of sibling blocks, and a head that counts its openings
 *   ("Δύο (2) θέσεις …") names a role in any wording (src/split/siblings.ts, counted-roles.ts);
 * - a line that gives a title label its value ("**Position:** X", "Poste : X"; `titleLabels`) is a labelled block's role line;
 * - lines in bold under a vacancies heading count as its sub-headings would (src/split/vacancy-headings.ts);
 * - a heading written as the role headings around it are ("### [Role](role.html)", "## Role @ [Acme](…)", also in bold), or whose block holds the inner
 *   labels most roles' blocks hold, is a role too, though its name reads as no job title (src/split/alike-headings.ts).
 * - a role line over "Label: value" lines ("Location: Berlin", "Type: Full-time"), again for each role with the same
 *   labels, one of them a place, is a posting a block (src/split/label-lines.ts), in Markdown and in plain text; the
 *   label lines may be a list right under the role line; a block written right over a rule ("---", "-----") is that block
 *   and a rule, though Markdown reads the two as a heading (src/split/marks.ts isUnderlinedBlock), session 27.
 * - an accordion: a <details> per role whose <summary> names it, in HTML or in Markdown (src/split/summary-heads.ts), session 27.
 * Each shape has rows that must split and rows of one posting that must not.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseNdjson, runCli } from './helpers.js';

async function titlesOf(text: string, name = 'jobs.md'): Promise<Array<string | null>> {
  const dir = mkdtempSync(path.join(tmpdir(), 'postings-alike-'));
  writeFileSync(path.join(dir, name), text);
  return parseNdjson((await runCli(['normalize', path.join(dir, name), '--format', 'ndjson'])).stdout).map((record) => record.title);
}

/** One block of "Label: value" lines a role, blocks apart by a blank line, under a page's own line. */
const labelLines = (intro: string, roles: Array<[string, ...string[]]>) => `${intro}\n\n${roles.map((lines) => lines.join('\n')).join('\n\n')}\n`;
const enLabelLines = labelLines('# Careers at Acme\n\nWe are hiring for the following roles.', [
  ['Backend Engineer', 'Location: Berlin', 'Type: Full-time', 'Apply: https://acme.example/jobs/backend'],
  ['Product Designer', 'Location: Munich', 'Type: Part-time', 'Apply: https://acme.example/jobs/designer'],
  ['Data Analyst', 'Location: Hamburg', 'Type: Full-time', 'Apply: https://acme.example/jobs/analyst']]);

/** The same blocks, each over a rule written right under its last line ("---"): Markdown reads block and rule as a heading. */
const ruledLabelLines = (intro: string, roles: string[][], rule = '---') => `${intro}\n\n${roles.map((lines) => lines.join('\n')).join(`\n${rule}\n`)}\n`;
const enRuled = ruledLabelLines('# Jobs at Acme', [
  ['Backend Engineer', 'Location: Berlin', 'Type: Full-time', 'Apply: https://acme.example/jobs/backend'],
  ['Product Designer', 'Location: Munich', 'Type: Part-time', 'Apply: https://acme.example/jobs/designer'],
  ['Office Manager', 'Location: Berlin', 'Type: Full-time', 'Apply: https://acme.example/jobs/office']]);
const frRuled = ruledLabelLines("Offres d'emploi - Maison Vidal", [
  ['Comptable', 'Lieu : Bordeaux', 'Contrat : CDI', 'Candidature : recrutement@vidal.example'],
  ['Vendeur en boutique', 'Lieu : Libourne', 'Contrat : CDD', 'Candidature : recrutement@vidal.example']], '-'.repeat(40));

const zhHeadings = ['职位名称：Android工程师', '职位名称：Java开发工程师', '职位名称：校园业务人员'].map((role) =>
  `# ${role}\n\n# 岗位职责：\n\n- 负责产品开发\n- 参与需求评审\n\n# 任职要求：\n\n- 本科及以上学历\n- 熟悉相关技术\n`).join('\n');
const enHeadings = ['Backend Engineer', 'Product Designer'].map((role) =>
  `## ${role}\n\n## Duties:\n\n- Build and run our services\n\n## Requirements:\n\n- Three years of experience\n`).join('\n');
const elCounted = '---\ntitle: Θέσεις εργασίας\n---\nΣτείλτε βιογραφικό στο jobs@lab.example.gr\n\n' + [
  'Μια (1) θέση προγραμματιστή web', 'Δύο (2) θέσεις Προγραμματιστή Android', 'Δύο (2) θέσεις Προγραμματιστή iPhone'].map((role) =>
  `## ${role}\n\n**Απαιτούμενα προσόντα:**\n\n  * Πτυχίο Πληροφορικής\n  * Γνώσεις Java\n\n**Επιθυμητά προσόντα:**\n\n  * Εμπειρία σε GIS\n\n## \n`).join('\n');
const enCounted = '# Lab news\n\n' + ['Two positions in mobile development', 'One position in data engineering'].map((role) =>
  `## ${role}\n\n**Requirements:**\n\n- A degree in computer science\n\n**Nice to have:**\n\n- GIS experience\n\n## \n`).join('\n');
const boardAt = '# Jobs board\n\n' + [
  'Senior Backend Engineer @ [Acme](https://acme.example)', 'Web Developer @ [Beta](https://beta.example)',
  'Junior Database Administrator and Programming in SQL Procedural language @ [Forth](https://forth.example)',
  'Support Engineer @ [Gamma](https://gamma.example)'].map((head) => `## ${head}\n\nPubDate: 01/02/2024\n\nA role in Heraklion. Apply by email.\n`).join('\n');
const idLinks = '# Posisi Terbuka\n\n## Teknik\n\n' + [
  '[Full Stack Developer](/recruit/jd_fullstack.html)', '[Front-End Developer](/recruit/jd_frontend.html)'].map((head) => `### ${head}\n\n\`Full-Time\` \`Jarak Jauh\`\n\nKami mencari orang yang teliti.\n`).join('\n')
  + '\n## Marketing\n\n### [Pakar SEO](/recruit/jd_seo.html)\n\n`Full-Time`\n\nKami mencari orang yang teliti.\n\n## Desain\n\n### [Desainer UX](/recruit/jd_designer.html)\n\n`Paruh Waktu`\n\nKami mencari orang yang kreatif.\n';

describe('roles found by the structure of their heads', () => {
  it.each([
    ['zh, every line a heading, labels ending in a full-width colon', zhHeadings, 3],
    ['en, labels as headings ending in a colon', enHeadings, 2],
    ['el, counted heads with empty headings between them', elCounted, 3],
    ['en, counted heads with empty headings between them', enCounted, 2],
    ['en, title-label lines in bold over the same labels', ['Backend Engineer', 'Product Designer'].map((role) =>
      `**Position:** ${role}\n\n**Duties:**\n\n- Build the product\n\n**Requirements:**\n\n- Three years of experience\n`).join('\n'), 2],
    ['fr, title-label lines over the same labels', ['Développeur backend', 'Chef de projet'].map((role) =>
      `Poste : ${role}\n\nMissions :\n\n- Construire le produit\n\nProfil :\n\n- Trois ans d'expérience\n`).join('\n'), 2],
    ['ru, roles in bold under a vacancies heading, names that read as no job title', '# Вакансии\n\n' + ['Фандрайзер', 'Дизайнер', 'Менеджер проектов'].map((role) =>
      `**${role}**\n\n- Искать партнёров\n- Помогать команде\n`).join('\n'), 3],
    ['en, roles in bold under "Open positions"', '# Acme\n\nWe build maps.\n\n## Open positions\n\n' + ['Backend Engineer', 'Stage host', 'Product Designer'].map((role) =>
      `**${role}**\n\n- Work with our team in Berlin\n- Ship every week\n`).join('\n'), 3],
    ['en, a board\'s heads in bold written alike, one reading as no job title', '# Jobs board\n\n' + [
      'Senior Backend Engineer @ [Acme](https://acme.example)', 'Web Developer @ [Beta](https://beta.example)',
      'Growth Hacking Wizardry @ [Forth](https://forth.example)', 'Support Engineer @ [Gamma](https://gamma.example)'].map((head) => `**${head}**\n\nA role in Heraklion. Apply by email.\n`).join('\n'), 4],
    ['pt, a role named as no job title among role headings, with the inner labels most roles hold', '### Descrição de Vagas:\n\n' + ['Desenvolvedor(a) Mobile Júnior', 'Growth Hack Wizardry', 'Desenvolvedor(a) Android Sênior'].map((role) =>
      `### ${role}\n\nUma vaga na nossa equipe.\n\n##### Requisitos:\n\n- Kotlin\n\n##### Diferenciais:\n\n- Testes\n`).join('\n'), 3],
    ['en, a role named as no job title among role headings, with their bold labels', '# Careers\n\n' + ['Backend Engineer', 'Chief Happiness Wizard', 'Data Engineer'].map((role) =>
      `## ${role}\n\nJoin our team in Berlin.\n\n**Requirements:**\n\n- Go\n\n**Nice to have:**\n\n- Kafka\n`).join('\n'), 3],
    ['en, a board\'s "Role @ [Company](…)" heads, one whose role reads as no job title', boardAt, 4],
    ['id, linked role headings under groups, one named "Pakar SEO"', idLinks, 4],
    ['en, a role line over "Label: value" lines, a block a role', enLabelLines, 3],
    ['de, a role line over "Label: value" lines', labelLines('# Karriere bei Acme', [
      ['Backend-Entwickler (m/w/d)', 'Standort: Berlin', 'Art: Vollzeit', 'Bewerbung: https://acme.example/jobs/backend'],
      ['Produktdesigner (m/w/d)', 'Standort: München', 'Art: Teilzeit', 'Bewerbung: https://acme.example/jobs/designer']]), 2],
    ['es, a role line over "Label: value" lines', labelLines('Empleo en Acme', [
      ['Ingeniero backend', 'Ubicación: Madrid', 'Jornada: Tiempo completo'], ['Analista de datos', 'Ubicación: Valencia', 'Jornada: Media jornada']]), 2],
    ['fr, a role line over a list of "Label: value" lines', labelLines('# Carrières chez Acme', [
      ['Ingénieur backend', '', '- Lieu : Paris', '- Contrat : CDI'], ['Designer produit', '', '- Lieu : Lyon', '- Contrat : CDD']]), 2],
    ['en, "Label: value" blocks each over a rule written right under it', enRuled, 3],
    ['de, roles in bold, each block over a rule written right under its last line', ['Buchhalter (m/w/d)', 'Lagerist (m/w/d)'].map((role) =>
      `**${role}**\n\nSie arbeiten in unserem Team in Kassel.\nVollzeit, Bewerbung an jobs@lindenhof.example`).join('\n---\n\n'), 2],
  ])('splits: %s', async (_case, text, count) => {
    expect(await titlesOf(text)).toHaveLength(count);
  });

  it('gives each "Label: value" block its own title, in Markdown and in plain text', async () => {
    expect(await titlesOf(enLabelLines)).toEqual(['Backend Engineer', 'Product Designer', 'Data Analyst']);
    expect(await titlesOf(enLabelLines.replace('# ', ''), 'jobs.txt')).toEqual(['Backend Engineer', 'Product Designer', 'Data Analyst']);
    expect(await titlesOf(enRuled)).toEqual(['Backend Engineer', 'Product Designer', 'Office Manager']);
    expect(await titlesOf(frRuled, 'offres.txt')).toEqual(['Comptable', 'Vendeur en boutique']);
  });

  // Accordions (src/split/summary-heads.ts, session 27): a <details> per role, its <summary> the role's name.
  const accordion = (intro: string, items: Array<[summary: string, body: string]>) => `${intro}\n${items.map(([summary, body]) =>
    `<details>\n<summary>${summary}</summary>\n\n${body}\n\n</details>\n`).join('\n')}`;
  it.each([
    ['en, an HTML page of <details> roles', `<html><head><title>Careers at Nordwind</title></head><body><main>\n<h1>Open positions</h1>\n${accordion('<p>Nordwind builds logistics software in Hamburg.</p>', [
      ['Senior Backend Engineer', '<p>You will build our routing APIs. Full-time, Hamburg.</p>'], ['Product Designer', '<p>You will design our app. Part-time, Hamburg.</p>'],
      ['Data Analyst', '<p>You will own our dashboards. Full-time, Hamburg.</p>']])}</main></body></html>\n`, 'jobs.html', ['Senior Backend Engineer', 'Product Designer', 'Data Analyst']],
    ['de, Markdown with <details> roles', accordion('# Karriere bei Sonnenfeld\n\nWir sind ein Softwarehaus in Leipzig.\n', [
      ['Frontend-Entwickler (m/w/d)', 'Du entwickelst unsere Web-Oberflächen. Vollzeit, Leipzig.'], ['Systemadministrator (m/w/d)', 'Du betreust unsere Server. Teilzeit, Leipzig.']]),
      'jobs.md', ['Frontend-Entwickler', 'Systemadministrator']],
  ])('splits an accordion of roles: %s', async (_case, text, name, titles) => {
    expect(await titlesOf(text, name)).toEqual(titles);
  });

  it.each([
    ['en, an HTML FAQ of <details> questions', `<html><head><title>FAQ - Nordwind</title></head><body><main>\n<h1>Frequently asked questions</h1>\n${accordion('', [
      ['How do I reset my password?', '<p>Open the settings.</p>'], ['Can I export my routes?', '<p>Yes, as CSV.</p>'], ['Do you offer a free plan?', '<p>Yes.</p>']])}</main></body></html>\n`, 'faq.html'],
    ['en, one posting whose sections fold into <details>', accordion('# Senior Backend Engineer\n\nAcme is hiring a Senior Backend Engineer in Berlin.\n', [
      ['What you will do', '- Build our payments API'], ['What we offer', '- 30 days off']]), 'job.md'],
    // de, a short posting headed by its role whose FAQ's summaries read like roles (review27a)
    ['de, one posting with an FAQ accordion', `<html><body><h1>Werkstudent Marketing (m/w/d)</h1><p>Wir suchen ab sofort einen Werkstudenten im Marketing in Köln, 20 Stunden pro Woche.</p><h2>Häufige Fragen</h2>\n${accordion('', [
      ['Projektmanager Onboarding', '<p>Dein Ansprechpartner in den ersten Wochen.</p>'], ['Teamleiter Feedback', '<p>Einmal im Monat ein Gespräch.</p>']])}</body></html>\n`, 'werkstudent.html'],
    ['en, a README whose usage folds into <details>', accordion('# routekit\n\nA library for routing.\n', [['Installation', 'npm install routekit'], ['Usage', 'Call route() once.']]), 'README.md'],
  ])('keeps a page of <details> that name no roles whole: %s', async (_case, text, name) => {
    expect((await titlesOf(text, name)).length).toBeLessThanOrEqual(1);
  });

  it('keeps the role named by a heading written as its neighbours are', async () => {
    expect(await titlesOf(idLinks)).toContain('Pakar SEO');
    expect((await titlesOf(boardAt))[2]).toMatch(/^Junior Database Administrator/);
  });

  it.each([
    ['en, one posting with its labels as headings ending in a colon',
      '# Backend Engineer at Acme\n\nWe build payments.\n\n## Duties:\n\n- Build services\n\n## Requirements:\n\n- Go\n\n## Benefits:\n\n- Remote work\n'],
    ['en, one job\'s stages with the same heading labels', '# Data Analyst\n\n' + ['First month', 'Second month'].map((stage) =>
      `## ${stage}\n\n## Goals:\n\n- Learn the data\n\n## Support:\n\n- A mentor\n`).join('\n')],
    ['en, one posting with empty headings as spacers',
      '# Senior Engineer\n\nAcme is hiring a Senior Engineer.\n\n## \n\n## What you will do\n\n- Build things\n\n## \n\n## What we offer\n\n- 60,000 EUR\n'],
    ['en, heads that count other things', '# About us\n\n## Two teams in Berlin\n\nWe build apps.\n\n**Requirements:**\n\n- None\n\n## Three offices in Europe\n\nWe travel.\n\n**Requirements:**\n\n- None\n'],
    ['el, one posting with its sections', '# Προγραμματιστής Java\n\nΖητείται προγραμματιστής.\n\n**Απαιτούμενα προσόντα:**\n\n- Πτυχίο\n\n**Επιθυμητά προσόντα:**\n\n- GIS\n'],
    ['en, one posting with a title-label line', '**Position:** Backend Engineer\n\nAcme builds payments.\n\n**Duties:**\n\n- Build services\n\n**Requirements:**\n\n- Go\n'],
    ['en, title-label lines over labels that no two blocks share', '**Position:** Backend Engineer\n\n**Duties:**\n\n- Build\n\n**Position:** Product Designer\n\n**Portfolio:**\n\n- Figma\n'],
    ['de, one posting under a careers title with its sections in bold', '---\ntitle: Karriere\n---\n**Softwareentwickler (m/w/d)**\n\nWir suchen Verstärkung.\n\n**Deine Aufgaben**\n\n- Entwicklung\n\n**Dein Profil**\n\n- Java\n'],
    ['en, a résumé\'s entries as "Label: value" lines over periods', labelLines('# Jane Doe', [
      ['Senior Engineer', 'Company: Acme', 'Location: Berlin', 'Period: 2020 - 2023'], ['Software Engineer', 'Company: Beta', 'Location: Munich', 'Period: 2017 - 2020']])],
    ['en, a posting\'s head block repeated after its sections', labelLines('# Backend Engineer', [
      ['Backend Engineer', 'Location: Berlin', 'Type: Full-time'], ['## Responsibilities\n\n- Build APIs\n\nSenior Backend Engineer', 'Location: Berlin', 'Type: Full-time']])],
    ['de, offices over a list of "Label: value" lines', labelLines('# Standorte', [
      ['Büro Berlin', '', '- Adresse: Hauptstr. 1', '- Standort: Berlin'], ['Büro München', '', '- Adresse: Marienplatz 2', '- Standort: München']])],
    ['en, offices as "Label: value" lines', labelLines('# Our offices', [
      ['Berlin Office', 'Address: Hauptstr. 1', 'Location: Berlin'], ['Munich Office', 'Address: Marienplatz 2', 'Location: Munich']])],
    ['en, offices as "Label: value" blocks each over a rule', ruledLabelLines('# Our offices', [
      ['Berlin Office', 'Address: Hauptstr. 1', 'Phone: +49 30 1234567', 'Hours: 9-18'], ['Munich Office', 'Address: Marienplatz 2', 'Phone: +49 89 1234567', 'Hours: 9-18']])],
    ['en, one posting whose head lines sit over a rule', 'Backend Engineer\nAcme, Berlin\n---\n\nWe build payments.\n\n## Requirements\n\n- Go\n\nProduct Designer\nAcme, Munich\n---\n\nOur design team.\n'],
    ['en, bold perks under "Open positions" that name no role', '## Open positions\n\nWe are hiring a Backend Engineer.\n\n**Flexible hours**\n\n- Work when you like\n\n**Good food**\n\n- Lunch every day\n'],
  ])('one record: %s', async (_case, text) => {
    expect((await titlesOf(text)).length).toBeLessThanOrEqual(1);
  });

  it.each([
    ['plain-text headings join no role (a posting\'s sections are written so too)', '# Careers\n\n' + ['Backend Engineer', 'Frontend Engineer', 'Data Engineer'].map((role) =>
      `## ${role}\n\nBuild our product with us.\n\n## Life at Acme\n\nLunch together.\n`).join('\n'), 3],
    ['a linked page section between linked roles stays the page\'s', '# Jobs\n\n' + ['[Backend Engineer](/jobs/be.html)', '[Frontend Engineer](/jobs/fe.html)', '[Our values](/values.html)', '[Data Engineer](/jobs/de.html)'].map((head) =>
      `### ${head}\n\nWe build payments in Berlin.\n`).join('\n'), 3],
    ['a heading between roles without their inner labels stays the page\'s', '# Careers\n\n' + ['Backend Engineer', 'Life in Berlin', 'Data Engineer', 'Product Designer'].map((role) =>
      role === 'Life in Berlin' ? `## ${role}\n\nWe have a lake nearby.\n` : `## ${role}\n\nJoin our team.\n\n**Requirements:**\n\n- Go\n\n**Nice to have:**\n\n- Kafka\n`).join('\n'), 3],
  ])('no more roles than the role headings: %s', async (_case, text, count) => {
    expect(await titlesOf(text)).toHaveLength(count);
  });
});
