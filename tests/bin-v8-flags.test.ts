/**
 * #18: the V8 flags the `postings` command sets before the CLI loads (bin/v8-flags.js): for peak memory, and
 * for short runs (functions optimized and patterns compiled to machine code later than V8's defaults). A flag
 * given to node wins. They change how fast the code runs, never what it prints: the same records and messages
 * with the command's flags and with V8's own defaults given to node.
 */
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { BIN, FIXTURES, ROOT, runBuilt } from './helpers.js';

const { flagsToSet } = (await import(pathToFileURL(path.join(ROOT, 'bin', 'v8-flags.js')).href)) as { flagsToSet(given: string, nodeMajor?: number): string[] };

const ALL = ['--max-semi-space-size=4', '--heap-growing-percent=30', '--interrupt-budget=540672', '--regexp-tier-up-ticks=10'];

describe('the flags the command sets', () => {
  it.each([
    { given: '', set: ALL },
    { given: '--max-semi-space-size=16', set: ALL.slice(1) },
    { given: ' --min-semi-space-size=2', set: ALL },
    { given: '--stack-size=2000 --heap_growing_percent=50', set: [ALL[0], ...ALL.slice(2)] },
    { given: '--interrupt-budget=67584', set: [...ALL.slice(0, 2), ALL[3]] },
    { given: '--interrupt-budget=67584 --regexp-tier-up-ticks=1', set: ALL.slice(0, 2) },
    { given: '--regexp_tier_up_ticks=1', set: ALL.slice(0, 3) },
  ])('given "$given": $set', ({ given, set }) => {
    expect(flagsToSet(given, 20)).toEqual(set);
  });

  // The tiering values were measured on Node 20's V8: on another Node only the memory flags are set.
  it.each([22, 24])('on Node %i, only the memory flags', (major) => {
    expect(flagsToSet('', major)).toEqual(ALL.slice(0, 2));
  });
});

/** The bin run by node with `nodeArgs` (V8 flags are not allowed in NODE_OPTIONS): its exit code and output. */
function runNode(nodeArgs: string[], args: string[]) {
  const result = spawnSync(process.execPath, [...nodeArgs, BIN, ...args], { cwd: ROOT, env: { ...process.env, NO_COLOR: '1', CI: 'true' }, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('what the command prints', () => {
  // The run with V8's defaults is the same build's CLI (dist/cli.js, which the bin's bundle is made from) run in this
  // process, which node started with none of the command's flags: a second start of the bin with the defaults given to
  // node cost about 2.5 s of CPU for the same comparison.
  it('is the same with the command\'s tiering flags and with V8\'s defaults, over the fixture postings and the multi-posting files', async () => {
    for (const flag of ALL) expect(process.execArgv.join(' ')).not.toContain(flag.split('=')[0]);
    const args = ['normalize', path.join(FIXTURES, 'postings'), path.join(FIXTURES, 'multi'), '-f', 'ndjson', '--jobs', '1', '--no-progress', '-v'];
    const withFlags = runNode([], args);
    const withDefaults = await runBuilt(args, { cwd: ROOT });
    expect(withFlags.stdout.split('\n').length).toBeGreaterThan(20);
    expect(withFlags).toEqual(withDefaults);
  }, 300_000);
});
