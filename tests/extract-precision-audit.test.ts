/**
 * No record holds a value its posting does not support (issue #13), session 13's audit: each row is a class of
 * wrong (or missing) value read from the dev sets and fixtures, through the CLI. Rows that must give nothing
 * sit beside the ones that must still give the value.
 */
import { describe, expect, it } from 'vitest';
import { parseNdjson, runCli } from './helpers.js';

type Field = 'employmentType' | 'regions';
const read = (record: Record<string, any>, field: Field): unknown => (field === 'regions' ? record.remote.regions : record.employmentType);

const rows: Array<[name: string, input: string, field: Field, expected: unknown]> = [
  // Employment words said of the team or of other people, not of this job; hiring those people is this job.
  ['"we have full-time and contract engineers" is the team', '# Backend Engineer\n\nAcme builds things. We have full-time and contract engineers across Europe.\n', 'employmentType', []],
  ['"part-time and full-time developers in five countries" is the team', '# Backend Engineer\n\nWe have part-time and full-time developers in five countries.\n', 'employmentType', []],
  ['"Eligibility: Full-time employees" is a benefit\'s rule', '# Quality Engineer\n\n## Benefits\n\nFree therapy. Eligibility: Full-time employees only.\n', 'employmentType', []],
  ['"hiring full-time engineers" is this job', '# Backend Engineer\n\nWe are hiring full-time engineers.\n', 'employmentType', ['FULL_TIME']],
  ['"looking for full-time and part-time developers" is this job', "# Developer\n\nWe're looking for full-time and part-time developers.\n", 'employmentType', ['FULL_TIME', 'PART_TIME']],
  ['"a full-time role" beside a team of both is full-time only', '# Lead\n\nThis is a full-time role. Our team has full-time and contract engineers.\n', 'employmentType', ['FULL_TIME']],
  // A remote line listing countries: the ones the region table knows and the others of the same list.
  ['"remote for people in the US or Mexico" is both', '# Backend Engineer\n\nThis is a remote role for people in the US or Mexico.\n', 'regions', ['US', 'MX']],
  ['"candidates in the UK and Portugal" is both', '# Backend Engineer\n\nThis is a remote role; candidates in the UK and Portugal welcome.\n', 'regions', ['GB', 'PT']],
  ['"US, Mexico and Brazil" is all three', '# Backend Engineer\n\nRemote, open to people in the US, Mexico and Brazil.\n', 'regions', ['US', 'MX', 'BR']],
  ['a country in another sentence is no region', '# Backend Engineer\n\nFully remote within the US. We sell to Mexico.\n', 'regions', ['US']],
  ['a country of a sister team is no region', '# Backend Engineer\n\nFully remote within the US, with a sister team in Mexico.\n', 'regions', ['US']],
  ['a list with a city names an office', '# Backend Engineer\n\nRemote in the US or from our office in Berlin, Germany.\n', 'regions', ['US']],
];

describe('no value the posting does not support (session 13 audit)', () => {
  it.each(rows)('%s', async (_name, input, field, expected) => {
    const result = await runCli(['normalize', '-', '--format', 'ndjson'], { input });
    const [record] = parseNdjson(result.stdout);
    expect(record, result.stderr).toBeDefined();
    expect(read(record!, field)).toEqual(expected);
  });
});
