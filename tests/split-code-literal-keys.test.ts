/**
 * An array of object literals in a code file (src/stages/split.ts codeLiteralItems) whose items name an employer and
 * a place gives a posting each, whatever their titles read as (a board's scraped ads, in ASCII-folded Turkish), when
 * the array's name says it holds jobs; arrays of perks, customer stories, events or talks stay the page's text.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseNdjson, runCli } from './helpers.js';

async function recordsOf(name: string, text: string): Promise<Array<Record<string, any>>> {
  const dir = mkdtempSync(path.join(tmpdir(), 'postings-literal-'));
  writeFileSync(path.join(dir, name), text);
  return parseNdjson((await runCli(['normalize', path.join(dir, name), '--format', 'ndjson'])).stdout);
}

const ad = (title: string, company: string, city: string) =>
  `  {\n    "title": "${title}",\n    "company": "${company}",\n    "city": "${city}",\n    "definition": "Ekibimize katilacak calisma arkadasi aramaktayiz.",\n    "link": "https://board.example.com/ilan/${city.toLowerCase()}"\n  }`;

describe('a code file\'s array of ads that name an employer and a place', () => {
  it('gives a posting each, titles that read as no job title included', async () => {
    const text = `var job_posting_data = [\n${[ad('Bilgisayar Muhendisi', 'Karacasu Tekstil A.S.', 'Kahramanmaras'), ad('On Muhasebe Elemani', 'Tatarli Insaat A.S.', 'Izmir'), ad('Servis Komisi', 'Dogus Restaurant', 'Istanbul')].join(',\n')}\n];\n`;
    const records = await recordsOf('job_postings.js', text);
    expect(records.map((record) => [record.title, record.company?.name])).toEqual([
      ['Bilgisayar Muhendisi', 'Karacasu Tekstil A.S.'], ['On Muhasebe Elemani', 'Tatarli Insaat A.S.'], ['Servis Komisi', 'Dogus Restaurant']]);
  });

  it.each([
    ['perks with titles and icons', 'export const perks = [\n  { title: "Remote first", description: "Work from anywhere.", icon: "globe" },\n  { title: "Learning budget", description: "1,000 € a year.", icon: "book" },\n];\n'],
    ['customer stories with a company and a link', 'export const stories = [\n  { title: "How Acme cut costs", company: "Acme", link: "/stories/acme" },\n  { title: "Globex ships faster", company: "Globex", link: "/stories/globex" },\n];\n'],
    ['meetups with a company and a city (an array not named for jobs)', 'const events = [\n  { title: "Meetup Berlin", company: "Acme", city: "Berlin", date: "2026-03-01" },\n  { title: "Meetup Paris", company: "Globex", city: "Paris", date: "2026-04-01" },\n];\nexport default events;\n'],
    ['customers with a company and a city', 'export const customers = [\n  { title: "Acme saves weeks", company: "Acme GmbH", city: "Berlin", quote: "Great product" },\n  { title: "Globex grows", company: "Globex", city: "Lisbon", quote: "Saved us weeks" },\n];\n'],
  ])('no postings: %s', async (_case, text) => {
    expect((await recordsOf('data.ts', text)).length).toBeLessThanOrEqual(1);
  });
});

describe('a code file\'s array of cards titled by translation keys', () => {
  it('is a careers page\'s list of job pages: not a posting (careers-index), no record', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'postings-literal-'));
    const file = path.join(dir, 'careers.ts');
    writeFileSync(file, `import icon from "./icon"\n\nexport const openings = [\n  {\n    heading: { title: "careers.groups.engineering.heading", icon },\n    positions: [\n      { title: "careers.groups.engineering.items.1.title", description: "careers.groups.engineering.items.1.description", link: "backend-engineer" },\n      { title: "careers.groups.engineering.items.2.title", description: "careers.groups.engineering.items.2.description", link: "site-reliability-engineer" },\n    ],\n  },\n]\n`);
    const result = await runCli(['normalize', file, '--format', 'ndjson']);
    expect(parseNdjson(result.stdout)).toEqual([]);
    expect(result.stderr).toMatch(/:7 warning not-a-posting not a posting \(careers-index\): 2 item\(s\) titled by translation keys/);
  });
});

describe('a code file with another array of translation keys holds its own text', () => {
  it.each([
    ['a footer of translation keys over a posting in JSX', 'PostingView.jsx', `const footerLinks = [\n  { title: "site.footer.links.privacy", href: "/privacy" },\n  { title: "site.footer.links.imprint", href: "/imprint" },\n];\n\nexport function PostingView() {\n  return (\n    <article>\n      <h1>Warehouse Lead</h1>\n      <p>Northwind Freight is hiring a Warehouse Lead for its Tilburg hub.</p>\n      <h2>Responsibilities</h2>\n      <ul><li>Plan the night shifts of twelve people</li></ul>\n      <h2>Requirements</h2>\n      <ul><li>3+ years leading a warehouse team</li></ul>\n      <p>Full-time, €3,600 a month. Apply at werken@northwind.example</p>\n    </article>\n  );\n}\n`, 'Warehouse Lead'],
    ['a jobs array of translation keys beside a posting of its own', 'CareersPage.tsx', `const otherJobs = [\n  { title: "careers.openings.first.title", link: "/jobs/first" },\n  { title: "careers.openings.second.title", link: "/jobs/second" },\n];\n\nexport default function CareersPage() {\n  return (\n    <main>\n      <h1>Fleet Mechanic</h1>\n      <p>We are looking for a Fleet Mechanic to keep our trucks on the road.</p>\n      <h2>Requirements</h2>\n      <ul><li>A mechanic's diploma and 2+ years with trucks</li></ul>\n      <p>Full-time in Breda, €3,100 a month. Apply at werken@northwind.example</p>\n    </main>\n  );\n}\n`, 'Fleet Mechanic'],
  ])('%s: the posting\'s record', async (_case, name, text, title) => {
    const records = await recordsOf(name, text);
    expect(records.map((record) => record.title)).toEqual([title]);
  });
});

describe('a code file\'s array of one job', () => {
  it('is the file\'s one posting, read as data: its title and its link, never more', async () => {
    const text = 'import { PositionProps } from "components/sections/JobOpenings";\n\nexport const Jobs: PositionProps[] = [\n  {\n    name: "Senior Cloud Engineer",\n    link: "https://www.ycombinator.com/companies/acme/jobs/senior-cloud-engineer",\n  },\n];\n\nexport default Jobs;\n';
    const records = await recordsOf('jobs.ts', text);
    expect(records.map((record) => [record.title, record.apply.urls, record.evidence.title.rule])).toEqual([
      ['Senior Cloud Engineer', ['https://www.ycombinator.com/companies/acme/jobs/senior-cloud-engineer'], 'data.title']]);
  });

  it.each([
    // A posting's component that lists one related job keeps its own text.
    ['a posting that links one related job', 'const related = [{ title: "Frontend Engineer", href: "/jobs/frontend" }];\n\nexport default function Page() {\n  return (\n    <main>\n      <h1>Backend Engineer</h1>\n      <p>We are looking for a Backend Engineer to join our team in Berlin, full-time.</p>\n      <h2>Requirements</h2>\n      <ul><li>Five years of Go</li></ul>\n      <a href={related[0].href}>{related[0].title}</a>\n    </main>\n  );\n}\n', 'Backend Engineer'],
    ['an array of one perk', 'export const perks = [{ title: "Remote first", description: "Work from anywhere." }];\n\nexport const intro = "Acme GmbH is hiring a Data Engineer in Berlin.";\n', null],
  ])('no data record: %s', async (_case, text, title) => {
    const records = await recordsOf('page.tsx', text);
    expect(records.length).toBeLessThanOrEqual(1);
    if (title !== null) expect(records[0]?.title).toBe(title);
    expect(records.every((record) => record.evidence.title?.rule !== 'data.title')).toBe(true);
  });
});

/** A careers page's component (TSX): its roles in an array, its markup saying once where to apply (session 27, carry-page-apply.ts). */
const component = (items: string, markup: string) => `const jobs = [\n${items}\n];\n\nexport function JobsPage() {\n  return (\n    <main>\n      <h1>Join Acme</h1>\n      {jobs.map((job) => <article key={job.id}><h2>{job.title}</h2><p>{job.description}</p></article>)}\n${markup}\n    </main>\n  );\n}\n`;
const role = (id: string, title: string, extra = '') => `  {\n    id: "${id}",\n    title: "${title}",\n    type: "Full-time",\n    location: "Remote",\n    description: "You will build our product with a small team."${extra}\n  },`;
const roles = [role('designer', 'Product Designer'), role('engineer', 'Backend Engineer')].join('\n');

describe('a code file\'s one address to apply to', () => {
  it('is each of its roles\' when none states its own, with page evidence', async () => {
    const records = await recordsOf('jobs.tsx', component(roles, '      <p>Send your CV to <a href="mailto:jobs@acme.example">jobs@acme.example</a></p>'));
    expect(records.map((record) => [record.title, record.apply.emails])).toEqual([['Product Designer', ['jobs@acme.example']], ['Backend Engineer', ['jobs@acme.example']]]);
    expect(records[0]!.evidence.apply.rule).toMatch(/^page\./);
  });

  it.each([
    ['two addresses in the markup', '      <p>Design: <a href="mailto:design@acme.example">design@acme.example</a>, engineering: <a href="mailto:eng@acme.example">eng@acme.example</a></p>'],
  ])('gives none: %s', async (_case, markup) => {
    const records = await recordsOf('jobs.tsx', component(roles, markup));
    expect(records.map((record) => record.apply.emails)).toEqual([[], []]);
  });

  it('gives none where a role states its own link', async () => {
    const own = [role('designer', 'Product Designer', ',\n    applyUrl: "https://acme.example/apply/designer"'), role('engineer', 'Backend Engineer')].join('\n');
    const records = await recordsOf('jobs.tsx', component(own, '      <p>Questions? <a href="mailto:jobs@acme.example">jobs@acme.example</a></p>'));
    expect(records.map((record) => record.apply.emails)).toEqual([[], []]);
  });
});

/** A Vue or Svelte careers component keeps its roles in a property (`data() { return { jobs: [...] } }`) or a `let` (session 27). */
const vue = (key: string, items: string) => `<template>\n  <section>\n    <h1>Careers</h1>\n    <div v-for="job in ${key}" :key="job.id"><h2>{{ job.title }}</h2><p>{{ job.description }}</p></div>\n  </section>\n</template>\n\n<script>\nexport default {\n  data() {\n    return {\n      ${key}: [\n${items}\n      ],\n    };\n  },\n};\n</script>\n`;
const svelte = (items: string) => `<script>\n  let positions = [\n${items}\n  ];\n</script>\n\n<h1>Jobs at Mareva</h1>\n{#each positions as job}\n  <div class="position"><h2>{job.title}</h2><p>{job.summary}</p></div>\n{/each}\n`;
const item = (title: string, place: string) => `        { id: "${place.toLowerCase()}", title: "${title}", location: "${place}", type: "Full-time", description: "You will work with a small team." },`;

/* Vue and Svelte components are read as text, not as code literals: their arrays hold people (a team, speakers,
 * testimonials) as often as roles, and read as data they gave a posting per person (review27a). */
describe('a Vue or Svelte component\'s array', () => {
  it.each([
    ['a Vue component\'s features', vue('features', '        { id: "fast", title: "Fast sync", description: "Your notes everywhere." },\n        { id: "safe", title: "End-to-end encryption", description: "Only you can read them." },'), 'Features.vue'],
    ['a Vue component\'s team', vue('members', '        { id: "anna", name: "Anna Weber", title: "Senior Backend Engineer", location: "Berlin", description: "Anna baut unsere Zahlungs-APIs." },\n        { id: "lea", name: "Lea Braun", title: "Engineering Manager", location: "Berlin", description: "Lea leitet das Plattform-Team." },'), 'Team.vue'],
    ['a Svelte component\'s roles', svelte([item('Data Engineer', 'Lisbon'), item('Support Specialist', 'Porto')].join('\n')), 'Jobs.svelte'],
    ['a TypeScript router\'s routes', 'export const router = createRouter({\n  routes: [\n    { path: "/", name: "home", component: Home },\n    { path: "/jobs", name: "jobs", component: Jobs },\n  ],\n});\n', 'router.ts'],
  ])('gives no posting per item: %s', async (_case, text, name) => {
    expect((await recordsOf(name, text)).length).toBeLessThanOrEqual(1);
  });
});
