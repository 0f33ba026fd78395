import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { main } from '../src/cli.js';
import type { Io } from '../src/io.js';
import { formatEta, shouldShowProgress, startProgress } from '../src/progress.js';
import { captureWriter, cliIo, manyPostings, runBuilt, runCli, waitingStage } from './helpers.js';

const tty = { isTTY: true };
const pipe = { isTTY: false };

describe('shouldShowProgress (the TTY decision)', () => {
  it('draws on a terminal when asked and not in CI', async () => {
    expect(shouldShowProgress(tty, {}, true)).toBe(true);
    expect(shouldShowProgress(tty, { CI: 'false' }, true)).toBe(true);
    expect(shouldShowProgress(tty, { CI: '' }, true)).toBe(true);
  });

  it('never draws on a pipe, with --no-progress, in CI, or on a dumb terminal', async () => {
    expect(shouldShowProgress(pipe, {}, true)).toBe(false);
    expect(shouldShowProgress({}, {}, true)).toBe(false);
    expect(shouldShowProgress(tty, {}, false)).toBe(false);
    expect(shouldShowProgress(tty, { CI: 'true' }, true)).toBe(false);
    expect(shouldShowProgress(tty, { CI: '1' }, true)).toBe(false);
    expect(shouldShowProgress(tty, { TERM: 'dumb' }, true)).toBe(false);
  });
});

function terminalIo(env: Record<string, string> = {}): Io & { err: () => string } {
  const chunks: string[] = [];
  return {
    stdout: { write: () => true },
    stderr: { isTTY: true, write: (text: string) => chunks.push(text) },
    readStdin: async () => new Uint8Array(),
    stdinIsTTY: true,
    cwd: process.cwd(),
    env,
    err: () => chunks.join(''),
  };
}

const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('startProgress', () => {
  it('draws files done of the total, the rate and an ETA on a terminal, and logs above the bar', async () => {
    const io = terminalIo();
    const progress = await startProgress(io, true, { delayMs: 0 });
    progress.setTotal(10);
    await wait(20);
    for (let i = 0; i < 3; i++) progress.tick();
    progress.log('a.md:3 error front-matter-syntax broken');
    progress.stop();
    const text = io.err();
    expect(text).toMatch(/3\/10 files \| \d+\/s \| ETA /);
    expect(text).toContain('a.md:3 error front-matter-syntax broken\n');
  });

  it('counts postings without a total (an NDJSON stream)', async () => {
    const io = terminalIo();
    const progress = await startProgress(io, true, { delayMs: 0 });
    await wait(20);
    progress.tick();
    progress.tick();
    progress.stop();
    expect(io.err()).toMatch(/2 postings \| \d+\/s/);
  });

  it('writes only the logged lines when the bar is off (CI) or the run ends before the delay', async () => {
    for (const [io, delayMs] of [[terminalIo({ CI: 'true' }), 0], [terminalIo(), 60_000]] as const) {
      const progress = await startProgress(io, true, { delayMs });
      progress.setTotal(2);
      progress.tick();
      progress.log('one line');
      await wait(20);
      progress.stop();
      expect(io.err()).toBe('one line\n');
    }
  });
});

describe('formatEta (the bar\'s ETA)', () => {
  it('never reads 60 in a part: rounded once, then split', () => {
    // cli-progress's own {eta_formatted} gives "05m60s" for 358 s and "01h60m" for 7,190 s.
    expect([0, 9.4, 42, 59.4, 59.6, 60, 61, 119, 298, 358, 359, 3597, 3598, 3600, 5399, 7190, 86_399].map(formatEta)).toEqual([
      '0s', '9s', '42s', '59s', '1m00s', '1m00s', '1m00s', '2m00s', '5m00s', '6m00s', '6m00s', '59m55s', '1h00m', '1h00m', '1h30m', '2h00m', '24h00m',
    ]);
    for (let seconds = 0; seconds < 7300; seconds += 0.5) expect(formatEta(seconds), String(seconds)).not.toMatch(/(?<!\d)60[sm]/);
  });

  it('says "?" while cli-progress cannot tell (INF, NULL)', () => {
    expect(['INF', 'NULL', Number.POSITIVE_INFINITY, Number.NaN, -1].map(formatEta)).toEqual(['?', '?', '?', '?', '?']);
  });

  it('is what the bar draws: 358 s left reads 6m00s, not 05m60s', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    try {
      const io = terminalIo();
      const progress = await startProgress(io, true, { delayMs: 0 });
      progress.setTotal(2);
      await wait(20);
      // One file took 358 s; one is left.
      vi.setSystemTime(Date.now() + 358_000);
      progress.tick();
      progress.stop();
      expect(io.err()).toContain('1/2 files');
      expect(io.err()).toContain('ETA 6m00s');
    } finally {
      vi.useRealTimers();
    }
  });
});

describe('progress through the CLI', () => {
  it('prints no bar when stderr is a pipe, even outside CI', async () => {
    // 12 files of 120 ms each in one thread: 1.4 s, past the bar's delay, so on a terminal a bar would be drawn.
    const result = await runCli(['normalize', manyPostings(12), '--format', 'ndjson', '--jobs', '1'], { env: { CI: '', TERM: 'xterm', POSTINGS_TEST_STAGE: waitingStage(120) } });
    expect(result.code).toBe(0);
    expect(result.stderr).not.toMatch(/\x1b|\r|files \|/);
    expect(result.stderr.trim().split('\n')).toEqual([expect.stringMatching(/^postings: \d+ read/)]);
  });
});

/**
 * The CLI in process as on a terminal outside CI (stderr a TTY, so the bar is drawn after its delay), with Ctrl-C's
 * handlers kept to be called as the signal would call them (src/io.ts processIo; in a process the signal is then
 * raised again and ends it). `stdin` is the NDJSON stream, made once stderr can be read.
 */
function cliOnTerminal(env: Record<string, string> = {}, stdin?: (stderr: () => string) => AsyncIterable<Uint8Array>) {
  const stderr = captureWriter(true);
  const handlers = new Set<() => void>();
  const io: Io = {
    ...cliIo({ env: { CI: '', TERM: 'xterm', ...env } }),
    stderr,
    ...(stdin ? { stdinStream: () => stdin(() => stderr.text()) } : {}),
    onInterrupt: (handler) => {
      handlers.add(handler);
      return () => handlers.delete(handler);
    },
  };
  return { io, stderr: () => stderr.text(), interrupt: () => [...handlers].forEach((handler) => handler()) };
}

/** Waits until `drawn()` (a bar on the captured terminal), checking every 50 ms, at most two minutes: no fixed delay to lose under load. */
async function until(drawn: () => boolean): Promise<void> {
  for (let i = 0; i < 2400 && !drawn(); i++) await wait(50);
}

const ndjsonLine = (id: string) => Buffer.from(JSON.stringify({ id, content: '# Backend Engineer\n\nWe build payment systems. Full time.\n' }) + '\n');

// The real terminal (a pseudo-terminal from util-linux `script`) is interrupt.test.ts's one run, which shows the bar
// drawn there, a Ctrl-C and a message wider than the terminal; a run's own end and validate's bar are seen here.
describe('progress through the CLI, on a terminal', () => {
  it('draws the bar, and a run that ends puts it away (cursor and line wrap back) before the summary, with exit 0', async () => {
    // The second posting comes once the bar is drawn (after its delay), so the run is still going then.
    const terminal = cliOnTerminal({}, async function* (stderr) {
      yield ndjsonLine('a');
      await until(() => stderr().includes('1 postings |'));
      yield ndjsonLine('b');
    });
    const code = await main(['normalize', '--input', 'ndjson', '--format', 'ndjson'], terminal.io);
    const text = terminal.stderr();
    expect(text).toMatch(/1 postings \| \d+\/s/);
    expect(code).toBe(0);
    const summary = text.indexOf('postings: 2 read');
    expect(summary).toBeGreaterThan(text.lastIndexOf('postings |'));
    expect(text.lastIndexOf('\u001b[?25h')).toBeGreaterThan(text.lastIndexOf('\u001b[?25l'));
    expect(text.lastIndexOf('\u001b[?7h')).toBeGreaterThan(text.lastIndexOf('\u001b[?7l'));
    expect(text.lastIndexOf('\u001b[?7h')).toBeLessThan(summary);
  });

  // What the terminal shows at the moment of the signal: in a process the signal is raised again right after these
  // handlers and the run ends there, so the run's own end (which puts the bar away too) must not be what is seen.
  it('Ctrl-C while validate draws its bar (the same for dedupe and report) shows the cursor again and turns line wrap back on', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'postings-progress-'));
    for (let i = 0; i < 50; i++) writeFileSync(path.join(dir, `p${i}.md`), '# Backend Engineer\n\nWe build payment systems. Full time.\n');
    const marker = path.join(dir, 'interrupted');
    // 40 ms a file without CPU until the Ctrl-C: the run lasts past the bar's delay (2 s in all) on any machine.
    const stage = path.join(dir, 'wait-stage.mjs');
    writeFileSync(stage, `import { existsSync } from 'node:fs';\nconst sleeper = new Int32Array(new SharedArrayBuffer(4));\nexport default function waitAWhile(doc) {\n  if (!existsSync(${JSON.stringify(marker)})) Atomics.wait(sleeper, 0, 0, 40);\n  return doc;\n}\n`);
    const terminal = cliOnTerminal({ POSTINGS_TEST_STAGE: stage });
    let shown: string;
    try {
      const run = main(['validate', dir, '--jobs', '1'], terminal.io);
      await until(() => /\d+\/50 files \|/.test(terminal.stderr()));
      terminal.interrupt();
      shown = terminal.stderr();
      writeFileSync(marker, '');
      await run;
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
    expect(shown).toMatch(/\d+\/50 files \|/);
    expect(shown.lastIndexOf('\u001b[?25h')).toBeGreaterThan(shown.lastIndexOf('\u001b[?25l'));
    expect(shown.lastIndexOf('\u001b[?7h')).toBeGreaterThan(shown.lastIndexOf('\u001b[?7l'));
  });
});
