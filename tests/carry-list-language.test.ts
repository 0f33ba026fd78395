/**
 * What the postings of a list or a data file take from their page (src/stages/carry-list.ts, carry-language.ts):
 * a page too short to tell its language gives its postings the language of their titles' role words when those are
 * English, to the postings whose own text told none; a bare role list's items take the page's terms (contract,
 * remote policy, pay). What must not happen: titles of another language read as English, the titles' guess over a
 * posting's own language, a board's rows that link to other sites given the page's terms, pay or equity given to
 * items that link to their own pages, a pay sentence that names a role ("Our interns are paid …") given to any item.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseNdjson, runCli } from './helpers.js';

async function postingsOf(text: string, name: string): Promise<Array<Record<string, any>>> {
  const dir = mkdtempSync(path.join(tmpdir(), 'postings-carry-list-'));
  writeFileSync(path.join(dir, name), text);
  const result = await runCli(['normalize', path.join(dir, name), '--format', 'ndjson']);
  expect(result.code).toBe(0);
  return parseNdjson(result.stdout);
}

const jsonOf = (items: Array<Record<string, unknown>>) => JSON.stringify(items, null, 2);

describe("a page too short to tell its language: its titles' role words", () => {
  it.each([
    ['a JSON list of titles and places', jsonOf([{ title: 'DevOps Engineer', location: 'Düsseldorf' }, { title: 'Documentation Lead', location: 'Zürich' }, { title: 'Frontend Developer', location: 'Taipei' }]), 'jobs.json', ['en', 'en', 'en']],
    ['a YAML list of titles and links', 'vacancies:\n  - title: Postdoc Position in Reinforcement Learning\n    link: https://uni.example/jobs/1\n  - title: Research Engineer in Robotics\n    link: https://uni.example/jobs/2\n', 'vacancies.yml', ['en', 'en']],
    ['a role list of links on a page of one heading', '# Careers at HauteLook\n\n* [Senior Software Engineer (PHP)](/careers/php.html)\n* [Senior Software Engineer (Scala)](/careers/scala.html)\n* [Platform Engineer](/careers/platform.html)\n', 'careers.md', ['en', 'en', 'en']],
  ])('%s', async (_name, text, file, expected) => {
    const records = await postingsOf(text, file);
    expect(records.map((record) => record.language)).toEqual(expected);
    expect(records.map((record) => record.evidence.language?.rule)).toEqual(expected.map(() => 'page.titles-english'));
  });

  it.each([
    ['German role words', jsonOf([{ title: 'Softwareentwickler', location: 'Berlin' }, { title: 'Projektleiter', location: 'Köln' }]), 'jobs.json'],
    ['one English title only', jsonOf([{ title: 'Backend Engineer', location: 'Berlin' }, { title: 'Vendedor', location: 'Lima' }, { title: 'Cajero', location: 'Cusco' }]), 'jobs.json'],
  ])('%s: no language', async (_name, text, file) => {
    const records = await postingsOf(text, file);
    expect(records.every((record) => record.language === 'und')).toBe(true);
  });

  it('postings whose own text said their language keep it (the titles only fill an undetermined one)', async () => {
    const records = await postingsOf(jsonOf([{ title: 'Software Engineer', location: 'Berlin', description: 'Wir suchen Verstärkung für unser Team, in Vollzeit und unbefristet.' },
      { title: 'Data Engineer', location: 'München', description: 'Du baust mit uns die Datenplattform auf, in Teilzeit möglich.' }]), 'jobs.json');
    expect(records.map((record) => record.language)).toEqual(['de', 'de']);
    expect(records.map((record) => record.evidence.language?.rule)).not.toContain('page.titles-english');
  });
});

describe("a bare role list's items take the page's terms", () => {
  const page = (list: string) => `---\ntitle: We are hiring!\n---\n\nWe have a few open positions in our team:\n\n${list}\nWe expect you:\n\n* To have a degree in computer science\n* To be ready to work full-time in our office in Moscow\n\nYou will get a salary of 6000-9000 EUR per month and stock options.\n\nApply to [jobs@acme.example](mailto:jobs@acme.example).\n`;

  it('a list of role names: contract, pay and equity of the page', async () => {
    const records = await postingsOf(page('* Java developer\n* C++ developer\n* Rust developer\n'), 'hiring.md');
    expect(records.map((record) => record.title)).toEqual(['Java developer', 'C++ developer', 'Rust developer']);
    expect(records.map((record) => record.employmentType)).toEqual([['FULL_TIME'], ['FULL_TIME'], ['FULL_TIME']]);
    expect(records.map((record) => record.salary.map((s: any) => `${s.min}-${s.max} ${s.currency}`))).toEqual([['6000-9000 EUR'], ['6000-9000 EUR'], ['6000-9000 EUR']]);
    expect(records.map((record) => record.equity)).toEqual([true, true, true]);
  });

  it('items that link to their own pages (relative links) take no pay or equity of the page', async () => {
    const records = await postingsOf(page('* [Java developer](/jobs/java)\n* [C++ developer](/jobs/cpp)\n* [Rust developer](/jobs/rust)\n'), 'hiring.md');
    expect(records.map((record) => record.title)).toEqual(['Java developer', 'C++ developer', 'Rust developer']);
    expect(records.map((record) => record.salary)).toEqual([[], [], []]);
    expect(records.map((record) => record.equity)).toEqual([null, null, null]);
  });

  it("a pay sentence that names a role is that role's, no item's", async () => {
    const linked = await postingsOf('# Jobs at Acme\n\nWe are hiring in Berlin. Our interns are paid 1,200 EUR per month.\n\n* [Senior Backend Engineer](/jobs/senior-backend)\n* [Engineering Manager](/jobs/em)\n* [Intern, Marketing](/jobs/intern)\n', 'jobs.md');
    expect(linked.map((record) => record.salary)).toEqual([[], [], []]);
    const bare = await postingsOf(page('* Java developer\n* C++ developer\n* Rust developer\n').replace('You will get a salary of', 'Our interns get a salary of'), 'hiring.md');
    expect(bare).toHaveLength(3);
    expect(bare.map((record) => record.salary)).toEqual([[], [], []]);
  });

  it("rows that link to other sites (a board's) take none of them", async () => {
    const records = await postingsOf(page('* [Java developer](https://jobs.globex.example/java)\n* [C++ developer](https://initech.example/cpp)\n* [Rust developer](https://hooli.example/rust)\n'), 'hiring.md');
    expect(records).toHaveLength(3);
    expect(records.map((record) => record.salary)).toEqual([[], [], []]);
    expect(records.map((record) => record.equity)).toEqual([null, null, null]);
  });
});
