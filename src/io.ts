/** Input and output passed into commands, so tests can run them in process. */
import type { WorkerPool } from './run-pool.js';
import { safeForTerminal } from './terminal.js';

export interface Writer {
  write(chunk: string): unknown;
  isTTY?: boolean;
}

export interface Io {
  stdout: Writer;
  stderr: Writer;
  /** Reads standard input to its end, or until `limit` bytes when given (the rest is left unread). */
  readStdin: (limit?: number) => Promise<Uint8Array>;
  /** Standard input as a stream, for line-by-line reading (NDJSON); falls back to readStdin when absent. */
  stdinStream?: () => AsyncIterable<Uint8Array>;
  stdinIsTTY: boolean;
  cwd: string;
  env: Record<string, string | undefined>;
  /**
   * Run `handler` on Ctrl-C (SIGINT) instead of dying mid-write; once stdout
   * has taken what the handler wrote, the signal is raised again, so the
   * process ends by it (a shell reports 130) and a calling script stops too.
   * Returns the unregister function. Absent in tests that need no signals.
   */
  onInterrupt?: (handler: () => void) => () => void;
  /**
   * Loaded workers (createPool) for a run given `--jobs` above 1 to share instead of starting its own (RunOptions.pool):
   * a test that must see the worker take files gives one, so no file of the run waits for a worker's start. Absent in the bin.
   */
  pool?: WorkerPool;
}

export function processIo(): Io {
  return {
    stdout: process.stdout,
    stderr: process.stderr,
    readStdin: (limit) => readStreamAtMost(process.stdin, limit ?? Infinity),
    stdinStream: () => process.stdin,
    stdinIsTTY: Boolean(process.stdin.isTTY),
    cwd: process.cwd(),
    env: process.env,
    onInterrupt: (handler) => {
      const listener = () => {
        handler();
        // Ended by the signal, not by exit(130): bash goes on after a child that exits 130, and stops after one that a Ctrl-C killed.
        process.stdout.write('', () => {
          process.off('SIGINT', listener);
          process.kill(process.pid, 'SIGINT');
        });
      };
      process.once('SIGINT', listener);
      return () => process.off('SIGINT', listener);
    },
  };
}

/**
 * Read a stream until its end or until `limit` bytes; stopping early ends the
 * loop, which destroys the stream, so a huge stdin is never held in memory.
 */
export async function readStreamAtMost(stream: AsyncIterable<Uint8Array>, limit: number): Promise<Uint8Array> {
  const chunks: Uint8Array[] = [];
  let total = 0;
  for await (const chunk of stream) {
    chunks.push(chunk);
    total += chunk.length;
    if (total >= limit) break;
  }
  const bytes = Buffer.concat(chunks, total);
  return total > limit ? bytes.subarray(0, limit) : bytes;
}

/**
 * Colour as chalk decides it: FORCE_COLOR first (0 or false: never; any other
 * value: always), then NO_COLOR (https://no-color.org), then a terminal that
 * is not TERM=dumb. `--color` / `--no-color` set FORCE_COLOR for the run.
 */
export function useColor(io: Pick<Io, 'env' | 'stderr'>, writer: Writer = io.stderr): boolean {
  const force = io.env.FORCE_COLOR;
  if (force !== undefined) return force !== '0' && force !== 'false';
  if (io.env.NO_COLOR) return false;
  return Boolean(writer.isTTY) && io.env.TERM !== 'dumb';
}

const OUTPUT_FAILURES: Record<string, string> = {
  ENOSPC: 'no space left on device',
  EDQUOT: 'disk quota exceeded',
  EIO: 'input/output error',
  EROFS: 'read-only file system',
  EFBIG: 'file too large',
};

/** The wording of an error that ends all output (a full disk, a failing device); undefined for any other. */
export function outputFailure(error: NodeJS.ErrnoException): string | undefined {
  return error?.code === undefined ? undefined : OUTPUT_FAILURES[error.code];
}

/** What the bin does when writing to stdout or stderr fails: a reader gone is quiet, anything else one line. */
export function onOutputError(error: NodeJS.ErrnoException, exitCode: number | undefined): { exitCode: number; line?: string } {
  if (error.code === 'EPIPE') return { exitCode: exitCode ?? 0 };
  return { exitCode: 1, line: `postings: cannot write output: ${outputFailure(error) ?? safeForTerminal(error.code ?? error.message)}\n` };
}
