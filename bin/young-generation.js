/**
 * The main thread's young generation (#18). V8 sizes its limit when the thread starts (16 MB semi-spaces,
 * 32 MB resident at a run's peak), before the command's code runs, and that flag cannot be changed after.
 * What V8 does read at run time is the factor a semi-space grows by each time it grows (it starts at 1 MB):
 * no growth while the command loads and its first documents run cold (their tables alone would take it to
 * 16 MB), then growth by 2 up to MAIN_YOUNG_GENERATION_MB, and none after (checked after collections, so a
 * document that grows it twice in one stretch can take it one step further: by 4, that step was to 32 MB, seen
 * once in a run of 10,000 postings). Smaller still costs CPU: 2 MB took 24% more CPU than 32 MB over
 * 1,000 postings, 8 MB 6% more (one run each, at load 15-20).
 *
 * V8 sets the factor back to 2 whenever a worker thread sets up its heap, and worker threads should grow to
 * their own 4 MB semi-spaces: while any worker runs, growth is left to V8, and the cap comes back when the
 * last one ends.
 */
import { PerformanceObserver } from 'node:perf_hooks';
import v8 from 'node:v8';

/** Megabytes of young generation (both semi-spaces) the main thread grows to. */
export const MAIN_YOUNG_GENERATION_MB = 8;
/** Collections seen one at a time, after loading, before the young generation may grow. */
const WARM_UP_COLLECTIONS = 16;
/**
 * The marks src/input/expand.ts sets around a listing of inputs (LISTING_MARKS there). Listing 10,000 files is
 * hundreds of turns of the event loop, each collection seen alone: counted, they ended the warm-up before the first
 * document, which then ran cold with growth on and took the young generation to 16 MB (seen in a 10,000-posting run).
 */
export const LISTING_MARKS = { start: 'postings:listing-start', end: 'postings:listing-end' };

const growthFactor = (factor) => v8.setFlagsFromString(`--semi-space-growth-factor=${factor}`);
const youngGenerationMb = () => v8.getHeapSpaceStatistics().find((space) => space.space_name === 'new_space').space_size / 2 ** 20;

/** No growth while the command loads; returns what to call once it has loaded. */
export function capYoungGeneration() {
  growthFactor(1);
  let workers = 0;
  process.on('worker', (worker) => {
    workers++;
    worker.once('exit', () => {
      if (--workers === 0) growthFactor(youngGenerationMb() < MAIN_YOUNG_GENERATION_MB ? 2 : 1);
    });
  });
  return function loaded() {
    // Growth waits for WARM_UP_COLLECTIONS collections: the first documents run cold, and what they build and
    // keep (tables made on first use) would grow it twice in one stretch, before a collection is seen here.
    // Only collections seen one at a time count, and only then may it grow: several in one batch mean a long
    // stretch without a turn of the event loop (listing 10,000 files: 25 in one batch), and with growth on,
    // such a stretch doubled it three times, from 2 MB to 16 MB, before this could stop it.
    // Collections during a listing do not count, and one ends the warm-up's count so far: documents come next, cold.
    let calm = 0;
    let listing = false;
    const observer = new PerformanceObserver((entries) => {
      let collections = 0;
      for (const entry of entries.getEntries()) {
        if (entry.entryType === 'gc') collections++;
        else if (entry.name === LISTING_MARKS.start || entry.name === LISTING_MARKS.end) {
          listing = entry.name === LISTING_MARKS.start;
          calm = 0;
        }
      }
      if (workers > 0 || collections === 0) return;
      const oneByOne = collections === 1;
      if (oneByOne && !listing) calm++;
      if (!oneByOne || calm < WARM_UP_COLLECTIONS) {
        growthFactor(1);
        return;
      }
      const full = youngGenerationMb() >= MAIN_YOUNG_GENERATION_MB;
      growthFactor(full ? 1 : 2);
      if (full) observer.disconnect();
    });
    observer.observe({ entryTypes: ['gc', 'mark'] });
  };
}
