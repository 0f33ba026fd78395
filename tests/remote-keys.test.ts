/**
 * A key that states remote work as a field, in front matter or in a data
 * item, has one reader (src/extract/structured-remote.ts): each row is how a
 * careers page or a job-board export writes it, and the policy and evidence
 * rule the record gets. Read through the library (normalizeText), as a user
 * would, and through the CLI for a data file.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { normalizeText } from '../src/index.js';
import { runCli } from './helpers.js';

const page = (frontmatter: string, body = 'We build billing software.') => `---\ntitle: Backend Developer\n${frontmatter}\n---\n${body}\n`;

describe('remote keys in front matter', () => {
  it.each([
    ['remote: true', 'remote', 'frontmatter.remote'],
    ['is_remote: "yes"', 'remote', 'frontmatter.is_remote'],
    ['isRemote: true', 'remote', 'frontmatter.isRemote'],
    ['remoteOk: "yes"', 'remote', 'frontmatter.remoteOk'],
    ['fully_remote: true', 'remote', 'frontmatter.fully_remote'],
    ['telecommute: "true"', 'remote', 'frontmatter.telecommute'],
    ['jobLocationType: TELECOMMUTE', 'remote', 'frontmatter.jobLocationType'],
    ['jobLocationType: [TELECOMMUTE]', 'remote', 'frontmatter.jobLocationType'],
    ['remote: "no"', 'onsite', 'frontmatter.remote'],
    ['remote: onsite', 'onsite', 'frontmatter.remote'],
    ['remote: hybrid', 'hybrid', 'frontmatter.remote'],
    ['job:\n  is_remote: "yes"', 'remote', 'frontmatter.job.is_remote'],
    // a key written with spaces, as other fields' keys are compared (tables/field-keys.ts keyForm)
    ['Work Mode: Hybrid', 'hybrid', 'frontmatter.Work Mode'],
    ['remote type: fully remote', 'remote', 'frontmatter.remote type'],
  ])('%s -> %s', (frontmatter, policy, rule) => {
    const record = normalizeText(page(frontmatter), { path: 'posting.md' }).record!;
    expect(record.remote.policy).toBe(policy);
    expect(record.evidence.remote?.rule).toBe(rule);
  });

  it.each([
    ['remote: false', 'a false flag says only "not fully remote"'],
    ['remote: Europe', 'a value that is no policy'],
    ['jobLocationType: ONSITE_ONLY', 'a location type that is not remote'],
  ])('%s gives no policy (%s)', (frontmatter) => {
    expect(normalizeText(page(frontmatter), { path: 'posting.md' }).record!.remote.policy).toBeNull();
  });

  it('a remote key outweighs a passing word in the text', () => {
    const record = normalizeText(page('remote: "no"', 'Our team meets remotely once a month.'), { path: 'posting.md' }).record!;
    expect(record.remote.policy).toBe('onsite');
  });
});

describe('remote keys in a data file', () => {
  it.each([
    ['"remote": true', 'remote'],
    ['"jobLocationType": "TELECOMMUTE"', 'remote'],
    ['"workplace": "hybrid"', 'hybrid'],
    ['"workplace_type": "onsite"', 'onsite'],
  ])('%s -> %s, cited as the item\'s data key', async (pair, policy) => {
    const dir = mkdtempSync(path.join(tmpdir(), 'postings-remote-keys-'));
    const file = path.join(dir, 'jobs.json');
    const item = (title: string) => `{"title": "${title}", "company": "Acme", ${pair}, "description": "We build billing software."}`;
    writeFileSync(file, `[${item('Backend Developer')}, ${item('Frontend Developer')}]\n`);
    const result = await runCli(['normalize', file, '--jobs', '1']);
    expect(result.code).toBe(0);
    const records = JSON.parse(result.stdout) as Array<{ remote: { policy: string }; evidence: Record<string, { rule: string }> }>;
    expect(records.map((record) => record.remote.policy)).toEqual([policy, policy]);
    expect(records[0]!.evidence.remote!.rule).toMatch(/^data\./);
  });
});
