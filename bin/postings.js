#!/usr/bin/env node
import { existsSync } from 'node:fs';
import module from 'node:module';

// A clone has no build until its first run makes one; the npm package and release tags ship it.
// An install from a git branch has neither the build nor the script that makes one (package.json `files`): one line.
if (!existsSync(new URL('../dist/bundle/cli.js', import.meta.url))) {
  if (!existsSync(new URL('../scripts/build-once.js', import.meta.url))) {
    process.stderr.write('postings: this install has no build: it was installed from a git branch or commit, and only a release (a vX.Y.Z tag, such as `rev: vX.Y.Z` for pre-commit or `@v0` for the Action, or the npm package) ships one\n');
    process.exit(1);
  }
  const { buildOnce } = await import('../scripts/build-once.js');
  if (!buildOnce()) process.exit(1);
}
const args = process.argv.slice(2);
// `--version` alone loads one line of code, not the CLI: scripts and hooks ask it often.
if (args.length === 1 && (args[0] === '--version' || args[0] === '-V')) {
  const { VERSION } = await import('../dist/version.js');
  // A reader that is already gone (`| true`) is no error.
  process.stdout.on('error', () => {});
  process.stdout.write(`${VERSION}\n`);
} else {
  // Node 22.1+ keeps the compiled bundle between runs (in the system's temporary folder); on older Node, load-cli.js does.
  const nodeCachesModules = Boolean(module.enableCompileCache);
  module.enableCompileCache?.();
  // V8's flags for peak memory and for short runs (v8-flags.js); a flag given to node wins.
  const [{ default: v8 }, { flagsToSet, isGiven }] = await Promise.all([import('node:v8'), import('./v8-flags.js')]);
  const given = `${process.execArgv.join(' ')} ${process.env.NODE_OPTIONS ?? ''}`;
  const flags = flagsToSet(given);
  for (const flag of flags) v8.setFlagsFromString(flag);
  const youngGenerationLoaded = isGiven(given, 'semi-space') ? undefined : (await import('./young-generation.js')).capYoungGeneration();
  const { main, onOutputError, saveCache } = await (await import('./load-cli.js')).loadCli(args, nodeCachesModules, flags.join(' '));
  youngGenerationLoaded?.();

  // A reader that goes away (`postings … | head`) stops the run quietly with the exit code so far;
  // a full disk or a failing device is one line and exit 1, never a stack trace.
  for (const stream of [process.stdout, process.stderr]) {
    stream.on('error', (error) => {
      const { exitCode, line } = onOutputError(error, process.exitCode);
      if (line && stream === process.stdout) process.stderr.write(line);
      process.exit(exitCode);
    });
  }

  process.exitCode = await main(args);
  saveCache();
}
