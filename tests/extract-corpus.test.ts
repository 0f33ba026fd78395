/**
 * Extraction on real postings: hand labels (tests/labels/corpus-labels.json,
 * written by reading each posting) against what the CLI emits. Prints the
 * field-level accuracy; fails below 95%. Every label that says "the posting
 * states nothing" (null, []) must hold exactly: no field may carry a value
 * its posting does not support.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, expect, it } from 'vitest';
import { CORPUS, describeShared, parseNdjson, ROOT, runCli } from './helpers.js';

type Labels = Record<string, Record<string, unknown>>;
const labels = JSON.parse(readFileSync(path.join(ROOT, 'tests', 'labels', 'corpus-labels.json'), 'utf8')) as Labels;
const files = Object.keys(labels).filter((name) => !name.startsWith('_'));

interface Check { file: string; field: string; ok: boolean; strict: boolean; expected: unknown; actual: unknown }

const norm = (value: unknown): string => String(value ?? '').toLowerCase().replace(/^the\s+/, '').replace(/\s+/g, ' ').trim();
const sameSet = (a: string[], b: string[]): boolean => a.length === b.length && a.every((x) => b.includes(x));
const salaryKey = (s: { min: unknown; max: unknown; currency: unknown; period: unknown }): string => `${s.min}|${s.max}|${s.currency}|${s.period}`;

/** Compare one labelled field with the record; strict checks are the "states nothing" ones. */
function compare(field: string, expected: unknown, record: Record<string, any>, warnings: string[]): { ok: boolean; strict: boolean; actual: unknown } {
  const empty = expected === null || (Array.isArray(expected) && expected.length === 0);
  switch (field) {
    case 'title':
    case 'seniority':
    case 'datePosted':
    case 'language':
      return { ok: norm(record[field]) === norm(expected) && (expected !== null || record[field] === null), strict: empty, actual: record[field] };
    case 'company':
      return { ok: expected === null ? record.company === null : norm(record.company?.name) === norm(expected), strict: empty, actual: record.company?.name ?? null };
    case 'remote':
      return { ok: record.remote.policy === expected, strict: empty, actual: record.remote.policy };
    case 'employmentType':
      return { ok: sameSet(record.employmentType, expected as string[]), strict: empty, actual: record.employmentType };
    case 'salary': {
      const actual = (record.salary as any[]).map(salaryKey);
      return { ok: sameSet(actual, (expected as any[]).map(salaryKey)), strict: empty, actual };
    }
    case 'equity':
    case 'draft':
      return { ok: record[field] === expected, strict: empty, actual: record[field] };
    case 'experienceYears':
      return { ok: JSON.stringify(record.experienceYears) === JSON.stringify(expected), strict: empty, actual: record.experienceYears };
    case 'skills':
      return { ok: (expected as string[]).every((s) => record.skills.includes(s)), strict: false, actual: record.skills };
    case 'emails': {
      const actual = (record.apply.emails as string[]).map((e) => e.toLowerCase());
      return { ok: sameSet(actual, (expected as string[]).map((e) => e.toLowerCase())), strict: empty, actual };
    }
    case 'urls':
      return { ok: (expected as string[]).every((u) => (record.apply.urls as string[]).some((a) => a.startsWith(u))), strict: false, actual: record.apply.urls };
    case 'countries': {
      const actual = (record.locations as any[]).map((l) => l.country);
      return { ok: (expected as string[]).every((c) => actual.includes(c)), strict: false, actual };
    }
    case 'expired':
      return { ok: warnings.includes('posting-expired') === expected, strict: false, actual: warnings };
    default:
      throw new Error(`unknown labelled field ${field}`);
  }
}

describeShared('extraction on real postings (hand labels)', () => {
  let records: Record<string, any>[] = [];
  let byFile = new Map<string, Record<string, any>>();
  const checks: Check[] = [];
  beforeAll(async () => {
    const result = await runCli(['normalize', ...files.map((f) => path.join(CORPUS, f)), '--format', 'ndjson']);
    records = parseNdjson(result.stdout);
    byFile = new Map(records.map((r) => [path.basename(r.source.path), r]));
    for (const file of files) {
      const record = byFile.get(file);
      for (const [field, expected] of Object.entries(labels[file]!)) {
        if (!record) { checks.push({ file, field, ok: false, strict: false, expected, actual: 'no record' }); continue; }
        const warnings = (record.warnings as Array<{ code: string }>).map((w) => w.code);
        checks.push({ file, field, expected, ...compare(field, expected, record, warnings) });
      }
    }
  });

  it('labels at least 25 files across formats and languages', async () => {
    expect(files.length).toBeGreaterThanOrEqual(25);
    const extensions = new Set(files.map((f) => path.extname(f) || '(none)'));
    expect(extensions.size).toBeGreaterThanOrEqual(5);
    const languages = new Set(files.map((f) => labels[f]!.language).filter(Boolean));
    for (const code of ['en', 'de', 'fr', 'nl', 'es', 'pt', 'sk', 'ja']) expect(languages).toContain(code);
  });

  it('emits a record for every labelled file', async () => {
    expect(files.filter((f) => !byFile.has(f))).toEqual([]);
  });

  it('gets at least 95% of labelled fields right', async () => {
    const right = checks.filter((c) => c.ok).length;
    const perField = new Map<string, [number, number]>();
    for (const c of checks) {
      const [ok, all] = perField.get(c.field) ?? [0, 0];
      perField.set(c.field, [ok + (c.ok ? 1 : 0), all + 1]);
    }
    const lines = [...perField].map(([field, [ok, all]]) => `  ${field.padEnd(16)} ${ok}/${all}`);
    const misses = checks.filter((c) => !c.ok).map((c) => `  MISS ${c.file} ${c.field}: expected ${JSON.stringify(c.expected)}, got ${JSON.stringify(c.actual)}`);
    console.log(`field-level accuracy: ${right}/${checks.length} = ${((100 * right) / checks.length).toFixed(1)}% over ${files.length} files\n${lines.join('\n')}\n${misses.join('\n')}`);
    expect(right / checks.length).toBeGreaterThanOrEqual(0.95);
  });

  it('holds no value a posting does not support (every null / empty label holds)', async () => {
    const broken = checks.filter((c) => c.strict && !c.ok).map((c) => `${c.file} ${c.field}: ${JSON.stringify(c.actual)}`);
    expect(broken).toEqual([]);
  });

  it('gives every extracted field evidence with a line, a rule, the words read and a confidence', async () => {
    for (const record of records) {
      const fields = ['title', 'company', 'salary', 'experienceYears', 'datePosted', 'equity', 'seniority'];
      for (const field of fields) {
        const value = record[field];
        if (value === null || (Array.isArray(value) && !value.length)) continue;
        const evidence = record.evidence[field];
        expect(evidence, `${record.source.path} ${field}`).toBeDefined();
        expect(evidence.rule).toMatch(/\S/);
        expect(evidence.text).toMatch(/\S/);
        expect(evidence.confidence).toBeGreaterThan(0);
        expect(evidence.confidence).toBeLessThanOrEqual(1);
      }
    }
  });
});
