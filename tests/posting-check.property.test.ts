/**
 * The validate stage's fast path (src/schema/posting-check.ts) against its
 * plain reading, PostingSchema.safeParse: whatever the check accepts, zod
 * accepts too, and gives the same record (the same values, keys in the same
 * order, the same keys left out). Records are the ones the pipeline builds from
 * the fixtures (and the multi-posting ones), taken just before validate, each
 * changed at one or a few places (a value of another type, out of range or
 * off pattern, a key dropped, added or set to undefined, an object that is not
 * plain). A record the check is unsure of is left to zod, so validation still
 * catches it; the unchanged records are all accepted (the fast path runs).
 */
import { readFileSync } from 'node:fs';
import { isDeepStrictEqual } from 'node:util';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { processBytes, stages, type Stage } from '../src/pipeline.js';
import { recordsOf } from '../src/document.js';
import { PostingSchema } from '../src/schema/posting.js';
import { checkedPosting } from '../src/schema/posting-check.js';
import { fixturePostings, FIXTURES } from './helpers.js';
import { propertyRuns } from './property-runs.js';
import path from 'node:path';

const RUNS = propertyRuns(100);

/** The records the pipeline hands to validate, for these files. */
function builtRecords(files: string[]): unknown[] {
  const built: unknown[] = [];
  const capture: Stage = (doc) => {
    built.push(...structuredClone(recordsOf(doc)));
    return doc;
  };
  const withCapture = stages.flatMap(([name, stage]): Array<[string, Stage]> => (name === 'validate' ? [['capture', capture], [name, stage]] : [[name, stage]]));
  for (const file of files) processBytes(file, readFileSync(file), { stages: withCapture, today: '2026-01-01' });
  return built;
}

const multi = path.join(FIXTURES, 'multi');
const records = builtRecords([...fixturePostings(), ...['careers-three-roles.md', 'hn-who-is-hiring.md', 'jobs-export.json'].map((name) => path.join(multi, name))]);

/** Every place in a value, as paths of keys. */
function placesIn(value: unknown, at: Array<string | number> = []): Array<Array<string | number>> {
  if (value === null || typeof value !== 'object') return [at];
  const inner = Object.keys(value).flatMap((key) => placesIn((value as Record<string, unknown>)[key], [...at, Array.isArray(value) ? Number(key) : key]));
  return [at, ...inner];
}

type Change = { kind: 'set'; value: unknown } | { kind: 'drop' } | { kind: 'extra' } | { kind: 'symbol' } | { kind: 'bare' };
const ODD_VALUES: unknown[] = [
  undefined, null, NaN, Infinity, -Infinity, -1, -0, 0, 0.5, 1, 1.5, 2, 2 ** 60, '', 'x', 'FULL_TIME', 'senior', 'remote', 'YEAR', 'USD', 'usd', 'DE', 'de',
  '2024-01-31', '2024-1-31', 'a'.repeat(32), '0'.repeat(64), true, false, [], ['x'], [1], {}, { a: 1 }, new Date(0), Object.create(null), new Map(),
];
const odd = fc.constantFrom(...ODD_VALUES);
const typeOf = (value: unknown): string => (value === null ? 'null' : Array.isArray(value) ? 'array' : typeof value);
const SHAPES: Change[] = [{ kind: 'drop' }, { kind: 'extra' }, { kind: 'symbol' }, { kind: 'bare' }];
/** The changes tried at a place holding `value`: every odd value of its own type, one of each other type, and the changes of shape. */
function changesAt(value: unknown): Change[] {
  const otherTypes = new Set<string>();
  const values = ODD_VALUES.filter((odd) => {
    const type = typeOf(odd);
    if (type === typeOf(value) || type === 'number' || type === 'undefined') return true;
    if (otherTypes.has(type)) return false;
    otherTypes.add(type);
    return true;
  });
  return [...values.map((odd): Change => ({ kind: 'set', value: odd })), ...SHAPES];
}
const change: fc.Arbitrary<Change> = fc.oneof(
  { weight: 6, arbitrary: odd.map((value): Change => ({ kind: 'set', value })) },
  { weight: 1, arbitrary: fc.constant<Change>({ kind: 'drop' }) },
  { weight: 1, arbitrary: fc.constant<Change>({ kind: 'extra' }) },
  { weight: 1, arbitrary: fc.constant<Change>({ kind: 'symbol' }) },
  { weight: 1, arbitrary: fc.constant<Change>({ kind: 'bare' }) },
);

/** A copy of a record's plain values (prototypes kept); `small`: arrays of two items at most, long texts cut (hashes are shorter). */
function copied(value: unknown, small = false): unknown {
  if (typeof value === 'string') return small && value.length > 80 ? value.slice(0, 80) : value;
  if (Array.isArray(value)) return (small ? value.slice(0, 2) : value).map((item) => copied(item, small));
  if (value === null || typeof value !== 'object' || value instanceof Date || value instanceof Map) return value;
  const copy = Object.create(Object.getPrototypeOf(value)) as Record<string | symbol, unknown>;
  for (const key of Reflect.ownKeys(value)) copy[key] = copied((value as Record<string | symbol, unknown>)[key], small);
  return copy;
}

/** A copy of `record` with `change` made at `place`. */
function changed(record: unknown, place: Array<string | number>, what: Change): unknown {
  const copy = copied(record);
  if (place.length === 0) return what.kind === 'set' ? what.value : copy;
  let parent = copy as Record<string | number, unknown>;
  for (const key of place.slice(0, -1)) parent = parent[key] as Record<string | number, unknown>;
  const key = place[place.length - 1]!;
  const target = parent[key];
  if (what.kind === 'set') parent[key] = what.value;
  else if (what.kind === 'drop') delete parent[key];
  else if (target !== null && typeof target === 'object' && !Array.isArray(target)) {
    if (what.kind === 'extra') (target as Record<string, unknown>).extra = 'x';
    else if (what.kind === 'symbol') (target as Record<symbol, unknown>)[Symbol('s')] = 'x';
    else parent[key] = Object.assign(Object.create(null), target);
  }
  return copy;
}

/** The check's answer matches zod's: accepted only where zod accepts, and the same copy, key order included. Whether it accepted. */
function expectSame(value: unknown): boolean {
  const checked = checkedPosting(value);
  if (checked === undefined) return false;
  const parsed = PostingSchema.safeParse(value);
  expect(parsed.success).toBe(true);
  // Node's deep strict equality (types, prototypes, undefined keys) and JSON's text (key order).
  if (!isDeepStrictEqual(checked, parsed.data)) expect(checked).toStrictEqual(parsed.data);
  expect(JSON.stringify(checked)).toBe(JSON.stringify(parsed.data));
  expect(checked).not.toBe(value);
  return true;
}

describe('the validate stage\'s fast path (posting-check.ts)', () => {
  it('accepts every record the pipeline builds from the fixtures, as zod gives it', () => {
    expect(records.length).toBeGreaterThan(10);
    for (const record of records) {
      expect(checkedPosting(record)).toBeDefined();
      expectSame(record);
    }
  });

  it('at one place of each kind in the records (array positions and evidence names alike), every change: accepted only where zod does, as zod gives it', () => {
    // One place per schema path and type, in the smallest record that has it, so each field's checks meet every odd value.
    const kinds = new Map<string, { record: number; place: Array<string | number> }>();
    const small = records.map((record) => copied(record, true));
    const bySize = small.map((record, at) => ({ at, size: JSON.stringify(record).length })).sort((a, b) => a.size - b.size);
    for (const { at } of bySize) placesIn(small[at]).forEach((place) => {
      // A place is a kind by its path and the type it holds (a null front matter and an object one are two kinds).
      const value = place.reduce<unknown>((inner, key) => (inner as Record<string | number, unknown>)[key], small[at]);
      const kind = `${place.map((key, depth) => (typeof key === 'number' || place[depth - 1] === 'evidence' || place[depth - 1] === 'frontmatter' ? '*' : key)).join('.')}:${typeOf(value)}`;
      if (!kinds.has(kind)) kinds.set(kind, { record: at, place });
    });
    expect(kinds.size).toBeGreaterThan(60);
    const answers = { accepted: 0, left: 0 };
    for (const { record, place } of kinds.values()) {
      const value = place.reduce<unknown>((inner, key) => (inner as Record<string | number, unknown>)[key], small[record]);
      for (const what of changesAt(value)) answers[expectSame(changed(small[record], place, what)) ? 'accepted' : 'left']++;
    }
    expect(answers.accepted).toBeGreaterThan(100);
    expect(answers.left).toBeGreaterThan(100);
  });

  it('accepts a changed record only where zod does, and gives zod\'s record', () => {
    const answers = { accepted: 0, left: 0 };
    fc.assert(
      fc.property(fc.nat(records.length - 1), fc.array(fc.tuple(fc.nat(), change), { minLength: 1, maxLength: 3 }), (which, changes) => {
        let value = records[which];
        for (const [pick, what] of changes) {
          const places = placesIn(value);
          value = changed(value, places[pick % places.length]!, what);
        }
        answers[expectSame(value) ? 'accepted' : 'left']++;
      }),
      { numRuns: RUNS, seed: 25 },
    );
    // Both answers are tried: changes zod takes (a string for a string) and changes it refuses.
    expect(answers.accepted).toBeGreaterThan(RUNS / 10);
    expect(answers.left).toBeGreaterThan(RUNS / 10);
  });
});
