/**
 * Start-up (issue #18): on Node 20 the bin loads the CLI's one-file CommonJS
 * build with a V8 code cache kept per command in a private folder of the
 * temporary folder (bin/load-cli.js). What a user sees must not change: the
 * same output, exit code and messages on the run that makes the cache, on the
 * run that reads it, with the cache off, and from a damaged cache; and the
 * imports left to run time (a custom reporter module, the worker pool) work
 * from cached code too.
 */
import { describe, expect, it } from 'vitest';
import { mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import module from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { FIXTURES, ROOT, runBin, runCli } from './helpers.js';

const VALIDATE = path.join(FIXTURES, 'validate');
const FILES = ['clean.md', 'mojibake.md', 'yaml-syntax.md'].map((name) => path.join(VALIDATE, name));
// Node 22.1+ keeps compiled modules itself (module.enableCompileCache): the bin leaves it to Node there.
const usesOwnCache = !('enableCompileCache' in module);

/** Run the bin with its temporary folder in `temporary`. */
function runWithTemporary(temporary: string, args: string[], env: Record<string, string> = {}) {
  return runBin(args, { env: { TMPDIR: temporary, TMP: temporary, TEMP: temporary, ...env } });
}

/** `validate FILES` with the cache off, run once for the tests that compare with it (a start of the CLI is about a second of CPU). */
let validateOff: ReturnType<typeof runBin> | undefined;
function validateWithCacheOff(): ReturnType<typeof runBin> {
  if (!validateOff) {
    const temporary = mkdtempSync(path.join(tmpdir(), 'postings-cache-test-'));
    try {
      validateOff = runWithTemporary(temporary, ['validate', ...FILES], { NODE_DISABLE_COMPILE_CACHE: '1' });
      expect(cacheFiles(temporary)).toEqual([]);
    } finally {
      rmSync(temporary, { recursive: true, force: true });
    }
  }
  return validateOff;
}

function cacheFiles(temporary: string): string[] {
  const folders = readdirSync(temporary).filter((name) => name.startsWith('postings-compile-cache-'));
  return folders.flatMap((folder) => readdirSync(path.join(temporary, folder)).map((name) => path.join(temporary, folder, name)));
}

describe.skipIf(!usesOwnCache)('the CLI read from a code cache (Node 20)', () => {
  // One folder for the cache's whole life (each start of the CLI costs about a second of CPU): made small by a run that
  // compiled little, made again by one that compiled much more (a reporter module and the worker pool, imported at run
  // time, from code read from the small cache), read, damaged and made again.
  it('validate prints the same on the runs that make the cache, the run that reads it, with it off, and from a damaged one; a reporter module and the worker pool, imported at run time, work from it', async () => {
    const temporary = mkdtempSync(path.join(tmpdir(), 'postings-cache-test-'));
    try {
      const args = ['validate', ...FILES];
      const off = validateWithCacheOff();
      expect(off.code).toBe(1);
      expect(off.stdout + off.stderr).toMatch(/yaml-syntax\.md/);
      const missing = runWithTemporary(temporary, ['validate', path.join(temporary, 'missing.md')]);
      expect(missing.stdout + missing.stderr).toMatch(/read-failed/);
      const [cache] = cacheFiles(temporary);
      expect(path.basename(cache!)).toMatch(/-validate\.v8cache$/);
      // Only this user may read or write it: compiled code is trusted.
      if (process.platform !== 'win32') expect(statSync(path.dirname(cache!)).mode & 0o077).toBe(0);
      const small = statSync(cache!).size;
      // Node 20 drops a script's own dynamic import callback in code read from a cache (bin/load-cli.js): the imports left
      // to run time are a reporter module and the worker pool (piscina; more files than run in process, with --jobs 2).
      // This run reads the small cache, and makes it again: it prints what the same command prints in process.
      const reporterArgs = ['validate', '--jobs', '2', '--reporter', path.join(FIXTURES, 'reporters', 'compact.mjs'), VALIDATE];
      const reporter = runWithTemporary(temporary, reporterArgs);
      expect(reporter.stderr).toBe('');
      expect(reporter.code).toBe(1);
      expect(reporter.stdout).toMatch(/^(\S+:\d+ (error|warning) [a-z-]+\n)+7 files, \d+ errors, \d+ warnings\n$/);
      expect(reporter.stdout).toMatch(/yaml-syntax\.md:\d+ error /);
      expect(reporter).toEqual(await runCli(reporterArgs));
      // A cache made by a run that compiled little is made again by one that compiles much more.
      expect(statSync(cache!).size).toBeGreaterThan(1.1 * small);
      const made = statSync(cache!).mtimeMs;
      const reading = runWithTemporary(temporary, args);
      // V8 took the cache: the run that reads it leaves it as it was.
      expect(statSync(cache!).mtimeMs).toBe(made);
      writeFileSync(cache!, 'not a code cache');
      const damaged = runWithTemporary(temporary, args);
      for (const run of [reading, damaged]) expect(run).toEqual(off);
      // A damaged cache is rejected by V8 and made again.
      expect(statSync(cache!).size).toBeGreaterThan(1000);
      // One cache, the command's: the workers load the ES module build and keep none.
      expect(cacheFiles(temporary)).toEqual([cache]);
    } finally {
      rmSync(temporary, { recursive: true, force: true });
    }
  });

  // In process, on the bin's own choice of folder (bin/load-cli.js): where it has none, the run is the run with the cache
  // off, which the test above holds to the same output (each start of the CLI costs about a second of CPU).
  it('runs without a cache where the temporary folder is missing, relative, or cannot hold one', async () => {
    const { cachePath } = (await import(pathToFileURL(path.join(ROOT, 'bin', 'load-cli.js')).href)) as { cachePath(source: string, command: string, tmp: string, flags?: string): string | null };
    const work = mkdtempSync(path.join(tmpdir(), 'postings-cache-test-'));
    try {
      // A relative folder that is there (the working folder's way to `work`): a cache made there would be in the user's
      // working folder. /proc answers mkdir with ENOENT, where Node 20's recursive mkdir loops forever.
      const folders = [path.join(work, 'missing', 'deep'), path.relative(process.cwd(), work), ...(process.platform === 'linux' ? ['/proc'] : [])];
      for (const folder of folders) expect(cachePath('bundle', 'validate', folder), folder).toBeNull();
      expect(readdirSync(work)).toEqual([]);
      // And a folder that can hold one gets one, private to this user.
      const cache = cachePath('bundle', 'validate', work);
      expect(path.dirname(path.dirname(cache!))).toBe(work);
      expect(path.basename(cache!)).toMatch(/-validate\.v8cache$/);
      if (process.platform !== 'win32') expect(statSync(path.dirname(cache!)).mode & 0o077).toBe(0);
      // V8 rejects a cache made with other flags: runs with other flags keep their own instead of remaking each other's.
      expect(cachePath('bundle', 'validate', work, '')).toBe(cache);
      expect(cachePath('bundle', 'validate', work, '--interrupt-budget=540672')).not.toBe(cache);
      expect(path.dirname(cachePath('bundle', 'validate', work, '--interrupt-budget=540672')!)).toBe(path.dirname(cache!));
    } finally {
      rmSync(work, { recursive: true, force: true });
    }
  });
});
