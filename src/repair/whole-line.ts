/**
 * The whole-line path, for a line that is mojibake throughout (the common
 * case): every non-ASCII character encodes on one page to valid UTF-8, one to
 * three layers deep, and the reading is taken if rules.ts accepts it.
 *
 * It works on UTF-16 code units in scratch buffers that one reader owns and
 * that take turns: the text being read (`input`), the least odd reading so far
 * (`best`) and the reading being tried (`candidate`); the line itself is kept
 * aside (`spare`) while deeper layers are read, in case it must be scored at
 * the end. A line is copied in once (load); each page's reading is decoded
 * from the page's encode table and scored in the buffers, and only the final
 * reading becomes a string.
 */
import { codePages, type CodePage } from './codepages.js';
import { badnessPartsOfUnits } from './badness.js';
import { FALLBACK_COST, MAX_JUDGED_SPANS, MAX_PASSES, surelyTaken, wholeLineAccepted, type Scores } from './rules.js';
import { a0Pages, leadContinuationMask } from './scan.js';
import { ReadingRuns } from './reading-runs.js';
import type { RepairStep } from './steps.js';
import { decodeAndScore, type ScoredFacts } from './decode-score.js';
import { fallbackCount, sameByteAsWindows1252, sameUnits, unitsToString } from './units.js';

/** What load found in a line. */
export interface LoadedLine {
  /** Code units copied: the line's length. */
  length: number;
  /** The pages that read a lead byte followed by a continuation byte, a space standing for 0xA0, or a lost byte. */
  pages: number;
  /** The pages on which every character is a UTF-8 byte (ASCII or a lead or continuation byte). */
  wholePages: number;
}

/** A whole-line reading, left in the reader's input buffer. */
export interface WholeReading {
  /** The buffer the reading is in (the reader's, until its next load). */
  units: Uint16Array;
  length: number;
  /** It holds a C1 control. */
  c1: boolean;
  /** How odd it still looks (badness without the length prior): a clean reading has no deeper layer. */
  odd: number;
  /** The bit of the page its last layer was read with. */
  lastPage: number;
}

/** The page and spans (runs of non-ASCII code units) of a reading's first layer: its step's, without making the step. */
export interface FirstLayer {
  page: CodePage;
  /** How many spans; only the first MAX_JUDGED_SPANS are in `runs`, as start and end pairs. */
  spans: number;
  runs: Int32Array;
}

const windows1252 = codePages[0]!;

export class WholeLineReader {
  private input: Uint16Array = new Uint16Array(4096);
  private best: Uint16Array = new Uint16Array(4096);
  private candidate: Uint16Array = new Uint16Array(4096);
  private spare: Uint16Array = new Uint16Array(4096);
  /** The runs and counts of the text load (or, for a deeper layer, runs.scan) last went through, for its step. */
  private readonly runs = new ReadingRuns();
  /** The pages that spell each of the text's non-ASCII characters with Windows-1252's byte, so read it as Windows-1252 does. */
  private sameAsWindows1252 = 0xffff;
  /** The pages that read a lead byte followed by a continuation byte in the reading scanReading last went through. */
  private readingPairs = 0;
  /** Whether the reading decodeAndScore last wrote holds a C1 control, how many code points it has, and its badness. */
  private readonly decoded: ScoredFacts = { c1: false, codePoints: 0, total: 0, odd: 0 };
  /** What load found, overwritten by the next load (one object per reader, not one per line). */
  private readonly loaded: LoadedLine = { length: 0, pages: 0, wholePages: 0 };
  /** The reading repair found, overwritten by the next repair. */
  private readonly reading: WholeReading = { units: this.input, length: 0, c1: false, odd: 0, lastPage: 0 };
  /** A reading's scores, for the rules. */
  private readonly after: Scores = { total: 0, odd: 0 };
  /** The first layer of the last reading, kept whether or not steps are recorded: script agreement (rules.ts) judges it. */
  readonly firstLayer: FirstLayer = { page: windows1252, spans: 0, runs: new Int32Array(2 * MAX_JUDGED_SPANS) };

  /**
   * Copy the line that starts at `start` in `text` (up to a line break or the
   * end) into the input buffer, growing the buffers to fit it (a reading is
   * never longer than its line), noting its facts on the way, in one pass.
   * Returns the reader's own LoadedLine, overwritten by the next load.
   */
  load(text: string, start: number): LoadedLine {
    let units = this.input;
    const facts = this.runs;
    let runs = facts.runs;
    let runBounds = 0;
    let inRun = false;
    let mask = 0;
    let lead = 0;
    let c1 = 0;
    let wide = 0;
    let whole = 0xffff;
    let sameAsWindows1252 = 0xffff;
    let nonAscii = 0;
    let low = 0;
    let pairedLow = 0;
    let i = 0;
    let at = start;
    // The inner loop runs up to the buffer's end (or the text's), so it never checks for room: the
    // buffers grow between its rounds, rarely (a line longer than 4096 units). About a quarter of load's time.
    line: for (;;) {
      const limit = Math.min(text.length, at + units.length - i);
      for (; at < limit; at++, i++) {
        const unit = text.charCodeAt(at);
        units[i] = unit;
        if (unit < 0x80) {
          if (unit <= 0x0d && (unit === 0x0a || unit === 0x0d)) break line;
          if (inRun) { runs[runBounds++] = i; inRun = false; }
          // ASCII is no UTF-8 byte of any page; after a lead it may stand for a lost byte or 0xA0.
          if (lead) { mask |= unit === 0x3f ? lead : unit === 0x20 ? lead & a0Pages : 0; lead = 0; }
          continue;
        }
        if (!inRun) {
          if (runBounds + 2 > runs.length) runs = facts.room(runBounds);
          runs[runBounds++] = i;
          inRun = true;
        }
        const masks = leadContinuationMask[unit]!;
        whole &= (masks | (masks >>> 16)) & 0xffff;
        sameAsWindows1252 &= sameByteAsWindows1252[unit]!;
        if (lead) mask |= unit === 0xfffd ? lead : lead & masks;
        lead = masks >>> 16;
        nonAscii++;
        if (unit <= 0x9f) c1 = 1;
        else if (unit >= 0x100) {
          wide = 1;
          if ((unit & 0xfc00) === 0xdc00) { low++; if (i > 0 && (units[i - 1]! & 0xfc00) === 0xd800) pairedLow++; }
        }
      }
      if (at >= text.length) break;
      units = this.grow(i);
    }
    if (inRun) runs[runBounds++] = i;
    this.sameAsWindows1252 = sameAsWindows1252;
    facts.note(runBounds, c1, wide, nonAscii, low, pairedLow);
    const loaded = this.loaded;
    loaded.length = i;
    loaded.pages = mask;
    loaded.wholePages = whole;
    return loaded;
  }

  /**
   * Read the loaded line whole on `pages`: up to MAX_PASSES - 1 layers, each
   * the least odd of the pages' readings, while a layer makes the line less
   * odd; the reading is taken if rules.ts accepts it. Returns the reading
   * (left in the input buffer, its steps added to `steps` unless that is
   * null: text only; the reader's own object, overwritten by the next call) or null.
   */
  repair(lineLength: number, pages: number, lineNumber: number, steps: RepairStep[] | null): WholeReading | null {
    const stepsBefore = steps ? steps.length : 0;
    let layers = 0;
    let length = lineLength;
    // Scores as plain numbers (no object per page tried): with the length prior (`total`) and without (`odd`).
    let currentTotal = 0;
    let currentOdd = 0;
    let lastPage = 0;
    const lineUnits = this.input;
    const lineLong = this.runs.long;
    // Only C1 controls need the Latin-1 fallback, so without them no page pays for it.
    let c1 = this.runs.c1;
    for (let depth = 0; depth < MAX_PASSES - 1 && pages; depth++) {
      // Pages can agree on the bytes and differ in the reading: take the least odd, the first on a tie.
      let best: CodePage | null = null;
      let bestLength = 0;
      let bestScore = 0;
      let bestTotal = currentTotal;
      let bestOdd = currentOdd;
      let bestC1 = false;
      let bestCodePoints = 0;
      // An index, not for-of: a first call runs this before it is optimised, and an iterator is an object per page.
      for (let k = 0; k < codePages.length; k++) {
        const page = codePages[k]!;
        if (!(pages & (1 << page.bit))) continue;
        // A page that spells the text with Windows-1252's bytes reads it the same way, and Windows-1252 came first.
        if (best === windows1252 && this.sameAsWindows1252 & (1 << page.bit)) continue;
        // Decoded and scored in one pass (decode-score.ts: decodeOnPage and badnessPartsOfUnits at once).
        const decodedLength = decodeAndScore(this.input, length, page, this.candidate, this.decoded);
        if (decodedLength < 0) continue;
        // Most pages that decode a line agree on the reading; then the earlier page wins unless it needed the Latin-1 fallback.
        if (best && sameUnits(this.candidate, decodedLength, this.best, bestLength)
          && (best.name === 'windows-1252' || !c1 || fallbackCount(this.input, length, best) === 0)) continue;
        const score: number = this.decoded.total + (page.name === 'windows-1252' || !c1 ? 0 : FALLBACK_COST * fallbackCount(this.input, length, page));
        if (!best || score < bestScore) {
          best = page;
          bestLength = decodedLength;
          bestScore = score;
          bestTotal = this.decoded.total;
          bestOdd = this.decoded.odd;
          bestC1 = this.decoded.c1;
          bestCodePoints = this.decoded.codePoints;
          const previousBest = this.best;
          this.best = this.candidate;
          this.candidate = previousBest;
        }
      }
      // A further layer must make the line less odd; otherwise the layers so far are the reading.
      if (!best || (depth > 0 && bestTotal >= currentTotal)) break;
      if (depth === 0) this.noteFirstLayer(best);
      if (steps) {
        // load noted the line's runs; a deeper layer's input is scanned for them now that its step is taken.
        if (depth > 0) this.runs.scan(this.input, length);
        steps.push(this.runs.step(length, bestCodePoints, best, lineNumber));
      }
      layers++;
      lastPage = 1 << best.bit;
      pages = this.scanReading(this.best, bestLength);
      // The reading becomes the next layer's input; the line is kept aside, a deeper layer's input is free for the next candidate.
      const read = this.input;
      this.input = this.best;
      if (depth === 0) { this.best = this.spare; this.spare = read; } else this.best = read;
      length = bestLength;
      currentTotal = bestTotal;
      currentOdd = bestOdd;
      c1 = bestC1;
    }
    if (!layers) return null;
    const after = this.after;
    after.total = currentTotal;
    after.odd = currentOdd;
    // The line is scored only for a reading that might not be taken.
    if (surelyTaken(after, lineLong) || wholeLineAccepted(badnessPartsOfUnits(lineUnits, lineLength), after)) {
      const reading = this.reading;
      reading.units = this.input;
      reading.length = length;
      reading.c1 = c1;
      reading.odd = currentOdd;
      reading.lastPage = lastPage;
      return reading;
    }
    if (steps) steps.length = stepsBefore;
    return null;
  }

  /** Note the first layer's page and the runs load found (the spans of its step). */
  private noteFirstLayer(page: CodePage): void {
    const layer = this.firstLayer;
    const runs = this.runs.runs;
    const bounds = this.runs.bounds;
    layer.page = page;
    layer.spans = bounds >> 1;
    for (let k = 0; k < bounds && k < layer.runs.length; k++) layer.runs[k] = runs[k]!;
  }

  /**
   * Whether one of `pages` reads a UTF-8 lead byte followed by a continuation
   * byte in the reading repair returned: noted by the scan of its last layer
   * (every layer's reading is scanned for the next), not a second pass over it.
   */
  readingHasPairs(pages: number): boolean {
    return (this.readingPairs & pages) !== 0;
  }

  /** The reading as a string. */
  readingText(length: number): string {
    return unitsToString(this.input, length);
  }

  /**
   * For a reading in a buffer, the pages the next layer tries: what load
   * returns for a line (the same loop, less the copying and line breaks),
   * less the pages on which the reading cannot be read whole. It notes
   * sameAsWindows1252 and the pages that read a lead byte followed by a
   * continuation byte in it (readingHasPairs); runs.scan notes the rest, once
   * that layer is taken.
   */
  private scanReading(units: Uint16Array, length: number): number {
    let mask = 0;
    let pairs = 0;
    let lead = 0;
    let whole = 0xffff;
    let sameAsWindows1252 = 0xffff;
    for (let i = 0; i < length; i++) {
      const unit = units[i]!;
      if (unit < 0x80) {
        if (lead) { mask |= unit === 0x3f ? lead : unit === 0x20 ? lead & a0Pages : 0; lead = 0; }
        continue;
      }
      const masks = leadContinuationMask[unit]!;
      whole &= (masks | (masks >>> 16)) & 0xffff;
      sameAsWindows1252 &= sameByteAsWindows1252[unit]!;
      // U+FFFD encodes on no page (its masks are 0): after a lead it may stand for a lost byte.
      if (lead) { pairs |= lead & masks; if (unit === 0xfffd) mask |= lead; }
      lead = masks >>> 16;
    }
    this.sameAsWindows1252 = sameAsWindows1252;
    this.readingPairs = pairs;
    return (mask | pairs) & whole;
  }

  /** Double the buffers, keeping the `length` code units already copied into the input buffer. */
  private grow(length: number): Uint16Array {
    const size = length * 2;
    const grown = new Uint16Array(size);
    grown.set(this.input.subarray(0, length));
    this.input = grown;
    this.best = new Uint16Array(size);
    this.candidate = new Uint16Array(size);
    this.spare = new Uint16Array(size);
    return grown;
  }
}
