/**
 * What a whole-line step is made of: the runs of non-ASCII code units in the
 * text a layer re-decodes (its spans) and the counts the step reports. The
 * whole-line reader notes them while it loads a line (one pass, no second
 * scan); for a deeper layer, scan() notes them from a reading in a buffer.
 *
 * Span tuples are shared: a text of many lines repeats the same [offset,
 * length] pairs, and a tuple per span per step is most of what a repair
 * allocates (and what the garbage collector then copies, because steps live
 * as long as the result). So one instance, owned by one repairText call,
 * hands out one frozen tuple per pair.
 */
import type { CodePage } from './codepages.js';
import { redecodeDetail, type RepairStep } from './steps.js';

/** Pairs with an offset and a length below these are shared; others (rare: long lines) get their own tuple. */
const SHARED_OFFSETS = 4096;
const SHARED_LENGTHS = 256;

export class ReadingRuns {
  /** Start and end of each run, in pairs; `bounds` of them are used. */
  runs: Int32Array = new Int32Array(256);
  bounds = 0;
  /** The text holds a C1 control, a unit from U+0100 up. */
  c1 = false;
  wide = false;
  /** Non-ASCII units as a step counts them (`nonAscii`), as badness counts them (`long`: a surrogate pair once), as characters (`chars`). */
  nonAscii = 0;
  long = 0;
  chars = 0;
  /** The shared tuples by offset, then length: two array lookups are cheaper than a Map's hashing, once per span. */
  private readonly tuples: Array<Array<[number, number]> | undefined> = new Array(SHARED_OFFSETS);

  /** Room for two more bounds; returns the (possibly new) runs buffer. */
  room(bounds: number): Int32Array {
    if (bounds + 2 > this.runs.length) {
      const grown = new Int32Array(this.runs.length * 2);
      grown.set(this.runs);
      this.runs = grown;
    }
    return this.runs;
  }

  note(bounds: number, c1: number, wide: number, nonAscii: number, low: number, pairedLow: number): void {
    this.bounds = bounds;
    this.c1 = c1 === 1;
    this.wide = wide === 1;
    this.nonAscii = nonAscii;
    this.long = nonAscii - pairedLow;
    this.chars = nonAscii - low;
  }

  /** Note the runs and counts of a reading in a buffer (the loop of WholeLineReader.load, less the copying). */
  scan(units: Uint16Array, length: number): void {
    let runs = this.runs;
    let bounds = 0;
    let inRun = false;
    let c1 = 0;
    let wide = 0;
    let nonAscii = 0;
    let low = 0;
    let pairedLow = 0;
    for (let i = 0; i < length; i++) {
      const unit = units[i]!;
      if (unit < 0x80) {
        if (inRun) { runs[bounds++] = i; inRun = false; }
        continue;
      }
      if (!inRun) {
        runs = this.room(bounds);
        runs[bounds++] = i;
        inRun = true;
      }
      nonAscii++;
      if (unit <= 0x9f) c1 = 1;
      else if (unit >= 0x100) {
        wide = 1;
        if ((unit & 0xfc00) === 0xdc00) { low++; if (i > 0 && (units[i - 1]! & 0xfc00) === 0xd800) pairedLow++; }
      }
    }
    if (inRun) runs[bounds++] = length;
    this.note(bounds, c1, wide, nonAscii, low, pairedLow);
  }

  /**
   * The step for a whole-line re-decoding of the noted text (`length` code
   * units) into a reading of `codePoints` characters: its spans are the runs.
   */
  step(length: number, codePoints: number, page: CodePage, lineNumber: number): RepairStep {
    const runs = this.runs;
    const spans: Array<[number, number]> = new Array(this.bounds >> 1);
    for (let k = 0; k < this.bounds; k += 2) spans[k >> 1] = this.tuple(runs[k]!, runs[k + 1]! - runs[k]!);
    const encoding = page.name === 'windows-1252' && this.c1 && !this.wide ? 'latin-1' : page.name;
    // The column counts the ASCII characters before the first span; ASCII stays one character each, and the rest of the reading is what the spans became.
    const column = this.bounds ? runs[0]! : length;
    const pieces = codePoints - (length - this.nonAscii);
    return { line: lineNumber, column: column + 1, fix: 'redecode', encoding, detail: redecodeDetail(encoding), chars: this.chars, pieces, spans };
  }

  /** The shared (frozen) tuple [offset, length]. */
  private tuple(offset: number, length: number): [number, number] {
    if (offset >= SHARED_OFFSETS || length >= SHARED_LENGTHS) return [offset, length];
    const byLength = (this.tuples[offset] ??= new Array(SHARED_LENGTHS));
    return (byLength[length] ??= Object.freeze([offset, length]) as [number, number]);
  }
}
