/**
 * cleanTitle skips its label prefix, status and workload patterns on a title
 * without the character each cannot match without (#18: the first document
 * then never compiles them). Skipping is exact only if no text without the
 * mark matches: proven here for the mark's characters over every code point
 * (case-insensitive Unicode matching reaches no other character), and checked
 * on generated titles built from the patterns' own words, with case changes
 * and the characters whose case folding surprises (ſ, K, ς, İ, ß, ẞ).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PREFIX, PREFIX_MARK, STATUS, STATUS_MARK, WORKLOAD, WORKLOAD_MARK } from '../src/extract/title-clean.js';
import { cleanTitle } from '../src/extract/title-clean.js';
import { titleLabels, titlePrefixWords, titleStatusWords, titleWorkloadHourWords } from '../src/extract/tables/titles.js';
import { propertyRuns } from './property-runs.js';

const PAIRS = [
  { name: 'label prefix', pattern: PREFIX, mark: PREFIX_MARK, caseless: /[:：\-–—|]/iu },
  { name: 'status', pattern: STATUS, mark: STATUS_MARK, caseless: /[)\]]/iu },
  { name: 'workload', pattern: WORKLOAD, mark: WORKLOAD_MARK, caseless: /\d/iu },
];

const words = [...titlePrefixWords, ...Object.values(titleLabels).flat(), ...titleStatusWords, ...Object.values(titleWorkloadHourWords).flat(), 'Backend Engineer', 'Entwickler', 'разработчик'];
const pieces = fc.oneof(
  fc.constantFrom(...words),
  fc.constantFrom(...words).map((word) => word.toUpperCase()),
  fc.constantFrom(' ', '  ', ':', '：', '-', '–', '—', '|', '(', ')', '[', ']', '%', '40', '80-100', '3,5', 'ſ', 'K', 'ς', 'İ', 'ß', 'ẞ', '\u00a0', '‐'),
  fc.string({ maxLength: 4 }),
);
const titles = fc.array(pieces, { maxLength: 8 }).map((parts) => parts.join(''));

describe('cleanTitle: pattern marks', () => {
  it.each(PAIRS)('the $name mark is the only way its class matches, over every code point', ({ mark, caseless }) => {
    for (let cp = 0; cp <= 0x10ffff; cp++) {
      if (cp >= 0xd800 && cp <= 0xdfff) continue;
      const char = String.fromCodePoint(cp);
      if (caseless.test(char)) expect(mark.test(char), `U+${cp.toString(16)}`).toBe(true);
    }
  });

  it('the mark classes are the patterns\' own mandatory classes', () => {
    // Each alternative of the separator holds one of the mark's characters (a hyphen only with a space beside it).
    expect(PREFIX.source.endsWith(String.raw`(?:\s{0,3}[:：–—|]|\s{0,3}-(?=\s)|\s-)\s{0,3}`)).toBe(true);
    expect(STATUS.source.endsWith(String.raw`[)\]]\s*$`)).toBe(true);
    expect(WORKLOAD.source).toContain(String.raw`\d{1,3}(?:[.,]\d)?\s?(?:%|`);
  });

  it.each(PAIRS)('a title the $name pattern matches has its mark', ({ pattern, mark }) => {
    fc.assert(fc.property(titles, (title) => !pattern.test(title) || mark.test(title)), { numRuns: propertyRuns(300) });
  });

  it('cleaned titles are the same as when every pattern runs', () => {
    const plain = (raw: string) => raw.replace(PREFIX, '').replace(STATUS, '');
    fc.assert(fc.property(titles, (title) => {
      const marked = PREFIX_MARK.test(title) ? title.replace(PREFIX, '') : title;
      expect(STATUS_MARK.test(marked) ? marked.replace(STATUS, '') : marked).toBe(plain(title));
    }), { numRuns: propertyRuns(300) });
    expect(cleanTitle('Stellenausschreibung: Backend Engineer (m/w/d) 80-100%')).toBe('Backend Engineer');
  });
});

describe('the status pattern starts after no space', () => {
  // The form before the lookbehind, which rescanned a run of spaces from each of its positions.
  const before = new RegExp(STATUS.source.replace(String.raw`(?<!\s)`, ''), STATUS.flags);
  it('removes what the form without the lookbehind removed', () => {
    expect(before.source).not.toBe(STATUS.source);
    const spaced = fc.array(fc.oneof(pieces, fc.constantFrom(' ', '\t', ' (', ') ', '\u00a0')), { maxLength: 10 }).map((parts) => parts.join(''));
    fc.assert(fc.property(spaced, (title) => title.replace(STATUS, '') === title.replace(before, '')), { numRuns: propertyRuns(500) });
  });
});
