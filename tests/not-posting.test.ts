/**
 * Pages that are no posting (fixtures/not-posting/): no record from normalize
 * and a not-a-posting message naming the reason; validate warns (an error with
 * --strict); real postings beside them (one with an interview process, one on
 * a page titled "Careers") still give their records. On the corpus: the
 * hand-labelled negatives against the real postings of the same sources, at
 * most one of those refused (only the tuning half's files are named).
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { halfOf, repositoriesOf, type Label } from './corpus-score.js';
import { CORPUS, describeShared, FIXTURES, parseNdjson, ROOT, runCli, type CliResult } from './helpers.js';
import { corpusRecords } from './run-once.js';

const DIR = path.join(FIXTURES, 'not-posting');

describe('pages that are no posting', () => {
  let normalized: CliResult;
  beforeAll(async () => {
    normalized = await runCli(['normalize', DIR, '--format', 'ndjson']);
  });

  it('gives a record for the real postings only, and fails the run', () => {
    expect(parseNdjson(normalized.stdout).map((r) => path.basename(r.source.path))).toEqual(['careers-page-posting.md', 'careers-role-table-ko.html', 'careers-roles-listed.md', 'lorem-jobs.yml', 'real-posting-bracket-tags.md', 'real-posting-with-interviews.md', 'real-posting.md']);
    expect(normalized.code).toBe(1);
  });

  it('keeps a careers page whose table labels a column as the post, and a posting whose description is still filler text', () => {
    const records = parseNdjson(normalized.stdout);
    const of = (file: string) => records.find((r) => path.basename(r.source.path) === file);
    // "채용분야 | 자격요건 | 채용인원": the rows name roles the role tables do not know (물류관리, 매장운영).
    expect(of('careers-role-table-ko.html')?.apply.emails).toEqual(['recruit@hanbit-logis.co.kr']);
    // "Lorem ipsum" beside a title, a place, a contract and hours: a real posting's unwritten description, no template.
    expect(of('lorem-jobs.yml')).toMatchObject({ title: 'Warehouse Operative', employmentType: ['FULL_TIME'] });
  });

  it.each([
    ['no-vacancy.md', 'no-vacancy'],
    ['template.md', 'template'],
    ['example-jobs.yml', 'template'],
    // Fields left to fill in ("[PAY RANGE]"), a placeholder title, instructions to whoever fills the template in.
    ['template-placeholders.md', 'template'],
    ['template-title.md', 'template'],
    ['template-instructions.md', 'template'],
    ['hiring-process.md', 'process-document'],
    ['interview-steps.md', 'process-document'],
    ['process-title.md', 'process-document'],
    ['standing-invitation.md', 'careers-index'],
    ['careers-culture.md', 'careers-index'],
    ['jobs-heading.html', 'careers-index'],
    ['open-application-da.md', 'careers-index'],
    // No heading: the first line names the page ("Open jobs at …").
    ['jobs-readme.md', 'careers-index'],
    // Its roles link to Markdown files beside it: the postings are those files.
    ['readme-index.md', 'careers-index'],
    // A data file whose items are titled by translation keys, with no text: the careers page's cards, not postings.
    ['i18n-jobs.yml', 'careers-index'],
    // Croatian: "we currently have no advertised vacant work places" under "Zapošljavanje" (employment).
    ['no-vacancy-hr.md', 'no-vacancy'],
    // Thai: a careers page ("ร่วมงานกับเรา", join us) with benefits and no role.
    ['careers-th.html', 'careers-index'],
    // Korean: the same careers page as careers-role-table-ko.html, its table of benefits ("복리후생"), no column labelled as the post.
    ['careers-benefits-table-ko.html', 'careers-index'],
    // "Lorem ipsum" under a title, and nothing else of a job: filler of a page not yet written (lorem-jobs.yml states terms).
    ['template-lorem.md', 'template'],
  ])('%s is not a posting (%s), said on one line even without -v', (file, reason) => {
    const line = normalized.stderr.split('\n').find((l) => l.includes(file));
    expect(line).toMatch(new RegExp(`not-a-posting not a posting \\(${reason}\\): `));
  });

  it('says why a careers page that names no role is none: its sign and the score', () => {
    const line = normalized.stderr.split('\n').find((l) => l.includes('jobs-heading.html'));
    expect(line).toContain('heading "Studentische Jobs an den Lehrstühlen" names jobs and no role named (-3)');
  });

  it.each([
    ['template-placeholders.md', 'template mark(s) "[REMOTE OR OFFICE] [PAY RANGE] [CLOSING DATE]"'],
    ['template-title.md', 'template mark(s) "title: Position Title"'],
    ['template-instructions.md', 'template mark(s) "email@email.", "remove this block"'],
  ])('says which template signs %s shows', (file, signs) => {
    const line = normalized.stderr.split('\n').find((l) => l.includes(file));
    expect(line).toContain(signs);
  });

  it('is a warning for validate, and an error with --strict', async () => {
    const plain = await runCli(['validate', DIR]);
    expect(plain.code).toBe(0);
    expect(plain.stderr.split('\n').filter((l) => l.includes(' warning not-a-posting '))).toHaveLength(20);
    expect((await runCli(['validate', DIR, '--strict'])).code).toBe(1);
  });
});

describeShared('the corpus\'s pages that are no posting, beside the real postings of the same sources', () => {
  const LABELS = path.join(ROOT, 'tests', 'labels');
  const older: Record<string, Label> = JSON.parse(readFileSync(path.join(LABELS, 'corpus-labels.json'), 'utf8'));
  const labels: Record<string, Label> = { ...older };
  for (const name of readdirSync(path.join(LABELS, 'new')).filter((n) => n.endsWith('.json'))) Object.assign(labels, JSON.parse(readFileSync(path.join(LABELS, 'new', name), 'utf8')));
  const negatives = Object.keys(labels).filter((file) => labels[file]!.kind === 'none');
  let repositories = new Map<string, string>();
  let postings: string[] = [];
  let recorded = new Set<string>();
  beforeAll(async () => {
    repositories = repositoriesOf(readFileSync(path.join(CORPUS, 'SOURCES.md'), 'utf8'));
    const sources = new Set(negatives.map((file) => repositories.get(file)));
    postings = Object.keys(labels).filter((file) => !file.startsWith('_') && labels[file]!.kind !== 'none' && sources.has(repositories.get(file)));
    // The run's one normalize of every corpus file (tests/run-once.ts), not a second run of these files: a file's
    // records do not depend on the other files of its run.
    const named = new Set([...negatives, ...postings]);
    recorded = new Set((await corpusRecords()).map((record) => path.basename(record.source.path)).filter((file) => named.has(file)));
    // Every corpus file: several minutes on a machine shared by many runs.
  }, 600_000);

  it('refuses at most one real posting, and gives no record for as many negatives as reached (a ratchet)', () => {
    const refused = postings.filter((file) => !recorded.has(file));
    const refusedNegatives = negatives.filter((file) => !recorded.has(file)).length;
    // Only the older labels' and the tuning half's files are named; the held-back half is counted.
    const named = refused.filter((file) => file in older || halfOf(repositories.get(file) ?? file) === 'tuning');
    console.log(`not-a-posting on the corpus: ${refusedNegatives}/${negatives.length} negatives without a record; ${refused.length}/${postings.length} real postings refused${named.length ? ` (${named.join(', ')})` : ''}`);
    expect(negatives.length).toBeGreaterThanOrEqual(19);
    expect(refused.length).toBeLessThanOrEqual(1);
    expect(refusedNegatives).toBeGreaterThanOrEqual(12);
  });
});
