/**
 * The repaired text, assembled once from the input's unchanged stretches and
 * the repaired lines. A long unchanged stretch is kept as a slice of the input
 * (no copy: most of a real file is correct); repaired lines, and the short
 * stretches between them (usually a line break), go into one code-unit buffer
 * that becomes a string when a long stretch or the end comes. So text that is
 * mojibake throughout costs one buffer and one string, text with a few broken
 * lines a few slices, and a line read whole goes straight from the reader's
 * buffer, without a string of its own.
 */
import { unitsToString } from './units.js';

/** An unchanged stretch this long (in code units) is kept as a slice instead of copied. */
const SLICE_FROM = 512;
/** Up to this many code units (32 MB) the output buffer is made once at the most the rest of the input can need. */
const WHOLE_BUFFER_UNITS = 1 << 24;

/**
 * A code-unit buffer whose memory is not zeroed first (Node's allocUnsafeSlow):
 * only the units written are ever read, and untouched pages of a large buffer
 * cost nothing. Zeroing a fresh buffer touches every page of it, and on a first
 * call each fresh page is a page fault.
 */
function unzeroedUnits(length: number): Uint16Array {
  const bytes = Buffer.allocUnsafeSlow(2 * length);
  return new Uint16Array(bytes.buffer, bytes.byteOffset, length);
}

export class RepairedText {
  /** The output so far, as strings, before what is in the buffer. */
  private readonly parts: string[] = [];
  private units: Uint16Array | null = null;
  private length = 0;
  /** How much of the input is written out. */
  private copied = 0;
  private replaced = false;

  constructor(private readonly input: string) {}

  /** Replace input[start, end) with the first `length` code units of `units`. */
  replaceWithUnits(start: number, end: number, units: Uint16Array, length: number): void {
    const out = this.room(start, length);
    let at = this.length;
    // A loop, not set(subarray): lines are short, and a subarray is an object per line.
    for (let i = 0; i < length; i++) out[at++] = units[i]!;
    this.length = at;
    this.copied = end;
    this.replaced = true;
  }

  /** Replace input[start, end) with `text`. */
  replaceWithString(start: number, end: number, text: string): void {
    const out = this.room(start, text.length);
    let at = this.length;
    for (let i = 0; i < text.length; i++) out[at++] = text.charCodeAt(i);
    this.length = at;
    this.copied = end;
    this.replaced = true;
  }

  /** Whether any of the input was replaced. */
  get changed(): boolean {
    return this.replaced;
  }

  toString(): string {
    if (this.input.length - this.copied >= SLICE_FROM || !this.units) {
      this.flush();
      this.parts.push(this.input.slice(this.copied));
    } else {
      this.copyUpTo(this.input.length, 0);
      this.flush();
    }
    this.copied = this.input.length;
    return this.parts.length === 1 ? this.parts[0]! : this.parts.join('');
  }

  /** Write out the unchanged input up to `start` and return the buffer, with room for `more` code units after it. */
  private room(start: number, more: number): Uint16Array {
    if (start - this.copied >= SLICE_FROM) {
      this.flush();
      this.parts.push(this.input.slice(this.copied, start));
      this.copied = start;
    }
    return this.copyUpTo(start, more);
  }

  /** Copy the unchanged input up to `end` into the buffer, with room for `more` code units after it. */
  private copyUpTo(end: number, more: number): Uint16Array {
    const needed = this.length + (end - this.copied) + more;
    let units = this.units;
    if (!units || needed > units.length) {
      // A repaired text is never longer than its input, so the rest of the input is enough: one buffer of that
      // size (up to WHOLE_BUFFER_UNITS) instead of a doubling chain, which zeroed and copied twice the output.
      const rest = this.input.length - this.copied + this.length;
      const grown = unzeroedUnits(Math.max(needed, rest <= WHOLE_BUFFER_UNITS ? rest : Math.min(rest, 4 * needed), 2 * (units?.length ?? 0)));
      if (units) grown.set(units.subarray(0, this.length));
      this.units = units = grown;
    }
    const input = this.input;
    let at = this.length;
    for (let i = this.copied; i < end; i++) units[at++] = input.charCodeAt(i);
    this.length = at;
    this.copied = end;
    return units;
  }

  /** Turn what the buffer holds into a part. */
  private flush(): void {
    if (!this.length) return;
    this.parts.push(unitsToString(this.units!, this.length));
    this.length = 0;
  }
}
