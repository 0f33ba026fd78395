/**
 * The pre-scan of the raw bytes: which lines hold a byte from 0x80 up.
 *
 * Where the text was decoded from bytes in which every ASCII byte is one code
 * unit of the text (UTF-8, and the 8-bit legacy pages), a line without such a
 * byte is ASCII in the text too, and cannot hold mojibake: the line scanner
 * (scan.ts visitMarkedLines) then looks at the marked lines only. The bytes
 * are read four at a time: a word without a high bit and without a byte below
 * 0x0E (no line break can be in it) costs a few integer operations; only the
 * other words are read byte by byte. Line breaks are \r\n, \n or \r, counted
 * as the scanner counts them.
 */

/** The lines that hold a byte from 0x80 up, as triples in `lines`: start, end (before its line break), 1-based line number. */
export interface MarkedLines {
  lines: Int32Array;
  count: number;
}

const HIGH_BITS = 0x80808080 | 0;
/** Subtracted from a word, a byte below 0x0E (tab, line feed, carriage return…) borrows into its high bit. */
const BELOW_0E = 0x0e0e0e0e;

/** Mark the lines of `bytes` that hold a byte from 0x80 up, four bytes at a time. */
export function markNonAsciiLines(bytes: Uint8Array): MarkedLines {
  const marker = new LineMarker(bytes);
  const length = bytes.length;
  // Whole words from the first aligned byte: an Int32Array view needs an offset that is a multiple of 4.
  const head = (4 - (bytes.byteOffset & 3)) & 3;
  if (length < head + 4) return markNonAsciiLinesPlain(bytes);
  const words = new Int32Array(bytes.buffer, bytes.byteOffset + head, (length - head) >> 2);
  marker.bytesIn(0, head);
  for (let k = 0; k < words.length; k++) {
    const word = words[k]!;
    // (Any byte below 0x0E, exactly: the classic "has less than" test, valid for every byte value.)
    if (((word - BELOW_0E) & ~word & HIGH_BITS) === 0) {
      if (word & HIGH_BITS) marker.marked = true;
      continue;
    }
    marker.bytesIn(head + 4 * k, head + 4 * k + 4);
  }
  marker.bytesIn(head + 4 * words.length, length);
  return marker.finish();
}

/** The same marks, byte by byte: the plain definition the fast one is held to. */
export function markNonAsciiLinesPlain(bytes: Uint8Array): MarkedLines {
  const marker = new LineMarker(bytes);
  marker.bytesIn(0, bytes.length);
  return marker.finish();
}

/** The state of one pre-scan: the line it is in and the marks so far (owned by one call). */
class LineMarker {
  marked = false;
  private lineStart = 0;
  private lineNumber = 1;
  private lines = new Int32Array(48);
  private count = 0;

  constructor(private readonly bytes: Uint8Array) {}

  /** Read bytes[from, to) one by one. */
  bytesIn(from: number, to: number): void {
    const bytes = this.bytes;
    for (let i = from; i < to; i++) {
      const byte = bytes[i]!;
      if (byte >= 0x80) {
        this.marked = true;
        continue;
      }
      if (byte > 0x0d || (byte !== 0x0a && byte !== 0x0d)) continue;
      // The \n of \r\n: the line ended at the \r.
      if (byte === 0x0a && i > 0 && bytes[i - 1] === 0x0d) {
        this.lineStart = i + 1;
        continue;
      }
      this.endLine(i);
      this.lineNumber++;
      this.lineStart = i + 1;
    }
  }

  finish(): MarkedLines {
    this.endLine(this.bytes.length);
    return { lines: this.lines, count: this.count };
  }

  private endLine(end: number): void {
    if (!this.marked) return;
    this.marked = false;
    if (3 * this.count + 3 > this.lines.length) {
      const grown = new Int32Array(2 * this.lines.length);
      grown.set(this.lines);
      this.lines = grown;
    }
    const at = 3 * this.count++;
    this.lines[at] = this.lineStart;
    this.lines[at + 1] = end;
    this.lines[at + 2] = this.lineNumber;
  }
}
