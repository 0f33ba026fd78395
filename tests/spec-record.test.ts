/**
 * docs/spec.md's record table names every key a record has, in the record's
 * order, and no other.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, it } from 'vitest';
import { POSTINGS, ROOT, parseNdjson, runCli } from './helpers.js';

it('docs/spec.md\'s record table has a row for each key of a record, in order', async () => {
  const spec = readFileSync(path.join(ROOT, 'docs', 'spec.md'), 'utf8');
  const table = spec.slice(spec.indexOf('| field | type | meaning |'));
  const lines = table.split('\n').slice(2);
  const rows = lines.slice(0, lines.findIndex((line) => !line.startsWith('| '))).map((line) => line.split('|')[1]!.trim());
  const [record] = parseNdjson((await runCli(['normalize', path.join(POSTINGS, 'yaml-jekyll', 'input.md'), '--format', 'ndjson'])).stdout);
  expect(rows).toEqual(Object.keys(record!));
});
