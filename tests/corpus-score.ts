/**
 * Scoring of records against hand labels (tests/labels). Pure: labels and
 * records in, checks out. A label value may be {"anyOf": [a, b]} where two
 * readings are fair; the check passes when either holds.
 */
import { createHash } from 'node:crypto';

export type Label = Record<string, unknown>;
export interface Check { file: string; field: string; ok: boolean; strict: boolean; expected: unknown; actual: unknown }

/** The fields every new label carries (tests/labels/README.md). */
export const SCORED_FIELDS = [
  'title', 'company', 'remote', 'remoteRegions', 'employmentType', 'seniority', 'salary', 'equity',
  'experienceYears', 'emails', 'urls', 'datePosted', 'language', 'countries',
] as const;

const norm = (value: unknown): string =>
  String(value ?? '').normalize('NFC').toLowerCase().replace(/^the\s+/, '').replace(/[\s\u00a0]+/g, ' ').replace(/[.,;:!]+$/, '').trim();
/** Titles are compared without a gender marker ("(m/w/d)", "(h/f)"): the tool drops them by design (README, "title"). */
const GENDER_MARK = /\s*[([]\s*(?:[mwfdhxvk*]\s*[/|,]\s*){1,3}[mwfdhxvk*]\s*[)\]]/giu;
const normTitle = (value: unknown): string => norm(String(value ?? '').replace(GENDER_MARK, ''));
const sameSet = (a: string[], b: string[]): boolean => a.length === b.length && a.every((x) => b.includes(x));
const salaryKey = (s: { min?: unknown; max?: unknown; currency?: unknown; period?: unknown }): string =>
  `${s.min ?? null}|${s.max ?? null}|${s.currency ?? null}|${s.period ?? null}`;
const isEmpty = (value: unknown): boolean => value === null || (Array.isArray(value) && value.length === 0);

/** What the record holds for a labelled field, in the label's terms. */
export function actualOf(field: string, record: Record<string, any>, warnings: string[]): unknown {
  switch (field) {
    case 'company': return record.company?.name ?? null;
    case 'remote': return record.remote.policy;
    case 'remoteRegions': return record.remote.regions;
    case 'salary': return (record.salary as any[]).map(salaryKey);
    case 'emails': return (record.apply.emails as string[]).map((e) => e.toLowerCase());
    case 'urls': return record.apply.urls;
    case 'countries': return (record.locations as any[]).map((l) => l.country).filter(Boolean);
    case 'expired': return warnings.includes('posting-expired');
    default: return record[field];
  }
}

/** Does one reading of a field hold? */
function holds(field: string, expected: unknown, actual: unknown): boolean {
  switch (field) {
    case 'title':
      return expected === null ? actual === null || actual === undefined : normTitle(actual) === normTitle(expected);
    case 'seniority': case 'datePosted': case 'language': case 'company':
      return expected === null ? actual === null || actual === undefined : norm(actual) === norm(expected);
    case 'remote': case 'equity': case 'draft':
      // An unlabelled "no equity" reads the same as "not stated".
      return field === 'equity' && expected === false ? actual !== true : actual === expected;
    case 'employmentType': case 'emails':
      return sameSet((actual as string[]).map(norm), (expected as string[]).map(norm));
    case 'remoteRegions':
      return sameSet((actual as string[]).map(norm), (expected as string[]).map(norm));
    case 'salary':
      return sameSet(actual as string[], (expected as any[]).map(salaryKey));
    case 'experienceYears':
      return JSON.stringify(actual ?? null) === JSON.stringify(expected ?? null);
    case 'skills':
      return (expected as string[]).every((s) => (actual as string[]).includes(s));
    case 'urls':
      return (expected as string[]).every((u) => (actual as string[]).some((a) => a.startsWith(u) || a.startsWith(u.replace(/&amp;/g, '&'))));
    case 'countries':
      return isEmpty(expected) ? true : (expected as string[]).every((c) => (actual as string[]).includes(c));
    case 'expired':
      return actual === expected;
    default:
      throw new Error(`unknown labelled field ${field}`);
  }
}

/** Check one labelled field; strict checks are the "states nothing" ones that must hold exactly. */
export function check(file: string, field: string, expected: unknown, record: Record<string, any>, warnings: string[]): Check {
  const readings = expected && typeof expected === 'object' && !Array.isArray(expected) && 'anyOf' in expected
    ? (expected as { anyOf: unknown[] }).anyOf
    : [expected];
  const actual = actualOf(field, record, warnings);
  const ok = readings.some((reading) => holds(field, reading, actual));
  // Countries and URLs are subsets: an empty label says nothing about extra values.
  const strict = !['countries', 'urls', 'skills'].includes(field) && readings.every(isEmpty);
  return { file, field, ok, strict, expected, actual };
}

/** Which half a source (its repository) falls in: "tuning" or "held-back". Fixed by a hash, never by results. */
export function halfOf(repository: string): 'tuning' | 'held-back' {
  return (createHash('sha256').update(repository).digest()[0]! & 1) === 0 ? 'tuning' : 'held-back';
}

/** File name -> repository, from the corpus's SOURCES.md table. */
export function repositoriesOf(sourcesMd: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const line of sourcesMd.split('\n')) {
    const cells = line.split('|').map((cell) => cell.trim());
    if (cells.length > 3 && cells[1]!.startsWith('`')) out.set(cells[1]!.replace(/`/g, ''), cells[2]!);
  }
  return out;
}

/** "field  ok/all  pct" lines, then the total. */
export function accuracyTable(checks: Check[]): { right: number; total: number; lines: string[] } {
  const perField = new Map<string, [number, number]>();
  for (const c of checks) {
    const [ok, all] = perField.get(c.field) ?? [0, 0];
    perField.set(c.field, [ok + (c.ok ? 1 : 0), all + 1]);
  }
  const lines = [...perField].map(([field, [ok, all]]) => `    ${field.padEnd(16)} ${String(ok).padStart(4)}/${String(all).padEnd(4)} ${((100 * ok) / all).toFixed(0).padStart(3)}%`);
  const right = checks.filter((c) => c.ok).length;
  return { right, total: checks.length, lines };
}

export const percent = (right: number, total: number): string => (total ? ((100 * right) / total).toFixed(1) : '-');

/** A label's scored fields against one record (every field a miss when there is no record). */
export function checksOf(file: string, label: Label, record: Record<string, any> | undefined): Check[] {
  const fields = Object.entries(label).filter(([field]) => !['kind', 'traps', 'note', 'notes'].includes(field));
  if (!record) return fields.map(([field, expected]) => ({ file, field, ok: false, strict: false, expected, actual: 'no record' }));
  const warnings = (record.warnings as Array<{ code: string }>).map((w) => w.code);
  return fields.map(([field, expected]) => check(file, field, expected, record, warnings));
}

/** Does the record count hold the label's count (a number, or {"anyOf": [...]})? */
export function countHolds(expected: unknown, actual: number): boolean {
  const readings = expected && typeof expected === 'object' && 'anyOf' in expected ? (expected as { anyOf: unknown[] }).anyOf : [expected];
  return readings.includes(actual);
}

/** Each labelled posting of a multi-posting file, checked against its matching record (see the top comment). */
export function multiChecks(file: string, postings: Label[], records: Array<Record<string, any>>): Check[] {
  const used = new Set<number>();
  return postings.flatMap((posting, position) => {
    const byTitle = records.findIndex((record, index) => !used.has(index) && check(file, 'title', posting.title, record, []).ok);
    const index = byTitle !== -1 ? byTitle : used.has(position) ? -1 : position;
    if (index !== -1 && records[index]) used.add(index);
    return checksOf(`${file}#${position}`, posting, index === -1 ? undefined : records[index]);
  });
}

/** How a miss went wrong: a value where none is stated (spurious), none where one is (empty), or another value (wrong). */
export function missKind(c: Check): 'spurious' | 'empty' | 'wrong' {
  const readings = c.expected && typeof c.expected === 'object' && !Array.isArray(c.expected) && 'anyOf' in c.expected
    ? (c.expected as { anyOf: unknown[] }).anyOf : [c.expected];
  if (c.actual === 'no record' || isEmpty(c.actual ?? null)) return 'empty';
  return readings.every((r) => isEmpty(r ?? null)) ? 'spurious' : 'wrong';
}

/** "field  wrong w / empty e / spurious s" lines for the fields with misses: counts only, no files or values. */
export function missKindTable(checks: Check[]): string[] {
  const perField = new Map<string, Record<'wrong' | 'empty' | 'spurious', number>>();
  for (const c of checks.filter((x) => !x.ok)) {
    const counts = perField.get(c.field) ?? { wrong: 0, empty: 0, spurious: 0 };
    counts[missKind(c)]++;
    perField.set(c.field, counts);
  }
  return [...perField].map(([field, n]) => `    ${field.padEnd(16)} wrong ${n.wrong}, empty ${n.empty}, spurious ${n.spurious}`);
}
