#!/usr/bin/env node
import { main, onOutputError } from '../dist/bundle/cli.js';

// A reader that goes away (`postings … | head`) stops the run quietly with the exit code so far;
// a full disk or a failing device is one line and exit 1, never a stack trace.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (error) => {
    const { exitCode, line } = onOutputError(error, process.exitCode);
    if (line && stream === process.stdout) process.stderr.write(line);
    process.exit(exitCode);
  });
}

process.exitCode = await main(process.argv.slice(2));
