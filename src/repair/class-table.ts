/**
 * The class of every UTF-16 code unit, read from the generated runs in
 * tables/class-runs.ts (64 KB, made at import from a 3 KB string). It stands
 * for classify() in classes.ts, the plain version from Unicode properties,
 * which tests/repair-class-table.test.ts holds it to: a new character costs a
 * lookup, not up to 20 regular expressions (and their compiling on a first call).
 * badness.ts makes its per-unit info table from the same runs (perClass).
 */
import { CLASS_RUNS } from './tables/class-runs.js';

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';

/**
 * A table over every UTF-16 code unit holding `valueOf(its class)`, written
 * run by run (about 1,500 fills, not 65,536 assignments).
 */
export function perClass<T extends Uint8Array | Uint16Array>(table: T, valueOf: (cls: number) => number): T {
  const runs = CLASS_RUNS;
  let unit = 0;
  for (let i = 0; i < runs.length; ) {
    const cls = ALPHABET.indexOf(runs[i++]!);
    let length = 0;
    for (let digit = runs.charCodeAt(i) - 0x30; digit >= 0 && digit <= 9; digit = runs.charCodeAt(++i) - 0x30) length = length * 10 + digit;
    table.fill(valueOf(cls), unit, (unit += length || 1));
  }
  return table;
}

/** Per code unit, its class (Cls). */
export const classTable: Readonly<Uint8Array> = perClass(new Uint8Array(0x10000), (cls) => cls);
