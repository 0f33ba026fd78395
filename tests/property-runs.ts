/**
 * How many cases a fast-check property runs: `runs` in the default suite, kept
 * small so `npm test` stays quick; `npm run test:deep` sets PROPERTY_RUNS
 * (2000), which raises every property to at least that many.
 */
export function propertyRuns(runs: number): number {
  return Math.max(runs, Number(process.env.PROPERTY_RUNS ?? 0) || 0);
}
