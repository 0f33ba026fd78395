import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    reporters: ['default', './tests/summary-reporter.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    // Measured on 2 cores (README, Development): threads without a fresh module graph per file load
    // src/ once per worker instead of once per file, about half the CPU of forks with isolation.
    // Tests keep no state between files (no mocks, no stubbed globals, no process.chdir).
    pool: 'threads',
    isolate: false,
    maxWorkers: Math.max(2, availableParallelism() - 1),
    // A folder for work that several files share (tests/run-once.ts).
    globalSetup: ['./tests/global-setup.ts'],
    // `npm run coverage`: CLI cases run in process, so src/ is measured through them too.
    coverage: { provider: 'v8', include: ['src/**/*.ts'], reporter: ['text-summary', 'html'], reportsDirectory: 'coverage' },
  },
});
