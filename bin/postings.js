#!/usr/bin/env node
import { existsSync } from 'node:fs';

// A clone has no build until its first run makes one; the npm package and release tags ship it.
if (!existsSync(new URL('../dist/bundle/cli.js', import.meta.url))) {
  const { buildOnce } = await import('../scripts/build-once.js');
  if (!buildOnce()) process.exit(1);
}
const { main } = await import('../dist/bundle/cli.js');

// A reader that goes away (`postings … | head`) is not an error: stop quietly,
// with the exit code the run had so far, instead of a stack trace.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (error) => {
    if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw error;
  });
}

process.exitCode = await main(process.argv.slice(2));
