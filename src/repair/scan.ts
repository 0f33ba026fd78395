/**
 * The line scanner: which lines may hold mojibake.
 *
 * One pass over the text's code units, in the input string itself: lines
 * without a character from U+0080 up cost a comparison per character and are
 * never looked at again. Other characters cost one table lookup each, looking
 * for one that some code page reads as a UTF-8 lead byte followed by the
 * continuation bytes it needs, a C1 control, or a lead followed by a space,
 * `?` or U+FFFD that may stand for a lost byte.
 * The scan hands each such line to its visitor (the line repairer) and goes
 * on where the visitor says the line ends; it keeps nothing.
 */
import { codePages, continuationMask, leadMask, type CodePage } from './codepages.js';
import { sequenceAt, type Sequence } from './utf8.js';
import type { MarkedLines } from './byte-lines.js';

/** Pages that write 0xA0 as a non-breaking space, so a plain space may stand for it. */
export const a0Pages = codePages.reduce((mask, page) => (page.high[0x20] === '\u00a0' ? mask | (1 << page.bit) : mask), 0);

/** Per code unit, the pages on which it is a lead (high half) or a continuation byte (low half): one lookup for both. */
export const leadContinuationMask = new Uint32Array(0x10000);
for (const page of codePages) {
  // Only units that encode on some page have a mask; the rest stay 0.
  for (const unit of page.units) leadContinuationMask[unit] = (leadMask[unit]! << 16) | continuationMask[unit]!;
}

/** Bit mask of pages on which a space after this 2-byte lead (Â Ã Å Î Ð Ù) may stand for byte 0xA0. */
const a0LeadMask = new Uint16Array(0x10000);
/**
 * Bit mask of pages on which a space right after this lead may stand for byte
 * 0xA0 (utf8.ts: after a 2-byte lead Â Ã Å Î Ð Ù, or as the middle byte after
 * E2/E3). A superset is enough: it only spares sequenceAt calls that fail.
 */
export const spaceLeadMask = new Uint16Array(0x10000);
for (const page of codePages) {
  if (!(a0Pages & (1 << page.bit))) continue;
  for (const byte of [0xc2, 0xc3, 0xc5, 0xce, 0xd0, 0xd9]) a0LeadMask[page.high[byte - 0x80]!.charCodeAt(0)]! |= 1 << page.bit;
  for (const byte of [0xc2, 0xc3, 0xc5, 0xce, 0xd0, 0xd9, 0xe2, 0xe3]) spaceLeadMask[page.high[byte - 0x80]!.charCodeAt(0)]! |= 1 << page.bit;
}

/** Bit masks of pages on which this code unit is a UTF-8 lead of a 2-, 3- or 4-byte sequence. */
const twoByteLeadMask = new Uint16Array(0x10000);
const threeByteLeadMask = new Uint16Array(0x10000);
const fourByteLeadMask = new Uint16Array(0x10000);
for (const page of codePages) {
  for (const [unit, byte] of page.bytes) {
    const masks = byte < 0xc2 ? null : byte < 0xe0 ? twoByteLeadMask : byte < 0xf0 ? threeByteLeadMask : byte <= 0xf4 ? fourByteLeadMask : null;
    if (masks) masks[unit]! |= 1 << page.bit;
  }
}

/** What the scan hands each suspicious line to: it repairs the line and returns where the line ends. */
export interface LineVisitor {
  repair(text: string, lineStart: number, lineNumber: number): number;
}

/**
 * Scan the text from the start and hand every line that holds a suspicious
 * character (see above) to `visitor`, in order: one loop over code units,
 * where ASCII costs a comparison or two (counting the line breaks, \r\n, \r
 * or \n, on the way) and the rest one table lookup. The scan goes on from
 * where the visitor says the line ends (a line break or the end of the text).
 * The lines and the scan are one loop, not a scan function called per line
 * from a loop of lines: on a first call that is one hot loop for the
 * optimising compiler instead of two (the scanner compiled on its own and
 * again inlined into the line loop's on-stack replacement).
 */
export function visitSuspiciousLines(text: string, visitor: LineVisitor): void {
  let previousLead = 0;
  let lineNumber = 1;
  let lineStart = 0;
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    let suspicious = false;
    if (unit < 0x80) {
      if (previousLead) {
        suspicious = standsForLostByte(text, i, unit);
        previousLead = 0;
      }
      if (!suspicious) {
        if (unit <= 0x0d && (unit === 0x0a || unit === 0x0d)) {
          if (unit === 0x0d || i === 0 || text.charCodeAt(i - 1) !== 0x0d) lineNumber++;
          lineStart = i + 1;
        }
        continue;
      }
    } else if (unit <= 0x9f || (previousLead && unit === 0xfffd)) {
      suspicious = true;
    } else {
      // afterNonAscii written out: a helper this loop calls is, on a first call, compiled on its own as well
      // as inlined here (5 to 7 ms of the compiler's time on the bench's mojibake, for nothing).
      const masks = leadContinuationMask[unit]!;
      const pages = previousLead & masks;
      suspicious = pages !== 0 && completesSequence(text, i - 1, pages);
      previousLead = masks >>> 16;
    }
    if (!suspicious) continue;
    // Go on at the line's end: its line break (counted there) or the end of the text.
    i = visitor.repair(text, lineStart, lineNumber) - 1;
    previousLead = 0;
  }
}

/**
 * The same visits, where the text was decoded from bytes in which every ASCII
 * byte is one code unit (UTF-8, an 8-bit page) and the byte pre-scan
 * (byte-lines.ts) marked the lines with a byte from 0x80 up: only those lines
 * are scanned; between them the text is ASCII, as long as the bytes. Returns
 * false where the text does not line up with the bytes (then the caller
 * starts again with visitSuspiciousLines).
 */
export function visitMarkedLines(text: string, marks: MarkedLines, byteLength: number, visitor: LineVisitor): boolean {
  const lines = marks.lines;
  // The same place in the text and in the bytes: the end of the last marked line, or the start.
  let textAt = 0;
  let byteAt = 0;
  for (let k = 0; k < 3 * marks.count; k += 3) {
    const lineStart = textAt + (lines[k]! - byteAt);
    if (lineStart > text.length || (lineStart > 0 && !isLineBreak(text.charCodeAt(lineStart - 1)))) return false;
    textAt = visitLine(text, lineStart, lines[k + 2]!, visitor);
    byteAt = lines[k + 1]!;
  }
  return textAt + (byteLength - byteAt) === text.length;
}

/** Scan one line (as visitSuspiciousLines does) and hand it to `visitor` if it is suspicious; returns where it ends. */
function visitLine(text: string, lineStart: number, lineNumber: number, visitor: LineVisitor): number {
  let previousLead = 0;
  for (let i = lineStart; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    let suspicious = false;
    if (unit < 0x80) {
      if (unit === 0x0a || unit === 0x0d) return i;
      if (!previousLead) continue;
      suspicious = standsForLostByte(text, i, unit);
      previousLead = 0;
    } else {
      previousLead = afterNonAscii(text, i, unit, previousLead);
      suspicious = previousLead === SUSPICIOUS;
    }
    if (suspicious) return visitor.repair(text, lineStart, lineNumber);
  }
  return text.length;
}

/** What afterNonAscii gives for a suspicious unit (a lead mask is never negative). */
const SUSPICIOUS = -1;

/**
 * One unit from U+0080 up, read after the pages on which the unit before it was a lead: SUSPICIOUS (a C1
 * control, U+FFFD after a lead, or the end of a sequence that some page completes), or else the pages on
 * which this unit is a lead, for the next unit. visitLine calls it; visitSuspiciousLines writes it out
 * (tests/repair-scan.property.test.ts and the byte-lines tests hold both scans to the plain definition).
 */
function afterNonAscii(text: string, i: number, unit: number, previousLead: number): number {
  if (unit <= 0x9f || (previousLead && unit === 0xfffd)) return SUSPICIOUS;
  const masks = leadContinuationMask[unit]!;
  const pages = previousLead & masks;
  return pages !== 0 && completesSequence(text, i - 1, pages) ? SUSPICIOUS : masks >>> 16;
}

/** After a lead, `?` may stand for a lost byte, and a space for 0xA0. */
function standsForLostByte(text: string, i: number, unit: number): boolean {
  return unit === 0x3f || (unit === 0x20 && a0LeadMask[text.charCodeAt(i - 1)] !== 0);
}

function isLineBreak(unit: number): boolean {
  return unit === 0x0a || unit === 0x0d;
}

/**
 * Whether, on one of `pages` (on each of which the unit at `at` is a lead and
 * the one after it a continuation byte), the lead is followed by all the
 * continuation bytes it needs: masks only, no page's table. U+FFFD or `?` may
 * stand for a lost byte: those are left to the engine. (A space for 0xA0 inside
 * a longer sequence only counts once the line is suspicious for another reason.)
 */
function completesSequence(text: string, at: number, pages: number): boolean {
  const lead = text.charCodeAt(at);
  if (pages & twoByteLeadMask[lead]!) return true;
  // Every page left reads a 3- or 4-byte lead here.
  const third = text.charCodeAt(at + 2);
  if (third === 0xfffd || third === 0x3f) return true;
  const continued = pages & continuationMask[third]!;
  if (continued & threeByteLeadMask[lead]!) return true;
  const fourByte = continued & fourByteLeadMask[lead]!;
  if (!fourByte) return false;
  const fourth = text.charCodeAt(at + 3);
  return fourth === 0xfffd || fourth === 0x3f || (fourByte & continuationMask[fourth]!) !== 0;
}

/** The pages (bit mask) that read a lead byte followed by a continuation byte, a space standing for 0xA0, or a lost byte here. */
export function pagesWithPairs(text: string): number {
  let mask = 0;
  for (let i = 1; i < text.length; i++) {
    const lead = leadMask[text.charCodeAt(i - 1)]!;
    if (!lead) continue;
    const unit = text.charCodeAt(i);
    mask |= unit === 0xfffd || unit === 0x3f ? lead : unit === 0x20 ? lead & a0Pages : lead & continuationMask[unit]!;
  }
  return mask;
}

/**
 * The UTF-8 sequence that `page` reads at `i`, or null: the cheap test first
 * (a lead followed by something that can continue it; a space only where it
 * may stand for 0xA0), shared by the span engine and its filter so that both
 * see sequences start at the same places.
 */
export function sequenceStartingAt(line: string, i: number, page: CodePage): Sequence | null {
  const bit = 1 << page.bit;
  const unit = line.charCodeAt(i);
  // (Read past the end as 0, not NaN: an out-of-bounds read would cost the optimised code.)
  const next = i + 1 < line.length ? line.charCodeAt(i + 1) : 0;
  return leadMask[unit]! & bit && (continuationMask[next]! & bit || next === 0xfffd || next === 0x3f || (next === 0x20 && spaceLeadMask[unit]! & bit))
    ? sequenceAt(line, i, page)
    : null;
}
