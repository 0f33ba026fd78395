/**
 * The evidence rule's card shape (src/split/html-cards.ts), through the CLI: an HTML page that repeats one
 * element per role, opened alike (`<div class="vacature">`, `<a class="card">`), is split at its cards when
 * each card says what a posting says (a role named in its head or in a sentence that hires it, which then titles it, and a term:
 * a contract, a place, an address to apply to), also where a layout rule read a card's department line as a
 * role; a single posting whose sections, perks or offices sit in cards stays whole.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parseNdjson, runCli } from './helpers.js';

const dir = mkdtempSync(path.join(tmpdir(), 'postings-cards-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function normalized(html: string, name = 'careers.html') {
  const file = path.join(dir, `${Math.random().toString(36).slice(2)}-${name}`);
  writeFileSync(file, html);
  const result = await runCli(['normalize', file, '--format', 'ndjson']);
  return parseNdjson(result.stdout) as Array<Record<string, any>>;
}

const page = (cards: string, intro = '') => `<!DOCTYPE html>
<html><body>
<main>
${intro}
${cards}
</main>
</body></html>
`;

/** Pages of several postings in cards: the record count and each record's title. */
const SPLIT: Array<[name: string, html: string, titles: string[]]> = [
  ['two branch cards whose heads name a place, each hiring in a sentence or naming its role', page(`
<div class="vacature">
  <div class="kop">Hulp gezocht in Zwolle</div>
  <div class="tekst">Café De Molen Zwolle zoekt enthousiaste parttime-medewerkers voor de bediening.
  Bel ons op 038 123 45 67.</div>
</div>
<div class="vacature">
  <div class="kop">Koks in Deventer</div>
  <div class="tekst">Wil jij bij ons in de keuken staan? Mail je cv naar deventer@demolen.example.</div>
</div>`), ['Parttime-medewerkers', 'Koks in Deventer']],
  ['link cards with a department line that reads as a role', page(`
<div class="grid">
  <a class="card" href="/apply">
    <div class="col"><span class="role">Data Engineer</span></div>
    <div class="col"><span class="place">Lisbon</span></div>
    <div class="col"><span class="team">Sales</span></div>
    <div class="col"><span class="cta">Apply</span></div>
  </a>
  <a class="card" href="/apply">
    <div class="col"><span class="role">Account Manager</span></div>
    <div class="col"><span class="place">Porto</span></div>
    <div class="col"><span class="team">Marketing</span></div>
    <div class="col"><span class="cta">Apply</span></div>
  </a>
  <a class="card" href="/apply">
    <div class="col"><span class="role">Frontend Developer</span></div>
    <div class="col"><span class="place">Remote</span></div>
    <div class="col"><span class="team">Product</span></div>
    <div class="col"><span class="cta">Apply</span></div>
  </a>
</div>`, '<h1>Open roles</h1>'), ['Data Engineer', 'Account Manager', 'Frontend Developer']],
  // Session 22, a card whose head reads as no job title among cards whose heads do (sources: Rianne0517/vdl-p
  // vacatures.php, an agency's cards; a Dutch restaurant's "Yummy" vacancy page, `div.vacature` cards over Chef de Partie, Serveerster, …).
  ['image-link cards, the first head naming its role and its hours at length', page(['Eindredacteur Stadsblad / Communicatieprofessional Acme & Partners (28 – 40 uur)', 'Vacature Software Engineer – Medior', 'Senior Projectmanager Webdevelopment']
    .map((head, i) => `<div class="vacatures">\n<a href="page${i + 1}.php">\n<img class="vac" src="page${i + 1}.jpg" width="400" height="200">\n</a>\n<h2>${head}</h2>\n<h3>Ben jij de collega die ons team in Leeuwarden komt versterken? Je werkt aan uiteenlopende projecten voor onze klanten…</h3>\n    <button onclick="document.location= 'page${i + 1}.php'">Lees meer</button>\n</div>`).join('\n'), '<h1>Vacatures</h1>'),
  ['Eindredacteur Stadsblad / Communicatieprofessional Acme & Partners', 'Software Engineer – Medior', 'Senior Projectmanager Webdevelopment']],
  ['a restaurant\'s cards, one role a word the title tables lack', page(([['Chef de Partie', 'Amsterdam'], ['Serveerster', 'Rotterdam'], ['Barista', 'Utrecht'], ['Kok', 'Groningen']] as Array<[string, string]>)
    .map(([role, city]) => `<div class="vacature">\n  <h2>${role}</h2>\n  <p>We zoeken een ervaren ${role.toLowerCase()} om ons team te versterken.</p>\n  <p>Locatie: ${city}</p>\n  <p>Werktijden: Parttime</p>\n  <button class="apply-button">Solliciteren</button>\n</div>`).join('\n')),
  ['Chef de Partie', 'Serveerster', 'Barista', 'Kok']],
];

/** Pages whose cards are one posting's parts, or no posting: one record at most. */
const WHOLE: Array<[name: string, html: string]> = [
  ['one posting in cards whose second card names its role again', page(`
<div class="panel"><h2>Data Analyst</h2><p>Northwind Freight is hiring a Data Analyst for its routing team.</p><p>Part-time, Utrecht. €3,200 a month.</p></div>
<div class="panel"><h2>Life on the team</h2><p>As a Data Analyst you will sit with our planners two days a week.</p><p>Hybrid: the other days remote.</p></div>
<div class="panel"><h2>Get in touch</h2><p>Write to werken@northwind.example.</p></div>`),],
  ['one posting whose sections are cards', page(`
<div class="section"><h2>Responsibilities</h2><ul><li>Build our payment APIs in Go</li></ul></div>
<div class="section"><h2>Requirements</h2><ul><li>3+ years of backend experience</li></ul></div>
<div class="section"><h2>Benefits</h2><p>Full-time, remote within the EU, €70,000 a year.</p></div>`, '<h1>Backend Engineer</h1><p>Acme Pay is hiring a Backend Engineer.</p>'),],
  ['one posting with its perks in cards', page(`
<div class="perk"><h3>Flexible hours</h3><p>Part-time or full-time, 32 to 40 hours a week.</p></div>
<div class="perk"><h3>Remote friendly</h3><p>Work remote from anywhere in Portugal.</p></div>
<div class="perk"><h3>Learning budget</h3><p>€1,000 a year for courses.</p></div>`, '<h1>Product Designer at Acme</h1><p>You will design our mobile app. Requirements: 3+ years of product design.</p><p>Apply at jobs@acme.example</p>'),],
  ['one posting with its offices in cards', page(`
<div class="office"><h3>Berlin</h3><p>Our headquarters, hybrid, near Alexanderplatz.</p></div>
<div class="office"><h3>Lisbon</h3><p>Our newest office, hybrid, by the river.</p></div>`, '<h1>Site Reliability Engineer</h1><p>We are hiring a Site Reliability Engineer. Full-time, €80,000 a year.</p>'),],
  ['one posting with cards of similar jobs below it', page(`
<div class="similar"><h4>Frontend Developer</h4><p>Berlin, full-time. Apply at jobs@acme.example</p></div>
<div class="similar"><h4>Data Analyst</h4><p>Hamburg, part-time. Apply at jobs@acme.example</p></div>`, '<h1>Backend Engineer</h1><p>You will build our billing APIs in Go.</p><h2>Requirements</h2><ul><li>3+ years with Go</li></ul><p>Full-time in Berlin, €70,000 a year.</p>')],
  ['a team page of people in cards', page(`
<div class="person"><h3>Ana Lima</h3><p>Senior Engineer, based in Lisbon since 2019.</p></div>
<div class="person"><h3>Jon Berg</h3><p>Designer, based in Oslo, full-time since 2021.</p></div>`, '<h1>Our team</h1>'),],
];

describe('a card group that also holds a page\'s other cards adds no posting for them', () => {
  it('two role cards beside a perk card of the same class: a record per role', async () => {
    const card = (head: string, line: string) => `<div class="card">\n  <h2>${head}</h2>\n  <p>${line}</p>\n</div>\n`;
    const records = await normalized(page(card('Backend Engineer', 'Full-time in Berlin. Apply at jobs@acme.example') + card('Product Designer', 'Part-time in Hamburg. Apply at jobs@acme.example')
      + card('Flexible hours', 'Work when it suits you.'), '<h1>Acme Robotics</h1><p>We build warehouse robots.</p>'));
    expect(records.map((record) => record.title)).toEqual(['Backend Engineer', 'Product Designer']);
  });

  it('three role cards beside an office card that names its head again: a record per role', async () => {
    const card = (head: string, line: string) => `<div class="card">\n  <h2>${head}</h2>\n  <p>${line}</p>\n</div>\n`;
    const records = await normalized(page(card('Backend Engineer', 'Go and Postgres.') + card('Product Designer', 'Figma and user research.') + card('Frontend Developer', 'React and TypeScript.')
      + card('Our office in Berlin', 'Our office sits in Berlin-Mitte, by the river.'), '<h1>Acme Robotics</h1><p>We build warehouse robots.</p>'));
    expect(records.map((record) => record.title)).toEqual(['Backend Engineer', 'Product Designer', 'Frontend Developer']);
  });
});

describe('cards that group roles leave the roles standing', () => {
  it('a team\'s card over its roles\' headings: a record per role, not per team', async () => {
    const role = (title: string, requirement: string, terms: string) => `  <h3>${title}</h3>\n  <p>Requirements: ${requirement}</p>\n  <p>${terms} Apply at jobs@acme.example</p>\n`;
    const records = await normalized(page(`
<div class="team">
  <h2>Engineering</h2>
${role('Backend Engineer', '3+ years with Go.', 'Full-time in Berlin.')}${role('Frontend Engineer', '2+ years with React.', 'Full-time in Berlin.')}</div>
<div class="team">
  <h2>Design</h2>
${role('Product Designer', 'a portfolio of app designs.', 'Part-time, remote within Germany.')}${role('UX Researcher', '3+ years of user research.', 'Full-time in Hamburg.')}</div>`, '<h1>Careers at Acme</h1>'));
    expect(records.map((record) => record.title)).toEqual(['Backend Engineer', 'Frontend Engineer', 'Product Designer', 'UX Researcher']);
  });
});

describe('an HTML page of several postings in cards splits at its cards', () => {
  it.each(SPLIT)('%s', async (_name, html, titles) => {
    const records = await normalized(html);
    expect(records.map((record) => record.title)).toEqual(titles);
    expect(records.map((record) => record.source.count)).toEqual(titles.map(() => titles.length));
  });
});

describe('a page whose cards are one posting\'s parts stays whole', () => {
  it.each(WHOLE)('%s', async (_name, html) => {
    const records = await normalized(html);
    expect(records.length).toBeLessThanOrEqual(1);
  });
});
