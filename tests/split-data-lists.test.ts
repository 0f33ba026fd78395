/**
 * Postings of data lists and split pages, through the CLI
 * (fixtures/multi/data-lists and fixtures/multi): what the page states for
 * all its postings carries over, an item's own open/filled/status flag
 * makes it expired, and every posting's evidence points at its own lines.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIXTURES, parseNdjson, runCli } from './helpers.js';

const MULTI = path.join(FIXTURES, 'multi');
const LISTS = path.join(MULTI, 'data-lists');

async function normalized(file: string) {
  const result = await runCli(['normalize', file, '--format', 'ndjson', '--now', '2026-01-01']);
  return { result, records: parseNdjson(result.stdout) };
}

describe('page-level fields of a data list', () => {
  it.each([
    // A page's front matter, top-level JSON and top-level YAML beside a jobs: list; a posting's own company wins.
    ['page-jobs.md', [2, 8]],
    ['company-jobs.json', [1, 3]],
    ['company-jobs.yml', [1, 7]],
  ])('%s carries the page\'s company into each posting, at its key line', async (name, lines) => {
    const { result, records } = await normalized(path.join(LISTS, name));
    expect(result.code).toBe(0);
    expect(records.map((r) => r.title)).toEqual(['Senior Backend Engineer', 'Product Designer']);
    expect(records.map((r) => r.company?.name)).toEqual(['Kramerica', 'Vandelay Industries']);
    expect(records.map((r) => r.evidence.company.line)).toEqual(lines);
  });

  it('a lone posting object has no page part to carry, and a list under a key that names no page keeps its postings\' companies', async () => {
    const { records } = await normalized(path.join(MULTI, 'jobs-export.json'));
    expect(records.map((r) => r.company?.name)).toEqual(['Fernweh GmbH', 'Fernweh GmbH']);
    const { records: one } = await normalized(path.join(LISTS, 'one-line.json'));
    expect(one.map((r) => r.company?.name)).toEqual(['Acme']);
  });
});

describe('a data item\'s own open, filled and status flags', () => {
  it('sets expired with evidence at the item\'s key line for a closed flag, and not for an open one', async () => {
    const { records } = await normalized(path.join(LISTS, 'states.yml'));
    expect(records.map((r) => [r.title, r.expired, r.evidence.expired?.line ?? null, r.evidence.expired?.rule ?? null])).toEqual([
      ['Backend Engineer', true, 4, 'data.open'],
      ['Frontend Engineer', true, 7, 'data.filled'],
      ['Data Engineer', true, 10, 'data.status'],
      ['QA Engineer', true, 13, 'data.active'],
      ['Site Reliability Engineer', false, null, null],
      ['Mobile Engineer', false, null, null],
      ['Support Engineer', false, null, null],
    ]);
  });
});

describe('evidence lines of split and data postings', () => {
  // Per record, the line ranges it may point at: its own lines, then the page part it shares (front matter, an entry above it).
  it.each([
    ['data-lists/page-jobs.md', [[[4, 5], [1, 3]], [[6, 8], [1, 3]]]],
    ['data-lists/company-jobs.json', [[[2, 2], [1, 1]], [[3, 3], [1, 1]]]],
    ['data-lists/company-jobs.yml', [[[3, 4], [1, 2]], [[5, 7], [1, 2]]]],
    ['data-lists/one-line.json', [[[1, 1]]]],
    ['data-lists/remote-filled.json', [[[2, 2]], [[3, 3]]]],
    ['data-lists/states.yml', [[[2, 4]], [[5, 7]], [[8, 10]], [[11, 13]], [[14, 16]], [[17, 19]], [[20, 22]]]],
    ['data-lists/escaped-lines.json', [[[2, 2]], [[3, 3]]]],
    ['data-lists/block-lines.yml', [[[2, 10]], [[11, 15]]]],
    ['jobs-export.json', [[[2, 10]], [[11, 18]]]],
    ['shapes/jekyll-jobs.yml', [[[2, 7]], [[9, 14]]]],
    ['shapes/employer-entries.yml', [[[6, 7], [2, 5]], [[8, 9], [2, 5]], [[14, 16], [12, 13]]]],
    ['careers-three-roles.md', [[[13, 23], [1, 12]], [[24, 34], [1, 12]], [[35, 44], [1, 12]]]],
  ] as Array<[string, Array<Array<[number, number]>>]>)('%s: every evidence and warning line lies in its posting\'s lines', async (name, allowed) => {
    const file = path.join(MULTI, name);
    const lineCount = readFileSync(file, 'utf8').replace(/\n$/, '').split('\n').length;
    const { records } = await normalized(file);
    expect(records).toHaveLength(allowed.length);
    // A warning about the file itself (data-lenient, jsonld-malformed) is on every record: the page's, not one posting's.
    const fileWarnings = new Set((records[0]?.warnings ?? []).map((w: { code: string; line?: number }) => `${w.code}@${w.line}`).filter((key: string) => records.every((r) => r.warnings.some((w: { code: string; line?: number }) => `${w.code}@${w.line}` === key))));
    const outside: string[] = [];
    records.forEach((record, index) => {
      const lines: Array<[string, number]> = [
        ...Object.entries(record.evidence as Record<string, { line: number }>).map(([field, item]): [string, number] => [field, item.line]),
        ...(record.warnings as Array<{ code: string; line?: number }>).filter((w) => w.line !== undefined && (records.length === 1 || !fileWarnings.has(`${w.code}@${w.line}`))).map((w): [string, number] => [`warning ${w.code}`, w.line!]),
      ];
      for (const [what, line] of lines) {
        const inside = line >= 1 && line <= lineCount && allowed[index]!.some(([from, to]) => line >= from && line <= to);
        if (!inside) outside.push(`${record.title} ${what}: line ${line}`);
      }
    });
    expect(outside).toEqual([]);
  });

  it('points a data item\'s remote work, seniority and expired flag at its own line', async () => {
    const { records } = await normalized(path.join(LISTS, 'remote-filled.json'));
    expect(records.map((r) => [r.remote.policy, r.evidence.remote?.line, r.seniority, r.evidence.seniority?.line ?? null, r.expired, r.evidence.expired?.line ?? null])).toEqual([
      ['remote', 2, 'senior', 2, true, 2],
      [expect.any(String), 3, null, null, false, null],
    ]);
  });

  it.each([
    // A JSON string's lines ("\n") are all its one line; a block scalar's lines follow its indicator's line.
    ['escaped-lines.json', 2],
    ['block-lines.yml', 7],
  ])('%s: "This position has been filled" in a description is its own file line', async (name, line) => {
    const { records } = await normalized(path.join(LISTS, name));
    expect([records[0]!.expired, records[0]!.evidence.expired?.line, records[0]!.warnings.find((w: { code: string }) => w.code === 'posting-expired')?.line]).toEqual([true, line, line]);
  });
});
