/**
 * How many cases a fast-check property runs: `runs` in the default suite, kept
 * small so `npm test` stays quick; `npm run test:deep` sets PROPERTY_RUNS
 * (2000), which raises every property to at least that many.
 */
export function propertyRuns(runs: number): number {
  return Math.max(runs, Number(process.env.PROPERTY_RUNS ?? 0) || 0);
}

/** Whether this is `npm run test:deep` (PROPERTY_RUNS set): long runs at their full size. */
export const DEEP_RUN = propertyRuns(0) > 0;

/** `usual` in the default suite, `deep` under `npm run test:deep`: the size of a long run. */
export function deepOr<T>(usual: T, deep: T): T {
  return DEEP_RUN ? deep : usual;
}
