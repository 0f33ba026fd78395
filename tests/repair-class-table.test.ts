/**
 * The class table the repair reads (class-table.ts, generated runs) against
 * the plain classify() it was made from (classes.ts, Unicode properties).
 */
import { describe, expect, it } from 'vitest';
import { classTable } from '../src/repair/class-table.js';
import { classify } from '../src/repair/classes.js';

describe('class table', () => {
  it('gives every UTF-16 code unit the class classify() gives it (on a mismatch: npm run build && node scripts/class-runs.js)', () => {
    const differences: string[] = [];
    for (let unit = 0; unit < 0x10000; unit++) {
      if (classTable[unit] !== classify(unit)) differences.push(`U+${unit.toString(16).padStart(4, '0')}: table ${classTable[unit]}, classify ${classify(unit)}`);
    }
    expect(differences.slice(0, 20)).toEqual([]);
  });
});
