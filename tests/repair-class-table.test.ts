/**
 * The class table the repair reads (class-table.ts, generated runs) against
 * the plain classify() it was made from (classes.ts, Unicode properties).
 */
import { describe, expect, it } from 'vitest';
import { classTable } from '../src/repair/class-table.js';
import { classify } from '../src/repair/classes.js';
import { CLASS_RUNS_UNICODE } from '../src/repair/tables/class-runs.js';

// classify() reads the running Node's Unicode tables; the runs were made on one version.
const sameUnicode = process.versions.unicode === CLASS_RUNS_UNICODE;
if (!sameUnicode) console.log(`class table check skipped: this Node has Unicode ${process.versions.unicode}, the table was made on ${CLASS_RUNS_UNICODE}`);

describe('class table', () => {
  it.skipIf(!sameUnicode)('gives every UTF-16 code unit the class classify() gives it (on a mismatch: npm run build && node scripts/class-runs.js)', () => {
    const differences: string[] = [];
    for (let unit = 0; unit < 0x10000; unit++) {
      if (classTable[unit] !== classify(unit)) differences.push(`U+${unit.toString(16).padStart(4, '0')}: table ${classTable[unit]}, classify ${classify(unit)}`);
    }
    expect(differences.slice(0, 20)).toEqual([]);
  });
});
