/**
 * Every fixture in fixtures/postings/<case>/ has an input and an expected.json
 * written by hand. The CLI runs over all of them at once (as the README's first
 * command does) and each record is checked against its expectation.
 */
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { FIXTURES, parseNdjson, runCli } from './helpers.js';

interface Expected {
  title?: string | null;
  company?: string | null;
  format?: string;
  encoding?: string;
  repairs?: string[];
  datePosted?: string | null;
  draft?: boolean;
  language?: string;
  remotePolicy?: string | null;
  remoteRegions?: string[];
  timezones?: string[];
  employmentType?: string[];
  seniority?: string | null;
  salary?: Array<{ min: number | null; max: number | null; currency: string | null; period: string | null }>;
  equity?: boolean | null;
  experienceYears?: { min: number; max?: number } | null;
  skills?: string[];
  applyEmails?: string[];
  applyUrls?: string[];
  locations?: Array<{ city?: string; country?: string }>;
  sections?: string[];
  warnings?: string[];
  descriptionIncludes?: string[];
  descriptionExcludes?: string[];
}

const root = path.join(FIXTURES, 'postings');
const cases = readdirSync(root).filter((name) => !name.startsWith('.')).sort();
const result = await runCli(['normalize', 'fixtures/postings', '--format', 'ndjson']);
const records = new Map(parseNdjson(result.stdout).map((record) => [path.basename(path.dirname(record.source.path)), record]));

describe('fixtures/postings through the CLI', () => {
  it('normalizes every fixture without a failure', async () => {
    expect(result.stderr).toMatch(new RegExp(`postings: ${cases.length} read, \\d+ repaired, \\d+ warnings, 0 failed`));
    expect(result.code).toBe(0);
    expect([...records.keys()].sort()).toEqual(cases);
  });

  for (const name of cases) {
    it(name, async () => {
      const expected = JSON.parse(readFileSync(path.join(root, name, 'expected.json'), 'utf8')) as Expected;
      const record = records.get(name);
      expect(record, `no record for ${name}`).toBeDefined();
      const r = record!;
      const check = <K extends keyof Expected>(key: K, actual: unknown) => {
        if (expected[key] !== undefined) expect(actual, key).toEqual(expected[key]);
      };
      check('title', r.title);
      check('company', r.company?.name ?? null);
      check('format', r.source.format);
      check('encoding', r.source.encoding);
      check('repairs', r.source.repairs.map((repair: { detail: string }) => repair.detail));
      check('datePosted', r.datePosted);
      check('draft', r.draft);
      check('language', r.language);
      check('remotePolicy', r.remote.policy);
      check('remoteRegions', r.remote.regions);
      check('timezones', r.remote.timezones);
      check('employmentType', r.employmentType);
      check('seniority', r.seniority);
      check('salary', r.salary.map(({ min, max, currency, period }: NonNullable<Expected['salary']>[number]) => ({ min, max, currency, period })));
      check('equity', r.equity);
      check('experienceYears', r.experienceYears);
      for (const skill of expected.skills ?? []) expect(r.skills, 'skills').toContain(skill);
      check('applyEmails', r.apply.emails);
      for (const url of expected.applyUrls ?? []) expect(r.apply.urls, 'apply urls').toContain(url);
      for (const place of expected.locations ?? []) expect(r.locations, 'locations').toContainEqual(expect.objectContaining(place));
      for (const kind of expected.sections ?? []) expect(r.sections.map((s: { kind: string }) => s.kind), 'sections').toContain(kind);
      for (const code of expected.warnings ?? []) expect(r.warnings.map((w: { code: string }) => w.code), 'warnings').toContain(code);
      for (const text of expected.descriptionIncludes ?? []) expect(r.description.markdown).toContain(text);
      for (const text of expected.descriptionExcludes ?? []) expect(r.description.markdown).not.toContain(text);
      // Every extracted field says where it came from.
      for (const field of ['title', 'company', 'datePosted'] as const) {
        if (r[field] !== null) expect(r.evidence[field], `evidence for ${field}`).toMatchObject({ rule: expect.any(String), line: expect.any(Number) });
      }
    });
  }
});
