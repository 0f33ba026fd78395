/**
 * Repair of one line: the whole-line path first (whole-line.ts), then the
 * span engine (spans.ts) pass by pass, then C1 controls. One LineRepairer
 * owns the scratch buffers for a text; it keeps nothing between lines. It
 * records each step in the list it is made with, or, made with null, none
 * (text only: the same repairs, with no steps or spans to keep).
 */
import { judgeReading, MAX_JUDGED_SPANS, MAX_PASSES, SHORT_RUN } from './rules.js';
import { bestAttempt, decodeSpan, placed, splice, stepFor, type Replacement } from './spans.js';
import { spansMayBeTaken } from './span-filter.js';
import { c1Step, mapC1Controls, type RepairStep } from './steps.js';
import { WholeLineReader, type FirstLayer } from './whole-line.js';
import type { RepairedText } from './output.js';
import type { LineVisitor } from './scan.js';

/** What the first pass over a line knows of the previous pass's replacements (never written to). */
const NO_REPLACEMENTS: Replacement[] = [];

export class LineRepairer implements LineVisitor {
  private readonly reader = new WholeLineReader();

  /** `steps` is where each step is recorded, or null to record none; `out` is where changed lines go. */
  constructor(private readonly steps: RepairStep[] | null, private readonly out: RepairedText) {}

  /**
   * Repair the line that starts at `lineStart` in `text`: its steps are
   * recorded, the line, if it changed, goes to the output. Returns where the line ends.
   */
  repair(text: string, lineStart: number, lineNumber: number): number {
    const steps = this.steps;
    const out = this.out;
    let changed = false;
    // Copying the line in for the whole-line path also finds where it ends.
    let loaded = this.reader.load(text, lineStart);
    const end = lineStart + loaded.length;
    // The line as a string, made only when the whole-line path does not settle it.
    let current: string | null = null;
    let hot: Replacement[] = NO_REPLACEMENTS;
    for (let pass = 0; pass < MAX_PASSES; pass++) {
      if (current !== null) loaded = this.reader.load(current, 0);
      const pages = loaded.pages;
      if (!pages) break;
      const stepsBefore = steps ? steps.length : 0;
      let reading = pages & loaded.wholePages ? this.reader.repair(loaded.length, pages & loaded.wholePages, lineNumber, steps) : null;
      // Script agreement (rules.ts) may veto a line read whole; the span engine then judges it span by span.
      if (reading && pass === 0 && foreignThroughout(text, lineStart, this.reader.firstLayer)) {
        if (steps) steps.length = stepsBefore;
        reading = null;
      }
      if (reading) {
        changed = true;
        // Without C1 controls or another layer in a part of it, the reading is final.
        // (Only on the page of the last layer: a line is usually broken one way throughout.)
        const deeper = reading.odd > 0 && this.reader.readingHasPairs(reading.lastPage);
        if (!reading.c1 && !deeper) {
          // Straight from the reader's buffer (no method of the reader's in between: one function less for a first call to compile).
          out.replaceWithUnits(lineStart, end, reading.units, reading.length);
          return end;
        }
        current = this.reader.readingText(reading.length);
        // Mixed depths (â€¢… after one layer): the span engine reads the part that is still encoded, on its own evidence.
        if (deeper) continue;
        break;
      }
      current ??= text.slice(lineStart, end);
      // A first look that no page can take anything from (span-filter.ts) skips the engine.
      const best = hot !== NO_REPLACEMENTS || spansMayBeTaken(current, pages) ? bestAttempt(current, pages, hot) : null;
      if (!best) break;
      if (steps) steps.push(stepFor(current, best, lineNumber));
      changed = true;
      hot = placed(best.clusters);
      current = splice(current, best.clusters);
    }
    current ??= text.slice(lineStart, end);
    // Remaining C1 controls are Windows-1252 text read as Latin-1.
    if (/[\u0080-\u009f]/.test(current)) {
      const step = c1Step(current, lineNumber);
      if (step) {
        if (steps) steps.push(step);
        changed = true;
        current = mapC1Controls(current);
      }
    }
    if (changed) out.replaceWithString(lineStart, end, current);
    return end;
  }
}

/** Whether every span of a whole-line reading's first layer is short and reads, on its page, as a foreign character glued to a word (rules.ts). */
function foreignThroughout(text: string, lineStart: number, layer: FirstLayer): boolean {
  if (layer.spans > MAX_JUDGED_SPANS) return false;
  const runs = layer.runs;
  // Plain loops: this runs for every line read whole, and a first call runs it before it is optimised.
  for (let k = 0; k < 2 * layer.spans; k += 2) if (runs[k + 1]! - runs[k]! > SHORT_RUN) return false;
  const page = layer.page;
  // Offsets into the whole text: the characters next to a line are line breaks, no letters, so no slice is needed.
  for (let k = 0; k < 2 * layer.spans; k += 2) {
    const start = lineStart + runs[k]!;
    const end = lineStart + runs[k + 1]!;
    const reading = decodeSpan(text, start, end, page);
    if (reading === null || judgeReading(text, start, end, reading) !== 'foreign') return false;
  }
  return true;
}
