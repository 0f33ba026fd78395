/**
 * Extraction on real postings: hand labels, written by reading each file
 * (tests/labels), against what the CLI emits. Three sets are reported on
 * lines of their own:
 * - the older labels (files 001-084, corpus-labels.json);
 * - the tuning half of the new labels (files 085-234, split by source): rules
 *   are written looking only at its misses, which are printed;
 * - the held-back half: only its numbers are printed, never its misses.
 * Multi-posting files and pages that are no posting are counted apart. A
 * multi-posting file is scored twice: its record count against the label's
 * `count`, and each labelled posting's fields against its record, matched
 * by title (the first unused record whose title holds the label's; failing
 * that, the unused record at the posting's position in the file).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, expect, it } from 'vitest';
import { CORPUS, describeShared, ROOT } from './helpers.js';
import { corpusRecords } from './run-once.js';
import { accuracyTable, checksOf, countHolds, halfOf, missKindTable, multiChecks, percent, repositoriesOf, type Check, type Label } from './corpus-score.js';

const LABELS = path.join(ROOT, 'tests', 'labels');

const older = JSON.parse(readFileSync(path.join(LABELS, 'corpus-labels.json'), 'utf8')) as Record<string, Label>;
const fresh: Record<string, Label> = {};
for (const name of existsSync(path.join(LABELS, 'new')) ? readdirSync(path.join(LABELS, 'new')).sort() : []) {
  if (name.endsWith('.json')) Object.assign(fresh, JSON.parse(readFileSync(path.join(LABELS, 'new', name), 'utf8')));
}
const olderFiles = Object.keys(older).filter((name) => !name.startsWith('_'));
const freshFiles = Object.keys(fresh).filter((name) => !name.startsWith('_'));

describeShared('extraction on real postings (hand labels)', () => {
  const files = [...olderFiles, ...freshFiles];
  const recordsByFile = new Map<string, Array<Record<string, any>>>();
  let olderChecks: Check[] = [];
  const halves = { tuning: [] as Check[], 'held-back': [] as Check[] };
  const multi: Record<string, [number, number]> = { tuning: [0, 0], 'held-back': [0, 0] };
  const multiFields = { tuning: [] as Check[], 'held-back': [] as Check[] };
  const multiCounts: string[] = [];
  /** Single-posting files (older labels and tuning half) that gave several records: a wrong split. */
  const wronglySplit: string[] = [];
  const none: Record<string, [number, number]> = { tuning: [0, 0], 'held-back': [0, 0] };
  /** Single postings of each half given more than one record: a number only (the held-back half's files are never named). */
  const overSplit: Record<string, number> = { tuning: 0, 'held-back': 0 };
  beforeAll(async () => {
  const repositories = repositoriesOf(readFileSync(path.join(CORPUS, 'SOURCES.md'), 'utf8'));
  // The corpus is normalized once per test run (tests/run-once.ts); only the labelled files count here.
  for (const record of await corpusRecords()) {
    const name = path.basename(record.source.path);
    if (!files.includes(name)) continue;
    recordsByFile.set(name, [...(recordsByFile.get(name) ?? []), record]);
  }
  olderChecks = olderFiles.flatMap((file) => checksOf(file, older[file]!, recordsByFile.get(file)?.[0]));
  for (const file of olderFiles) if ((recordsByFile.get(file)?.length ?? 0) > 1) wronglySplit.push(file);
  for (const file of freshFiles) {
    const label = fresh[file]!;
    const half = halfOf(repositories.get(file) ?? file);
    const records = recordsByFile.get(file) ?? [];
    if (label.kind === 'none') {
      none[half]![1]++;
      if (records.length === 0) none[half]![0]++;
    } else if (label.kind === 'multi') {
      multi[half]![1]++;
      if (countHolds(label.count, records.length)) multi[half]![0]++;
      else if (half === 'tuning') multiCounts.push(`  MISS ${file} count: expected ${JSON.stringify(label.count)}, got ${records.length}`);
      multiFields[half].push(...multiChecks(file, (label.postings as Label[] | undefined) ?? [], records));
    } else {
      if (records.length > 1) overSplit[half]!++;
      if (half === 'tuning' && records.length > 1) wronglySplit.push(file);
      halves[half].push(...checksOf(file, label, records[0]));
    }
  }
  }, 300_000);

  it('labels at least 120 of the new files, every scored field', () => {
    expect(freshFiles.length).toBeGreaterThanOrEqual(120);
  });

  it('prints accuracy for the older labels and each half of the new, field by field', () => {
    const report: string[] = [];
    for (const [name, checks] of [['older labels (001-084)', olderChecks], ['new, tuning half', halves.tuning], ['new, held-back half', halves['held-back']]] as const) {
      const table = accuracyTable(checks);
      report.push(`  ${name}: ${table.right}/${table.total} = ${percent(table.right, table.total)}%`, ...table.lines);
    }
    // Counts only (no files, no values), so the held-back half can steer precision against recall without being tuned on.
    for (const [name, checks] of [['tuning half', halves.tuning], ['held-back half', halves['held-back']]] as const) {
      const noRecord = new Set(checks.filter((c) => c.actual === 'no record').map((c) => c.file)).size;
      const half = name === 'tuning half' ? 'tuning' : 'held-back';
      report.push(`  misses of the ${name} by kind (single postings given no record: ${noRecord}; given more than one record: ${overSplit[half]}):`, ...missKindTable(checks));
    }
    for (const half of ['tuning', 'held-back'] as const) {
      report.push(`  ${half}: multi-posting files split into the labelled count ${multi[half]![0]}/${multi[half]![1]}; no-posting files without a record ${none[half]![0]}/${none[half]![1]}`);
      const table = accuracyTable(multiFields[half]);
      report.push(`  ${half}: fields of the labelled postings of multi-posting files ${table.right}/${table.total} = ${percent(table.right, table.total)}%`, ...table.lines);
    }
    const misses = [...olderChecks, ...halves.tuning, ...multiFields.tuning].filter((c) => !c.ok)
      .map((c) => `  MISS ${c.file} ${c.field}: expected ${JSON.stringify(c.expected)}, got ${JSON.stringify(c.actual)}`);
    console.log(`field-level accuracy\n${report.join('\n')}\nmisses (older labels and tuning half only):\n${[...multiCounts, ...misses].join('\n')}`);
    expect(olderChecks.length + halves.tuning.length + halves['held-back'].length).toBeGreaterThan(0);
  });

  it('gets at least 95% of the older labels right, holding every null / empty label', () => {
    const table = accuracyTable(olderChecks);
    expect(table.right / table.total).toBeGreaterThanOrEqual(0.95);
    expect(olderChecks.filter((c) => c.strict && !c.ok).map((c) => `${c.file} ${c.field}: ${JSON.stringify(c.actual)}`)).toEqual([]);
  });

  it('does not fall below the accuracy reached on the new labels (a ratchet, raised as rules land)', () => {
    const tuning = accuracyTable(halves.tuning);
    const held = accuracyTable(halves['held-back']);
    expect(tuning.right / tuning.total).toBeGreaterThanOrEqual(RATCHET.tuning);
    expect(held.right / held.total).toBeGreaterThanOrEqual(RATCHET.heldBack);
  });

  it('never splits a single posting (older labels and tuning half): precision first', () => {
    expect(wronglySplit).toEqual([]);
  });

  it('does not fall below the multi-posting splits and fields reached (a ratchet)', () => {
    expect(multi.tuning![0]).toBeGreaterThanOrEqual(RATCHET.multiTuning);
    expect(multi['held-back']![0]).toBeGreaterThanOrEqual(RATCHET.multiHeldBack);
    const fields = accuracyTable(multiFields.tuning);
    expect(fields.right / fields.total).toBeGreaterThanOrEqual(RATCHET.multiFieldsTuning);
    // The held-back half's aggregate only, never its misses: a floor, not a target to tune on.
    const heldFields = accuracyTable(multiFields['held-back']);
    expect(heldFields.right / heldFields.total).toBeGreaterThanOrEqual(RATCHET.multiFieldsHeldBack);
  });

  it('does not fall below the no-posting files given no record (a ratchet)', () => {
    expect(none.tuning![0]).toBeGreaterThanOrEqual(RATCHET.noneTuning);
    expect(none['held-back']![0]).toBeGreaterThanOrEqual(RATCHET.noneHeldBack);
  });

  it('gives every extracted field evidence with a line, a rule, the words read and a confidence', () => {
    for (const record of [...recordsByFile.values()].flat()) {
      for (const field of ['title', 'company', 'salary', 'experienceYears', 'datePosted', 'equity', 'seniority']) {
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

/** The least accuracy each half of the new labels may fall to: raised when rules land, never lowered to pass. */
const RATCHET = { tuning: 0.985, heldBack: 0.845, multiTuning: 13, multiHeldBack: 12, multiFieldsTuning: 0.986, multiFieldsHeldBack: 0.62, noneTuning: 10, noneHeldBack: 6 };
