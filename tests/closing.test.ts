/**
 * validThrough and expired through the CLI, on fixtures/closing in several
 * languages. The run's day is fixed with --now, so no case depends on the clock.
 */
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { closingDateIn, closingFacts, saysExpired, CLOSING_WORDS, EXPIRED_WORDS } from '../src/extract/closing.js';
import { parseDate } from '../src/extract/dates.js';
import { keywordIndex } from '../src/extract/tree.js';

const closingIndex = keywordIndex([CLOSING_WORDS, EXPIRED_WORDS]);
const keywordsIn = (line: string): number => closingIndex.scan(line);
import { closingLabels, expiredPhrases } from '../src/extract/tables/dates.js';
import { FIXTURES, parseNdjson, runCli } from './helpers.js';
import { pooledCliRun, POOLED_CLI_DAY } from './pooled-runs.js';

const dir = path.join(FIXTURES, 'closing');
const NOW = '2026-06-01';

async function records(files: string[], now = NOW): Promise<Array<Record<string, any>>> {
  const result = await runCli(['normalize', ...files.map((file) => path.join(dir, file)), '-f', 'ndjson', '--now', now, '--jobs', '1']);
  expect(result.stderr).not.toMatch(/error/);
  return parseNdjson(result.stdout);
}

describe('expired: the page says the posting is filled or closed', () => {
  it.each([
    ['filled-en.md', 'text.expired-phrase', 'This position has been filled'],
    ['besetzt-de.md', 'text.expired-phrase', 'Die Stelle ist bereits besetzt'],
    ['frist-abgelaufen-de.md', 'text.expired-phrase', 'Bewerbungsfrist abgelaufen'],
    ['pourvu-fr.md', 'text.expired-phrase', 'Ce poste a été pourvu'],
    ['encerrada-pt.md', 'text.expired-phrase', 'Vaga encerrada'],
    ['open-false.md', 'frontmatter.open', 'open: false'],
    ['status-filled.md', 'frontmatter.status', 'status: filled'],
  ])('%s is expired (%s), with a posting-expired warning', async (file, rule, text) => {
    const [record] = await records([file]);
    expect(record!.expired).toBe(true);
    expect(record!.evidence.expired).toMatchObject({ rule });
    expect(record!.evidence.expired.text).toContain(text);
    expect(record!.evidence.expired.line).toBeGreaterThan(0);
    expect(record!.warnings.map((w: { code: string }) => w.code)).toContain('posting-expired');
  });

  it('a posting that only mentions closing and filling stays open', async () => {
    const [record] = await records(['still-open.md']);
    expect(record!).toMatchObject({ expired: false, validThrough: null });
    expect(record!.evidence.expired).toBeUndefined();
  });
});

describe('validThrough: the closing date the posting states', () => {
  it.each([
    ['valid-through-fm.md', '2026-05-31', 'frontmatter.validThrough'],
    ['apply-by-en.md', '2026-03-03', 'text.closing-label'],
    ['bewerbungsfrist-de.md', '2026-06-30', 'text.closing-label'],
    ['date-limite-fr.md', '2026-04-15', 'text.closing-label'],
    ['prazo-pt.md', '2026-02-28', 'text.closing-label'],
    ['shimekiri-ja.md', '2026-07-01', 'text.closing-label'],
    ['jsonld-valid-through.html', '2026-04-30', 'jsonld:validThrough'],
  ])('%s closes on %s (%s)', async (file, date, rule) => {
    const [record] = await records([file]);
    expect(record!.validThrough).toBe(date);
    expect(record!.evidence.validThrough).toMatchObject({ rule });
  });

  it.each([
    // [file, --now, expired]: a closing date before the run's day has passed; the day itself is still open.
    ['valid-through-fm.md', '2026-06-01', true],
    ['valid-through-fm.md', '2026-05-31', false],
    ['apply-by-en.md', '2026-03-04', true],
    ['apply-by-en.md', '2026-01-01', false],
    ['bewerbungsfrist-de.md', NOW, false],
    ['prazo-pt.md', NOW, true],
  ])('%s with --now %s: expired is %s', async (file, now, expired) => {
    const [record] = await records([file], now);
    expect(record!.expired).toBe(expired);
    if (expired) expect(record!.evidence.expired).toMatchObject({ rule: 'date.closing-date-passed', text: `validThrough ${record!.validThrough} is before ${now}` });
    // A passed date is the run's judgement, not the page's word: no warning.
    expect(record!.warnings.map((w: { code: string }) => w.code)).not.toContain('posting-expired');
  });

  it.each([
    ['2026/03/01', '2026-03-01'],
    ['2026年3月1日', '2026-03-01'],
    ['2026-04-30T23:59', '2026-04-30'],
    ['2026/13/01', null],
    ['2026年2月30日', null],
  ])('reads the date %s as %s', (text, date) => {
    expect(parseDate(text)).toBe(date);
  });

  // The run's shared CLI pool run (tests/pooled-runs.ts), on POOLED_CLI_DAY: its worker takes the first files, the first of them one the day decides.
  it('the day reaches the worker threads: a pooled run judges as one thread does', async () => {
    const { pooled, alone, inWorker, args } = await pooledCliRun();
    expect(args.slice(-2)).toEqual(['--now', POOLED_CLI_DAY]);
    const inDir = (record: Record<string, any>) => record.source.path.startsWith(`${dir}${path.sep}`);
    const expiredBy = (records: Array<Record<string, any>>) => records.filter(inDir).map((record) => [record.source.path, record.expired]);
    const pooledRecords = JSON.parse(pooled.stdout) as Array<Record<string, any>>;
    expect(expiredBy(pooledRecords)).toEqual(expiredBy(parseNdjson(alone.stdout)));
    expect(pooledRecords.find((record) => record.source.path.endsWith('prazo-pt.md'))!.expired).toBe(false);
    // Open on the run's day, closed by today's: the worker judged it by the run's day.
    const today = new Date().toISOString().slice(0, 10);
    const dayTold = pooledRecords.filter((record) => inDir(record) && record.validThrough && record.validThrough < today && !record.expired).map((record) => record.source.path);
    expect(inWorker.filter((file) => dayTold.includes(file)).length, 'files the day decides that the worker took').toBeGreaterThan(0);
  });

  it('--now must be a real day', async () => {
    for (const bad of ['2026-02-30', 'tomorrow', '2026-6-1']) {
      const result = await runCli(['normalize', path.join(dir, 'filled-en.md'), '--now', bad]);
      expect(result.code, bad).toBe(2);
      expect(result.stderr.trim()).toBe(`postings: --now takes a date as YYYY-MM-DD, not "${bad}"`);
    }
  });
});

describe('the keyword prefilter answers as the plain patterns do', () => {
  const labels = Object.values(closingLabels).flat();
  const phrases = ['This position has been filled', 'Die Stelle ist bereits besetzt', 'Vaga encerrada', 'offre pourvue', '募集終了', 'no longer accepting applications', 'APPLICATIONS ARE NOW CLOSED', 'Ya no está disponible'];
  const piece = fc.oneof(
    fc.constantFrom(...labels, ...phrases, ': ', ' 2026-03-01', ' 3 March 2026', ' 31.01.2026', '2026年3月1日', 'İ', 'ß'),
    fc.string({ maxLength: 12 }),
    fc.string({ unit: 'grapheme', maxLength: 8 }),
  );
  it('on lines built from labels, phrases, dates and noise', () => {
    fc.assert(fc.property(fc.array(piece, { maxLength: 8 }), (pieces) => {
      const line = pieces.join('');
      expect(closingFacts(line, keywordsIn(line), closingIndex)).toEqual({ date: closingDateIn(line), expired: saysExpired(line) });
    }), { numRuns: 2000 });
  });

  it('every phrase of the table is found by the prefilter', () => {
    expect(Object.values(expiredPhrases).flat().length).toBeGreaterThan(10);
    for (const phrase of phrases) expect(closingFacts(phrase, keywordsIn(phrase), closingIndex).expired, phrase).toBe(true);
  });
});
