/**
 * What the background jobs (background.ts, background-release.ts) share: a process run without blocking the test
 * process, npm run quietly, and what a job leaves for its tests.
 */
import { spawn, spawnSync } from 'node:child_process';

export interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

/** What a job leaves for its tests: its folder and the runs it made, by name. */
export interface JobResult {
  dir: string;
  runs: Record<string, Run>;
  /** A package the job installed: by whom, where its npm ran, its node_modules and its bin. */
  installed?: Installed;
}

export interface Installed {
  by: 'npm' | 'pre-commit';
  npmCwd: string;
  nodeModules: string;
  bin: string;
}

export interface Job {
  /** The test files that await it, relative to the repository. */
  testFiles: string[];
  /** Whether it can run here at all (its test skips otherwise). */
  available(): boolean;
  make(dir: string, signal?: AbortSignal): Promise<JobResult>;
}

/** A process run without blocking this one; killed when `signal` aborts. */
export function runAsync(command: string, args: string[], cwd: string, env: Record<string, string | undefined> = process.env, signal?: AbortSignal): Promise<Run> {
  return new Promise((resolve) => {
    const child = spawn(command, args, { cwd, env, signal, stdio: ['ignore', 'pipe', 'pipe'] });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on('data', (chunk: Buffer) => out.push(chunk));
    child.stderr.on('data', (chunk: Buffer) => err.push(chunk));
    child.on('error', (error) => err.push(Buffer.from(String(error))));
    child.on('close', (code) => resolve({ code: code ?? -1, stdout: Buffer.concat(out).toString('utf8'), stderr: Buffer.concat(err).toString('utf8') }));
  });
}

/**
 * npm as a test runs it: no audit, fund or update notices (each a request and seconds of CPU) and the cache before
 * the registry (every package the installs need is in it after `npm ci`). What is installed is the same.
 */
export const npmQuiet = { npm_config_audit: 'false', npm_config_fund: 'false', npm_config_update_notifier: 'false', npm_config_prefer_offline: 'true' };
export const quietEnv = { ...process.env, NO_COLOR: '1', CI: 'true', npm_config_loglevel: 'warn', ...npmQuiet };

export const hasPreCommit = (): boolean => spawnSync('pre-commit', ['--version'], { encoding: 'utf8' }).status === 0;
