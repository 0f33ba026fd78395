/**
 * fixEncoding, the text-only entry (as ftfy's fix_encoding beside
 * fix_encoding_and_explain), through the library API: it must give exactly
 * repairText's text on every input, mojibake of every code page, clean text
 * and mixed lines, and on ftfy's own cases.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fixEncoding, repairText } from '../src/index.js';
import { codePages } from '../src/repair/codepages.js';
import { describeShared, misdecode, SHARED } from './helpers.js';
import { propertyRuns } from './property-runs.js';

const WORDS = [
  'café', 'São', 'INFORMAÇÃO', 'Größe', 'Straße', 'élève', 'cœur', 'niño', 'Příliš', 'žluťoučký', 'Zażółć', 'ŁÓDŹ', 'İstanbul',
  'Rīga', 'Tiếng', 'Ищем', 'Києві', 'Ελληνικά', '東京', '서울에서', 'مهندس', 'אנחנו', '±', '×', 'µs', '20 °C', '€65k', '½', '™', '©',
  '„Deutsch“', '«français»', 'don’t', '—', '…', '•', '💰', 'Confirmé\u00a0requis', 'Société®\u00a0Générale', 'Kubernetes', 'and', '?',
];
const SEPARATORS = [' ', ', ', '. ', ' — ', '\n', '\r\n', '\r'];
const PAGES = [...codePages.map((page) => page.name), 'latin-1'];

/** Correct words the clean-text guard protects: a letter and a symbol glued to a no-break space (a whole-line reading vetoed by script agreement). */
const guarded = fc.tuple(fc.constantFrom('Confirm', 'Soci', 'инженер', 'μηχανικ'), fc.constantFrom(...'éèóôüßжиаοςά'), fc.constantFrom(...'»«®©°±·'), fc.constantFrom('requis', 'в', 'στην', 'Générale'))
  .map(([before, letter, symbol, after]) => `${before}${letter}${symbol}\u00a0${after}`);
const word = fc.oneof(fc.constantFrom(...WORDS), guarded);
const sentence = fc.array(fc.tuple(word, fc.constantFrom(...SEPARATORS)), { minLength: 1, maxLength: 14 })
  .map((parts) => parts.map(([word, sep], i) => (i ? sep : '') + word).join(''));

/** Clean text mangled through 0-3 code pages (any of ours), whole or only in the second half of each line. */
const mojibake = fc.record({ clean: fc.oneof(sentence, guarded), layers: fc.array(fc.constantFrom(...PAGES), { maxLength: 3 }), half: fc.boolean() })
  .map(({ clean, layers, half }) => {
    const mangle = (text: string) => layers.reduce((t, page) => misdecode(t, page), text);
    if (!half) return mangle(clean);
    return clean.split(/(\r\n|\r|\n)/).map((line, k) => (k % 2 ? line : line.slice(0, line.length >> 1) + mangle(line.slice(line.length >> 1)))).join('');
  });

const sameAsRepairText = (text: string): void => {
  expect(fixEncoding(text)).toBe(repairText(text).text);
};

describe('fixEncoding', () => {
  it.each([
    ['UTF-8 read as Windows-1252', 'Caf\u00c3\u00a9 in S\u00c3\u00a3o Paulo', 'Café in São Paulo'],
    ['one short MacRoman sequence in a clean line', 'Digitale \u221a\u00ae alla ricerca', 'Digitale è alla ricerca'],
    ['two layers', misdecode(misdecode('Größe – München', 'windows-1252'), 'windows-1252'), 'Größe – München'],
    ['C1 controls as Windows-1252', 'a \u0093quote\u0094', 'a “quote”'],
    ['correct text beside a no-break space', 'Profil «Confirmé»\u00a0requis', 'Profil «Confirmé»\u00a0requis'],
    ['a line that is only such a word', 'Confirmé»\u00a0requis', 'Confirmé»\u00a0requis'],
    ['correct Cyrillic beside a no-break space', 'Ищем инженера»\u00a0в Москве', 'Ищем инженера»\u00a0в Москве'],
    ['CRLF line endings kept', 'S\u00c3\u00a3o\r\nok\r\n', 'São\r\nok\r\n'],
  ])('%s', (_what, input, want) => {
    expect(fixEncoding(input)).toBe(want);
    expect(repairText(input).text).toBe(want);
  });

  it('gives repairText\'s text on mojibake of every code page, clean and mixed lines', () => {
    fc.assert(fc.property(mojibake, sameAsRepairText), { numRuns: propertyRuns(300) });
  });

  it('gives repairText\'s text on many lines at once, broken and clean mixed', () => {
    const text = fc.tuple(fc.array(fc.oneof(sentence, mojibake), { minLength: 1, maxLength: 30 }), fc.constantFrom('\n', '\r\n'))
      .map(([lines, eol]) => lines.join(eol));
    fc.assert(fc.property(text, sameAsRepairText), { numRuns: propertyRuns(60) });
  });

  it('gives repairText\'s text on code point soup', () => {
    const soup = fc.string({ unit: fc.oneof(fc.constantFrom(...'ÃÂâ€™œ√®©®°Ð¸\u00a0\u0081\u009d?\uFFFD \n\r'), fc.constantFrom('a', 'é', '東', '💰')), maxLength: 40 });
    fc.assert(fc.property(soup, sameAsRepairText), { numRuns: propertyRuns(200) });
  });

  it('returns clean text as it is', () => {
    const clean = 'We’re hiring — €65k, São Paulo, 東京 💰\nSecond line\r\n';
    expect(fixEncoding(clean)).toBe(clean);
  });
});

const FTFY_CASES = path.join(SHARED, 'peers', 'ftfy-cases.json');
describeShared('fixEncoding on ftfy\'s cases', () => {
  const cases = existsSync(FTFY_CASES) ? (JSON.parse(readFileSync(FTFY_CASES, 'utf8')) as Array<{ id: string; original: string }>) : [];
  it.each(cases.map((c) => [c.id, c.original] as const))('%s', (_id, original) => sameAsRepairText(original));
});
