/**
 * Optional: extraction scored against a labelled set of your own postings.
 * POSTINGS_EXTRA_CORPUS names a folder with `files/` (the postings) and
 * `labels.json` (one object, file name -> label, in the shape of
 * tests/labels/new/*.json, see tests/labels/README.md). The suite prints
 * accuracy field by field and the MISS lines; it skips with a one-line
 * reason when the variable is not set.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { parseNdjson, runCli } from './helpers.js';
import { accuracyTable, checksOf, countHolds, missKindTable, multiChecks, percent, type Check, type Label } from './corpus-score.js';

const FOLDER = process.env.POSTINGS_EXTRA_CORPUS;
const SKIP_REASON = FOLDER === undefined || FOLDER === ''
  ? 'set POSTINGS_EXTRA_CORPUS to a folder holding files/ and labels.json to score extraction on your own labelled postings'
  : !existsSync(path.join(FOLDER, 'files')) || !existsSync(path.join(FOLDER, 'labels.json'))
    ? `POSTINGS_EXTRA_CORPUS=${FOLDER} holds no files/ and labels.json`
    : undefined;

if (SKIP_REASON) process.stderr.write(`skipped "extraction on an extra labelled set": ${SKIP_REASON}\n`);

(SKIP_REASON ? describe.skip : describe)(`extraction on an extra labelled set${SKIP_REASON ? ` (skipped: ${SKIP_REASON})` : ''}`, () => {
  const labels: Record<string, Label> = {};
  const files: string[] = [];
  const postingChecks: Check[] = [];
  const multiFieldChecks: Check[] = [];
  const structure: string[] = [];
  let multi = [0, 0];
  let none = [0, 0];

  beforeAll(async () => {
    const folder = FOLDER!;
    Object.assign(labels, JSON.parse(readFileSync(path.join(folder, 'labels.json'), 'utf8')) as Record<string, Label>);
    files.push(...readdirSync(path.join(folder, 'files')).sort());
    const labelled = files.filter((name) => labels[name]);
    const result = await runCli(['normalize', ...labelled.map((name) => path.join(folder, 'files', name)), '--format', 'ndjson']);
    const byFile = new Map<string, Array<Record<string, any>>>();
    for (const record of parseNdjson(result.stdout)) {
      const name = path.basename(record.source.path);
      byFile.set(name, [...(byFile.get(name) ?? []), record]);
    }
    for (const name of labelled) {
      const label = labels[name]!;
      const records = byFile.get(name) ?? [];
      if (label.kind === 'none') {
        none = [none[0]! + (records.length === 0 ? 1 : 0), none[1]! + 1];
        if (records.length) structure.push(`  MISS ${name} kind: expected no posting, got ${records.length} record(s)`);
      } else if (label.kind === 'multi') {
        const holds = countHolds(label.count, records.length);
        multi = [multi[0]! + (holds ? 1 : 0), multi[1]! + 1];
        if (!holds) structure.push(`  MISS ${name} count: expected ${JSON.stringify(label.count)}, got ${records.length}`);
        multiFieldChecks.push(...multiChecks(name, (label.postings as Label[] | undefined) ?? [], records));
      } else {
        if (records.length > 1) structure.push(`  MISS ${name} count: expected 1, got ${records.length}`);
        postingChecks.push(...checksOf(name, label, records[0]));
      }
    }
  }, 300_000);

  it('labels every file and has a file for every label', () => {
    const labelled = Object.keys(labels).filter((name) => !name.startsWith('_'));
    expect(files.filter((name) => !labels[name])).toEqual([]);
    expect(labelled.filter((name) => !files.includes(name))).toEqual([]);
  });

  it('prints accuracy field by field and the misses', () => {
    const single = accuracyTable(postingChecks);
    const many = accuracyTable(multiFieldChecks);
    const all = accuracyTable([...postingChecks, ...multiFieldChecks]);
    const misses = [...postingChecks, ...multiFieldChecks].filter((c) => !c.ok)
      .map((c) => `  MISS ${c.file} ${c.field}: expected ${JSON.stringify(c.expected)}, got ${JSON.stringify(c.actual)}`);
    console.log([
      `extra labelled set (${FOLDER})`,
      `  all fields: ${all.right}/${all.total} = ${percent(all.right, all.total)}%`, ...all.lines,
      `  single postings: ${single.right}/${single.total} = ${percent(single.right, single.total)}%`,
      `  postings of multi-posting files: ${many.right}/${many.total} = ${percent(many.right, many.total)}%`,
      `  multi-posting files split into the labelled count ${multi[0]}/${multi[1]}; no-posting files without a record ${none[0]}/${none[1]}`,
      '  misses by kind:', ...missKindTable([...postingChecks, ...multiFieldChecks]),
      'misses:', ...structure, ...misses,
    ].join('\n'));
    expect(all.total).toBeGreaterThan(0);
  });
});
