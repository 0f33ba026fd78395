/**
 * The seniority level label's prefilter over a posting's joined lines
 * (src/extract/seniority.ts mayHoldLevelLabel) against its plain reading,
 * each line tested on its own: it may let more postings through, never
 * fewer. Held on generated lines of the label words and of characters that
 * lower-case unlike they fold, and on the corpus's files read as lines.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { mayHoldLevelLabel, someLineMayHoldLevelLabel } from '../src/extract/seniority.js';
import { seniorityLabels, seniorityLevelWords } from '../src/extract/tables/words.js';
import { textsOf } from './matcher-texts.js';
import { CORPUS, itShared } from './helpers.js';
import { propertyRuns } from './property-runs.js';

const WORDS = [...seniorityLabels, ...seniorityLevelWords, 'İ', 'ſ', 'Σ', 'ΣΑ', 'senior', 'Level: Senior'];

function check(lines: string[]): void {
  if (someLineMayHoldLevelLabel(lines)) expect(mayHoldLevelLabel(lines), JSON.stringify(lines)).toBe(true);
}

describe('the level label prefilter skips only postings none of whose lines passes', () => {
  it('on generated lines', () => {
    const line = textsOf(WORDS, [' ', ':', '|', 'a', 'İ', '.'], { random: true, maxLength: 5 });
    fc.assert(fc.property(fc.array(line, { maxLength: 6 }), check), { numRuns: propertyRuns(1000) });
  });

  it('lets a label through and skips a posting without one', () => {
    expect(mayHoldLevelLabel(['Backend engineer', 'Level: Senior'])).toBe(true);
    expect(mayHoldLevelLabel(['Backend engineer', 'Go and SQL'])).toBe(false);
  });

  itShared('on every corpus file', () => {
    let skipped = 0;
    for (const name of readdirSync(CORPUS).filter((file) => /^\d{3}-/.test(file))) {
      const lines = readFileSync(path.join(CORPUS, name), 'utf8').slice(0, 200_000).split(/\r?\n/);
      check(lines);
      if (!mayHoldLevelLabel(lines)) skipped++;
    }
    // The property says something only if the prefilter skips files.
    expect(skipped).toBeGreaterThan(10);
  });
});
