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
