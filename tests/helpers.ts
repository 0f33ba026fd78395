/** Run the built CLI as a user does: a real process, real stdin/stdout/stderr, an exit code. */
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const BIN = path.join(ROOT, 'bin', 'postings.js');
export const SHARED = path.resolve(ROOT, '..', 'shared');
export const SEEDS = path.join(SHARED, 'seeds');
export const CORPUS = path.join(SHARED, 'corpus', 'real');
export const FIXTURES = path.join(ROOT, 'fixtures');

export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

export function runCli(args: string[], options: { input?: string | Buffer; cwd?: string; env?: Record<string, string> } = {}): CliResult {
  const result = spawnSync(process.execPath, [BIN, ...args], {
    cwd: options.cwd ?? ROOT,
    input: options.input ?? '',
    env: { ...process.env, NO_COLOR: '1', CI: 'true', ...options.env },
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
  });
  return { code: result.status ?? -1, stdout: result.stdout, stderr: result.stderr };
}

/** Parse NDJSON output into records. */
export function parseNdjson<T = Record<string, any>>(text: string): T[] {
  return text.split('\n').filter((line) => line.trim()).map((line) => JSON.parse(line) as T);
}
