/**
 * Once per `vitest run`: a folder for the runs that several test files share
 * (tests/run-once.ts), removed at the end so nothing outlives the run.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    runOnceDir: string;
  }
}

export default function setup(project: TestProject): () => void {
  const dir = mkdtempSync(path.join(tmpdir(), 'postings-test-run-'));
  project.provide('runOnceDir', dir);
  return () => rmSync(dir, { recursive: true, force: true });
}
