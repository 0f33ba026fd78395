/**
 * Pages that are no posting (fixtures/not-posting/): no record from normalize
 * and a not-a-posting message naming the reason; validate warns (an error with
 * --strict); a real posting beside them still gives its record. The corpus's
 * hand-labelled negatives are counted in extract-corpus.test.ts.
 */
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { FIXTURES, parseNdjson, runCli, type CliResult } from './helpers.js';

const DIR = path.join(FIXTURES, 'not-posting');

describe('pages that are no posting', () => {
  let normalized: CliResult;
  beforeAll(async () => {
    normalized = await runCli(['normalize', DIR, '--format', 'ndjson']);
  });

  it('gives a record for the real posting only, and fails the run', () => {
    expect(parseNdjson(normalized.stdout).map((r) => path.basename(r.source.path))).toEqual(['real-posting.md']);
    expect(normalized.code).toBe(1);
  });

  it.each([
    ['no-vacancy.md', 'no-vacancy'],
    ['template.md', 'template'],
    ['hiring-process.md', 'process-document'],
  ])('%s is not a posting (%s), said on one line even without -v', (file, reason) => {
    const line = normalized.stderr.split('\n').find((l) => l.includes(file));
    expect(line).toMatch(new RegExp(`not-a-posting not a posting \\(${reason}\\): `));
  });

  it('is a warning for validate, and an error with --strict', async () => {
    const plain = await runCli(['validate', DIR]);
    expect(plain.code).toBe(0);
    expect(plain.stderr.split('\n').filter((l) => l.includes(' warning not-a-posting '))).toHaveLength(3);
    expect((await runCli(['validate', DIR, '--strict'])).code).toBe(1);
  });
});
