/**
 * The numbers of a corpus report, gathered one document at a time so that
 * only small rows are kept, never whole records. `postings report` renders
 * them as HTML (src/report-html/) or prints them as JSON.
 */
import { recordsOf, type PostingDoc } from '../document.js';
import type { Posting } from '../schema/posting.js';
import { entryOf, groupDuplicates, type DedupeEntry, type DuplicateGroup } from './group.js';
import { precomputedSignature } from '../worker-task.js';

/** Record fields the report counts as missing, and how to tell. Order is the order shown on ties. */
export const MISSING_FIELD_RULES: ReadonlyArray<[field: string, isMissing: (record: Posting) => boolean]> = [
  ['title', (r) => r.title === null],
  ['company', (r) => r.company === null],
  ['locations', (r) => r.locations.length === 0],
  ['remote', (r) => r.remote.policy === null],
  ['employmentType', (r) => r.employmentType.length === 0],
  ['seniority', (r) => r.seniority === null],
  ['salary', (r) => r.salary.length === 0],
  ['experienceYears', (r) => r.experienceYears === null],
  ['skills', (r) => r.skills.length === 0],
  ['apply', (r) => r.apply.urls.length + r.apply.emails.length === 0],
  ['datePosted', (r) => r.datePosted === null],
];

/** The label for a value a posting does not state. */
export const NOT_STATED = 'not stated';

export interface Count {
  value: string;
  count: number;
}

export interface SalaryRange {
  /** The record it came from. */
  id: string;
  min: number;
  max: number;
}

/** Salary figures of one currency and period: their five-number summary (of each figure's midpoint) and every range. */
export interface SalarySeries {
  currency: string;
  period: string;
  count: number;
  min: number;
  q1: number;
  median: number;
  q3: number;
  max: number;
  ranges: SalaryRange[];
}

export interface RecordRow {
  id: string;
  path: string;
  title: string | null;
  company: string | null;
  format: string;
  language: string;
  remote: string | null;
  employmentType: string[];
  salary: string[];
  datePosted: string | null;
  expired: boolean;
  warnings: number;
  /** The representative's id when this record is a duplicate of another. */
  duplicateOf: string | null;
}

export interface ReportData {
  totals: { inputs: number; records: number; failed: number; groups: number; duplicates: number; expired: number };
  counts: { format: Count[]; language: Count[]; remote: Count[]; employmentType: Count[] };
  salaries: SalarySeries[];
  missing: Array<{ field: string; count: number; share: number }>;
  warnings: Count[];
  errors: Count[];
  expired: Array<{ id: string; path: string; title: string | null; company: string | null }>;
  groups: Array<DuplicateGroup & { title: string | null; company: string | null }>;
  records: RecordRow[];
}

/** Gathers report numbers: `add` each document in input order, then `finish`. */
export class ReportBuilder {
  private inputs = 0;
  private failed = 0;
  private readonly tallies = { format: new Map<string, number>(), language: new Map<string, number>(), remote: new Map<string, number>(), employmentType: new Map<string, number>() };
  private readonly missing = new Map<string, number>(MISSING_FIELD_RULES.map(([field]) => [field, 0]));
  private readonly warnings = new Map<string, number>();
  private readonly errors = new Map<string, number>();
  private readonly salaries = new Map<string, SalaryRange[]>();
  private readonly rows: RecordRow[] = [];
  private readonly entries: DedupeEntry[] = [];

  add(doc: PostingDoc): void {
    this.inputs++;
    const records = recordsOf(doc);
    if (!records.length) {
      this.failed++;
      // The reasons it gave no record: errors, and fatal messages of any severity (a page that is no posting).
      for (const m of doc.messages) if (m.severity === 'error' || m.fatal) tally(this.errors, m.ruleId);
      return;
    }
    // A worker's signature is of the file's one record; several postings get theirs computed here.
    const signature = records.length === 1 ? precomputedSignature(doc) : undefined;
    for (const record of records) this.addRecord(record, signature);
  }

  /** One record's numbers (a file of several postings gives several). */
  private addRecord(record: Posting, signature: Uint32Array | undefined): void {
    tally(this.tallies.format, record.source.format);
    tally(this.tallies.language, record.language);
    tally(this.tallies.remote, record.remote.policy ?? NOT_STATED);
    for (const type of record.employmentType.length ? record.employmentType : [NOT_STATED]) tally(this.tallies.employmentType, type);
    for (const [field, isMissing] of MISSING_FIELD_RULES) if (isMissing(record)) tally(this.missing, field);
    for (const warning of record.warnings) tally(this.warnings, warning.code);
    for (const salary of record.salary) {
      const low = salary.min ?? salary.max;
      const high = salary.max ?? salary.min;
      if (low === null || high === null || !salary.currency) continue;
      const key = `${salary.currency}\u0000${salary.period ?? NOT_STATED}`;
      const ranges = this.salaries.get(key) ?? [];
      ranges.push({ id: record.id, min: low, max: high });
      this.salaries.set(key, ranges);
    }
    this.entries.push(entryOf(record, this.entries.length, signature));
    this.rows.push({
      id: record.id,
      path: record.source.path,
      title: record.title,
      company: record.company?.name ?? null,
      format: record.source.format,
      language: record.language,
      remote: record.remote.policy,
      employmentType: record.employmentType,
      salary: record.salary.map((s) => s.text),
      datePosted: record.datePosted,
      expired: record.expired || record.warnings.some((w) => w.code === 'posting-expired'),
      warnings: record.warnings.length,
      duplicateOf: null,
    });
  }

  finish(): ReportData {
    const groups = groupDuplicates(this.entries);
    const rowsByPlace = new Map(this.rows.map((row) => [`${row.id}\u0000${row.path}`, row]));
    for (const group of groups) {
      for (const member of group.members) {
        const row = rowsByPlace.get(`${member.id}\u0000${member.path}`)!;
        if (member.id !== group.representative.id || member.path !== group.representative.path) row.duplicateOf = group.representative.id;
      }
    }
    const records = this.rows.length;
    const expired = this.rows.filter((row) => row.expired);
    return {
      totals: {
        inputs: this.inputs,
        records,
        failed: this.failed,
        groups: groups.length,
        duplicates: this.rows.filter((row) => row.duplicateOf !== null).length,
        expired: expired.length,
      },
      counts: {
        format: sorted(this.tallies.format),
        language: sorted(this.tallies.language),
        remote: sorted(this.tallies.remote),
        employmentType: sorted(this.tallies.employmentType),
      },
      salaries: [...this.salaries].map(([key, ranges]) => series(key, ranges)).sort((a, b) => b.count - a.count || compare(a.currency + a.period, b.currency + b.period)),
      missing: [...this.missing]
        .map(([field, count]) => ({ field, count, share: records ? Math.round((count / records) * 1000) / 1000 : 0 }))
        .sort((a, b) => b.count - a.count),
      warnings: sorted(this.warnings),
      errors: sorted(this.errors),
      expired: expired.map(({ id, path, title, company }) => ({ id, path, title, company })),
      groups: groups.map((group) => {
        const row = rowsByPlace.get(`${group.representative.id}\u0000${group.representative.path}`)!;
        return { ...group, title: row.title, company: row.company };
      }),
      records: this.rows,
    };
  }
}

function tally(map: Map<string, number>, key: string): void {
  map.set(key, (map.get(key) ?? 0) + 1);
}

const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** Most frequent first; ties in code-point order, so output is stable. */
function sorted(map: Map<string, number>): Count[] {
  return [...map].map(([value, count]) => ({ value, count })).sort((a, b) => b.count - a.count || compare(a.value, b.value));
}

function series(key: string, ranges: SalaryRange[]): SalarySeries {
  const [currency, period] = key.split('\u0000') as [string, string];
  const mids = ranges.map((r) => (r.min + r.max) / 2).sort((a, b) => a - b);
  return {
    currency,
    period,
    count: ranges.length,
    min: ranges.reduce((low, r) => Math.min(low, r.min), Infinity),
    q1: quantile(mids, 0.25),
    median: quantile(mids, 0.5),
    q3: quantile(mids, 0.75),
    max: ranges.reduce((high, r) => Math.max(high, r.max), -Infinity),
    ranges,
  };
}

/** Linear interpolation between closest ranks (sorted input). */
function quantile(sortedValues: number[], q: number): number {
  const position = (sortedValues.length - 1) * q;
  const low = Math.floor(position);
  const high = Math.ceil(position);
  return sortedValues[low]! + (sortedValues[high]! - sortedValues[low]!) * (position - low);
}
