/**
 * The span engine's cheap filter (src/repair/span-filter.ts) held to the
 * engine: wherever the filter says no page can take anything from a line, the
 * engine takes nothing from it either. Lines: multilingual words, clean and
 * read through every code page, whole or in part, with no-break spaces made
 * plain and bytes lost, and code point soup.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { codePages } from '../src/repair/codepages.js';
import { pagesWithPairs } from '../src/repair/scan.js';
import { spansMayBeTaken } from '../src/repair/span-filter.js';
import { bestAttempt } from '../src/repair/spans.js';
import { misdecode } from './helpers.js';
import { propertyRuns } from './property-runs.js';

const WORDS = [
  'Шукаємо', 'розробника', 'Києві', 'Дія', 'ґанок', 'їжак', 'є', 'відпустка', 'Ищем', 'инженера', 'Москве', 'Ζητείται', 'μηχανικός',
  'Αθήνα·', 'μισθός', 'ετησίως', 'café', 'São', 'INFORMAÇÃO', 'às', 'à', 'Größe', 'Příliš', 'žluťoučký', 'Zażółć', 'gęślą', 'İstanbul',
  'Rīga', 'Tiếng', 'Việt', '東京', '서울에서', 'مهندس', '±', '×', 'µs', '°C', '€65k', '½', '™', '©', '«français»', '„Deutsch“', '’', '—',
  '…', '•', '💰', 'Confirmé\u00a0requis', 'Société®\u00a0Générale', '\u00a0', 'Kubernetes', 'and', '?', '\uFFFD',
];
const SEPARATORS = [' ', ', ', '. ', ' — ', ': ', ' ('];
const PAGES = codePages.map((page) => page.name);

const clean = fc.array(fc.tuple(fc.constantFrom(...WORDS), fc.constantFrom(...SEPARATORS)), { minLength: 1, maxLength: 10 })
  .map((parts) => parts.map(([word, sep], i) => (i ? sep : '') + word).join(''));

/** A line, or one of its words, read through a code page, then a no-break space made plain or a byte lost. */
const line = fc.record({ text: clean, page: fc.option(fc.constantFrom(...PAGES)), word: fc.boolean(), damage: fc.constantFrom('none', 'space', '?', 'fffd') })
  .map(({ text, page, word, damage }) => {
    let out = text;
    if (page) {
      const words = text.split(' ');
      const at = words.length >> 1;
      out = word ? [...words.slice(0, at), misdecode(words[at]!, page), ...words.slice(at + 1)].join(' ') : misdecode(text, page);
    }
    if (damage === 'space') out = out.replaceAll('\u00a0', ' ');
    if (damage === '?') out = out.replace(/[\u0081\u008d\u008f\u0090\u009d]/g, '?');
    if (damage === 'fffd') out = out.replace(/[\u0080-\u009f\u00a0]/g, '\uFFFD');
    return out;
  });

const soup = fc.string({ unit: fc.oneof(fc.constantFrom(...'ДіяєвÃÂâ€™√®©Ð¸αμ·\u00a0\u0081?\uFFFD '), fc.constantFrom('a', 'é', '東', '💰')), maxLength: 30 });

/** Whether the filter's "no" holds for this line: the engine, on its first look, takes nothing either. */
function filterHolds(text: string): boolean {
  const pages = pagesWithPairs(text);
  return spansMayBeTaken(text, pages) || bestAttempt(text, pages, []) === null;
}

describe('the span filter never rules out what the engine takes', () => {
  it('on multilingual lines, clean and read through every code page, whole or one word', () => {
    fc.assert(fc.property(line, filterHolds), { numRuns: propertyRuns(300) });
  });

  it('on code point soup', () => {
    fc.assert(fc.property(soup, filterHolds), { numRuns: propertyRuns(300) });
  });

  it('rules out correct Ukrainian and Greek, and keeps mojibake in a clean line', () => {
    const ukrainian = 'Шукаємо розробника у Києві — Дія, ґанок, їжак, є відпустка.';
    const greek = 'Ζητείται μηχανικός στην Αθήνα· μισθός 30.000 € ετησίως.';
    expect(spansMayBeTaken(ukrainian, pagesWithPairs(ukrainian))).toBe(false);
    expect(spansMayBeTaken(greek, pagesWithPairs(greek))).toBe(false);
    const broken = 'Digitale √® alla ricerca';
    expect(spansMayBeTaken(broken, pagesWithPairs(broken))).toBe(true);
    expect(bestAttempt(broken, pagesWithPairs(broken), [])).not.toBeNull();
  });
});
