/**
 * Bare role headings (src/split/bare-headings.ts): a careers or "coming
 * soon" page names its roles as headings of one level, one after another,
 * with nothing under them. Each gives a short record of its title; the page's
 * address to apply to goes to each. Single postings and tables of contents
 * stay whole.
 */
import { describe, expect, it } from 'vitest';
import { normalizerInTempFiles } from './helpers.js';

const normalized = normalizerInTempFiles('postings-bare-headings-');

describe('bare role headings give a record each', () => {
  it.each([
    ['en, under a line that hires, a closing address',
      '# Careers at Acme\n\nWe are hiring for these roles:\n\n### Backend Engineer\n\n### Product Designer\n\n### Data Analyst\n\nSend your CV to jobs@acme.example.org\n',
      ['Backend Engineer', 'Product Designer', 'Data Analyst'], ['jobs@acme.example.org']],
    ['en, "coming soon": roles to be advertised, as HTML headings',
      '---\nlayout: single\n---\n\n<b>Coming soon!</b> We will be advertising a number of roles.\n\n<h4>Executive Director</h4>\n\n<h4>Research Software Engineer</h4>\n',
      ['Executive Director', 'Research Software Engineer'], []],
    ['en, a careers page named in its front matter, the roles only',
      '---\ntitle: Careers\n---\n## Backend Engineer\n## Product Designer\n## Support Specialist\n\nWrite to jobs@acme.example with the role you want.\n',
      ['Backend Engineer', 'Product Designer', 'Support Specialist'], ['jobs@acme.example']],
    ['ko, a careers page whose headings name labs, its own sections below them',
      '---\ntitle: 채용정보\n---\n\n# 인재 채용\n---\n## UX LAB\n## VISION LAB\n---\n### Who We Want\n* 일 잘하는 팀 플레이어\n\n### How We Work\n* 주5일, 자율출퇴근\n\n---\n문의: [careers@vtouch.example](mailto:careers@vtouch.example)\n',
      ['UX LAB', 'VISION LAB'], ['careers@vtouch.example']],
    ['de, headings that link to each role\'s page under "Offene Stellen"',
      '# Karriere\n\n## Offene Stellen\n\n### [Softwareentwickler (m/w/d)](https://acme.example.de/jobs/dev)\n\n### [Buchhalter (m/w/d)](https://acme.example.de/jobs/fibu)\n',
      ['Softwareentwickler', 'Buchhalter'], []],
  ])('%s', async (_case, text, titles, emails) => {
    const { records } = await normalized(text);
    expect(records.map((record) => record.title)).toEqual(titles);
    for (const record of records) expect(record.apply.emails).toEqual(emails);
  });
});

describe('no split', () => {
  it.each([
    ['a table of contents: the same headings come again with their bodies',
      '---\ntitle: Careers\n---\n## Backend Engineer\n## Product Designer\n\n---\n\n## Backend Engineer\n\nYou build our APIs in Go.\n\n## Product Designer\n\nYou design our app.\n'],
    ['one posting whose duties come before bare headings',
      '# Backend Engineer\n\n## Responsibilities\n\n- Build APIs\n\n## Backend Engineer\n## Platform Engineer\n'],
    ['one posting: the last heading of the run has a body',
      '# Acme\n\n## Senior Backend Engineer\n## Backend Engineer\n\nWe are Acme and we build payment software. You will write Go and run Postgres. We pay well and work from Lisbon. Apply by email.\n\nMore text about the team and the role here.\n'],
    ['bare headings that read as no role on a page that is no careers page',
      '# Acme handbook\n\n## Berlin\n## Lisbon\n\nOur offices.\n'],
    ['bare headings of a careers page that are its own sections',
      '# Careers\n\n## Our values\n## Why Acme?\n'],
    ['en, a posting\'s empty fields on a jobs page: "Location", "Contact" name no role',
      '---\ntitle: Jobs\n---\n## Location\n## Contact\n\nEmail jobs@firma.example\n'],
    ['de, empty fields on a careers page: "Standort", "Kontakt", "Bewerbungsfrist"',
      '# Karriere\n\n## Standort\n## Kontakt\n## Bewerbungsfrist\n'],
    ['a line that states pay after the run is the posting\'s, no closing line',
      '# Data team\n\n### Python Developer\n### Java Developer\n### Go Developer\n\nSalary 60k EUR, full-time in Berlin.\n'],
    ['prose under the run\'s parent that hires one role',
      '# Jobs at Acme\n\nWe are looking for a Data Engineer in Berlin.\n\n### Python Developer\n### Java Developer\n'],
  ])('%s', async (_case, text) => {
    const { records } = await normalized(text);
    expect(records.length).toBeLessThanOrEqual(1);
    for (const record of records) expect(record.source.index).toBeUndefined();
  });
});

describe('one posting over bare headings stays whole, its pay kept', () => {
  it.each([
    ['en, a role heading with its intro, empty "Location" / "Contact" below',
      '---\ntitle: Jobs\n---\n# Marketing Intern\n\nWe are looking for a marketing intern in London, 6 months. Pay 1,200 GBP a month.\n\n## Location\n\n## Contact\n\nEmail jobs@firma.example\n',
      'Marketing Intern', 1200],
    ['de, "Standort" / "Kontakt" under the posting\'s heading',
      '---\ntitle: Jobs\n---\n# Werkstudent Marketing\n\nWir suchen einen Werkstudenten im Marketing in Berlin, 1.500 EUR im Monat.\n\n## Standort\n\n## Kontakt\n\nSchreib an jobs@firma.example\n',
      'Werkstudent Marketing', 1500],
    ['en, the posting\'s team as bare role headings under "Your team"',
      '# Backend Engineer\n\nAcme GmbH is looking for a Backend Engineer in Berlin. You will build our APIs in Go. 3+ years of experience. Salary 70k EUR.\n\n## Your team\n\n### Engineering Manager\n### Product Owner\n### Senior Developer\n',
      'Backend Engineer', 70000],
    ['en, its stacks as bare role headings, its pay after them',
      '# Data Engineer\n\nAcme is hiring a Data Engineer, full-time, remote.\n\n### Python Developer\n### Java Developer\n### Go Developer\n\nSalary 60k EUR.\n',
      'Data Engineer', 60000],
  ])('%s', async (_case, text, title, pay) => {
    const { records } = await normalized(text);
    expect(records.map((record) => record.title)).toEqual([title]);
    expect(records[0]!.salary[0]?.min).toBe(pay);
  });
});
