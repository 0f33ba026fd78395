/**
 * The report in a real browser: Debian's Chromium, headless, opens the page
 * written from the dedupe fixture corpus, must log nothing on its console
 * (the page's Content-Security-Policy turns any request or script into a
 * console message), and leaves screenshots at phone and desktop widths in
 * test-artifacts/report/ (gitignored). One Chromium for the file, driven over
 * the DevTools protocol on a pipe (`--remote-debugging-pipe`), a new tab per
 * case: each start of Chromium cost a few seconds of CPU. Skipped, with the
 * reason, without /usr/bin/chromium (`apt-get install chromium`).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Readable, Writable } from 'node:stream';
import { pathToFileURL } from 'node:url';
import { FIXTURES, POSTINGS, ROOT, runCli, type CliResult } from './helpers.js';

const CHROMIUM = '/usr/bin/chromium';
const ARTIFACTS = path.join(ROOT, 'test-artifacts', 'report');
const FLAGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--remote-debugging-pipe'];

if (!existsSync(CHROMIUM)) console.log(`report-browser: skipped, ${CHROMIUM} is absent (apt-get install chromium)`);

type Message = { id?: number; method?: string; params?: any; result?: any; error?: { message: string }; sessionId?: string };
/** What a tab said on its console: log entries (CSP violations among them), console calls and uncaught exceptions. */
const CONSOLE_EVENTS = new Set(['Log.entryAdded', 'Runtime.consoleAPICalled', 'Runtime.exceptionThrown']);

/** One headless Chromium, spoken to over the DevTools protocol: JSON messages ending in NUL, in on fd 3, out on fd 4. */
class Browser {
  private next = 0;
  private readonly replies = new Map<number, (message: Message) => void>();
  private readonly listeners = new Set<(message: Message) => void>();
  private readonly child: ChildProcess;
  private readonly profile = mkdtempSync(path.join(os.tmpdir(), 'postings-chromium-'));

  constructor() {
    this.child = spawn(CHROMIUM, [...FLAGS, `--user-data-dir=${this.profile}`, 'about:blank'], { stdio: ['ignore', 'ignore', 'ignore', 'pipe', 'pipe'] });
    let pending = '';
    const out = this.child.stdio[4] as Readable;
    out.setEncoding('utf8');
    out.on('data', (chunk: string) => {
      pending += chunk;
      for (let end = pending.indexOf('\0'); end >= 0; end = pending.indexOf('\0')) {
        const message = JSON.parse(pending.slice(0, end)) as Message;
        pending = pending.slice(end + 1);
        if (message.id !== undefined) this.replies.get(message.id)?.(message);
        else for (const listener of this.listeners) listener(message);
      }
    });
  }

  send(method: string, params: object = {}, sessionId?: string): Promise<any> {
    const id = ++this.next;
    return new Promise((resolve, reject) => {
      this.replies.set(id, (message) => (this.replies.delete(id), message.error ? reject(new Error(`${method}: ${message.error.message}`)) : resolve(message.result)));
      (this.child.stdio[3] as Writable).write(`${JSON.stringify({ id, method, params, sessionId })}\0`);
    });
  }

  /** Opens the page in a new tab, waits for its load event; the tab's session and the console messages so far and to come. */
  async open(page: string, width = 1280, height = 2400): Promise<{ session: string; console: string[] }> {
    const { targetId } = await this.send('Target.createTarget', { url: 'about:blank' });
    const { sessionId: session } = await this.send('Target.attachToTarget', { targetId, flatten: true });
    const console: string[] = [];
    let loaded!: () => void;
    const load = new Promise<void>((resolve) => (loaded = resolve));
    this.listeners.add((message) => {
      if (message.sessionId !== session) return;
      if (CONSOLE_EVENTS.has(message.method!)) console.push(`${message.method} ${JSON.stringify(message.params).slice(0, 300)}`);
      if (message.method === 'Page.loadEventFired') loaded();
    });
    for (const domain of ['Log', 'Runtime', 'Page']) await this.send(`${domain}.enable`, {}, session);
    await this.send('Emulation.setScrollbarsHidden', { hidden: true }, session);
    await this.send('Emulation.setDeviceMetricsOverride', { width, height, deviceScaleFactor: 1, mobile: false }, session);
    await this.send('Page.navigate', { url: pathToFileURL(page).href }, session);
    await load;
    return { session, console };
  }

  async close(): Promise<void> {
    const exited = new Promise((resolve) => this.child.once('exit', resolve));
    await this.send('Browser.close').catch(() => this.child.kill());
    await exited;
    rmSync(this.profile, { recursive: true, force: true });
  }
}

describe.skipIf(!existsSync(CHROMIUM))('the report in headless Chromium', () => {
  const page = path.join(mkdtempSync(path.join(os.tmpdir(), 'postings-report-')), 'report.html');
  let written: CliResult;
  let browser: Browser;
  beforeAll(async () => {
    browser = new Browser();
    written = await runCli(['report', path.join(FIXTURES, 'dedupe', 'corpus'), POSTINGS, '--out', page]);
  }, 120_000);
  afterAll(() => browser?.close());

  it('renders the whole page without a console message', async () => {
    expect(written.code, written.stderr).toBe(0);
    const tab = await browser.open(page);
    const { result } = await browser.send('Runtime.evaluate', { expression: 'document.documentElement.outerHTML', returnByValue: true }, tab.session);
    const dom = result.value as string;
    expect(tab.console).toEqual([]);
    expect(dom).toContain('<h1>Postings report</h1>');
    expect(dom.match(/<svg /g)!.length).toBeGreaterThanOrEqual(8);
    expect(dom).toContain('id="records"');
  }, 120_000);

  it('would notice a page that asks for the network', async () => {
    // The check above can fail: the same page with one remote image logs a CSP violation.
    const bad = page.replace(/\.html$/, '-remote.html');
    const html = readFileSync(page, 'utf8').replace('</main>', '<img src="https://example.invalid/x.png" alt=""></main>');
    writeFileSync(bad, html);
    const tab = await browser.open(bad);
    expect(tab.console.join('\n')).toMatch(/Content Security Policy/);
  }, 120_000);

  for (const [name, width, height] of [['phone', 390, 844], ['desktop', 1280, 2400]] as const) {
    it(`keeps a screenshot at ${name} width`, async () => {
      mkdirSync(ARTIFACTS, { recursive: true });
      const file = path.join(ARTIFACTS, `report-${name}.png`);
      rmSync(file, { force: true });
      const tab = await browser.open(page, width, height);
      const { data } = await browser.send('Page.captureScreenshot', { format: 'png' }, tab.session);
      writeFileSync(file, Buffer.from(data as string, 'base64'));
      expect(tab.console).toEqual([]);
      const png = readFileSync(file);
      expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
      expect(png.readUInt32BE(16)).toBe(width);
    }, 120_000);
  }
});
