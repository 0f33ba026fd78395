/**
 * A folder walk picks a data file by the front matter's key table (src/extract/tables/field-keys.ts), in every
 * language it has, and still skips lists that are no postings without a word.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parseNdjson, runCli } from './helpers.js';

const root = mkdtempSync(path.join(tmpdir(), 'postings-walk-keys-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

// [label, file name, text, whether a folder walk reads it]
const cases: [string, string, string, boolean][] = [
  ['a YAML list of jobs', 'jobs.yml', 'jobs:\n  - title: Site Reliability Engineer\n    company: Harbor Cloud\n', true],
  ['one line of JSON', 'careers.json', '[{"job_title": "UX Designer", "employer": "Acme SL", "salary": "40k"}]', true],
  ['a title and a location', 'openings.yaml', '- position: Backend Engineer\n  location: Berlin\n  apply_url: https://x.example/1\n', true],
  ['keys spelt as the split spells them', 'vacancies.yml', '- job_name: Backend Engineer\n  contract_type: Full-time\n  company_name: Acme\n', true],
  // Named for jobs, but keys any list has: a title with a date and a place, a CI workflow's name and jobs.
  ['an event list with a date and a place', 'hiring-events.yml', '- title: Career fair\n  date: 2026-03-01\n  place: Berlin\n', false],
  ['a CI workflow named jobs', 'nightly-jobs.yml', 'name: build\non: [push]\njobs:\n  test:\n    runs-on: ubuntu-latest\n', false],
  ['a title alone, and a link', 'jobs-links.yml', '- title: Our culture\n  url: https://x.example/culture\n', false],
];

describe('a folder walk reads a data file by the keys that make a map a posting', () => {
  it.each(cases)('%s (%s)', async (_label, name, text, read) => {
    const dir = path.join(root, name.replace(/\W/g, '-'));
    mkdirSync(dir);
    writeFileSync(path.join(dir, name), text);
    const walked = await runCli(['normalize', dir, '--format', 'ndjson']);
    if (!read) {
      expect(walked.stderr).toMatch(/no posting files found/);
      return;
    }
    // What the walk reads, it reads as naming the file does.
    const named = await runCli(['normalize', path.join(dir, name), '--format', 'ndjson']);
    expect(walked.code, walked.stderr).toBe(0);
    expect(parseNdjson(walked.stdout).length).toBeGreaterThan(0);
    expect(walked.stdout).toBe(named.stdout);
  });
});
