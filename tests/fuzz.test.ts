/**
 * A short fixed-seed run of the fuzz target (fuzz/run.js; `npm run fuzz` runs
 * more): mutated fixtures and corpus files through the library, in process.
 * The time budget is left to `npm run fuzz`: no test asserts on time.
 */
import { describe, expect, it } from 'vitest';
// @ts-expect-error: a plain JavaScript module over the built library.
import { fuzz } from '../fuzz/run.js';
import { propertyRuns } from './property-runs.js';

/** A mutant costs about ten property cases: 20 by default, a tenth of PROPERTY_RUNS when set (200 in test:deep). */
const RUNS = Math.max(20, Math.round(propertyRuns(0) / 10));

describe('fuzz', () => {
  it(`${RUNS} mutants from seed 16: no throw, no internal error, records pass the schema, repair idempotent`, () => {
    const { runs, failures } = fuzz({ seed: 16, runs: RUNS, timeBudget: false }) as { runs: number; failures: string[] };
    expect(failures).toEqual([]);
    expect(runs).toBe(RUNS);
  }, 300_000);
});
