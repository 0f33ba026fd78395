/**
 * The fast path of split/one-posting.ts held to its plain version: the page's
 * lines that hire one role or state pay, read once into prefix counts
 * (onePostingLines), give the same answer as a scan of each range
 * (statesOnePosting), for any ranges asked in any order, on generated pages
 * and on every corpus page.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { BodyLine } from '../src/document.js';
import { onePostingLines, statesOnePosting } from '../src/split/one-posting.js';
import { CORPUS } from './helpers.js';
import { propertyRuns } from './property-runs.js';

const LINES = [
  '', '   ', 'Acme is hiring a Staff Engineer in Berlin.', 'We are looking for a Senior Designer to join us.', '€110,000.', 'Salary: $120k–$150k',
  'We are hiring for these roles:', 'Our roles:', 'Wir suchen eine Softwareentwicklerin (m/w/d) in München.', 'Gehalt 65.000 € brutto',
  '- a', 'para', '**Staff Engineer**', '## Open positions', 'You will pair daily with a backend engineer.', '100 employees, 3 offices',
  `${'We are hiring a Backend Engineer. '.repeat(20)}`, 'Nous recherchons un développeur. 45 000 €', '| Name | Role |', '---',
];

const bodyOf = (texts: string[]): BodyLine[] => texts.map((text, i) => ({ text, line: i + 1 }));
const query = fc.record({ start: fc.integer({ min: -2, max: 40 }), end: fc.integer({ min: -2, max: 42 }), pay: fc.option(fc.boolean(), { nil: undefined }) });

/** Every question asked of one index, in order, against the plain scan. */
function expectSameAnswers(body: BodyLine[], queries: Array<{ start: number; end: number; pay?: boolean }>): void {
  const fast = onePostingLines(body);
  for (const { start, end, pay } of queries) {
    const options = pay === undefined ? undefined : { pay };
    expect(fast(start, end, options), `[${start}, ${end}) pay ${pay}`).toBe(statesOnePosting(body, start, end, options));
  }
}

describe('onePostingLines answers as statesOnePosting does', () => {
  it('on generated pages, ranges asked in any order', () => {
    fc.assert(fc.property(fc.array(fc.constantFrom(...LINES), { maxLength: 40 }), fc.array(query, { minLength: 1, maxLength: 12 }), (texts, queries) => {
      expectSameAnswers(bodyOf(texts), queries);
    }), { numRuns: propertyRuns(300) });
  });

  it('finds a line that hires, a line of pay, and neither on a line that announces a list', () => {
    const body = bodyOf(['Acme', 'We are hiring for these roles:', '€110,000.', 'Acme is hiring a Staff Engineer in Berlin.']);
    const fast = onePostingLines(body);
    expect([fast(0, 2), fast(0, 3), fast(0, 3, { pay: false }), fast(0, 4, { pay: false }), fast(3, 99)]).toEqual([false, true, false, true, true]);
  });

  it.runIf(existsSync(CORPUS))('on every corpus page: ranges from the top, in the middle and to the end, with and without pay', () => {
    const files = readdirSync(CORPUS).filter((name) => /\.(md|markdown|html?|txt)$/i.test(name));
    expect(files.length).toBeGreaterThan(100);
    let hits = 0;
    for (const name of files) {
      const body = bodyOf(readFileSync(path.join(CORPUS, name), 'utf8').split(/\r?\n/));
      const [a, b, n] = [Math.floor(body.length / 3), Math.floor((body.length * 2) / 3), body.length];
      expectSameAnswers(body, [{ start: a, end: b }, { start: 0, end: a, pay: false }, { start: b, end: n, pay: false }, { start: 0, end: b }, { start: a, end: n }]);
      if (statesOnePosting(body, 0, n)) hits++;
    }
    // The corpus holds both answers, so the comparison means something.
    expect(hits).toBeGreaterThan(10);
    expect(hits).toBeLessThan(files.length);
  });
});
