/**
 * Which record fields a config may require or restrict, and what "extracted"
 * means for each: a table, so a new field is one line.
 */
import { employmentTypes, remotePolicies, salaryPeriods, seniorities, type Posting } from '../schema/posting.js';

const nonEmpty = (list: unknown[]): boolean => list.length > 0;

/** Field name -> whether the record holds a value for it (null, empty lists and "und" do not count). */
export const requirableFields: Record<string, (record: Posting) => boolean> = {
  title: (r) => r.title !== null,
  company: (r) => r.company !== null,
  locations: (r) => nonEmpty(r.locations),
  remote: (r) => r.remote.policy !== null,
  employmentType: (r) => nonEmpty(r.employmentType),
  seniority: (r) => r.seniority !== null,
  salary: (r) => nonEmpty(r.salary),
  equity: (r) => r.equity !== null,
  experienceYears: (r) => r.experienceYears !== null,
  skills: (r) => nonEmpty(r.skills),
  apply: (r) => nonEmpty(r.apply.emails) || nonEmpty(r.apply.urls),
  datePosted: (r) => r.datePosted !== null,
  language: (r) => r.language !== 'und' && r.language !== '',
  sections: (r) => nonEmpty(r.sections),
};

export const requirableFieldNames = Object.keys(requirableFields);

/** Record paths whose values an `allowed` rule may restrict (lists are checked item by item). */
export const restrictablePaths = [
  'title',
  'company.name',
  'locations.country',
  'locations.city',
  'locations.region',
  'remote.policy',
  'remote.regions',
  'employmentType',
  'seniority',
  'salary.currency',
  'salary.period',
  'equity',
  'language',
  'draft',
  'skills',
] as const;

export type RestrictablePath = (typeof restrictablePaths)[number];

/** The values a record can hold at a path, where the record's schema fixes them: an `allowed` value outside them is a typo that would fail every posting. */
export const valuesOfPath: Partial<Record<RestrictablePath, readonly [string, ...string[]]>> = {
  'remote.policy': remotePolicies,
  employmentType: employmentTypes,
  seniority: seniorities,
  'salary.period': salaryPeriods,
};

/** Every value found at a dotted path, descending through lists; null and missing values are skipped. */
export function valuesAt(record: unknown, dotted: string): unknown[] {
  let current: unknown[] = [record];
  for (const key of dotted.split('.')) {
    const next: unknown[] = [];
    for (const value of current) {
      if (value === null || typeof value !== 'object') continue;
      const child = (value as Record<string, unknown>)[key];
      if (Array.isArray(child)) next.push(...child);
      else next.push(child);
    }
    current = next;
  }
  return current.flatMap((value) => (Array.isArray(value) ? value : [value])).filter((value) => value !== null && value !== undefined);
}
