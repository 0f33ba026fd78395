#!/usr/bin/env node
/**
 * `node scripts/run-parallel.js build typecheck`: the npm scripts named, at
 * once (each is one single-threaded tsc, so on two cores the pair takes the
 * time of the longer one); fails when any fails, with that exit code.
 */
import { spawn } from 'node:child_process';

const names = process.argv.slice(2);
const codes = await Promise.all(names.map((name) => new Promise((resolve) => {
  const child = spawn('npm', ['run', name], { stdio: 'inherit', shell: process.platform === 'win32' });
  child.on('error', (error) => {
    process.stderr.write(`npm run ${name}: ${error.message}\n`);
    resolve(1);
  });
  child.on('close', (code, signal) => resolve(code ?? (signal ? 1 : 0)));
})));
const failed = codes.findIndex((code) => code !== 0);
if (failed >= 0) process.stderr.write(`npm run ${names[failed]} failed (exit code ${codes[failed]})\n`);
process.exitCode = failed >= 0 ? codes[failed] : 0;
