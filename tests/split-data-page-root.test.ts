/**
 * A data file whose root has a title and a description of its own above a list of postings
 * ("title: 採用情報", "description: …", "positions: [...]") is their page: each listed posting
 * is a record, the root none, when the list is named as postings ("positions:") or the root's
 * title names no job. A root that is one posting, with a list of one map or of another kind
 * beside it, or a job title over its benefits or interview steps, stays one posting. Through the CLI.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseNdjson, runCli } from './helpers.js';

async function normalized(name: string, text: string) {
  const dir = mkdtempSync(path.join(tmpdir(), 'postings-data-root-'));
  const file = path.join(dir, name);
  writeFileSync(file, text);
  const result = await runCli(['normalize', file, '--format', 'ndjson']);
  return { code: result.code, records: parseNdjson(result.stdout) };
}

const lines = (...all: string[]) => `${all.join('\n')}\n`;

describe('a data file\'s root over a list of postings', () => {
  it.each([
    ['ja, careers.yml', 'careers.yml', lines('title: "採用情報"', 'description: >', '  物流の未来を変革する仲間を募集しています。', 'positions:',
      '  - title: "ソフトウェアエンジニア"', '    type: "正社員"', '    description: "開発を担当するエンジニアを募集"',
      '  - title: "物流DXコンサルタント"', '    type: "正社員"', '    description: "コンサルティングを担当"'), ['ソフトウェアエンジニア', '物流DXコンサルタント']],
    ['en, jobs.json', 'jobs.json', JSON.stringify({ title: 'Careers', description: 'Join our team in Berlin.', jobs: [
      { title: 'Backend Engineer', location: 'Berlin' }, { title: 'Product Designer', location: 'Berlin' }] }, null, 2), ['Backend Engineer', 'Product Designer']],
    // A list under a key that names no postings counts when the root's title names no job.
    ['de, karriere.yml', 'karriere.yml', lines('title: Karriere bei Acme', 'description: Werde Teil unseres Teams in Köln.', 'stellenangebote:',
      '  - title: Softwareentwickler (m/w/d)', '    location: Köln', '    description: Du entwickelst unsere Plattform.',
      '  - title: Vertriebsmitarbeiter (m/w/d)', '    location: Köln', '    description: Du betreust unsere Kunden.'), ['Softwareentwickler', 'Vertriebsmitarbeiter']],
  ])('%s: one record per listed posting, none for the root', async (_case, name, text, titles) => {
    const { code, records } = await normalized(name, text);
    expect(code).toBe(0);
    expect(records.map((r) => r.title)).toEqual(titles);
  });

  it.each([
    ['a posting with a list of one role-like map', 'job.yml', lines('title: Backend Engineer', 'description: Build our APIs in Go.', 'location: Berlin',
      'contacts:', '  - title: Hiring Manager', '    email: jobs@acme.example')],
    ['a posting with a list of places', 'job.json', JSON.stringify({ title: 'Backend Engineer', description: 'Build our APIs.', locations: [{ city: 'Berlin' }, { city: 'Lisbon' }] }, null, 2)],
    // A job-titled root's own lists of titled, described maps (benefits, interview steps, related jobs) are no postings in its place.
    ['en, a posting with two benefits', 'job.yml', lines('title: Backend Engineer', 'company: Acme GmbH', 'location: Berlin', 'description: Build and run our payment APIs in Go.',
      'benefits:', '  - title: Health insurance', '    description: Private health insurance for you and your family.',
      '  - title: Learning budget', '    description: 2000 EUR a year for books, courses and conferences.')],
    ['en, a posting with its interview steps', 'job.yml', lines('title: Backend Engineer', 'company: Acme GmbH', 'location: Lisbon', 'description: Build our APIs.',
      'steps:', '  - title: Phone screen', '    description: A 30 minute call with the recruiter.',
      '  - title: Portfolio review', '    description: Walk us through two projects.')],
    ['en, a JSON posting with related jobs', 'job.json', JSON.stringify({ title: 'Backend Engineer', company: 'Acme GmbH', location: 'Hamburg', description: 'Build our data pipelines.',
      related_jobs: [{ title: 'Data Analyst', location: 'Hamburg', description: 'Analyse our sales data.' }, { title: 'ML Engineer', location: 'Berlin', description: 'Train our models.' }] }, null, 2)],
    ['de, a posting with two benefits', 'stelle.yml', lines('title: Backend Engineer', 'company: Acme GmbH', 'location: Köln', 'description: Du entwickelst unsere Schnittstellen in Go.',
      'vorteile:', '  - title: Betriebliche Altersvorsorge', '    description: Wir zahlen 50 % dazu.',
      '  - title: Weiterbildung', '    description: 2000 EUR im Jahr für Kurse und Konferenzen.')],
  ])('%s: stays one posting', async (_case, name, text) => {
    const { records } = await normalized(name, text);
    expect(records.map((r) => r.title)).toEqual(['Backend Engineer']);
  });
});
