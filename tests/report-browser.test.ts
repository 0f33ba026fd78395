/**
 * The report in a real browser: Debian's Chromium, headless, opens the page
 * written from the dedupe fixture corpus, must log nothing on its console
 * (the page's Content-Security-Policy turns any request or script into a
 * console message), and leaves screenshots at phone and desktop widths in
 * test-artifacts/report/ (gitignored). Skipped, with the reason, without
 * /usr/bin/chromium (`apt-get install chromium`).
 */
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { ROOT, runBin } from './helpers.js';

const CHROMIUM = '/usr/bin/chromium';
const ARTIFACTS = path.join(ROOT, 'test-artifacts', 'report');
const FLAGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];

if (!existsSync(CHROMIUM)) console.log(`report-browser: skipped, ${CHROMIUM} is absent (apt-get install chromium)`);

/** Run Chromium once on a page with a fresh profile; its stdout and its console lines. */
function chromium(args: string[], page: string): { status: number | null; stdout: string; console: string[] } {
  const profile = mkdtempSync(path.join(os.tmpdir(), 'postings-chromium-'));
  try {
    const run = spawnSync(CHROMIUM, [...FLAGS, `--user-data-dir=${profile}`, '--enable-logging=stderr', '--v=0', ...args, pathToFileURL(page).href], {
      encoding: 'utf8',
      timeout: 90_000,
      maxBuffer: 64 * 1024 * 1024,
    });
    return { status: run.status, stdout: run.stdout, console: run.stderr.split('\n').filter((line) => /:CONSOLE[:(]/.test(line)) };
  } finally {
    rmSync(profile, { recursive: true, force: true });
  }
}

describe.skipIf(!existsSync(CHROMIUM))('the report in headless Chromium', () => {
  const page = path.join(mkdtempSync(path.join(os.tmpdir(), 'postings-report-')), 'report.html');
  const written = runBin(['report', 'fixtures/dedupe/corpus', 'fixtures/postings', '--out', page]);

  it('renders the whole page without a console message', () => {
    expect(written.code, written.stderr).toBe(0);
    const run = chromium(['--dump-dom'], page);
    expect(run.status).toBe(0);
    expect(run.console).toEqual([]);
    expect(run.stdout).toContain('<h1>Postings report</h1>');
    expect(run.stdout.match(/<svg /g)!.length).toBeGreaterThanOrEqual(8);
    expect(run.stdout).toContain('id="records"');
  }, 120_000);

  it('would notice a page that asks for the network', () => {
    // The check above can fail: the same page with one remote image logs a CSP violation.
    const bad = page.replace(/\.html$/, '-remote.html');
    const html = readFileSync(page, 'utf8').replace('</main>', '<img src="https://example.invalid/x.png" alt=""></main>');
    writeFileSync(bad, html);
    expect(chromium(['--dump-dom'], bad).console.length).toBeGreaterThan(0);
  }, 120_000);

  for (const [name, size] of [['phone', '390,844'], ['desktop', '1280,2400']] as const) {
    it(`keeps a screenshot at ${name} width`, () => {
      mkdirSync(ARTIFACTS, { recursive: true });
      const file = path.join(ARTIFACTS, `report-${name}.png`);
      rmSync(file, { force: true });
      const run = chromium(['--hide-scrollbars', `--window-size=${size}`, `--screenshot=${file}`], page);
      expect(run.status).toBe(0);
      expect(run.console).toEqual([]);
      const png = readFileSync(file);
      expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
      expect(png.readUInt32BE(16)).toBe(Number(size.split(',')[0]));
    }, 120_000);
  }
});
