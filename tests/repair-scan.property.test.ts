/**
 * The line scanner (src/repair/scan.ts visitSuspiciousLines: one loop over the
 * whole text that hands each suspicious line to its visitor) held to the plain
 * definition, written line by line: the text split at its line breaks, and a
 * line suspicious when it holds a C1 control, or when some code page reads a
 * UTF-8 lead byte followed by the continuation bytes it needs, or by `?`,
 * U+FFFD or (after Â Ã Å Î Ð Ù, on a page that writes 0xA0 as a no-break
 * space) a space that may stand for a lost byte. Both must visit the same
 * lines, with the same starts and 1-based numbers.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { codePages } from '../src/repair/codepages.js';
import { visitSuspiciousLines } from '../src/repair/scan.js';
import { misdecode } from './helpers.js';
import { propertyRuns } from './property-runs.js';

/** Whether one line is suspicious, the obvious way: every pair of neighbours on every page. */
function suspicious(line: string): boolean {
  for (let i = 0; i < line.length; i++) {
    const unit = line.charCodeAt(i);
    if (unit >= 0x80 && unit <= 0x9f) return true;
    if (i === 0) continue;
    for (const page of codePages) {
      const lead = page.bytes.get(line.charCodeAt(i - 1));
      if (lead === undefined || lead < 0xc2 || lead > 0xf4) continue;
      if (unit === 0x3f || unit === 0xfffd) return true;
      if (unit === 0x20 && page.high[0x20] === '\u00a0' && [0xc2, 0xc3, 0xc5, 0xce, 0xd0, 0xd9].includes(lead)) return true;
      const need = lead < 0xe0 ? 1 : lead < 0xf0 ? 2 : 3;
      for (let j = 0; j < need; j++) {
        const next = line.charCodeAt(i + j);
        // After the first continuation byte, `?` or U+FFFD may stand for a lost one.
        if (j > 0 && (next === 0x3f || next === 0xfffd)) return true;
        const byte = page.bytes.get(next);
        if (byte === undefined || byte < 0x80 || byte > 0xbf) break;
        if (j === need - 1) return true;
      }
    }
  }
  return false;
}

/** The suspicious lines, as [start, number], from the text split at its line breaks. */
function plainLines(text: string): Array<[number, number]> {
  const found: Array<[number, number]> = [];
  let start = 0;
  let number = 1;
  for (const match of text.matchAll(/\r\n|\r|\n|$/g)) {
    if (suspicious(text.slice(start, match.index))) found.push([start, number]);
    if (!match[0]) break;
    start = match.index + match[0].length;
    number++;
  }
  return found;
}

/** The lines visitSuspiciousLines visits; the visitor says each line ends at its line break, as the line repairer does. */
function scannedLines(text: string): Array<[number, number]> {
  const found: Array<[number, number]> = [];
  visitSuspiciousLines(text, {
    repair(whole, lineStart, lineNumber) {
      found.push([lineStart, lineNumber]);
      const end = whole.slice(lineStart).search(/[\r\n]/);
      return end < 0 ? whole.length : lineStart + end;
    },
  });
  return found;
}

const WORDS = [
  'café', 'São', 'INFORMAÇÃO', 'Größe', 'Zażółć', 'gęślą', 'Дія', 'ґанок', 'Москве', 'μισθός', '東京', '서울에서', '±', '×', '½', '€65k',
  '«français»', '„Deutsch“', '’', '—', '…', '💰', 'Confirmé\u00a0requis', '\u00a0', 'Kubernetes', 'and', '?', '\uFFFD',
];
const PAGES = codePages.map((page) => page.name);
const BREAKS = ['\n', '\r\n', '\r', '\n\n', '\r\r\n'];

/** A line of words, clean or read through a code page, then a no-break space made plain or a byte lost. */
const line = fc.record({
  words: fc.array(fc.constantFrom(...WORDS), { minLength: 0, maxLength: 8 }),
  page: fc.option(fc.constantFrom(...PAGES)),
  damage: fc.constantFrom('none', 'space', '?', 'fffd'),
}).map(({ words, page, damage }) => {
  let out = words.join(' ');
  if (page) out = misdecode(out, page);
  if (damage === 'space') out = out.replaceAll('\u00a0', ' ');
  if (damage === '?') out = out.replace(/[\u0081\u008d\u008f\u0090\u009d]/g, '?');
  if (damage === 'fffd') out = out.replace(/[\u0080-\u009f\u00a0]/g, '\uFFFD');
  return out;
});

const text = fc.array(fc.tuple(line, fc.constantFrom(...BREAKS)), { maxLength: 12 }).map((lines) => lines.map(([l, b]) => l + b).join(''));
const soup = fc.string({ unit: fc.oneof(fc.constantFrom(...'ÃÂâ€™√®©Ð¸Дія\u00a0\u0081?\uFFFD \r\n'), fc.constantFrom('a', 'é', '東', '💰')), maxLength: 60 });

describe('the line scanner visits exactly the suspicious lines', () => {
  it('on lines of words, clean and read through every code page, with every kind of line break', () => {
    fc.assert(fc.property(text, (t) => { expect(scannedLines(t)).toEqual(plainLines(t)); }), { numRuns: propertyRuns(300) });
  });

  it('on code point soup with line breaks', () => {
    fc.assert(fc.property(soup, (t) => { expect(scannedLines(t)).toEqual(plainLines(t)); }), { numRuns: propertyRuns(500) });
  });

  it('finds what the plain definition finds in the cases that decide it', () => {
    expect(scannedLines('plain\nCafÃ©\r\nok\rJÃ?z\n\u0081\nÃ x\n')).toEqual([[6, 2], [16, 4], [21, 5], [23, 6]]);
    expect(scannedLines('no mojibake: é ü 東京 💰\n')).toEqual([]);
  });
});
