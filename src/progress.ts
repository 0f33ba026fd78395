/**
 * A progress bar on stderr for long runs: files done of the total, rate and
 * ETA. It is drawn only on a terminal, never on a pipe, in CI, or with
 * --no-progress, and only once a run has taken about a second, so quick runs
 * print nothing extra. Messages printed while it is drawn go above it.
 */
import type { Io, Writer } from './io.js';

/** Line wrap on and off: the bar is drawn with wrap off, so a message longer than the terminal is printed with it on, whole. */
const WRAP_ON = '\u001b[?7h';
const WRAP_OFF = '\u001b[?7l';

/** How long a run goes before the bar appears. */
export const PROGRESS_DELAY_MS = 1000;

export interface Progress {
  /** The number of inputs, once known. */
  setTotal(total: number): void;
  /** One input done. */
  tick(): void;
  /** Print a line on stderr without breaking the bar. */
  log(line: string): void;
  /** Remove the bar (if drawn); call before the summary line. */
  stop(): void;
}

/** Whether a bar may be drawn: asked for, stderr is a terminal, not CI, and the terminal can move the cursor. */
export function shouldShowProgress(stderr: Pick<Writer, 'isTTY'>, env: Record<string, string | undefined>, enabled: boolean): boolean {
  if (!enabled || !stderr.isTTY) return false;
  if (env.CI !== undefined && env.CI !== '' && env.CI !== 'false' && env.CI !== '0') return false;
  return env.TERM !== 'dumb';
}

/** A progress reporter for this run: a real bar when shouldShowProgress says so, else plain stderr lines. */
export async function startProgress(io: Io, enabled: boolean, { delayMs = PROGRESS_DELAY_MS } = {}): Promise<Progress> {
  if (!shouldShowProgress(io.stderr, io.env, enabled)) return plainProgress(io);
  const { default: cliProgress } = await import('cli-progress');
  const started = Date.now();
  let total = 0;
  let done = 0;
  let bars: InstanceType<typeof cliProgress.MultiBar> | undefined;
  let bar: ReturnType<InstanceType<typeof cliProgress.MultiBar>['create']> | undefined;
  const rate = () => (done / Math.max((Date.now() - started) / 1000, 0.001)).toFixed(0);
  const show = () => {
    bars = new cliProgress.MultiBar(
      {
        stream: io.stderr as NodeJS.WritableStream,
        format: total ? '{bar} {value}/{total} files | {rate}/s | ETA {eta_formatted}' : '{value} postings | {rate}/s',
        barsize: 30,
        hideCursor: true,
        clearOnComplete: true,
        etaBuffer: 50,
        // Only {eta_formatted} is shown: cli-progress's own rounding could read "5m60s".
        formatTime: (seconds: unknown) => formatEta(seconds),
      },
      cliProgress.Presets.shades_classic,
    );
    bar = bars.create(total, done, { rate: rate() });
    // Ctrl-C in any command: the bar goes, so the cursor shows again and line wrap is back on (#17).
    stopListening = io.onInterrupt?.(() => stop());
  };
  let stopListening: (() => void) | undefined;
  const stop = () => {
    clearTimeout(timer);
    stopListening?.();
    stopListening = undefined;
    bars?.update(); // flush lines logged since the last redraw
    bars?.stop();
    bars = undefined;
    bar = undefined;
  };
  const timer = setTimeout(show, delayMs);
  timer.unref();
  return {
    setTotal: (value) => {
      total = value;
      bar?.setTotal(value);
    },
    tick: () => {
      done++;
      bar?.update(done, { rate: rate() });
    },
    log: (line) => (bars ? bars.log(`${WRAP_ON}${line}\n${WRAP_OFF}`) : io.stderr.write(`${line}\n`)),
    stop,
  };
}

/**
 * An ETA as the bar shows it: "42s", "5m05s", "1h07m". Rounded once, to 5 s past a minute and to the minute past an
 * hour (so it does not flicker), and only then split, so no part ever reads 60. cli-progress passes "INF" or "NULL"
 * when it cannot tell yet.
 */
export function formatEta(seconds: unknown): string {
  if (typeof seconds !== 'number' || !Number.isFinite(seconds) || seconds < 0) return '?';
  if (Math.round(seconds) < 60) return `${Math.round(seconds)}s`;
  const fives = Math.round(seconds / 5) * 5;
  if (fives < 3600) return `${Math.floor(fives / 60)}m${String(fives % 60).padStart(2, '0')}s`;
  const minutes = Math.round(seconds / 60);
  return `${Math.floor(minutes / 60)}h${String(minutes % 60).padStart(2, '0')}m`;
}

function plainProgress(io: Io): Progress {
  return { setTotal: () => {}, tick: () => {}, log: (line) => io.stderr.write(`${line}\n`), stop: () => {} };
}
