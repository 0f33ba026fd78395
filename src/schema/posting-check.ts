/**
 * A fast path of PostingSchema.safeParse for the records extract built: the
 * same checks written out by hand, giving the same copy zod gives (keys in the
 * schema's order, unknown keys left out, arrays and objects copied, the front
 * matter's values shared). It only ever accepts: anything it is not sure of (a
 * failed check, an object that is not plain, an optional key set to
 * undefined) is left to zod, which reports the error, so a bad record is
 * caught as before. zod's generic parse cost about 1 ms a record (3% of a
 * corpus run's CPU). tests/posting-check.property.test.ts holds the two to
 * the same answers.
 */
import { employmentTypes, remotePolicies, salaryPeriods, sectionKinds, seniorities, sourceFormats, type Posting } from './posting.js';

/** What a check gives for a value it does not accept. */
const NOT_SURE: unique symbol = Symbol('not sure');
type Check = (value: unknown) => unknown;

/** An object of Object's prototype or none (parsed front matter may have none): no getters, arrays or class instances. */
const isPlain = (value: unknown): value is Record<string, unknown> => {
  if (typeof value !== 'object' || value === null) return false;
  const prototype = Object.getPrototypeOf(value);
  return prototype === Object.prototype || prototype === null;
};

const str: Check = (value) => (typeof value === 'string' ? value : NOT_SURE);
const nonEmpty: Check = (value) => (typeof value === 'string' && value.length >= 1 ? value : NOT_SURE);
const matching = (pattern: RegExp): Check => (value) => (typeof value === 'string' && pattern.test(value) ? value : NOT_SURE);
const bool: Check = (value) => (typeof value === 'boolean' ? value : NOT_SURE);
/** z.number() with its checks: finite, and a safe integer for .int(). */
const num = (min = -Infinity, max = Infinity, int = false): Check => (value) =>
  typeof value === 'number' && Number.isFinite(value) && value >= min && value <= max && (!int || Number.isSafeInteger(value)) ? value : NOT_SURE;
const oneOf = (values: readonly string[]): Check => (value) => (typeof value === 'string' && values.includes(value) ? value : NOT_SURE);
const nullable = (check: Check): Check => (value) => (value === null ? null : check(value));
const list = (check: Check): Check => (value) => {
  if (!Array.isArray(value)) return NOT_SURE;
  const copy = new Array<unknown>(value.length);
  for (let at = 0; at < value.length; at++) if ((copy[at] = check(value[at])) === NOT_SURE) return NOT_SURE;
  return copy;
};
/** z.record(z.string(), item): every own key a string, enumerable and not __proto__ (zod skips or refuses the others). */
const record = (check: Check): Check => (value) => {
  if (!isPlain(value)) return NOT_SURE;
  const copy: Record<string, unknown> = {};
  for (const key of Reflect.ownKeys(value)) {
    if (typeof key !== 'string' || key === '__proto__' || !Object.prototype.propertyIsEnumerable.call(value, key)) return NOT_SURE;
    if ((copy[key] = check(value[key])) === NOT_SURE) return NOT_SURE;
  }
  return copy;
};
const any: Check = (value) => value;

/** z.object: required keys must be there; an optional key absent is left out, one set to undefined is zod's to judge. */
type Shape = Record<string, Check | { optional: Check }>;
const object = (shape: Shape): Check => {
  const keys = Object.entries(shape).map(([key, entry]) => (typeof entry === 'function' ? { key, check: entry, optional: false } : { key, check: entry.optional, optional: true }));
  return (value) => {
    if (!isPlain(value)) return NOT_SURE;
    const copy: Record<string, unknown> = {};
    for (const { key, check, optional } of keys) {
      if (!(key in value)) {
        if (optional) continue;
        return NOT_SURE;
      }
      if ((copy[key] = check(value[key])) === NOT_SURE) return NOT_SURE;
    }
    return copy;
  };
};
const optional = (check: Check) => ({ optional: check });
const nonNegative = num(0);
const isoDate = matching(/^\d{4}-\d{2}-\d{2}$/);

// PostingSchema's shape, key for key (schema/posting.ts).
const evidence = object({ line: num(0, Infinity, true), rule: str, text: str, confidence: num(0, 1) });
const location = object({ text: str, city: optional(str), region: optional(str), country: optional(matching(/^[A-Z]{2}$/)) });
const salary = object({ min: nullable(nonNegative), max: nullable(nonNegative), currency: nullable(matching(/^[A-Z]{3}$/)), period: nullable(oneOf(salaryPeriods)), text: str });
const section = object({ kind: oneOf(sectionKinds), heading: str, text: str, items: list(str) });
const repair = object({ kind: str, detail: str, count: num(0, Infinity, true) });
const warning = object({ code: str, message: str, line: optional(num(1, Infinity, true)) });
const posting = object({
  id: nonEmpty,
  title: nullable(nonEmpty),
  company: nullable(object({ name: nonEmpty, url: optional(str) })),
  locations: list(location),
  remote: object({ policy: nullable(oneOf(remotePolicies)), regions: list(str), timezones: list(str) }),
  employmentType: list(oneOf(employmentTypes)),
  seniority: nullable(oneOf(seniorities)),
  salary: list(salary),
  equity: nullable(bool),
  experienceYears: nullable(object({ min: nonNegative, max: optional(nonNegative) })),
  skills: list(str),
  apply: object({ emails: list(str), urls: list(str) }),
  datePosted: nullable(isoDate),
  validThrough: nullable(isoDate),
  expired: bool,
  identifier: nullable(object({ name: optional(nonEmpty), value: nonEmpty })),
  language: str,
  draft: bool,
  sections: list(section),
  description: object({ markdown: str, text: str }),
  fingerprint: matching(/^[0-9a-f]{32}$/),
  source: object({
    path: str,
    index: optional(num(0, Infinity, true)),
    count: optional(num(2, Infinity, true)),
    bytes: num(0, Infinity, true),
    sha256: matching(/^[0-9a-f]{64}$/),
    format: oneOf(sourceFormats),
    encoding: str,
    repairs: list(repair),
    frontmatter: nullable(record(any)),
  }),
  evidence: record(evidence),
  warnings: list(warning),
});

/** The record as PostingSchema.safeParse gives it, when this check is sure it is valid; undefined: ask zod. */
export function checkedPosting(value: unknown): Posting | undefined {
  const copy = posting(value);
  return copy === NOT_SURE ? undefined : (copy as Posting);
}
