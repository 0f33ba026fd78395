/**
 * A short fixed-seed run of the fuzz target (fuzz/run.js; `npm run fuzz` runs
 * more): mutated fixtures and corpus files through the library, in process.
 * The time budget is left to `npm run fuzz`: no test asserts on time.
 */
import { describe, expect, it } from 'vitest';
// @ts-expect-error: a plain JavaScript module over the built library.
import { fuzz } from '../fuzz/run.js';

describe('fuzz', () => {
  it('60 mutants from seed 16: no throw, no internal error, records pass the schema, repair idempotent', () => {
    const { runs, failures } = fuzz({ seed: 16, runs: 60, timeBudget: false }) as { runs: number; failures: string[] };
    expect(failures).toEqual([]);
    expect(runs).toBe(60);
  }, 300_000);
});
