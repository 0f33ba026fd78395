/**
 * What the background jobs (background.ts, background-release.ts) share: a process run without blocking the test
 * process, npm run quietly, and what a job leaves for its tests.
 */
import { AsyncLocalStorage } from 'node:async_hooks';
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
  /** Whether global setup starts it with the run (else a test that needs it runs it itself, or skips). */
  available(): boolean;
  make(dir: string, signal?: AbortSignal): Promise<JobResult>;
}

/** The background job a run belongs to (background.ts's startJob), for SUITE_PROCESS_CPU_LOG's lines. */
export const jobOfRun = new AsyncLocalStorage<string>();

/**
 * With SUITE_PROCESS_CPU_LOG=<file>, a job's process runs under this wrapper, which appends one JSON line there when it
 * ends: the CPU of the process and of everything it waited for (its cutime and cstime, as tests/cpu-log.ts reads them).
 * Node gives a parent no child's CPU; the wrapper's own start (about 40 ms) is not in the figure.
 */
const CPU_WRAPPER = `
const { spawn } = require('node:child_process');
const { appendFileSync, readFileSync } = require('node:fs');
const [log, job, started, command, ...args] = process.argv.slice(1);
const child = spawn(command, args, { stdio: 'inherit' });
for (const signal of ['SIGTERM', 'SIGINT']) process.on(signal, () => child.kill(signal));
child.on('error', (error) => { process.stderr.write(String(error)); process.exit(1); });
child.on('close', (code, signal) => {
  const fields = readFileSync('/proc/self/stat', 'utf8').split(') ')[1].split(' ');
  const cpu = Math.round(Number(fields[13]) + Number(fields[14])) / 100;
  const wall = Math.round((Date.now() - Number(started)) / 100) / 10;
  appendFileSync(log, JSON.stringify({ process: 'job-run', job, command: [command, ...args].join(' ').slice(0, 160), cpu, wall }) + '\\n');
  process.exit(code ?? 1);
});
`;

/** A process run without blocking this one; killed when `signal` aborts. */
export function runAsync(command: string, args: string[], cwd: string, env: Record<string, string | undefined> = process.env, signal?: AbortSignal): Promise<Run> {
  const log = process.env.SUITE_PROCESS_CPU_LOG;
  const job = jobOfRun.getStore();
  if (log && job) [command, args] = [process.execPath, ['-e', CPU_WRAPPER, log, job, String(Date.now()), command, ...args]];
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
