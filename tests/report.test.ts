/**
 * `postings report`: the numbers (--format json) on the dedupe fixture corpus,
 * the HTML page's promises (self-contained, escaped, links back to the
 * files), and its usage errors. The page in a real browser is tested in
 * report-browser.test.ts.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { cpSync, existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ROOT, runCli } from './helpers.js';

const CORPUS = 'fixtures/dedupe/corpus';
const tempDir = () => mkdtempSync(path.join(os.tmpdir(), 'postings-report-'));

describe('postings report --format json', () => {
  let result: Awaited<ReturnType<typeof runCli>>;
  let data: Record<string, any>;
  beforeAll(async () => {
    result = await runCli(['report', CORPUS, '--format', 'json']);
    data = JSON.parse(result.stdout);
  });
  const count = (list: Array<{ value: string; count: number }>, value: string) => list.find((c) => c.value === value)?.count;

  it('counts records, failures, duplicate groups and duplicates', () => {
    expect(result.code, result.stderr).toBe(0);
    expect(data.totals).toEqual({ inputs: 13, records: 13, failed: 0, groups: 3, duplicates: 6, expired: 0 });
  });

  it('counts by format, language, remote policy and employment type', () => {
    expect(count(data.counts.language, 'de')).toBe(3);
    expect(count(data.counts.language, 'en')).toBe(10);
    expect(count(data.counts.remote, 'hybrid')).toBe(6);
    expect(count(data.counts.employmentType, 'PART_TIME')).toBe(1);
    expect(data.counts.format.reduce((sum: number, c: { count: number }) => sum + c.count, 0)).toBe(13);
  });

  it('summarises salaries per currency and period', () => {
    const chf = data.salaries.find((s: { currency: string; period: string }) => s.currency === 'CHF' && s.period === 'YEAR');
    expect(chf).toMatchObject({ count: 3, min: 95000, max: 112000, median: 102500 });
    expect(chf.ranges).toHaveLength(3);
  });

  it('lists the fields missing most often, most first', () => {
    expect(data.missing[0]).toMatchObject({ field: 'seniority', count: 7 });
    expect(data.missing.find((m: { field: string }) => m.field === 'datePosted')).toMatchObject({ count: 4, share: 0.308 });
    const counts = data.missing.map((m: { count: number }) => m.count);
    expect(counts).toEqual([...counts].sort((a, b) => b - a));
  });

  it('marks each duplicate with its representative and lists the groups', () => {
    expect(data.groups.map((g: { size: number }) => g.size)).toEqual([4, 2, 3]);
    expect(data.groups[0]).toMatchObject({ title: 'Senior Backend Engineer', company: 'Northwind Analytics' });
    expect(data.records.filter((r: { duplicateOf: string | null }) => r.duplicateOf).length).toBe(6);
  });
});

describe('postings report: inputs that give no record', () => {
  it('counts them as failed, by the rule that stopped them', async () => {
    const dir = tempDir();
    writeFileSync(path.join(dir, 'empty.md'), '');
    cpSync(path.join(ROOT, 'fixtures', 'not-posting', 'no-vacancy.md'), path.join(dir, 'no-vacancy.md'));
    cpSync(path.join(ROOT, CORPUS, 'harbor-barista.md'), path.join(dir, 'harbor-barista.md'));
    const result = await runCli(['report', dir, '--format', 'json']);
    expect(result.code).toBe(1);
    const data = JSON.parse(result.stdout);
    expect(data.totals).toMatchObject({ inputs: 3, records: 1, failed: 2 });
    expect(data.errors).toEqual([{ value: 'empty-file', count: 1 }, { value: 'not-a-posting', count: 1 }]);
  });
});

describe('postings report (HTML)', () => {
  it('writes one self-contained page that links back to the files', async () => {
    const dir = tempDir();
    const out = path.join(dir, 'site', 'report.html');
    const result = await runCli(['report', CORPUS, '--out', out]);
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toBe('');
    expect(result.stderr).toContain('wrote ');
    const html = readFileSync(out, 'utf8');
    expect(html).toMatch(/^<!doctype html>/);
    expect(html).toContain("default-src 'none'");
    expect(html).not.toMatch(/<script|<link|<img|<iframe|\burl\(|@import/i);
    expect(html).not.toMatch(/(?:src|href)="(?:https?:)?\/\//i);
    expect(html.match(/<svg /g)!.length).toBeGreaterThanOrEqual(8);
    const hrefs = [...html.matchAll(/href="([^"]+)"/g)].map((m) => decodeURIComponent(m[1]!.replace(/&#39;/g, "'")));
    expect(hrefs.length).toBeGreaterThanOrEqual(13);
    for (const href of hrefs) expect(existsSync(path.resolve(path.dirname(out), href)), href).toBe(true);
  });

  it('prints the page on stdout without --out', async () => {
    const result = await runCli(['report', 'fixtures/postings/markdown-plain']);
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toMatch(/^<!doctype html>[\s\S]*<\/html>\n$/);
  });

  it('escapes what postings say, so a posting cannot add markup to the page', async () => {
    const dir = tempDir();
    writeFileSync(path.join(dir, 'evil.md'), '---\ntitle: "<script>alert(1)</script> Engineer"\ncompany: "\\"><img src=x onerror=alert(2)>"\n---\n# Engineer\n\nWe build things. Full-time, remote.\n');
    const result = await runCli(['report', dir, '--format', 'html']);
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).not.toMatch(/<script|<img/i);
    expect(result.stdout).toContain('&#60;script&#62;alert(1)&#60;/script&#62; Engineer');
  });

  it('lists expired postings (front matter open: false) with a link to each', async () => {
    const dir = tempDir();
    writeFileSync(path.join(dir, 'closed.md'), '---\ntitle: Night Porter\ncompany: Hotel Aurora\nopen: false\n---\n# Night Porter\n\nHotel Aurora needs a night porter. Full-time.\n');
    writeFileSync(path.join(dir, 'open.md'), '---\ntitle: Day Porter\ncompany: Hotel Aurora\n---\n# Day Porter\n\nHotel Aurora needs a day porter. Full-time.\n');
    const json = JSON.parse((await runCli(['report', dir, '--format', 'json'])).stdout);
    expect(json.totals.expired).toBe(1);
    expect(json.expired).toEqual([expect.objectContaining({ title: 'Night Porter', path: path.join(dir, 'closed.md') })]);
    const html = await runCli(['report', dir, '--out', path.join(dir, 'report.html')]);
    expect(html.code, html.stderr).toBe(0);
    expect(readFileSync(path.join(dir, 'report.html'), 'utf8')).toMatch(/<section id="expired"><h2>Expired postings <small>1<\/small><\/h2><ul class="plain"><li><a href="closed.md">Night Porter<\/a>/);
  });

  it('never reads its own earlier report as a posting', async () => {
    const dir = tempDir();
    cpSync(path.join(ROOT, CORPUS), dir, { recursive: true });
    const first = await runCli(['report', dir, '--out', path.join(dir, 'report.html')]);
    const second = await runCli(['report', dir, '--out', path.join(dir, 'report.html')]);
    expect(first.code).toBe(0);
    expect(second.code, second.stderr).toBe(0);
    expect(second.stderr).toContain('postings: 13 read');
  });

  it('replaces its own earlier report on a rerun, HTML or JSON, and keeps a file of that name that is none', async () => {
    const dir = tempDir();
    writeFileSync(path.join(dir, 'a.md'), '# Cook\n\nCook at Joe\'s Diner in Austin. Full-time.\n');
    const out = path.join(dir, 'out');
    for (const format of ['html', 'json']) {
      const file = path.join(out, `report.${format}`);
      const args = ['report', path.join(dir, 'a.md'), '--out', file, ...(format === 'json' ? ['--format', 'json'] : [])];
      expect((await runCli(args)).code).toBe(0);
      expect((await runCli(args)).code).toBe(0);
    }
    writeFileSync(path.join(out, 'notes.html'), '<p>my notes</p>\n');
    const kept = await runCli(['report', path.join(dir, 'a.md'), '--out', path.join(out, 'notes.html')]);
    expect(kept.code).toBe(1);
    expect(readFileSync(path.join(out, 'notes.html'), 'utf8')).toBe('<p>my notes</p>\n');
  });

  it('has help with examples, and is listed in the top help', async () => {
    expect((await runCli(['report', '--help'])).stdout).toMatch(/Examples:\n\s+\$ postings report .* --out report\.html/);
    expect((await runCli(['--help'])).stdout).toMatch(/^\s+report \[options\]/m);
  });

  const usage: Array<[string, (dir: string) => string[], number, RegExp]> = [
    ['--out naming a folder', (dir) => ['report', CORPUS, '--out', dir], 2, /^postings: --out .* is a folder; name the report file/],
    ['an unknown format', () => ['report', CORPUS, '--format', 'pdf'], 2, /argument 'pdf' is invalid/],
    ['a folder without postings', (dir) => ['report', dir], 2, /^postings: no posting files found in /],
  ];
  for (const [title, args, code, pattern] of usage) {
    it(`refuses ${title} with one line, exit ${code}`, async () => {
      const result = await runCli(args(tempDir()));
      expect(result.code).toBe(code);
      expect(result.stderr).toMatch(pattern);
      expect(result.stderr.trim().split('\n')).toHaveLength(1);
    });
  }
});
