/**
 * The CLI bundle (dist/bundle/cli.js, what the bin loads) run in this process through `main(argv, io)`, as runBuilt
 * runs dist/cli.js: for the runs of the budget tests that start budget workers. The bundle's budget worker loads one
 * file of code, not dist/'s modules: a worker's start and its first tiny posting cost about 0.9 s of CPU against 1.6 s
 * (session 24, measured in a fresh process). What runs is the same source, built as the bin runs it.
 */
import { pathToFileURL } from 'node:url';
import { cliIo, ROOT, type CliOptions, type CliResult } from './helpers.js';
import { currentBundle } from './warm-up-cases.js';

export async function runBundled(args: string[], options: CliOptions = {}): Promise<CliResult> {
  // currentBundle fails in one line when the bundle is older than dist/ (after `tsc -w` alone): the run would test an old build.
  const bundled = (await import(pathToFileURL(currentBundle(ROOT)).href)) as typeof import('../src/cli.js');
  const io = cliIo(options);
  const code = await bundled.main(args, io);
  return { code, stdout: io.stdout.text(), stderr: io.stderr.text() };
}
