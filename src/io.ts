/** Input and output passed into commands, so tests can run them in process. */
export interface Writer {
  write(chunk: string): unknown;
  isTTY?: boolean;
}

export interface Io {
  stdout: Writer;
  stderr: Writer;
  /** Reads all of standard input. */
  readStdin: () => Promise<Uint8Array>;
  /** Standard input as a stream, for line-by-line reading (NDJSON); falls back to readStdin when absent. */
  stdinStream?: () => AsyncIterable<Uint8Array>;
  stdinIsTTY: boolean;
  cwd: string;
  env: Record<string, string | undefined>;
}

export function processIo(): Io {
  return {
    stdout: process.stdout,
    stderr: process.stderr,
    readStdin: async () => {
      const chunks: Buffer[] = [];
      for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
      return Buffer.concat(chunks);
    },
    stdinStream: () => process.stdin,
    stdinIsTTY: Boolean(process.stdin.isTTY),
    cwd: process.cwd(),
    env: process.env,
  };
}

/** Colour only on a terminal, and never with NO_COLOR set (https://no-color.org). */
export function useColor(io: Io, writer: Writer = io.stderr): boolean {
  return Boolean(writer.isTTY) && !io.env.NO_COLOR && io.env.TERM !== 'dumb';
}
