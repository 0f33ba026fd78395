/**
 * `--format jsonld` through the CLI: every emitted object type-checks as
 * schema-dts's JobPosting (a generated .ts file given to tsc), Google's
 * required properties are there on the fixtures, descriptions are sanitised
 * HTML, and on the real corpus the share of records with every required and
 * recommended property is printed.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { JobPosting, WithContext } from 'schema-dts';
import { describe, expect, it } from 'vitest';
import { toJobPosting, type JobPostingLd } from '../src/emit/jsonld.js';
import type { Posting } from '../src/schema/posting.js';
import { describeShared, FIXTURES, HAS_SHARED, POSTINGS, ROOT, runCli } from './helpers.js';
import { corpusRecords } from './run-once.js';

// Compiled by `npm run typecheck`: what toJobPosting returns is a schema-dts JobPosting.
export const asSchemaDts = (posting: JobPostingLd): WithContext<JobPosting> => posting;

type Ld = Record<string, any>;
const NOW = ['--now', '2026-06-01', '--jobs', '1'];

/** The fixtures' objects, made once for the tests that read them all (each run of the three folders cost seconds). */
let fixtureObjects: Promise<Ld[]> | undefined;
const fixturesJsonld = (): Promise<Ld[]> => (fixtureObjects ??= jsonld(fixtureDirs));

/** `normalize <paths> -f jsonld`, run once for each list of paths (several tests read the same fixture). */
const runs = new Map<string, Promise<string>>();
async function jsonld(paths: string[]): Promise<Ld[]> {
  const key = JSON.stringify(paths);
  if (!runs.has(key)) runs.set(key, runCli(['normalize', ...paths, '-f', 'jsonld', ...NOW]).then((result) => result.stdout));
  const stdout = await runs.get(key)!;
  expect(stdout.startsWith('[')).toBe(true);
  return JSON.parse(stdout) as Ld[];
}

/** A value as tsc types it against schema-dts: text (but '@' keys' literals) as '', numbers as 0, array items once each. */
function typeShape(value: unknown, key = ''): unknown {
  if (typeof value === 'string') return key.startsWith('@') ? value : '';
  if (typeof value === 'number') return 0;
  if (Array.isArray(value)) return uniqueByJson(value.map((item) => typeShape(item, key)));
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, typeShape(v, k)]));
  return value;
}

const uniqueByJson = <T>(values: T[]): T[] => [...new Map(values.map((value) => [JSON.stringify(value), value])).values()];

/**
 * The same type check on less text: JobPosting's properties are all optional and each is checked on its own, and
 * schema-dts types text as string (no literal but the '@type's), so each property's distinct shapes, in a JobPosting
 * of their own, fail where the whole objects fail. The corpus's 300 objects become a few dozen small ones.
 */
function typeCheckObjects(postings: Ld[]): Ld[] {
  const shapes = postings.flatMap((posting) => Object.entries(posting).map(([key, value]) => ({ '@context': posting['@context'], '@type': posting['@type'], [key]: typeShape(value, key) })));
  return uniqueByJson(shapes);
}

/** Writes the objects' type shapes as `WithContext<JobPosting>[]` in test-artifacts/jsonld/<name>.ts, and returns that path. */
function writeTypeCheckFile(postings: Ld[], name: string): string {
  const dir = path.join(ROOT, 'test-artifacts', 'jsonld');
  mkdirSync(dir, { recursive: true });
  const file = path.join(dir, `${name}.ts`);
  writeFileSync(file, `import type { JobPosting, WithContext } from 'schema-dts';\nexport const postings: Array<WithContext<JobPosting>> = ${JSON.stringify(typeCheckObjects(postings), null, 1)};\n`);
  return file;
}

/**
 * One tsc run for every set (each start of tsc loads schema-dts's types anew, a few seconds each): by name, tsc's
 * complaints about that set's file, '' when it type-checks. A complaint tsc ties to no file goes to every set.
 */
function typeCheckAll(sets: Record<string, Ld[]>): Record<string, string> {
  const files = Object.fromEntries(Object.entries(sets).map(([name, postings]) => [name, writeTypeCheckFile(postings, name)]));
  const tsc = path.join(ROOT, 'node_modules', 'typescript', 'bin', 'tsc');
  // No @types/node (`types: []`): the files need none, and loading it was about half of tsc's CPU.
  const compilerOptions = { noEmit: true, strict: true, skipLibCheck: true, target: 'es2022', lib: ['es2022'], module: 'nodenext', moduleResolution: 'nodenext', types: [] };
  const project = path.join(path.dirname(Object.values(files)[0]!), 'tsconfig.json');
  writeFileSync(project, JSON.stringify({ compilerOptions, files: Object.values(files) }));
  // One thread: TypeScript 7's tsc checks on several by default, about twice the CPU on these three files.
  const run = spawnSync(process.execPath, [tsc, '-p', project, '--singleThreaded'], { cwd: ROOT, encoding: 'utf8' });
  const byFile: Record<string, string[]> = Object.fromEntries(Object.keys(files).map((name) => [name, []]));
  const unplaced: string[] = [];
  let current: string[] = unplaced;
  for (const line of `${run.stdout}${run.stderr}`.split('\n')) {
    if (!line.trim()) continue;
    // A diagnostic starts with its file (relative to ROOT); its indented lines go on with it.
    if (!/^\s/.test(line)) {
      const owner = Object.entries(files).find(([, file]) => line.startsWith(path.relative(ROOT, file)) || line.startsWith(file));
      current = owner ? byFile[owner[0]]! : unplaced;
    }
    current.push(line);
  }
  const nothingSaid = run.status === 0 || Object.values(byFile).some((lines) => lines.length > 0) ? '' : `tsc exited with ${run.status}`;
  return Object.fromEntries(Object.entries(byFile).map(([name, lines]) => [name, [...unplaced, ...lines].join('\n').trim() || nothingSaid]));
}

/** The sets that the tests below check: made once, type-checked in one tsc run the first time a test asks. */
let checked: Promise<Record<string, string>> | undefined;
function typeChecks(): Promise<Record<string, string>> {
  checked ??= (async () => {
    const [negative] = await jsonld([path.join(FIXTURES, 'jsonld', 'remote-us-hourly.md')]);
    const sets: Record<string, Ld[]> = {
      fixtures: await fixturesJsonld(),
      // A property JobPosting lacks: its own file, so that its complaint is told apart from the others'.
      negative: [{ ...negative, inLanguage: 'en' }],
    };
    if (HAS_SHARED) sets.corpus = await corpusJsonld();
    return typeCheckAll(sets);
  })();
  return checked;
}

/**
 * The corpus's records are made once per test run (tests/run-once.ts); each becomes what `-f jsonld` prints for it, once
 * for this file's two readers (the type check and the corpus test: each conversion of the ~300 records cost about a second).
 */
let corpusObjects: Promise<Ld[]> | undefined;
const corpusJsonld = (): Promise<Ld[]> =>
  (corpusObjects ??= corpusRecords().then((records) => JSON.parse(JSON.stringify(records.map((record) => toJobPosting(record as Posting)))) as Ld[]));

const required = (p: Ld) => Boolean(p.title && p.description && p.datePosted && p.hiringOrganization && (p.jobLocation || (p.applicantLocationRequirements && p.jobLocationType === 'TELECOMMUTE')));
const RECOMMENDED = ['baseSalary', 'employmentType', 'identifier', 'validThrough', 'directApply'];

const fixtureDirs = [path.join(FIXTURES, 'jsonld'), path.join(FIXTURES, 'closing'), POSTINGS];

describe('JSON-LD on the fixtures', () => {
  it('every object type-checks as a schema-dts JobPosting, and has no property JobPosting lacks', { timeout: 900_000 }, async () => {
    const postings = await fixturesJsonld();
    expect(postings.length).toBeGreaterThan(30);
    expect((await typeChecks()).fixtures).toBe('');
    for (const posting of postings) expect(posting.inLanguage).toBeUndefined();
  });

  it('a property JobPosting lacks fails the type check', { timeout: 900_000 }, async () => {
    const complaints = await typeChecks();
    expect(complaints.negative).toMatch(/inLanguage/);
    // Only the file that has it is blamed.
    expect(complaints.fixtures).not.toMatch(/inLanguage/);
  });

  it.each([
    // [fixture, what Google asks for that it states]
    ['remote-worldwide.md', { title: 'Platform Engineer', datePosted: '2026-01-15', validThrough: '2026-12-31', jobLocationType: 'TELECOMMUTE', identifier: { '@type': 'PropertyValue', name: 'Orbit Labs', value: 'OL-2041' }, directApply: true, employmentType: 'FULL_TIME' }],
    ['remote-us-hourly.md', { jobLocationType: 'TELECOMMUTE', applicantLocationRequirements: [{ '@type': 'Country', name: 'US' }], directApply: true, applicationContact: { '@type': 'ContactPoint', email: 'jobs@northwind.example' } }],
    ['onsite-no-period.md', { hiringOrganization: { '@type': 'Organization', name: 'Beispiel GmbH' }, jobLocation: [{ '@type': 'Place', address: { '@type': 'PostalAddress', addressLocality: 'Berlin', addressCountry: 'DE' } }] }],
  ])('%s', async (file, expected) => {
    const [posting] = await jsonld([path.join(FIXTURES, 'jsonld', file)]);
    expect(posting).toMatchObject({ '@context': 'https://schema.org', '@type': 'JobPosting', ...expected });
  });

  it('baseSalary has unitText only when the period is known', async () => {
    const [onsite, hourly] = await jsonld([path.join(FIXTURES, 'jsonld', 'onsite-no-period.md'), path.join(FIXTURES, 'jsonld', 'remote-us-hourly.md')]);
    expect(onsite!.baseSalary).toEqual({ '@type': 'MonetaryAmount', currency: 'EUR', value: { '@type': 'QuantitativeValue', minValue: 60000, maxValue: 75000 } });
    expect(hourly!.baseSalary.value).toEqual({ '@type': 'QuantitativeValue', minValue: 25, maxValue: 30, unitText: 'HOUR' });
    // A remote job's allowed country is a requirement on applicants, not an office.
    expect(hourly!.jobLocation).toBeUndefined();
  });

  it('"Worldwide" is never an AdministrativeArea, and no place is a street address', async () => {
    const postings = await fixturesJsonld();
    for (const posting of postings) {
      for (const area of posting.applicantLocationRequirements ?? []) expect(area.name).not.toBe('Worldwide');
      for (const place of posting.jobLocation ?? []) expect(place.address?.streetAddress).toBeUndefined();
    }
    const [worldwide] = await jsonld([path.join(FIXTURES, 'jsonld', 'remote-worldwide.md')]);
    expect(worldwide!.applicantLocationRequirements).toBeUndefined();
  });

  it('the description is HTML from the Markdown, with raw HTML, scripts and javascript: links removed', async () => {
    const [posting] = await jsonld([path.join(FIXTURES, 'jsonld', 'remote-worldwide.md')]);
    const html: string = posting!.description;
    expect(html).toContain('<h2>Responsibilities</h2>');
    expect(html).toContain('<li>Run the platform on <strong>Kubernetes</strong></li>');
    expect(html).not.toMatch(/<script|alert|onclick|javascript:|<span/i);
    expect(html).not.toMatch(/\*\*|^## /m);
  });

  it('a call to apply after the last section is not a qualification (the record\'s section text neither)', async () => {
    const [posting] = await jsonld([path.join(FIXTURES, 'jsonld', 'remote-worldwide.md')]);
    expect(posting!.qualifications).toBe('5+ years of experience with Go');
    expect(posting!.responsibilities).toBe('Run the platform on Kubernetes\nWrite the runbooks and docs');
  });

  // [posting, qualifications, benefits]: apply words and an address the record applies to end a section that has content.
  it.each([
    ['## Requirements\n\n- Go\n\nApply at https://acme.example/jobs/7', 'Go', undefined],
    ['## Requirements\n\n- Go\n\nSend your CV to [jobs@acme.example](mailto:jobs@acme.example?subject=Go).\n\nWe are an equal opportunity employer.', 'Go', undefined],
    ['## Dein Profil\n\n- Go\n\n## Wir bieten\n\n- 30 Tage Urlaub\n\nBewirb dich unter jobs@acme.example', 'Go', '30 Tage Urlaub'],
    ['## Profil recherché\n\n- Go\n\nEnvoyez votre candidature à jobs [at] acme [dot] example', 'Go', undefined],
    // Must not: apply words without the address, an address that is not where to apply, a call as the section's only content.
    ['## Requirements\n\n- Go\n\nYou will apply statistics to logistics.\n\nOur code is open: https://github.com/acme/core\n\nApply at https://acme.example/jobs/7', 'You will apply statistics to logistics.\n\nOur code is open: https://github.com/acme/core\nGo', undefined],
    ['## Requirements\n\nSend your CV to jobs@acme.example if you write Go.', 'Send your CV to jobs@acme.example if you write Go.', undefined],
  ])('%j', async (body, qualifications, benefits) => {
    const result = await runCli(['normalize', '-', '-f', 'jsonld', ...NOW], { input: `# Backend Engineer\n\nAcme is hiring.\n\n${body}\n` });
    const [posting] = JSON.parse(result.stdout) as Ld[];
    expect(posting!.qualifications).toBe(qualifications);
    expect(posting!.jobBenefits).toBe(benefits);
  });

  it('a "How to apply" section keeps its call to apply', async () => {
    const result = await runCli(['normalize', '-', ...NOW], { input: '# Backend Engineer\n\n## How to apply\n\nWe read every letter.\n\nSend your CV to jobs@acme.example\n' });
    const [record] = JSON.parse(result.stdout) as Ld[];
    expect(record!.sections).toEqual([{ kind: 'process', heading: 'How to apply', text: 'We read every letter.\n\nSend your CV to jobs@acme.example', items: [] }]);
  });

  it('validThrough comes from the closing date; expired postings still say when they closed', async () => {
    const postings = await jsonld([path.join(FIXTURES, 'closing', 'bewerbungsfrist-de.md'), path.join(FIXTURES, 'closing', 'jsonld-valid-through.html')]);
    expect(postings.map((p) => p.validThrough)).toEqual(['2026-06-30', '2026-04-30']);
  });
});

describeShared('JSON-LD on the real corpus', () => {
  it('type-checks, and prints how many records carry what Google requires and recommends', { timeout: 900_000 }, async () => {
    const postings = await corpusJsonld();
    expect(postings.length).toBeGreaterThan(150);
    expect((await typeChecks()).corpus).toBe('');
    const withRequired = postings.filter(required);
    const counts = RECOMMENDED.map((property) => `${property} ${postings.filter((p) => p[property] !== undefined).length}`);
    const allRecommended = withRequired.filter((p) => RECOMMENDED.every((property) => p[property] !== undefined)).length;
    process.stdout.write(`JSON-LD on ../shared/corpus/real: ${postings.length} records; every required property (title, description, datePosted, hiringOrganization, jobLocation or TELECOMMUTE + applicantLocationRequirements): ${withRequired.length} (${Math.round((100 * withRequired.length) / postings.length)}%); recommended: ${counts.join(', ')}; required and every recommended: ${allRecommended}\n`);
    // Every record has a title or description to show; the required set is what the posting states, never invented.
    for (const posting of postings) expect(posting.description ?? posting.title, JSON.stringify(posting).slice(0, 400)).toBeTruthy();
    expect(withRequired.length).toBeGreaterThan(0);
  });
});
