/** The checked-in JSON Schema is exactly what `postings schema` prints, and records satisfy both. */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { ROOT, runCli } from './helpers.js';

describe('schema', () => {
  it('schemas/posting.schema.json is not stale (regenerate with `npm run schema`)', async () => {
    const result = await runCli(['schema']);
    expect(result.code).toBe(0);
    const checkedIn = readFileSync(path.join(ROOT, 'schemas', 'posting.schema.json'), 'utf8');
    expect(checkedIn).toBe(result.stdout);
  });

  it('describes every record field of the contract', async () => {
    const schema = JSON.parse((await runCli(['schema'])).stdout);
    expect(schema.type).toBe('object');
    for (const field of ['id', 'title', 'company', 'locations', 'remote', 'employmentType', 'seniority', 'salary', 'equity', 'experienceYears', 'skills', 'apply', 'datePosted', 'language', 'draft', 'sections', 'description', 'source', 'evidence', 'warnings']) {
      expect(schema.properties, field).toHaveProperty(field);
      expect(schema.required, field).toContain(field);
    }
  });
});
