/**
 * A PHP array's own elements are found by the depth each array was opened at (src/split/php-array.ts
 * arrayElements, linear): the same answer as the plain version, which compares every pair of brackets, on any
 * nesting of `array(…)` and `[…]`, keyed or not, with strings, comments and brackets in strings. Its steps are
 * counted, never timed: the pairwise version took 20 s of CPU on a 48,000-row array (3 MB, under --max-bytes).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { arrayElements, arrayElementsPlain, bracketsFrom, phpArrayText } from '../src/split/php-array.js';
import { propertyRuns } from './property-runs.js';

/** A PHP value: a string (with brackets inside), a number, or an array of values, keyed or not, short or long syntax. */
const value: fc.Arbitrary<string> = fc.letrec<{ value: string }>((tie) => ({
  value: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    fc.constantFrom('"a"', "'b]'", '"c)"', '1', '"x => y"', "'it\\'s'"),
    fc.record({
      long: fc.boolean(),
      keyed: fc.boolean(),
      items: fc.array(tie('value'), { maxLength: 4 }),
      comment: fc.constantFrom('', ' /* ] */', ' // )\n', ' # [\n'),
    }).map(({ long, keyed, items, comment }) => {
      const inner = items.map((item, at) => (keyed ? `"k${at}" => ${item}` : item)).join(`,${comment} `);
      return long ? `array(${inner})` : `[${inner}]`;
    }),
  ),
})).value;

describe('a PHP array\'s own elements', () => {
  it('by depth: the same as the plain version on any nesting', () => {
    fc.assert(fc.property(fc.array(value, { minLength: 1, maxLength: 5 }), fc.boolean(), (items, long) => {
      const text = `<?php\n$jobs = ${long ? `array(${items.join(', ')})` : `[${items.join(', ')}]`};\n?>\n<p>page</p>\n`;
      const brackets = bracketsFrom(text, text.indexOf(long ? 'array' : '['));
      expect(brackets).toBeDefined();
      expect(arrayElements(brackets!)).toEqual(arrayElementsPlain(brackets!));
    }), { numRuns: propertyRuns(300) });
  });

  it('a data array of 6,000 rows: each bracket looked at a few times, not once per other bracket', () => {
    const rows = Array.from({ length: 6_000 }, (_, at) => `  ['title' => 'Engineer ${at}', 'city' => 'Berlin', 'tags' => ['go', 'sql']],`);
    const text = `<?php\n$jobs = [\n${rows.join('\n')}\n];\n?>\n`;
    const brackets = bracketsFrom(text, text.indexOf('['))!;
    // A step counter: every read of the list of brackets (the pairwise reading makes about 70 million).
    let steps = 0;
    const counted = new Proxy(brackets, { get: (target, key, receiver) => { steps++; return Reflect.get(target, key, receiver); } });
    expect(arrayElements(counted)).toHaveLength(6_000);
    expect(steps).toBeLessThan(4 * brackets.length);
    expect(phpArrayText(text)!.split('\n')[3]).toContain("{'title' :  'Engineer 1',");
  });
});
