/**
 * Remote policy and places stated as data keys (issue #13 precision audit): the workplace-type keys of
 * careers collections and job-board exports (`location_type`, `workplace_type`, `workplaceType`, ...), a
 * remote flag beside the countries of a location, and a location list of Remote plus countries. Through
 * the CLI; the rows that must give nothing sit beside the ones that must give the value.
 */
import { describe, expect, it } from 'vitest';
import { parseNdjson, runCli } from './helpers.js';

const posting = (frontmatter: string, body = 'We build things.') => `---\ntitle: Backend Engineer\n${frontmatter}\n---\n\n${body}\n`;
async function recordOf(input: string): Promise<Record<string, any>> {
  const result = await runCli(['normalize', '-', '--format', 'ndjson'], { input });
  const [record] = parseNdjson(result.stdout);
  expect(record, result.stderr).toBeDefined();
  return record!;
}

describe('a workplace-type key states the policy', () => {
  it.each([
    ['location_type: Remote', 'remote'],
    ['workplace_type: Hybrid\nlocation: Berlin, Germany', 'hybrid'],
    ['workplaceType: ON_SITE', 'onsite'],
    ['remote_type: Onsite', 'onsite'],
    ['work_type: office', 'onsite'],
    ['job_location_type: remote', 'remote'],
    ['location_type: Remote (US only)', 'remote'],
    // In the languages the remote tables have.
    ['location_type: Zdalna', 'remote'],
    ['location_type: Híbrido', 'hybrid'],
    ['workplace_type: Presencial', 'onsite'],
    ['workplace_type: Télétravail', 'remote'],
    ['location_type: リモート', 'remote'],
    // A policy or telework key as job sites' exports name one
    ['remote_policy: hybrid', 'hybrid'],
    ['telework: yes', 'remote'],
    ['remote_policy: Full-time', null],
    // Negative rows: onsite stated, a type that is no workplace, no remote key.
    ['location_type: onsite\nlocation: Berlin, Germany', 'onsite'],
    ['work_type: Full-time', null],
    ['location: Berlin', 'onsite'],
    // A value that rules remote work out states onsite work, as the body reads "kein Homeoffice" and "Remote work is not possible".
    ['remote: "Remote not possible"', 'onsite'],
    ['remote: "Remote work not possible"', 'onsite'],
    ['remote: "Remote not offered"', 'onsite'],
    ['remote: "kein Homeoffice"', 'onsite'],
    ['remote: "pas de télétravail"', 'onsite'],
    ['location_type: "Hybrid, remote not possible"', 'hybrid'],
    ['remote: "Remote, no relocation"', 'remote'],
  ])('%s', async (frontmatter, policy) => {
    const record = await recordOf(posting(frontmatter));
    expect(record.remote.policy).toBe(policy);
  });

  it('cites the key line as evidence', async () => {
    const record = await recordOf(posting('location: Berlin, Germany\nlocation_type: Hybrid'));
    expect(record.evidence.remote).toMatchObject({ line: 4, rule: 'frontmatter.location_type', text: 'location_type: Hybrid' });
  });
});

describe('a remote key beside a location of countries: the countries are regions', () => {
  it.each([
    ['remote: true\nlocation: Germany, Poland', ['DE', 'PL']],
    ['location_type: Remote\nlocation: Germany, Poland', ['DE', 'PL']],
    ['is_remote: yes\nlocations: [Spain, Portugal]', ['ES', 'PT']],
    ['remote: true\ncountry: Canada', ['CA']],
    // Negative rows: not remote, a city (an office), an address.
    ['remote: false\nlocation: Germany, Poland', []],
    ['location_type: onsite\nlocation: Germany, Poland', []],
    ['remote: true\nlocation: Berlin, Germany', []],
    ['remote: true\nlocation: Berlin', []],
    ['workplace_type: Hybrid\nlocation: Germany', []],
  ])('%s', async (frontmatter, regions) => {
    const record = await recordOf(posting(frontmatter));
    expect(record.remote.regions).toEqual(regions);
  });
});

describe('a location of Remote plus countries: remote policy, the countries as regions and locations', () => {
  const countries = (record: Record<string, any>) => record.locations.map((location: any) => location.country);
  it.each([
    ['location: [Remote, US, UK]', 'remote', ['US', 'GB'], ['US', 'GB']],
    ['location:\n  - Remote\n  - US\n  - UK', 'remote', ['US', 'GB'], ['US', 'GB']],
    ['location: "Remote, US, UK"', 'remote', ['US', 'GB'], ['US', 'GB']],
    ['locations: [Remote, Germany, Poland]', 'remote', ['DE', 'PL'], ['DE', 'PL']],
    ['country: US', 'onsite', [], ['US']],
    // Negative rows: a city is an office, no Remote item, a city alone.
    ['location: [Remote, Berlin]', 'remote', [], ['DE']],
    ['location: [US, UK]', 'onsite', [], ['US', 'GB']],
    ['location: Berlin', 'onsite', [], ['DE']],
  ])('%s', async (frontmatter, policy, regions, located) => {
    const record = await recordOf(posting(frontmatter));
    expect([record.remote.policy, record.remote.regions, countries(record)]).toEqual([policy, regions, located]);
  });

  it('a field of Remote outweighs an on-site phrase in the body, with the key line as evidence', async () => {
    const record = await recordOf(posting('location: [Remote, US, UK]', 'You can also work on-site in our office if you like.'));
    expect([record.remote.policy, record.remote.regions]).toEqual(['remote', ['US', 'GB']]);
    expect(record.evidence.remote).toMatchObject({ line: 3, rule: 'frontmatter.location' });
    expect(record.evidence.remote.confidence).toBeGreaterThanOrEqual(0.95);
  });
});
