/**
 * Mojibake repair, line by line and span by span.
 *
 * How a repair is decided (the design, in short):
 * - Fast path: one loop over the text's code units (copied natively into a
 *   typed array; one table lookup per non-ASCII character, counting line
 *   breaks on the way) looks for a
 *   character that some code page reads as a UTF-8 lead byte
 *   followed by the continuation bytes it needs, a C1 control, or a lead
 *   followed by a space, `?` or U+FFFD that may stand for a lost byte. Lines
 *   without one are never looked at again.
 * - Whole line: when every non-ASCII character of a line encodes on one page
 *   to valid UTF-8 (one to three layers deep), the reading is taken if it is
 *   clean and clearly less odd (badness.ts). This is the common case, and
 *   it runs on code-unit buffers: the line is copied in once (noting on
 *   the way what its step needs), each page's reading is decoded and scored
 *   there (a page that spells the line with Windows-1252's bytes shares its
 *   reading), and the winner is copied into the output buffer
 *   (RepairedText), which becomes one string at the end.
 * - Spans otherwise: for each page, every complete UTF-8 sequence is a
 *   candidate (utf8.ts); adjacent ones form a cluster (a mangled word or
 *   symbol). A cluster is re-decoded only on evidence: with one character of
 *   context each side (read as it will be once the page's other clusters are
 *   decoded), its badness must drop by MIN_GAIN, and the reading must not be
 *   a garble of its own. Readings that restore a lost 0xA0 or a lost byte
 *   need more (see attemptPage). The page with the largest total gain wins
 *   the pass; passes repeat, so text encoded two or three times comes back.
 * - Remaining C1 controls are Windows-1252 text read as Latin-1 and become
 *   the Windows-1252 characters (as ftfy's fix_c1_controls).
 * Only the chosen spans change: a correct line, or the correct part of a
 * line, comes out byte for byte the same.
 */
import { codePage, codePages, continuationMask, leadMask, type CodePage } from './codepages.js';
import { badness, badnessPartsOfUnits, LENGTH_PRIOR } from './badness.js';
import { byteOf, sequenceAt, type Sequence } from './utf8.js';
import { judgeReading, looksOdd } from './rules.js';

/** One recorded repair: enough to explain it and to replay it with applyPlan. */
export interface RepairStep {
  /** 1-based line number in the text. */
  line: number;
  /** 1-based column (in characters) where the first repaired span started. */
  column: number;
  /** What the step does: re-decode UTF-8 read with `encoding`, or map C1 controls to Windows-1252. */
  fix: 'redecode' | 'c1-controls';
  /** The code page the bytes were wrongly read with, e.g. "mac-roman", "latin-1". */
  encoding: string;
  /** Human-readable: "utf-8 read as mac-roman". */
  detail: string;
  /** How many characters of the line were replaced. */
  chars: number;
  /** How many characters they were replaced with. */
  pieces: number;
  /** The replaced spans as [UTF-16 offset, length] in the line as it was before this step. */
  spans: Array<[number, number]>;
}

/** The repaired text and the steps that made it. */
export interface RepairResult {
  text: string;
  steps: RepairStep[];
}

/** A cluster must lower badness by this much to be re-decoded. */
export const MIN_GAIN = 1;
/** Each character that needs the Latin-1 fallback makes a page a little less likely. */
const FALLBACK_COST = 0.1;
/** A whole line re-decoded at once must come out this clean (badness without the length prior). */
const WHOLE_LINE_ODDNESS = 0.5;
/** The repaired window (a cluster and one character each side) must score at most this. */
const MAX_AFTER = 1.5;
const MAX_PASSES = 4;

const C1_TO_WINDOWS_1252 = codePages[0]!.high.slice(0, 32);

/** Pages that write 0xA0 as a non-breaking space, so a plain space may stand for it. */
const a0Pages = codePages.reduce((mask, page) => (page.high[0x20] === '\u00a0' ? mask | (1 << page.bit) : mask), 0);

/** Bit mask of pages on which a space after this lead may stand for byte 0xA0. */
const a0LeadMask = new Uint16Array(0x10000);
for (const page of codePages) {
  if (page.high[0x20] !== '\u00a0') continue;
  for (const byte of [0xc2, 0xc3, 0xc5, 0xce, 0xd0, 0xd9]) {
    const ch = page.high[byte - 0x80]!;
    a0LeadMask[ch.charCodeAt(0)]! |= 1 << page.bit;
  }
}


/**
 * Bit mask of pages on which a space right after this lead may stand for byte
 * 0xA0 (utf8.ts: after a 2-byte lead Â Ã Å Î Ð Ù, or as the middle byte after
 * E2/E3). A superset is enough: it only spares sequenceAt calls that fail.
 */
const spaceLeadMask = new Uint16Array(0x10000);
for (const page of codePages) {
  if (!(a0Pages & (1 << page.bit))) continue;
  for (const byte of [0xc2, 0xc3, 0xc5, 0xce, 0xd0, 0xd9, 0xe2, 0xe3]) spaceLeadMask[page.high[byte - 0x80]!.charCodeAt(0)]! |= 1 << page.bit;
}

/** Repair the mojibake in a text; lines keep their count, their endings and, when correct, every byte. */
export function repairText(text: string): RepairResult {
  const steps: RepairStep[] = [];
  // The scans read the text's code units from a typed array, copied natively in one go: faster than charCodeAt.
  const units = textUnitsOf(text);
  const out = new RepairedText(units);
  // The scan counts the line breaks it passes and notes where the line it stopped in starts.
  let lineNumber = 1;
  for (let from = 0; ; ) {
    const at = suspiciousAt(units, from);
    if (at < 0) break;
    const lineStart = scannedLineStart;
    lineNumber += scannedBreaks;
    // Copying the line in for the whole-line path also finds where it ends.
    const pages = loadLine(units, lineStart);
    const lineEnd = lineStart + loadedLength;
    repairLine(text, lineStart, lineEnd, lineNumber, pages, steps, out);
    from = lineEnd;
  }
  if (!steps.length) return { text, steps };
  return { text: out.toString(), steps };
}

/**
 * The output of repairText, built in one code-unit buffer: repaired lines are
 * written into it (whole-line readings straight from the scratch buffers), the
 * unchanged text between them is copied in, and one string is made at the
 * end. Per-line strings would all live until the end, and the garbage
 * collector would copy each of them more than once.
 */
class RepairedText {
  private units: Uint16Array = new Uint16Array(0);
  private length = 0;
  /** How much of the input is accounted for in `units`. */
  private copied = 0;

  constructor(private readonly input: Uint16Array) {}

  /** Replace input[start, end) with the first `length` code units of `units`. */
  replaceWithUnits(start: number, end: number, units: Uint16Array, length: number): void {
    this.copyUpTo(start, length);
    copyUnits(units, 0, length, this.units, this.length);
    this.length += length;
    this.copied = end;
  }

  /** Replace input[start, end) with `text`. */
  replaceWithString(start: number, end: number, text: string): void {
    this.copyUpTo(start, text.length);
    const units = this.units;
    let at = this.length;
    for (let i = 0; i < text.length; i++) units[at++] = text.charCodeAt(i);
    this.length = at;
    this.copied = end;
  }

  toString(): string {
    this.copyUpTo(this.input.length, 0);
    return unitsToString(this.units, this.length);
  }

  /** Copy the unchanged input up to `end`, with room for `more` code units after it. */
  private copyUpTo(end: number, more: number): void {
    const needed = this.length + (end - this.copied) + more;
    if (needed > this.units.length) {
      // A repaired text is never longer than the input, so the input's length is usually enough.
      const grown = outputUnitsOf(Math.max(needed, this.input.length, 2 * this.units.length));
      grown.set(this.units.subarray(0, this.length));
      this.units = grown;
    }
    copyUnits(this.input, this.copied, end, this.units, this.length);
    this.length += end - this.copied;
    this.copied = end;
  }
}

/** Copy from[start, end) to `to` at `at`: a loop for the usual short stretch, as a subarray for set() costs more than that. */
function copyUnits(from: Uint16Array, start: number, end: number, to: Uint16Array, at: number): void {
  if (end - start > 256) { to.set(from.subarray(start, end), at); return; }
  for (let i = start; i < end; i++) to[at++] = from[i]!;
}

/**
 * The fast path: the first position from `from` where some page reads a
 * UTF-8 lead byte followed by a continuation byte (or a space, `?` or U+FFFD
 * that may stand for one), or a C1 control; -1 when there is none. One
 * loop over code units: ASCII costs a comparison or two, the rest two table
 * lookups. On the way it counts line breaks (\r\n, \r or \n) into
 * scannedBreaks and notes in scannedLineStart where the line it stopped in
 * starts (`from` is 0 or a line break).
 */
function suspiciousAt(text: Uint16Array, from: number): number {
  let previousLead = 0;
  let breaks = 0;
  let lineStart = from;
  for (let i = from; i < text.length; i++) {
    const unit = text[i]!;
    if (unit < 0x80) {
      if (previousLead) {
        if (unit === 0x3f || (unit === 0x20 && a0LeadMask[text[i - 1]!])) return scanned(i, breaks, lineStart);
        previousLead = 0;
      }
      if (unit <= 0x0d && (unit === 0x0a || unit === 0x0d)) {
        if (unit === 0x0d || text[i - 1]! !== 0x0d) breaks++;
        lineStart = i + 1;
      }
      continue;
    }
    if (unit <= 0x9f || (previousLead && unit === 0xfffd)) return scanned(i, breaks, lineStart);
    // One lookup: the pages on which this unit is a lead (high half) or a continuation (low half).
    const masks = leadContinuationMask[unit]!;
    const pages = previousLead & masks;
    if (pages && completesSequence(text, i - 1, pages)) return scanned(i - 1, breaks, lineStart);
    previousLead = masks >>> 16;
  }
  return -1;
}

const leadContinuationMask = new Uint32Array(0x10000);
for (let unit = 0; unit < 0x10000; unit++) leadContinuationMask[unit] = (leadMask[unit]! << 16) | continuationMask[unit]!;

/** Line breaks the last suspiciousAt passed, and where the line it stopped in starts. */
let scannedBreaks = 0;
let scannedLineStart = 0;

function scanned(at: number, breaks: number, lineStart: number): number {
  scannedBreaks = breaks;
  scannedLineStart = lineStart;
  return at;
}

/** Whether, on one of `pages`, the lead at `at` is followed by all the continuation bytes it needs. */
function completesSequence(text: Uint16Array, at: number, pages: number): boolean {
  for (const page of codePages) {
    if (!(pages & (1 << page.bit))) continue;
    const lead = page.encode[text[at]!]!;
    const need = lead < 0xe0 ? 1 : lead < 0xf0 ? 2 : 3;
    let j = 2;
    for (; j <= need; j++) {
      const unit = text[at + j]!;
      // U+FFFD or `?` may stand for a lost byte: leave those to the engine. (A space for 0xA0 inside a
      // longer sequence only counts once the line is suspicious for another reason.)
      if (unit === 0xfffd || unit === 0x3f) return true;
      if (!(continuationMask[unit]! & (1 << page.bit))) break;
    }
    if (j > need) return true;
  }
  return false;
}



/**
 * Replay recorded steps on a text (as ftfy's apply_plan): each step re-decodes
 * its spans on its line; where they do not fit, every UTF-8 sequence on that
 * line is re-decoded with the step's code page, without weighing evidence.
 */
export function applyPlan(text: string, steps: ReadonlyArray<Pick<RepairStep, 'line' | 'encoding'> & Partial<Pick<RepairStep, 'fix' | 'spans'>>>): string {
  const parts = text.split(/(\r\n|\n|\r)/);
  for (const step of steps) {
    const index = (step.line - 1) * 2;
    const line = parts[index];
    if (line === undefined) continue;
    if (step.fix === 'c1-controls') { parts[index] = mapC1Controls(line); continue; }
    const page = codePage(step.encoding);
    if (!page) continue;
    const replacements: Replacement[] = [];
    for (const [start, length] of step.spans ?? []) {
      const decoded = decodeSpan(line, start, start + length, page);
      if (decoded === null) break;
      replacements.push({ start, end: start + length, text: decoded });
    }
    // Spans that no longer fit (other text, or a plan without spans): re-decode every sequence on the line, as ftfy's apply_plan does.
    parts[index] = replacements.length === (step.spans ?? []).length && replacements.length ? splice(line, replacements) : decodeAll(line, page);
  }
  return parts.join('');
}

interface Replacement { start: number; end: number; text: string }

interface Cluster extends Replacement {
  gain: number;
  /** Read with a restored 0xA0 or a lost byte. */
  tainted: boolean;
  lossy: boolean;
  questionMark: boolean;
  sequences: number;
  lossyCount: number;
  fallback: number;
  c1: number;
  windows: number;
  decodedLength: number;
}

interface PageAttempt { page: CodePage; clusters: Cluster[]; gain: number }

/** What the first pass over a line knows of the previous pass's replacements (never written to). */
const NO_REPLACEMENTS: Replacement[] = [];

/**
 * Repair one line, text[lineStart, lineEnd), which loadLine copied into
 * inputUnits and returned `loadedPages` for: its steps go to `steps`, and the
 * repaired line, if it changed, to `out`.
 */
function repairLine(text: string, lineStart: number, lineEnd: number, lineNumber: number, loadedPages: number, steps: RepairStep[], out: RepairedText): void {
  const stepsBefore = steps.length;
  // The line as a string, made only when the whole-line path does not settle it.
  let current: string | null = null;
  let hot: Replacement[] = NO_REPLACEMENTS;
  for (let pass = 0; pass < MAX_PASSES; pass++) {
    const pages = current === null ? loadedPages : loadLine(codeUnitsOf(current), 0);
    if (!pages) break;
    let wholeLength = pages & loadedWholePages ? wholeLineRepair(loadedLength, pages & loadedWholePages, lineNumber, steps) : -1;
    // Script agreement (rules.ts) may veto a line read whole; the span engine then judges it span by span.
    if (wholeLength >= 0 && pass === 0 && foreignThroughout(text, lineStart, steps[stepsBefore]!)) {
      steps.length = stepsBefore;
      wholeLength = -1;
    }
    if (wholeLength >= 0) {
      // The reading is in inputUnits; without C1 controls or another layer in a part of it, it is final.
      // (Only on the page of the last layer: a line is usually broken one way throughout.)
      const deeper = wholeReadingOdd > 0 && hasPairs(inputUnits, wholeLength, 1 << codePage(steps[steps.length - 1]!.encoding)!.bit);
      if (!wholeReadingC1 && !deeper) { out.replaceWithUnits(lineStart, lineEnd, inputUnits, wholeLength); return; }
      current = unitsToString(inputUnits, wholeLength);
      // Mixed depths (â€¢… after one layer): the span engine reads the part that is still encoded, on its own evidence.
      if (deeper) continue;
      break;
    }
    current ??= text.slice(lineStart, lineEnd);
    let best: PageAttempt | undefined;
    for (const page of codePages) {
      if (!(pages & (1 << page.bit))) continue;
      const attempt = attemptPage(current, page, hot);
      if (attempt && (!best || attempt.gain > best.gain)) best = attempt;
    }
    if (!best) break;
    steps.push(stepFor(current, best, lineNumber));
    hot = placed(best.clusters);
    current = splice(current, best.clusters);
  }
  current ??= text.slice(lineStart, lineEnd);
  // (A whole-line reading without C1 controls was final above.)
  if (/[\u0080-\u009f]/.test(current)) {
    const spans = c1Spans(current);
    if (spans.length) {
      steps.push({
        line: lineNumber, column: columnOf(current, spans[0]![0]), fix: 'c1-controls', encoding: 'latin-1',
        detail: 'windows-1252 read as latin-1', chars: spans.length, pieces: spans.length, spans,
      });
      current = mapC1Controls(current);
    }
  }
  if (steps.length > stepsBefore) out.replaceWithString(lineStart, lineEnd, current);
}

/*
 * The whole-line path works on UTF-16 code units in scratch buffers that take
 * turns: the text being read (`inputUnits`), the least odd reading so far
 * (`bestUnits`) and the reading being tried (`candidateUnits`); the line itself
 * is kept aside (`spareUnits`) while deeper layers are read, in case it must be
 * scored at the end. A line is copied in once (loadLine); readings are decoded,
 * compared and scored in the buffers, and the final reading is copied from
 * there into the output (RepairedText).
 */
let inputUnits = new Uint16Array(4096);
let bestUnits = new Uint16Array(4096);
let candidateUnits = new Uint16Array(4096);
let spareUnits = new Uint16Array(4096);
const utf16 = new TextDecoder('utf-16le', { ignoreBOM: true });

/**
 * Copy the line that starts at `start` in `text` (up to a line break or the
 * end) into inputUnits, growing the buffers to fit it (a reading is never
 * longer than its line), and return pagesWithPairs of it, in one pass,
 * less the pages on which some character is no UTF-8 byte at all (the line
 * cannot be read whole there; the span engine still tries them). On the way
 * it notes the facts below (`scanned*`), as scanReading and scanRuns do for a reading.
 */
function loadLine(text: Uint16Array, start: number): number {
  let units: Uint16Array = inputUnits;
  let runs: Int32Array = scannedRuns;
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
  for (let at = start; at < text.length; at++, i++) {
    const unit = text[at]!;
    if (i === units.length) units = growUnits(i);
    units[i] = unit;
    if (unit < 0x80) {
      if (unit <= 0x0d && (unit === 0x0a || unit === 0x0d)) break;
      if (inRun) { runs[runBounds++] = i; inRun = false; }
      // ASCII is no UTF-8 byte of any page; after a lead it may stand for a lost byte or 0xA0.
      if (lead) { mask |= unit === 0x3f ? lead : unit === 0x20 ? lead & a0Pages : 0; lead = 0; }
      continue;
    }
    if (!inRun) {
      if (runBounds + 2 > runs.length) runs = growRuns();
      runs[runBounds++] = i;
      inRun = true;
    }
    // One lookup: the pages on which this unit is a lead (high half) or a continuation (low half).
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
  if (inRun) runs[runBounds++] = i;
  loadedLength = i;
  loadedWholePages = whole;
  scannedSameAsWindows1252 = sameAsWindows1252;
  noteRuns(runBounds, c1, wide, nonAscii, low, pairedLow);
  return mask;
}

/**
 * For a reading in a buffer, what loadLine returns for a line (the same
 * loop, less the copying and line breaks), less the pages on which the
 * reading cannot be read whole: the pages the next layer of the whole-line
 * path tries. It notes only scannedSameAsWindows1252; scanRuns notes the rest,
 * once that layer is taken.
 */
function scanReading(units: Uint16Array, length: number): number {
  let mask = 0;
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
    if (lead) mask |= unit === 0xfffd ? lead : lead & masks;
    lead = masks >>> 16;
  }
  scannedSameAsWindows1252 = sameAsWindows1252;
  return mask & whole;
}

/** For a reading in a buffer, the runs and counts loadLine notes for a line (the same loop), for the step that re-decodes it. */
function scanRuns(units: Uint16Array, length: number): void {
  let runs: Int32Array = scannedRuns;
  let runBounds = 0;
  let inRun = false;
  let c1 = 0;
  let wide = 0;
  let nonAscii = 0;
  let low = 0;
  let pairedLow = 0;
  for (let i = 0; i < length; i++) {
    const unit = units[i]!;
    if (unit < 0x80) {
      if (inRun) { runs[runBounds++] = i; inRun = false; }
      continue;
    }
    if (!inRun) {
      if (runBounds + 2 > runs.length) runs = growRuns();
      runs[runBounds++] = i;
      inRun = true;
    }
    nonAscii++;
    if (unit <= 0x9f) c1 = 1;
    else if (unit >= 0x100) {
      wide = 1;
      if ((unit & 0xfc00) === 0xdc00) { low++; if (i > 0 && (units[i - 1]! & 0xfc00) === 0xd800) pairedLow++; }
    }
  }
  if (inRun) runs[runBounds++] = length;
  noteRuns(runBounds, c1, wide, nonAscii, low, pairedLow);
}

/** Keep the runs and counts a scan found, for wholeLineStep and wholeLineRepair. */
function noteRuns(runBounds: number, c1: number, wide: number, nonAscii: number, low: number, pairedLow: number): void {
  scannedRunBounds = runBounds;
  scannedC1 = c1 === 1;
  scannedWide = wide === 1;
  scannedNonAscii = nonAscii;
  scannedLong = nonAscii - pairedLow;
  scannedChars = nonAscii - low;
}

/** Double the scratch buffers, keeping the `length` code units already copied into inputUnits. */
function growUnits(length: number): Uint16Array {
  const size = length * 2;
  const grown = new Uint16Array(size);
  grown.set(inputUnits.subarray(0, length));
  inputUnits = grown;
  bestUnits = new Uint16Array(size);
  candidateUnits = new Uint16Array(size);
  spareUnits = new Uint16Array(size);
  return grown;
}

/** Double the run buffer, keeping what it holds. */
function growRuns(): Int32Array {
  const grown = new Int32Array(scannedRuns.length * 2);
  grown.set(scannedRuns);
  scannedRuns = grown;
  return grown;
}

/** Spans of this many code units or fewer read as one character, which script agreement must judge. */
const SHORT_RUN = 3;

/** A line read whole with more spans than this is mojibake throughout, not a chance reading of correct text; it is not judged (for speed). */
const MAX_JUDGED_SPANS = 2;

/** Whether every span of a whole-line step is short and reads, on its page, as a foreign character glued to a word (rules.ts). */
function foreignThroughout(text: string, lineStart: number, step: RepairStep): boolean {
  if (step.spans.length > MAX_JUDGED_SPANS || step.spans.some(([, length]) => length > SHORT_RUN)) return false;
  const page = codePage(step.encoding)!;
  // Offsets into the whole text: the characters next to a line are line breaks, no letters, so no slice is needed.
  return step.spans.every(([offset, length]) => {
    const start = lineStart + offset;
    const reading = decodeSpan(text, start, start + length, page);
    return reading !== null && judgeReading(text, start, start + length, reading) === 'foreign';
  });
}

/** Code units loadLine copied: the line's length. */
let loadedLength = 0;

/** The pages on which every character of the line loadLine copied is a UTF-8 byte (ASCII or a lead or continuation byte). */
let loadedWholePages = 0xffff;

/*
 * Facts about the text loadLine (or scanReading and scanRuns) last went
 * through, for the whole-line path and the step that re-decodes it (wholeLineStep).
 */
/** Where its runs of non-ASCII code units start and end, in pairs: the spans of a whole-line step. */
let scannedRuns: Int32Array = new Int32Array(256);
let scannedRunBounds = 0;
/** Whether it holds a C1 control, and a code unit from U+0100 up. */
let scannedC1 = false;
let scannedWide = false;
/** Its non-ASCII code units; those as badness counts them (a surrogate pair once); and as a step counts them (low surrogates not at all). */
let scannedNonAscii = 0;
let scannedLong = 0;
let scannedChars = 0;
/** The pages that spell each of its non-ASCII characters with the same byte as Windows-1252, so read it as Windows-1252 does. */
let scannedSameAsWindows1252 = 0xffff;

/** Whether the last reading decodeWholeLine wrote holds a C1 control, and how many code points it has. */
let decodedC1 = false;
let decodedCodePoints = 0;

const windows1252 = codePages[0]!;

/** Per code unit, the pages on which it is the same byte (0x80 or more) as on Windows-1252. */
const sameByteAsWindows1252 = new Uint16Array(0x10000);
for (let unit = 0x80; unit < 0x10000; unit++) {
  const byte = windows1252.encode[unit]!;
  if (byte < 0x80) continue;
  for (const page of codePages) if (page.encode[unit] === byte) sameByteAsWindows1252[unit]! |= 1 << page.bit;
}

/**
 * The fast path for a line that is mojibake throughout (the common case):
 * every non-ASCII character encodes on one page and the bytes are valid
 * UTF-8, up to MAX_PASSES - 1 layers deep, and the final reading is clean
 * (badness without the length prior at most WHOLE_LINE_ODDNESS, or an eighth
 * of the line's) and clearly less odd than the line. Anything less certain goes to the span engine.
 * The line is the one loadLine copied into inputUnits; `pages` is what loadLine returned.
 * Returns the reading's length (the reading is then in inputUnits, its steps
 * added to `steps`, and wholeReadingC1 says whether it holds a C1 control), or -1.
 */
function wholeLineRepair(lineLength: number, pages: number, lineNumber: number, steps: RepairStep[]): number {
  const stepsBefore = steps.length;
  let length = lineLength;
  let currentParts = { total: 0, odd: 0 };
  const lineUnits = inputUnits;
  const lineLong = scannedLong;
  // Only C1 controls need the Latin-1 fallback, so without them no page pays for it.
  let c1 = scannedC1;
  for (let depth = 0; depth < MAX_PASSES - 1 && pages; depth++) {
    // Pages can agree on the bytes and differ in the reading: take the least odd, the first on a tie.
    let best: CodePage | null = null;
    let bestLength = 0;
    let bestScore = 0;
    let bestParts = currentParts;
    let bestC1 = false;
    let bestCodePoints = 0;
    for (const page of codePages) {
      if (!(pages & (1 << page.bit))) continue;
      // A page that spells the text with Windows-1252's bytes reads it the same way, and Windows-1252 came first.
      if (best === windows1252 && scannedSameAsWindows1252 & (1 << page.bit)) continue;
      const decodedLength = decodeWholeLine(inputUnits, length, page, candidateUnits);
      if (decodedLength < 0) continue;
      // Most pages that decode a line agree on the reading; then the earlier page wins unless it needed the Latin-1 fallback.
      if (best && sameUnits(candidateUnits, decodedLength, bestUnits, bestLength)
        && (best.name === 'windows-1252' || !c1 || fallbackCount(inputUnits, length, best) === 0)) continue;
      const parts = badnessPartsOfUnits(candidateUnits, decodedLength);
      const score: number = parts.total + (page.name === 'windows-1252' || !c1 ? 0 : FALLBACK_COST * fallbackCount(inputUnits, length, page));
      if (!best || score < bestScore) {
        best = page;
        bestLength = decodedLength;
        bestScore = score;
        bestParts = parts;
        bestC1 = decodedC1;
        bestCodePoints = decodedCodePoints;
        [bestUnits, candidateUnits] = [candidateUnits, bestUnits];
      }
    }
    // A further layer must make the line less odd; otherwise the layers so far are the reading.
    if (!best || (depth > 0 && bestParts.total >= currentParts.total)) break;
    // loadLine noted the line's runs; a deeper layer's input is scanned for them now that its step is taken.
    if (depth > 0) scanRuns(inputUnits, length);
    steps.push(wholeLineStep(length, bestCodePoints, best, lineNumber));
    pages = scanReading(bestUnits, bestLength);
    // The reading becomes the next layer's input; the line is kept aside, a deeper layer's input is free for the next candidate.
    if (depth === 0) [inputUnits, bestUnits, spareUnits] = [bestUnits, spareUnits, inputUnits];
    else [inputUnits, bestUnits] = [bestUnits, inputUnits];
    length = bestLength;
    currentParts = bestParts;
    c1 = bestC1;
  }
  if (steps.length === stepsBefore) return -1;
  wholeReadingC1 = c1;
  wholeReadingOdd = currentParts.odd;
  const after = currentParts;
  if (surelyTaken(after, lineLong)) return length;
  const before = badnessPartsOfUnits(lineUnits, lineLength);
  if ((after.odd > WHOLE_LINE_ODDNESS && after.odd > before.odd / 8) || before.total - after.total < MIN_GAIN) {
    steps.length = stepsBefore;
    return -1;
  }
  return length;
}

/** Whether the reading wholeLineRepair last returned holds a C1 control. */
let wholeReadingC1 = false;
/** And how odd it still looks (badness without the length prior): a clean reading has no deeper layer. */
let wholeReadingOdd = 0;

/**
 * Whether a reading passes the checks at the end of wholeLineRepair whatever
 * the line scores: it is clean, and it gains MIN_GAIN even against the least
 * the line can score (the length prior of its `long` non-ASCII characters, as
 * badness never goes below zero), so the line need not be scored at all (the
 * common case: it is scored only for a reading that might not be taken).
 */
function surelyTaken(after: { total: number; odd: number }, long: number): boolean {
  return after.odd <= WHOLE_LINE_ODDNESS && LENGTH_PRIOR * long - after.total >= MIN_GAIN;
}

/**
 * The step for a whole-line re-decoding of the text loadLine or scanReading
 * last went through (`length` code units) into a reading of `codePoints`
 * characters: its spans are the runs of non-ASCII characters.
 */
function wholeLineStep(length: number, codePoints: number, page: CodePage, lineNumber: number): RepairStep {
  const runs = scannedRuns;
  const spans: Array<[number, number]> = new Array(scannedRunBounds >> 1);
  for (let k = 0; k < scannedRunBounds; k += 2) spans[k >> 1] = [runs[k]!, runs[k + 1]! - runs[k]!];
  const encoding = page.name === 'windows-1252' && scannedC1 && !scannedWide ? 'latin-1' : page.name;
  // The column counts the ASCII characters before the first span; ASCII stays one character each, and the rest of the reading is what the spans became.
  const column = scannedRunBounds ? runs[0]! : length;
  const pieces = codePoints - (length - scannedNonAscii);
  return { line: lineNumber, column: column + 1, fix: 'redecode', encoding, detail: redecodeDetail(encoding), chars: scannedChars, pieces, spans };
}

/** A step's detail for each encoding, made once: steps are many and live as long as the result. */
const redecodeDetails = new Map<string, string>();

function redecodeDetail(encoding: string): string {
  let detail = redecodeDetails.get(encoding);
  if (detail === undefined) redecodeDetails.set(encoding, (detail = `utf-8 read as ${encoding}`));
  return detail;
}

function fallbackCount(units: Uint16Array, length: number, page: CodePage): number {
  let n = 0;
  for (let i = 0; i < length; i++) n += page.fallback[units[i]!]!;
  return n;
}

function sameUnits(a: Uint16Array, aLength: number, b: Uint16Array, bLength: number): boolean {
  if (aLength !== bLength) return false;
  for (let i = 0; i < aLength; i++) if (a[i] !== b[i]) return false;
  return true;
}

/** Whether one of `pages` reads a UTF-8 lead byte followed by a continuation byte in the first `length` code units. */
function hasPairs(units: Uint16Array, length: number, pages: number): boolean {
  let lead = 0;
  for (let i = 0; i < length; i++) {
    const unit = units[i]!;
    if (unit < 0x80) { lead = 0; continue; }
    const masks = leadContinuationMask[unit]!;
    if (lead & masks & pages) return true;
    lead = masks >>> 16;
  }
  return false;
}

/** Whether a Uint16Array holds its code units little-endian (so its bytes are UTF-16LE). */
const LITTLE_ENDIAN = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;

/** A string's code units in a typed array: Node's UTF-16LE encoding copies them natively (lone surrogates too). */
function codeUnitsOf(text: string): Uint16Array {
  return copyCodeUnits(text, new Uint16Array(text.length));
}

function copyCodeUnits(text: string, units: Uint16Array): Uint16Array {
  if (LITTLE_ENDIAN) Buffer.from(units.buffer, units.byteOffset, text.length * 2).write(text, 0, 'utf16le');
  else for (let i = 0; i < text.length; i++) units[i] = text.charCodeAt(i);
  return units.subarray(0, text.length);
}

/*
 * repairText's input and output code units live in buffers kept for the next
 * call, up to KEPT_UNITS each: fresh memory of a text's size costs more than
 * the copy itself. A larger text gets buffers of its own.
 */
const KEPT_UNITS = 1 << 22;
let keptInputUnits = new Uint16Array(0);
let keptOutputUnits = new Uint16Array(0);

/** The text's code units, in the kept input buffer when they fit. */
function textUnitsOf(text: string): Uint16Array {
  if (text.length > KEPT_UNITS) return codeUnitsOf(text);
  if (keptInputUnits.length < text.length) keptInputUnits = new Uint16Array(Math.min(KEPT_UNITS, Math.max(text.length, 2 * keptInputUnits.length)));
  return copyCodeUnits(text, keptInputUnits);
}

/** A buffer for at least `length` output code units: the kept one when it is big enough. */
function outputUnitsOf(length: number): Uint16Array {
  if (length > KEPT_UNITS) return new Uint16Array(length);
  if (keptOutputUnits.length < length) keptOutputUnits = new Uint16Array(Math.min(KEPT_UNITS, Math.max(length, 2 * keptOutputUnits.length)));
  return keptOutputUnits;
}

/** The code units as a string: Node's UTF-16LE buffer decoding is the cheapest way (no BOM handling, no argument limit). */
function unitsToString(units: Uint16Array, length: number): string {
  if (LITTLE_ENDIAN) return Buffer.from(units.buffer, units.byteOffset, length * 2).toString('utf16le');
  // ignoreBOM: a leading U+FEFF was already dropped by decodeWholeLine, so one here is text.
  return utf16.decode(units.subarray(0, length));
}

/**
 * The line's bytes on this page read as UTF-8, written as UTF-16 code units
 * into `units`: their count, or -1 when a character does not encode or the
 * bytes are not valid UTF-8 (one pass, no intermediate bytes).
 */
function decodeWholeLine(line: Uint16Array, length: number, page: CodePage, units: Uint16Array): number {
  const encode = page.encode;
  let out = 0;
  let c1 = 0;
  let codePoints = 0;
  for (let i = 0; i < length; i++) {
    const unit = line[i]!;
    if (unit < 0x80) { units[out++] = unit; codePoints++; continue; }
    const lead = encode[unit]!;
    if (lead < 0xc2 || lead > 0xf4) return -1;
    const need = lead < 0xe0 ? 1 : lead < 0xf0 ? 2 : 3;
    if (i + need >= length) return -1;
    let cp = need === 1 ? lead & 0x1f : need === 2 ? lead & 0x0f : lead & 0x07;
    for (let j = 1; j <= need; j++) {
      const next = line[i + j]!;
      const byte = next < 0x80 ? -1 : encode[next]!;
      if ((byte & 0xc0) !== 0x80) return -1;
      cp = (cp << 6) | (byte & 0x3f);
    }
    // Overlong forms, surrogates and code points above U+10FFFF are not UTF-8.
    if ((need === 2 && (cp < 0x800 || (cp >= 0xd800 && cp <= 0xdfff))) || (need === 3 && (cp < 0x10000 || cp > 0x10ffff))) return -1;
    if (cp >= 0x10000) {
      units[out++] = 0xd800 + ((cp - 0x10000) >> 10);
      units[out++] = 0xdc00 + ((cp - 0x10000) & 0x3ff);
      codePoints++;
    } else if (cp !== 0xfeff || i > 0) {
      // A byte order mark at the start of the line is dropped (as the UTF-16 decoder this replaced did).
      units[out++] = cp;
      codePoints++;
      c1 |= +((cp & 0xffe0) === 0x80);
    }
    i += need;
  }
  decodedC1 = c1 === 1;
  decodedCodePoints = codePoints;
  return out;
}

/** Where the replacements sit in the spliced line: text decoded once may have been encoded twice. */
function placed(replacements: Replacement[]): Replacement[] {
  const out: Replacement[] = [];
  let shift = 0;
  for (const r of replacements) {
    const start = r.start + shift;
    out.push({ start, end: start + r.text.length, text: r.text });
    shift += r.text.length - (r.end - r.start);
  }
  return out;
}

function stepFor(line: string, attempt: PageAttempt, lineNumber: number): RepairStep {
  const { page, clusters } = attempt;
  // Windows-1252 mojibake made only of C1 controls was read as Latin-1.
  const c1 = clusters.reduce((n, c) => n + c.c1, 0);
  const windows = clusters.reduce((n, c) => n + c.windows, 0);
  const encoding = page.name === 'windows-1252' && c1 > 0 && windows === 0 ? 'latin-1' : page.name;
  return {
    line: lineNumber,
    column: columnOf(line, clusters[0]!.start),
    fix: 'redecode',
    encoding,
    detail: redecodeDetail(encoding),
    chars: clusters.reduce((n, c) => n + codePointCount(line.slice(c.start, c.end)), 0),
    pieces: clusters.reduce((n, c) => n + c.decodedLength, 0),
    spans: clusters.map((c) => [c.start, c.end - c.start]),
  };
}

/**
 * The clusters one code page would re-decode in a line, or null when none
 * passes. Evidence rules, from strongest to weakest:
 * - a clean cluster that lowers badness by MIN_GAIN is taken on its own;
 * - so is one inside text the previous pass decoded (a second layer), if it lowers badness at all;
 * - once the page has such evidence on the line, its other clusters need only
 *   not make things worse (a line is usually broken one way throughout);
 * - without it, a lost byte (U+FFFD) needs MIN_GAIN, a restored 0xA0 more than twice that,
 *   and a `?` standing for a lost byte only inside a cluster that also has intact sequences.
 */
function attemptPage(line: string, page: CodePage, hot: Replacement[]): PageAttempt | null {
  const clusters = clustersOf(line, page);
  if (!clusters.length) return null;
  const hotClusters = overlapping(clusters, hot);
  // Script agreement (rules.ts) judges readings of the line as it came; a deeper layer is judged by the pass that found it.
  const verdicts = new Map(clusters.filter((c) => !hotClusters.has(c)).map((c) => [c, judgeReading(line, c.start, c.end, c.text)] as const));
  const sameScript = (c: Cluster) => verdicts.get(c) === 'same-script' && !c.tainted && c.gain > 0 && looksOdd(line, c.start, c.end);
  const strong = (c: Cluster) => (!c.tainted && c.gain >= MIN_GAIN) || (c.gain > 0 && hotClusters.has(c)) || sameScript(c);
  const evidence = clusters.some(strong);
  const taken = clusters.filter((c) => {
    if (strong(c)) return true;
    if (evidence) return c.gain > 0 || (c.tainted && c.gain >= 0 && !c.text.includes('\u00a0'));
    if (c.questionMark) return c.sequences > c.lossyCount && c.gain >= MIN_GAIN;
    if (c.lossy) return c.gain >= MIN_GAIN;
    return c.tainted && c.gain > 2 * MIN_GAIN;
  });
  if (!taken.length || taken.every((c) => verdicts.get(c) === 'foreign')) return null;
  // Windows-1252 with C1 controls is Latin-1, a page of its own, so only other pages pay for the fallback.
  const fallbackCost = page.name === 'windows-1252' ? 0 : FALLBACK_COST;
  const gain = taken.reduce((sum, c) => sum + c.gain - fallbackCost * c.fallback, 0);
  return gain > 0 ? { page, clusters: taken, gain } : null;
}

/**
 * Group adjacent UTF-8 sequences into clusters and score each against its
 * context. The context is read as it would be after this page's other
 * clusters are decoded too, so each cluster is judged on its own damage,
 * not its neighbours'.
 */
function clustersOf(line: string, page: CodePage): Cluster[] {
  const bit = 1 << page.bit;
  const groups: Sequence[][] = [];
  let group: Sequence[] = [];
  for (let i = 0; i < line.length; ) {
    // Cheap test first: a lead followed by something that can continue it (a space only where it may stand for 0xA0).
    const unit = line.charCodeAt(i);
    const next = line.charCodeAt(i + 1);
    const seq = leadMask[unit]! & bit && (continuationMask[next]! & bit || next === 0xfffd || next === 0x3f || (next === 0x20 && spaceLeadMask[unit]! & bit))
      ? sequenceAt(line, i, page)
      : null;
    if (!seq) {
      if (group.length) groups.push(group);
      group = [];
      i++;
      continue;
    }
    if (seq.altered && seq.text === '\u00e0') keepSpaceAfterAGrave(line, seq);
    group.push(seq);
    i = seq.end;
  }
  if (group.length) groups.push(group);
  if (!groups.length) return [];
  const decoded = groups.map((g) => g.map((seq) => seq.text).join(''));
  const clusters = groups.map((g, k) => {
    const start = g[0]!.start;
    const end = g[g.length - 1]!.end;
    // Up to four code units of context each side (two characters, surrogate pairs included).
    const previousEnd = k > 0 ? groups[k - 1]!.at(-1)!.end : 0;
    const nextStart = k + 1 < groups.length ? groups[k + 1]![0]!.start : line.length;
    const left = mapC1Controls((start - previousEnd < 4 ? decoded[k - 1] ?? '' : '') + line.slice(Math.max(previousEnd, start - 4), start));
    const right = mapC1Controls(line.slice(end, Math.min(nextStart, end + 4)) + (nextStart - end < 4 ? decoded[k + 1] ?? '' : ''));
    return scoreCluster(line, g, decoded[k]!, left, right, page);
  });
  if (clusters.some((c) => c.gain >= 0)) {
    const runs = garbledRuns(line, page, groups).map(([start, end]) => ({ start, end }));
    for (const c of overlapping(clusters, runs)) c.gain = -Infinity;
  }
  return clusters;
}

/** The items that overlap any of the ranges; both lists are sorted by position, so one sweep does it. */
function overlapping<T extends { start: number; end: number }>(items: T[], ranges: Array<{ start: number; end: number }>): Set<T> {
  const found = new Set<T>();
  let r = 0;
  for (const item of items) {
    while (r < ranges.length && ranges[r]!.end <= item.start) r++;
    for (let k = r; k < ranges.length && ranges[k]!.start < item.end; k++) {
      if (ranges[k]!.end > item.start) { found.add(item); break; }
    }
  }
  return found;
}

/**
 * Runs of this page's upper-half characters of which less than two thirds
 * spell UTF-8: decoding a few sequences inside such a run only trades one
 * garble for another, so none of them is taken (ftfy leaves these alone too).
 */
function garbledRuns(line: string, page: CodePage, groups: Sequence[][]): Array<[number, number]> {
  const inSequence = new Uint8Array(line.length);
  for (const g of groups) for (const seq of g) inSequence.fill(1, seq.start, seq.end);
  const runs: Array<[number, number]> = [];
  const inRun = (k: number) => inSequence[k] === 1 || byteOf(page, line.charCodeAt(k)) >= 0x80;
  for (let i = 0; i < line.length; ) {
    if (!inRun(i)) { i++; continue; }
    let j = i;
    let loose = 0;
    while (j < line.length && inRun(j)) { if (!inSequence[j]) loose++; j++; }
    if (loose * 2 > j - i - loose) runs.push([i, j]);
    i = j;
  }
  return runs;
}

/**
 * "Ã " is "à" whose 0xA0 became a space; usually a space followed it too, and
 * was swallowed, so it is put back, except before Portuguese "s " and "quele"
 * (às, àquele), where the 0xA0 was the only separator (ftfy's rule).
 */
function keepSpaceAfterAGrave(line: string, seq: Sequence): void {
  const rest = line.slice(seq.end, seq.end + 6);
  if (!/^( |s |quel[ea]|quilo)/.test(rest)) seq.text = '\u00e0 ';
}

function scoreCluster(line: string, seqs: Sequence[], text: string, left: string, right: string, page: CodePage): Cluster {
  const start = seqs[0]!.start;
  const end = seqs[seqs.length - 1]!.end;
  const original = mapC1Controls(line.slice(start, end));
  // C1 controls left alone become Windows-1252 anyway, so they are no evidence; a second layer is judged by its final reading.
  const [l1, r1] = [lastChars(left, 1), firstChars(right, 1)];
  const reading = l1 + text + r1;
  let gain = badness(l1 + original + r1) - badness(pagesWithPairs(text) ? deepest(reading, 2) : reading);
  if (gain >= 0 && stillGarbled(original, text, left, right)) gain = -Infinity;
  let windows = 0;
  for (let i = start; i < end; i++) {
    if (page.name === 'windows-1252' && line.charCodeAt(i) >= 0x100) windows++;
  }
  return {
    start, end, text, gain,
    tainted: seqs.some((s) => s.lossy || s.altered),
    lossy: seqs.some((s) => s.lossy),
    sequences: seqs.length,
    lossyCount: seqs.filter((s) => s.lossy).length,
    questionMark: seqs.some((s) => s.lossy && line.slice(s.start, s.end).includes('?')),
    fallback: seqs.reduce((n, s) => n + s.fallback, 0),
    c1: seqs.reduce((n, s) => n + s.c1, 0),
    windows,
    decodedLength: seqs.reduce((n, s) => n + (s.lossy ? 1 : codePointCount(s.text.trimEnd() || s.text)), 0),
  };
}

/**
 * A reading that is still odd, with two characters of context each side, is
 * no repair, only a different garble (ftfy's "hopeless" case): it must score
 * at most MAX_AFTER, or a quarter of what the text scored before.
 */
function stillGarbled(original: string, text: string, left: string, right: string): boolean {
  const [l2, r2] = [lastChars(left, 2), firstChars(right, 2)];
  // U+FFFD marks a byte that is lost either way; it says nothing about the reading.
  const odd = badness(deepest(l2 + text + r2, 2).replaceAll('\uFFFD', ''), 0);
  return odd > MAX_AFTER && odd > badness((l2 + original + r2).replaceAll('\uFFFD', ''), 0) / 4;
}

/** The last `n` characters (code points) of a string. */
function lastChars(text: string, n: number): string {
  let i = text.length;
  for (let k = 0; k < n && i > 0; k++) i -= i >= 2 && (text.charCodeAt(i - 1) & 0xfc00) === 0xdc00 && (text.charCodeAt(i - 2) & 0xfc00) === 0xd800 ? 2 : 1;
  return text.slice(i);
}

/** The first `n` characters (code points) of a string. */
function firstChars(text: string, n: number): string {
  let i = 0;
  for (let k = 0; k < n && i < text.length; k++) i += (text.charCodeAt(i) & 0xfc00) === 0xd800 && i + 1 < text.length ? 2 : 1;
  return text.slice(0, i);
}

/** The least odd reading of a short text: as it is, or re-decoded up to `depth` more times. */
function deepest(text: string, depth: number): string {
  const pages = depth === 0 ? 0 : pagesWithPairs(text);
  if (!pages) return text;
  let best = text;
  let bestScore = badness(text);
  for (const page of codePages) {
    if (!(pages & (1 << page.bit))) continue;
    const decoded = decodeAll(text, page);
    if (decoded === text) continue;
    const candidate = deepest(decoded, depth - 1);
    const score = badness(candidate);
    if (score < bestScore) { best = candidate; bestScore = score; }
  }
  return best;
}

/** The pages (bit mask) that read a lead byte followed by a continuation byte, a space standing for 0xA0, or a lost byte here. */
function pagesWithPairs(text: string): number {
  let mask = 0;
  for (let i = 1; i < text.length; i++) {
    const lead = leadMask[text.charCodeAt(i - 1)]!;
    if (!lead) continue;
    const unit = text.charCodeAt(i);
    mask |= unit === 0xfffd || unit === 0x3f ? lead : unit === 0x20 ? lead & a0Pages : lead & continuationMask[unit]!;
  }
  return mask;
}

/** Every UTF-8 sequence on one page (strict, or lossy where U+FFFD marks the lost byte), decoded without weighing evidence. */
function decodeAll(text: string, page: CodePage): string {
  let out = '';
  let pos = 0;
  for (let i = 0; i < text.length; ) {
    const seq = byteOf(page, text.charCodeAt(i)) >= 0xc2 ? sequenceAt(text, i, page) : null;
    if (!seq || seq.altered || (seq.lossy && !text.slice(seq.start, seq.end).includes('\uFFFD'))) { i++; continue; }
    out += text.slice(pos, i) + seq.text;
    pos = i = seq.end;
  }
  return out + text.slice(pos);
}

/** Re-decode a recorded span with a code page; null when it no longer spells UTF-8. */
function decodeSpan(line: string, start: number, end: number, page: CodePage): string | null {
  let out = '';
  for (let i = start; i < end; ) {
    const seq = sequenceAt(line, i, page);
    if (!seq || seq.end > end) return null;
    if (seq.altered && seq.text === '\u00e0') keepSpaceAfterAGrave(line, seq);
    out += seq.text;
    i = seq.end;
  }
  return out;
}

function splice(line: string, replacements: Replacement[]): string {
  let out = '';
  let pos = 0;
  for (const r of replacements) {
    out += line.slice(pos, r.start) + r.text;
    pos = r.end;
  }
  return out + line.slice(pos);
}

function mapC1Controls(line: string): string {
  let c1 = false;
  for (let i = 0; i < line.length && !c1; i++) c1 = (line.charCodeAt(i) & 0xffe0) === 0x80;
  if (!c1) return line;
  return line.replace(/[\u0080-\u009f]/g, (ch) => C1_TO_WINDOWS_1252[ch.charCodeAt(0) - 0x80]!);
}

/** Spans of C1 controls that Windows-1252 assigns a character to. */
function c1Spans(line: string): Array<[number, number]> {
  const spans: Array<[number, number]> = [];
  for (let i = 0; i < line.length; i++) {
    const unit = line.charCodeAt(i);
    if (unit >= 0x80 && unit <= 0x9f && C1_TO_WINDOWS_1252[unit - 0x80] !== String.fromCharCode(unit)) spans.push([i, 1]);
  }
  return spans;
}

function columnOf(line: string, offset: number): number {
  return codePointCount(line.slice(0, offset)) + 1;
}

function codePointCount(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    if (unit < 0xdc00 || unit > 0xdfff) n++;
  }
  return n;
}

