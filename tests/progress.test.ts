import { describe, expect, it, vi } from 'vitest';
import type { Io } from '../src/io.js';
import { formatEta, shouldShowProgress, startProgress } from '../src/progress.js';
import { manyPostings, runCli, waitingStage } from './helpers.js';

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

// The bar on a real terminal (a pseudo-terminal from util-linux `script`) is drawn by interrupt.test.ts's wide run,
// which checks the bar, the run's summary and its exit code: one start of the real binary where this file had its own.
