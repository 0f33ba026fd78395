import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';
import LongestFirstSequencer from './tests/sequencer.js';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    reporters: ['default', './tests/summary-reporter.ts'],
    // A hang still fails its test; a machine shared by many runs is slow, and no test asserts on time.
    testTimeout: 300_000,
    hookTimeout: 300_000,
    // Measured on 2 cores (README, Development): a worker that keeps its module graph from one file to
    // the next loads src/ once instead of once per file, about half the CPU. Forks, not threads: each
    // worker keeps its own heap and libuv pool beside the worker threads tests start.
    // Tests keep no state between files (no mocks, no stubbed globals, no process.chdir).
    pool: 'forks',
    isolate: false,
    maxWorkers: Math.max(2, availableParallelism() - 1),
    // The build (dist/, plain JavaScript that runBuilt and the pool tests import) loads as Node loads it, not
    // through vite's transform: it needs none, and transforming it cost every worker seconds of CPU.
    server: { deps: { external: [/\/dist\//] } },
    // A folder for work that several files share (tests/run-once.ts).
    globalSetup: ['./tests/global-setup.ts'],
    // SUITE_CPU_LOG=<file>: each file's CPU, one JSON line per file (tests/cpu-log.ts). fast-check's seed: fixed in
    // `npm test`, fresh in test:deep, PROPERTY_SEED to replay one (tests/property-seed.ts).
    setupFiles: ['./tests/cpu-log.ts', './tests/property-seed.ts'],
    // Files that await a job global setup started (package installs, pre-commit) run last, when it is done.
    sequence: { sequencer: LongestFirstSequencer },
    // `npm run coverage`: CLI cases run in process, so src/ is measured through them too.
    coverage: { provider: 'v8', include: ['src/**/*.ts'], reporter: ['text-summary', 'html'], reportsDirectory: 'coverage' },
  },
});
