/**
 * A data file whose root has a title and a description of its own above a list of postings
 * ("title: 採用情報", "description: …", "positions: [...]") is their page: each listed posting
 * is a record, the root none. A root that is one posting, with a list of one map or of
 * another kind beside it, stays one posting. Through the CLI.
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
  ])('%s: one record per listed posting, none for the root', async (_case, name, text, titles) => {
    const { code, records } = await normalized(name, text);
    expect(code).toBe(0);
    expect(records.map((r) => r.title)).toEqual(titles);
  });

  it.each([
    ['a posting with a list of one role-like map', 'job.yml', lines('title: Backend Engineer', 'description: Build our APIs in Go.', 'location: Berlin',
      'contacts:', '  - title: Hiring Manager', '    email: jobs@acme.example')],
    ['a posting with a list of places', 'job.json', JSON.stringify({ title: 'Backend Engineer', description: 'Build our APIs.', locations: [{ city: 'Berlin' }, { city: 'Lisbon' }] }, null, 2)],
  ])('%s: stays one posting', async (_case, name, text) => {
    const { records } = await normalized(name, text);
    expect(records.map((r) => r.title)).toEqual(['Backend Engineer']);
  });
});
