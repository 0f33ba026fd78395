/**
 * The class of every UTF-16 code unit, read from the generated runs in
 * tables/class-runs.ts (64 KB, made at import from a 3 KB string). It stands
 * for classify() in classes.ts, the plain version from Unicode properties,
 * which tests/repair-class-table.test.ts holds it to: a new character costs a
 * lookup, not up to 20 regular expressions (and their compiling on a first call).
 */
import { CLASS_RUNS } from './tables/class-runs.js';

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';

function decodeRuns(runs: string): Uint8Array {
  const table = new Uint8Array(0x10000);
  let unit = 0;
  for (let i = 0; i < runs.length; ) {
    const cls = ALPHABET.indexOf(runs[i++]!);
    let length = 0;
    for (let digit = runs.charCodeAt(i) - 0x30; digit >= 0 && digit <= 9; digit = runs.charCodeAt(++i) - 0x30) length = length * 10 + digit;
    table.fill(cls, unit, (unit += length || 1));
  }
  return table;
}

/** Per code unit, its class (Cls). */
export const classTable: Readonly<Uint8Array> = decodeRuns(CLASS_RUNS);
