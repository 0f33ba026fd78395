/**
 * HTML pages through rehype: the main content is the posting; navigation,
 * page headers and footers, sidebars of links, cookie banners, scripts and
 * form controls are not. Every body line keeps its source line, so evidence
 * points at the HTML the user wrote. Through the CLI, on fixtures of our own
 * and on real corpus pages.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CORPUS, describeShared, FIXTURES, parseNdjson, runCli } from './helpers.js';

async function normalizeHtml(html: string): Promise<Record<string, any>> {
  const result = await runCli(['normalize', '-', '-f', 'ndjson'], { input: html });
  expect(result.code, result.stderr).toBe(0);
  const [record] = parseNdjson(result.stdout);
  return record!;
}

const page = (body: string) => `<!doctype html>\n<html><head><title>Jobs</title></head>\n<body>\n${body}\n</body></html>\n`;
const links = (words: string[]) => words.map((word) => `<a href="/${word}">${word} page</a>`).join(' ');

describe('the main content of an HTML page', () => {
  const fixture = readFileSync(path.join(FIXTURES, 'structured', 'main-content-with-nav-footer.html'), 'utf8');

  it('keeps <main> and the title above it; drops nav, header, cookie banner, aside, footer and form controls', async () => {
    const record = await normalizeHtml(fixture);
    const markdown = record.description.markdown as string;
    expect(record.title).toBe('Warehouse Team Lead');
    expect(markdown.split('\n')[0]).toBe('# Warehouse Team Lead');
    expect(markdown).toContain('- Plan the shift and lead a team of eight');
    expect(markdown).toContain('Apply by email to');
    for (const boilerplate of ['Shop', 'cookies', 'Accept', 'Other openings', 'Delivery Driver', 'Privacy', 'Limerick', '+353', 'Your name', 'Send application', 'analytics']) {
      expect(markdown).not.toContain(boilerplate);
    }
    // The sidebar's €30,000 and the footer's Limerick are not the posting's.
    expect(record.salary).toMatchObject([{ min: 38000, max: 42000, currency: 'EUR', period: 'YEAR' }]);
    expect(record.locations.map((l: { city?: string }) => l.city)).not.toContain('Limerick');
  });

  it.each([
    ['title', 14],
    ['salary', 25], // the second line of a paragraph that spans two
    ['remote', 24],
    ['apply', 27],
  ])('gives %s evidence its line in the HTML (%i)', async (field, line) => {
    const record = await normalizeHtml(fixture);
    expect(record.evidence[field].line).toBe(line);
  });

  it.each([
    [
      'no <main>: the densest block, when what is left is links',
      page(`<div class="menu">${links(['home', 'shop', 'blog', 'about', 'press', 'contact', 'careers', 'partners'])}</div>
<div class="content"><h1>Night Nurse</h1><p>Our care home in Leeds needs a night nurse for three nights a week, full-time hours.</p><p>You hold a current NMC registration and two years of ward experience.</p></div>
<div class="links">${links(['terms', 'privacy', 'cookies', 'imprint', 'sitemap'])}</div>`),
      ['Night Nurse', 'NMC registration'],
      ['home page', 'privacy page', 'sitemap'],
    ],
    [
      'one <article>: its own header stays, the page footer goes',
      page(`<article><header><h1>Pastry Chef</h1><p>Bakery Lumen, Porto</p></header><p>We bake bread and pastry for twelve cafés. You will run the pastry section at dawn.</p><footer>Posted 2026-05-02</footer></article>
<footer><p>Bakery Lumen Lda · Rua das Flores 12 · all rights reserved</p></footer>`),
      ['Pastry Chef', 'Bakery Lumen, Porto', 'Posted 2026-05-02'],
      ['all rights reserved', 'Rua das Flores'],
    ],
    [
      'a side column with text of its own is kept',
      page(`<div class="job"><h1>Lab Technician</h1><p>Prepare samples and run the analysers of our clinical lab. Weekday shifts, full-time, on site.</p></div>
<div class="facts"><p>Location: Lisbon</p><p>Contract: permanent, 37.5 hours a week</p></div>`),
      ['Lab Technician', 'Location: Lisbon', 'permanent'],
      [],
    ],
    [
      'a link to apply outside <main> is kept after it; other links outside are not',
      page(`<div class="top">${links(['home', 'team'])}</div><main><h1>Roofer</h1><p>Our crew fixes roofs across Aarhus. Full-time, on site, a company van.</p></main>
<p><a href="mailto:jobs@roofs.example">Send your application</a> or <a href="/faq">read the FAQ</a></p>`),
      ['Roofer', '[Send your application](mailto:jobs@roofs.example)'],
      ['home page', 'read the FAQ'],
    ],
    [
      'hidden elements, scripts and styles are never text',
      page(`<style>.x{color:red}</style><script>document.write("tracking")</script><div hidden>Old role: Senior Baker</div><div style="display: none">ignore me</div><div aria-hidden="true">decor</div>
<h1>Bike Mechanic</h1><p>Fix bikes in our Utrecht workshop, part-time.</p>`),
      ['Bike Mechanic', 'Utrecht'],
      ['tracking', 'color', 'Senior Baker', 'ignore me', 'decor'],
    ],
  ])('%s', async (_, html, kept, dropped) => {
    const markdown = (await normalizeHtml(html)).description.markdown as string;
    for (const text of kept) expect(markdown).toContain(text);
    for (const text of dropped) expect(markdown).not.toContain(text);
  });

  it('maps lines split by <br> and newlines inside a paragraph to their own source lines', async () => {
    const html = '<html><body>\n<h1>Courier</h1>\n<p>Deliver parcels in Ghent.<br>\nFull-time.\nSalary: EUR 2,400 per month\nfrom day one.</p>\n</body></html>';
    const record = await normalizeHtml(html);
    expect(record.description.markdown).toBe('# Courier\n\nDeliver parcels in Ghent.\nFull-time.\nSalary: EUR 2,400 per month\nfrom day one.');
    expect(record.evidence.salary.line).toBe(5);
    expect(record.evidence.employmentType.line).toBe(4);
  });

  it('a PHP template with a long header comment and styles is read as HTML, its PHP tags removed', async () => {
    const comment = Array.from({ length: 30 }, (_, i) => `   * line ${i} of the licence`).join('\n');
    const css = Array.from({ length: 30 }, (_, i) => `  .c${i} { margin: ${i}px; }`).join('\n');
    const html = `<?php\n  /**\n${comment}\n   */\n  defined('_JEXEC') or die;\n?>\n<style>\n${css}\n</style>\n<div class="offer">\n<h1>Print Technician</h1>\n<p>Based in <?php echo $this->item->city; ?> Gdańsk, full-time.</p>\n<p>Run and maintain our offset presses on the day shift.</p>\n</div>\n`;
    const result = await runCli(['normalize', '-', '-f', 'ndjson', '-v'], { input: html });
    const [record] = parseNdjson(result.stdout);
    expect(record!.source.format).toBe('html');
    expect(record!.title).toBe('Print Technician');
    expect(record!.description.markdown).toBe('# Print Technician\n\nBased in Gdańsk, full-time.\n\nRun and maintain our offset presses on the day shift.');
    expect(result.stderr).toMatch(/warning template-tag-removed removed 2 template tag\(s\) such as "<\?php/);
  });

  it('a page nested too deep for a tree still gives its record, line by line', async () => {
    const html = `<html><body><h1>Deep Page Editor</h1>${'<div>'.repeat(300)}<p>Edit our pages, remote.</p>${'</div>'.repeat(300)}</body></html>`;
    const record = await normalizeHtml(html);
    expect(record.title).toBe('Deep Page Editor');
    expect(record.description.markdown).toContain('Edit our pages, remote.');
  });
});

describe('facts of the posting set outside its main content (fixtures/html)', () => {
  // Each row: the fixture, what the record must read from the banner or side box, the cities it must give (no more:
  // a footer's address and a menu's "Jobs in Berlin" are not where the job is), text that must stay out of the body.
  it.each([
    ['banner-chips-header.html', 'a <header> holding the <h1> and its chips, above <main>', { employmentType: ['FULL_TIME'] }, ['Amersfoort'], ['Vacatures in Utrecht', 'Havenweg']],
    ['banner-chips-hero-article.html', 'a hero section holding the <h1> and a list of tags, above one <article>', { employmentType: ['PART_TIME'] }, ['Graz'], ['Jobs in Wien', 'Hauptplatz']],
    ['side-facts-aside-dl.html', 'an <aside> with a <dl> of facts beside <main>', { employmentType: ['FULL_TIME'], salary: [{ min: 3400, max: 3900, currency: 'EUR', period: 'MONTH' }] }, ['Leipzig'], ['Jobs in Berlin', 'Musterstraße', 'Auf einen Blick']],
    ['side-facts-column-chips.html', 'a sidebar column of "Label: value" chips, a footer written as a <div>', { employmentType: ['FULL_TIME'], salary: [{ min: 32000, max: 35000, currency: 'GBP', period: 'YEAR' }] }, ['Bristol'], ['Dock Road', 'Southampton']],
  ])('%s: %s', async (file, _, fields, cities, dropped) => {
    const record = await normalizeHtml(readFileSync(path.join(FIXTURES, 'html', file), 'utf8'));
    expect(record).toMatchObject(fields);
    expect(record.locations.map((l: { city?: string }) => l.city)).toEqual(cities);
    for (const text of dropped) expect(record.description.markdown).not.toContain(text);
  });

  // MUST-NOT (review28a): a box of other jobs gives this posting none of its facts; a posting's own "job-footer" is no page footer.
  it.each([
    ['en: an <aside> under "Other jobs you may like"', page('<main><h1>Office Manager</h1><p>Brightside Dental is hiring an office manager for its practice in Bristol. Part-time, 20 hours a week.</p></main>\n<aside><h2>Other jobs you may like</h2><dl><dt>Location</dt><dd>London</dd><dt>Type</dt><dd>Full-time</dd><dt>Salary</dt><dd>£40,000 per year</dd></dl></aside>'),
      { employmentType: ['PART_TIME'], salary: [], remote: { policy: null } }, ['Bristol']],
    ['de: an <aside class="other-jobs">', page('<main><h1>Kundenberater (m/w/d)</h1><p>Die Stadtwerke Ulm suchen einen Kundenberater (m/w/d) für das Kundencenter in Ulm, Teilzeit 30 Stunden.</p></main>\n<aside class="other-jobs"><dl><dt>Standort</dt><dd>München</dd><dt>Anstellung</dt><dd>Vollzeit</dd><dt>Arbeitsmodell</dt><dd>Remote</dd></dl></aside>'),
      { employmentType: ['PART_TIME'], remote: { policy: null } }, ['Ulm']],
    ['fr: "Lieu : Paris" chips after a heading "Offres similaires" wrapped in a block', page('<main><h1>Serveur / Serveuse</h1><p>Le restaurant Chez Paul recrute un serveur à Bordeaux, CDI temps plein.</p></main>\n<aside><div class="box-title"><h3>Offres similaires</h3></div><p>Lieu : Paris</p><p>Contrat : Intérim</p><p>Salaire : 12 € / heure</p></aside>'),
      { employmentType: ['FULL_TIME'], salary: [], remote: { policy: null } }, ['Bordeaux']],
    ['de: a posting\'s own <div class="job-footer"> of pay, hours and address', page('<div class="job-header"><h1>Elektroniker (m/w/d)</h1></div><div class="job-body"><p>Die Elektro Weiß GmbH sucht einen Elektroniker (m/w/d) für Baustellen im Raum Augsburg.</p></div>\n<div class="job-footer"><p>Gehalt: 3.400 € brutto monatlich</p><p>Arbeitszeit: Vollzeit, 40 Stunden</p><p>Bewerbung an: jobs@elektro-weiss.de</p></div>\n<div class="footer">© 2024 Elektro Weiß GmbH · Impressum</div>'),
      { employmentType: ['FULL_TIME'], salary: [{ min: 3400, max: 3400, currency: 'EUR', period: 'MONTH' }], apply: { emails: ['jobs@elektro-weiss.de'] } }, ['Augsburg']],
    ['en: a posting\'s own <div class="posting-footer">', page('<div id="app"><div class="posting-headline"><h2>Support Engineer</h2></div><div class="posting-content"><p>Cobalt Systems is hiring a Support Engineer in Austin, TX.</p></div>\n<div class="posting-footer"><p>Salary: $70,000 - $85,000 per year</p><p>Employment: Part-time, 30 hours</p><p>Apply: careers@cobalt.example</p></div></div>'),
      { employmentType: ['PART_TIME'], salary: [{ min: 70000, max: 85000, currency: 'USD', period: 'YEAR' }], apply: { emails: ['careers@cobalt.example'] } }, ['Austin']],
  ])('%s', async (_, html, fields, cities) => {
    const record = await normalizeHtml(html);
    expect(record).toMatchObject(fields);
    expect(record.locations.map((l: { city?: string }) => l.city)).toEqual(cities);
  });
});

describe('Blade views (fixtures/html): directives are code, the text between them stays', () => {
  const BLADE_CODE = /@(?:extends|section|endsection|if|else|endif|foreach|endforeach|include)\b|\{!!|\$job/;
  it.each([
    ['blade-view-layout.blade.php', 'a view that extends a layout and fills its sections', 'Monteur zonnepanelen', ['Vacature Monteur Zonnepanelen', 'Groningen', 'werk@zonwerk.example']],
    ['blade-view-directives.blade.php', 'a view of @if/@foreach blocks, {{ }} and {!! !!} output and an @include', 'Staf Gudang', ['Surabaya', 'Pendidikan minimal SMA', 'rekrutmen@gudang.example (Subject: Staf Gudang)']],
  ])('%s: %s', async (file, _, title, kept) => {
    const result = await runCli(['normalize', path.join(FIXTURES, 'html', file), '-f', 'ndjson']);
    const [record] = parseNdjson(result.stdout);
    expect(record!.title).toBe(title);
    expect(record!.description.markdown).not.toMatch(BLADE_CODE);
    for (const text of kept) expect(record!.description.markdown).toContain(text);
  });

  it('a page that is no Blade view keeps its @-words ("@if", an address at a host named "section")', async () => {
    const markdown = '# Barista\n\nWe roast in Ghent. @if you love coffee, write to jobs@section.example or ping @foreach on our forum.\n';
    const result = await runCli(['normalize', '-', '-f', 'ndjson'], { input: markdown });
    const [record] = parseNdjson(result.stdout);
    expect(record!.description.markdown).toContain('@if you love coffee, write to jobs@section.example or ping @foreach on our forum.');
  });

  it('a Markdown page with a Blade sample in fenced code keeps its prose\'s @-words (review28b)', async () => {
    const markdown = "# Laravel Developer\n\nYou will write views like this:\n\n```blade\n@section('content')\n<p>Hi</p>\n@endsection\n```\n\nWe use @error and @default as handles on our forum; write to jobs@acme.example.\n";
    const result = await runCli(['normalize', '-', '-f', 'ndjson'], { input: markdown });
    const [record] = parseNdjson(result.stdout);
    expect(record!.description.markdown).toContain('We use @error and @default as handles on our forum');
  });
});

describeShared('main content of real HTML pages (corpus)', () => {
  it.each([
    // A government page: a mega-menu, breadcrumbs, a footer of links and a cookie bar around one <h1> and its text.
    ['102-innovazione-it-data-scientist-page.html', 'Data Scientist', 426, ['Piano Triennale', 'cookie', 'Governo Italiano']],
  ])('%s: title %s (line %i), none of the page furniture', async (file, title, line, dropped) => {
    const result = await runCli(['normalize', path.join(CORPUS, file), '-f', 'ndjson']);
    const [record] = parseNdjson(result.stdout);
    expect(record!.title).toBe(title);
    expect(record!.evidence.title.line).toBe(line);
    for (const text of dropped) expect(record!.description.markdown).not.toContain(text);
    expect(record!.description.markdown).toMatch(/^# Data Scientist\n/);
  });

  it('040: a posting kept in front matter (content.default_content) becomes the body, lines mapped into the block', async () => {
    const result = await runCli(['normalize', path.join(CORPUS, '040-haskell-foundation-executive-director.md'), '-f', 'ndjson']);
    const [record] = parseNdjson(result.stdout);
    expect(record!.description.markdown).toMatch(/^#### Job Description\n\n#### Overview\nThe Haskell Foundation/);
    expect(record!.sections[0]).toMatchObject({ heading: 'Overview' });
    expect(record!.evidence.sections.line).toBe(8);
    expect(record!.apply.emails).toEqual(['nominations@haskell.foundation']);
  });

  it('203: a Joomla PHP template is read as HTML, without its PHP', async () => {
    const result = await runCli(['normalize', path.join(CORPUS, '203-pracuj-pl-admin-it-joomla-tmpl-jsonld.html'), '-f', 'ndjson']);
    const [record] = parseNdjson(result.stdout);
    expect(record!.source.format).toBe('html');
    expect(record!.description.markdown).not.toMatch(/<\?php|->|defined\(|\.offer-view/);
    expect(record!.description.markdown).toContain('## Twój zakres obowiązków\n- Administracja i utrzymanie systemów OSS');
  });

  it('104: JSON-LD title and company named as such in the evidence', async () => {
    const result = await runCli(['normalize', path.join(CORPUS, '104-logique-id-web-developer-jsonld.html'), '-f', 'ndjson']);
    const [record] = parseNdjson(result.stdout);
    expect(record!.evidence.title.rule).toBe('jsonld:title');
    expect(record!.company).toMatchObject({ name: 'Logique Digital Indonesia' });
    expect(record!.evidence.company.rule).toBe('jsonld:hiringOrganization');
  });
});
