/**
 * The repaired text, assembled once: the input's unchanged stretches and the
 * repaired lines are written into one code-unit buffer, which becomes one
 * string at the end. A line read whole goes straight from the reader's buffer,
 * without a string of its own (per-line strings would all live until the end,
 * and the garbage collector would copy each of them more than once).
 */
import { unitsToString } from './units.js';

export class RepairedText {
  private units: Uint16Array = new Uint16Array(0);
  private length = 0;
  /** How much of the input is written out. */
  private copied = 0;

  constructor(private readonly input: string) {}

  /** Replace input[start, end) with the first `length` code units of `units`. */
  replaceWithUnits(start: number, end: number, units: Uint16Array, length: number): void {
    this.copyUpTo(start, length);
    // A loop, not set(subarray): lines are short, and a subarray is an object per line.
    const out = this.units;
    let at = this.length;
    for (let i = 0; i < length; i++) out[at++] = units[i]!;
    this.length = at;
    this.copied = end;
  }

  /** Replace input[start, end) with `text`. */
  replaceWithString(start: number, end: number, text: string): void {
    this.copyUpTo(start, text.length);
    this.write(text, 0, text.length);
    this.copied = end;
  }

  toString(): string {
    this.copyUpTo(this.input.length, 0);
    return unitsToString(this.units, this.length);
  }

  /** Write the unchanged input up to `end`, with room for `more` code units after it. */
  private copyUpTo(end: number, more: number): void {
    const needed = this.length + (end - this.copied) + more;
    if (needed > this.units.length) {
      // A repaired text is never longer than its input, so the input's length is usually enough.
      const grown = new Uint16Array(Math.max(needed, this.input.length, 2 * this.units.length));
      grown.set(this.units.subarray(0, this.length));
      this.units = grown;
    }
    this.write(this.input, this.copied, end);
    this.copied = end;
  }

  private write(text: string, start: number, end: number): void {
    const units = this.units;
    let at = this.length;
    for (let i = start; i < end; i++) units[at++] = text.charCodeAt(i);
    this.length = at;
  }
}
