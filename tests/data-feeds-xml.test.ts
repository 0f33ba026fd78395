/**
 * XML job feeds (src/split/data-xml.ts, src/split/data-feed-shapes-xml.ts),
 * through the CLI: one made-up file per documented feed (fixtures/feeds),
 * each posting's fields read by the feed's paths with evidence `xml.<key>` at
 * the element's line; an RSS list of jobs by its items' keys; a damaged feed a
 * warning at its line, never a failed run; an `.xml` file that is a page or
 * text read as such.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIXTURES, parseNdjson, runCli } from './helpers.js';

const FEEDS = path.join(FIXTURES, 'feeds');

async function normalizedAt(file: string) {
  const result = await runCli(['normalize', file, '--format', 'ndjson', '--now', '2026-03-10']);
  return { result, records: parseNdjson(result.stdout) };
}

interface Expected {
  title: string;
  company?: string;
  remote?: string | null;
  employment?: string[];
  date?: string | null;
  place?: string;
  apply?: string;
  email?: string;
  identifier?: string;
  titleLine?: number;
}

const view = (r: Record<string, any>): Expected => ({
  title: r.title,
  company: r.company?.name,
  remote: r.remote.policy,
  employment: r.employmentType,
  date: r.datePosted,
  place: r.locations[0] ? `${r.locations[0].text}/${r.locations[0].country}` : undefined,
  apply: r.apply.urls[0],
  email: r.apply.emails[0],
  identifier: r.identifier?.value,
  titleLine: r.evidence.title.line,
});

describe('postings of XML job feeds', () => {
  it.each<[string, Expected[]]>([
    // Indeed: <source><job>, CDATA values, an RFC 822 date, city/state/country, jobtype codes, email, referencenumber.
    ['indeed.xml', [
      { title: 'Night Shift Pharmacist', company: 'Linden Health Partners', remote: 'onsite', employment: ['FULL_TIME'], date: '2026-03-02', place: 'Austin/US', apply: 'https://careers.lindenhealth.example/jobs/ph-2207?source=Indeed', email: 'pharmacy-jobs@lindenhealth.example', identifier: 'PH-2207', titleLine: 7 },
      { title: 'Sterile Processing Technician', company: 'Linden Health Partners', remote: 'onsite', employment: ['PART_TIME'], date: '2026-02-27', place: 'San Antonio/US', apply: 'https://careers.lindenhealth.example/jobs/sp-0419?source=Indeed', email: undefined, identifier: 'SP-0419', titleLine: 26 },
    ]],
    // LinkedIn: partnerJobId, applyUrl, workplaceTypes, jobtype FULL_TIME; one <job> is a list of one.
    ['linkedin.xml', [
      { title: 'Data Platform Engineer', company: 'Orrery Analytics', remote: 'hybrid', employment: ['FULL_TIME'], date: null, place: 'Amsterdam/NL', apply: 'https://hire.tessellate.example/orrery/TSL-5521/apply', email: undefined, identifier: 'TSL-5521', titleLine: 10 },
    ]],
    // Personio: <workzag-jobs><position>, name as the title, subcompany, office, schedule before employmentType, createdAt.
    ['personio.xml', [
      { title: 'Backend-Entwickler Go', company: 'Kranich Logistik GmbH', remote: 'onsite', employment: ['FULL_TIME'], date: '2026-02-20', place: 'Leipzig/DE', apply: undefined, email: undefined, identifier: '1834521', titleLine: 9 },
      { title: 'Werkstudent Disposition', company: 'Kranich Logistik GmbH', remote: 'onsite', employment: ['PART_TIME'], date: '2026-03-01', place: 'Dresden/DE', apply: undefined, email: undefined, identifier: '1834977', titleLine: 33 },
    ]],
    // Recruitee: values padded inside CDATA, the on_site flag.
    ['recruitee.xml', [
      { title: 'Servicemonteur Warmtepompen', company: 'Veldkamp Installatietechniek', remote: 'onsite', employment: [], date: null, place: 'Utrecht/NL', apply: undefined, email: undefined, identifier: 'offer-kq7w2:90417', titleLine: 14 },
    ]],
    // XING: <feed><postings><posting>, job_title, company_name, the first job_location's city and country.
    ['xing.xml', [
      { title: 'Mediengestalter Digital', company: 'Vitrine Medien GmbH', remote: 'onsite', employment: [], date: null, place: 'Köln/DE', apply: 'https://www.vitrine-medien.example/jobs/mk-3310', email: undefined, identifier: 'MK-3310', titleLine: 6 },
    ]],
    // A job board's RSS: each <item> a posting by its keys (title, link, pubDate, company, type, description).
    ['remote-board.rss', [
      { title: 'Support Engineer (Night Hours, EMEA)', company: 'Lumenfield', remote: 'remote', employment: ['FULL_TIME'], date: '2026-03-04', place: undefined, apply: 'https://quietdesk.example/jobs/4410-support-engineer', email: undefined, identifier: undefined, titleLine: 8 },
      { title: 'Product Designer', company: 'Brightmoor', remote: 'remote', employment: ['CONTRACTOR'], date: '2026-03-03', place: undefined, apply: 'https://quietdesk.example/jobs/4411-product-designer', email: undefined, identifier: undefined, titleLine: 18 },
    ]],
  ])('%s', async (name, expected) => {
    const { result, records } = await normalizedAt(path.join(FEEDS, name));
    expect(result.code).toBe(0);
    expect(records.map(view)).toEqual(expected);
    for (const record of records) expect(record.source.format).toBe('xml');
    expect(records[0]!.evidence.title.rule).toBe('xml.title');
  });

  it('a Personio position\'s jobDescriptions are its sections, each under its own name', async () => {
    const { records } = await normalizedAt(path.join(FEEDS, 'personio.xml'));
    const headings = records[0]!.sections.map((section: { heading: string }) => section.heading);
    expect(headings).toEqual(expect.arrayContaining(['Deine Aufgaben', 'Dein Profil']));
  });

  it('a feed cut short is one warning at its line; the postings before it are read', async () => {
    const { result, records } = await normalizedAt(path.join(FEEDS, 'personio-truncated.xml'));
    expect(result.code).toBe(0);
    expect(records[0]!.title).toBe('Backend-Entwickler Go');
    expect(records[0]!.warnings).toContainEqual(expect.objectContaining({ code: 'data-xml-damaged', line: 36 }));
  });

  it('an .xml file that is an XHTML page or plain text is read as one; one of other data holds no postings', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'postings-xml-'));
    const page = path.join(dir, 'page.xml');
    writeFileSync(page, '<?xml version="1.0"?>\n<html xmlns="http://www.w3.org/1999/xhtml"><head><title>Backend Engineer at Acme</title></head><body><h1>Backend Engineer</h1><p>Acme is hiring a backend engineer in Berlin to work on payments. Full-time.</p></body></html>\n');
    const text = path.join(dir, 'text.xml');
    writeFileSync(text, 'Backend Engineer at Acme\n\nAcme is hiring a backend engineer in Berlin. Full-time.\n');
    const sitemap = path.join(dir, 'sitemap.xml');
    writeFileSync(sitemap, '<?xml version="1.0"?>\n<urlset><url><loc>https://acme.example/</loc></url></urlset>\n');
    expect((await normalizedAt(page)).records.map((r) => [r.source.format, r.title])).toEqual([['html', 'Backend Engineer']]);
    expect((await normalizedAt(text)).records.map((r) => [r.source.format, r.title])).toEqual([['text', 'Backend Engineer']]);
    const none = await normalizedAt(sitemap);
    expect(none.records).toEqual([]);
    expect(none.result.stderr).toContain('no-postings-in-data');
  });

  it('a bare "&" (Sales & Marketing, R&D) is the character: no posting after it is lost, and the lines stay', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'postings-xml-amp-'));
    const feed = path.join(dir, 'feed.xml');
    writeFileSync(feed, '<?xml version="1.0"?>\n<jobs>\n  <job>\n    <title>Sales & Marketing Manager</title>\n    <company>Acme & Sons</company>\n  </job>\n  <job>\n    <title>R&D Engineer</title>\n    <company>Acme &amp; Sons</company>\n  </job>\n</jobs>\n');
    const { result, records } = await normalizedAt(feed);
    expect(records.map((r) => [r.title, r.company?.name, r.evidence.title.line])).toEqual([['Sales & Marketing Manager', 'Acme & Sons', 4], ['R&D Engineer', 'Acme & Sons', 8]]);
    expect(result.stderr).not.toContain('data-xml-damaged');
  });

  it('a description written as XHTML elements only, and Atom content of type="xhtml", is the description\'s HTML', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'postings-xml-xhtml-'));
    const feed = path.join(dir, 'feed.xml');
    writeFileSync(feed, '<?xml version="1.0"?>\n<jobs>\n  <job>\n    <title>Backend Engineer</title>\n    <company>Acme</company>\n    <description><p>Build our APIs.</p><ul><li>Salary: 60.000 - 70.000 EUR per year</li><li>Full-time</li></ul></description>\n  </job>\n</jobs>\n');
    const atom = path.join(dir, 'jobs.atom');
    writeFileSync(atom, '<?xml version="1.0"?>\n<feed xmlns="http://www.w3.org/2005/Atom">\n  <title>Acme jobs</title>\n  <entry>\n    <title>Backend Engineer</title>\n    <link href="https://acme.example/jobs/1"/>\n    <content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml"><p>Acme is hiring in Berlin. Salary: 60.000 - 70.000 EUR per year. Full-time.</p></div></content>\n  </entry>\n</feed>\n');
    for (const file of [feed, atom]) {
      const [r] = (await normalizedAt(file)).records;
      expect(r!.description.text).toContain('60.000 - 70.000 EUR per year');
      expect(r!.salary).toMatchObject([{ min: 60000, max: 70000, currency: 'EUR', period: 'YEAR' }]);
      expect(r!.employmentType).toEqual(['FULL_TIME']);
    }
  });

  it('an SVG image saved as .xml holds no postings, though its <title> names one', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'postings-xml-svg-'));
    const icon = path.join(dir, 'icon.xml');
    writeFileSync(icon, '<?xml version="1.0"?>\n<svg xmlns="http://www.w3.org/2000/svg"><title>Job icon</title><desc>Company logo</desc><circle r="4"/></svg>\n');
    const none = await normalizedAt(icon);
    expect(none.records).toEqual([]);
    expect(none.result.stderr).toContain('no-postings-in-data');
  });

  it('a folder walk reads an XML feed saved under a jobs-like name by its element names, and skips other XML', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'postings-xml-walk-'));
    writeFileSync(path.join(dir, 'jobs-feed.xml'), '<?xml version="1.0"?>\n<jobs>\n  <job>\n    <title>Line Cook</title>\n    <company>Saltmarsh Kitchen</company>\n    <location>Leeds</location>\n  </job>\n</jobs>\n');
    writeFileSync(path.join(dir, 'jobs-sitemap.xml'), '<?xml version="1.0"?>\n<urlset><url><loc>https://acme.example/jobs</loc></url></urlset>\n');
    const { records } = await normalizedAt(dir);
    expect(records.map((r) => [r.title, r.company?.name])).toEqual([['Line Cook', 'Saltmarsh Kitchen']]);
  });
});
