/**
 * Every hand label in the project has the shape tests/labels/README.md gives:
 * a kind, every scored field on every posting (null or [] when nothing is
 * stated, never left out), a count and postings for a multi, a reason for a
 * none. A label with a field left out would be scored as "expects nothing".
 */
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { SCORED_FIELDS, type Label } from './corpus-score.js';
import { ROOT } from './helpers.js';

const LABELS = path.join(ROOT, 'tests', 'labels');
const REASONS = ['careers-index', 'no-vacancy', 'process-document', 'template', 'resume', 'other'];

/** Each label file: the corpus's new labels and every kept set's labels.json. */
function labelFiles(): string[] {
  const corpus = readdirSync(path.join(LABELS, 'new')).filter((name) => name.endsWith('.json')).map((name) => path.join(LABELS, 'new', name));
  const setsFolder = path.join(LABELS, 'sets');
  const sets = existsSync(setsFolder)
    ? readdirSync(setsFolder).map((name) => path.join(setsFolder, name, 'labels.json')).filter((file) => existsSync(file))
    : [];
  return [...corpus, ...sets];
}

/** What is wrong with one file's label, in words; [] when nothing. */
export function labelProblems(label: Label): string[] {
  const fieldsLeftOut = (posting: Label, where: string): string[] =>
    SCORED_FIELDS.filter((field) => !(field in posting)).map((field) => `${where}: no "${field}"`);
  switch (label.kind) {
    case 'posting': return fieldsLeftOut(label, 'posting');
    case 'multi': {
      const postings = Array.isArray(label.postings) ? (label.postings as Label[]) : [];
      // A count may be {"anyOf": [11, 12]} where two readings are fair.
      const counts = (label.count && typeof label.count === 'object' && 'anyOf' in label.count ? (label.count as { anyOf: unknown[] }).anyOf : [label.count])
        .filter((count): count is number => typeof count === 'number');
      const most = counts.length ? Math.max(...counts) : 0;
      return [
        ...(counts.length && counts.every((count) => count >= 2) ? [] : ['multi: a count of 2 or more']),
        ...(postings.length ? [] : ['multi: no postings listed']),
        ...(postings.length > most ? ['multi: more postings listed than its count'] : []),
        ...postings.flatMap((posting, index) => fieldsLeftOut(posting, `posting ${index + 1}`)),
      ];
    }
    case 'none': return REASONS.includes(String(label.reason)) ? [] : [`none: reason "${String(label.reason)}" is not one of ${REASONS.join(', ')}`];
    default: return [`kind "${String(label.kind)}" is not posting, multi or none`];
  }
}

describe('hand labels have the documented shape', () => {
  it('finds problems in labels that leave a field out or name no kind', () => {
    const posting: Label = { kind: 'posting', ...Object.fromEntries(SCORED_FIELDS.map((field) => [field, null])) };
    expect(labelProblems(posting)).toEqual([]);
    const { salary: _left, ...withoutSalary } = posting;
    expect(labelProblems(withoutSalary)).toEqual(['posting: no "salary"']);
    expect(labelProblems({ kind: 'multi', count: 1, postings: [posting, posting] })).toEqual(['multi: a count of 2 or more', 'multi: more postings listed than its count']);
    expect(labelProblems({ kind: 'multi', count: { anyOf: [2, 3] }, postings: [posting, posting] })).toEqual([]);
    expect(labelProblems({ kind: 'none', reason: 'closed' })[0]).toMatch(/^none: reason "closed"/);
    expect(labelProblems({ title: 'x' })).toEqual(['kind "undefined" is not posting, multi or none']);
  });

  for (const file of labelFiles()) {
    it(path.relative(LABELS, file), () => {
      const labels = JSON.parse(readFileSync(file, 'utf8')) as Record<string, Label>;
      const problems = Object.entries(labels)
        .filter(([name]) => !name.startsWith('_'))
        .flatMap(([name, label]) => labelProblems(label).map((problem) => `${name}: ${problem}`));
      expect(problems).toEqual([]);
    });
  }
});
