#!/usr/bin/env node
import { main } from '../dist/bundle/cli.js';

// A reader that goes away (`postings … | head`) is not an error: stop quietly,
// with the exit code the run had so far, instead of a stack trace.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (error) => {
    if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw error;
  });
}

process.exitCode = await main(process.argv.slice(2));
