/**
 * The fast path held to the plain reference (repair-reference.ts): the same
 * text and the same steps, on generated mojibake of Windows-1252, MacRoman
 * (both tables) and Latin-1, one to three layers deep, over multilingual text,
 * on clean text, and on real corpus lines mangled the same ways.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { anyCodePoint } from './code-points.js';
import { describe, expect, it } from 'vitest';
import { repairText } from '../src/repair/index.js';
import { codePages } from '../src/repair/codepages.js';
import { CORPUS, itShared, misdecode } from './helpers.js';
import { referencePageNames, referenceRepairer, type ReferenceRepairer } from './repair-reference.js';
import { propertyRuns } from './property-runs.js';

const WORDS = [
  'café', 'São', 'Paulo', 'SÃO', 'INFORMAÇÃO', 'você', 'não', 'às', 'Größe', 'München', 'Straße', 'élève', 'Noël', 'cœur',
  'Œuvre', 'àquilo', 'niño', 'AÑO', 'Ærø', 'Příliš', 'žluťoučký', 'Zażółć', 'gęślą', 'ŁÓDŹ', 'Știință', 'İstanbul', 'Rīga', 'Tiếng', 'Việt',
  'Ищем', 'инженера', 'Москве', 'Києві', 'ґанок', 'Ελληνικά', 'μισθός', '東京', 'エンジニア', '我们正在招聘', '서울에서',
  'مهندس', 'אנחנו', 'बेंगलुरु', '±', '×', 'µs', '20 °C', '€65k', '£50', '½', '™', '©', '„Deutsch“', '«français»', '“quoted”',
  'don’t', '–', '—', '…', '•', '💰', '📈', '👩‍💻', 'Confirmé\u00a0requis', 'Société®\u00a0Générale', '\u00a0', 'Kubernetes', 'and', '6+', '?', '\uFEFF',
];
const SEPARATORS = [' ', ' ', ', ', '. ', ' — ', ': ', '\n', '\r\n', '\r', ' ('];

/** Apple's current MacRoman table: 0xBD is Ω U+03A9 and 0xDB is €, where iconv-lite's has U+2126 and ¤. */
const appleMacRoman = (text: string) =>
  misdecode(text, 'mac-roman').replaceAll('\u2126', '\u03a9').replaceAll('\u00a4', '\u20ac');

const MANGLERS: Record<string, (text: string) => string> = {
  'windows-1252': (text) => misdecode(text, 'windows-1252'),
  'mac-roman': (text) => misdecode(text, 'mac-roman'),
  'mac-roman (Apple)': appleMacRoman,
  'latin-1': (text) => misdecode(text, 'latin-1'),
};
const mangler = fc.constantFrom(...Object.keys(MANGLERS));

/**
 * What else happens to mojibake on its way: a no-break space becomes a plain
 * space, or a byte Windows-1252 leaves unassigned (read as a C1 control) is
 * lost, written as `?` by an encoder or U+FFFD by a decoder.
 */
const DAMAGE: Record<string, (text: string) => string> = {
  none: (text) => text,
  'no-break space to space': (text) => text.replaceAll('\u00a0', ' '),
  'lost byte as ?': (text) => text.replace(/[\u0081\u008d\u008f\u0090\u009d]/g, '?'),
  'lost byte as U+FFFD': (text) => text.replace(/[\u0080-\u009f\u00a0]/g, '\uFFFD'),
};

/** A text mangled 0-3 times, each layer with its own page, then damaged; `part` mangles only the second half of each line (mixed lines). */
const mangled = (clean: fc.Arbitrary<string>) =>
  fc.record({ clean, layers: fc.array(mangler, { maxLength: 3 }), part: fc.boolean(), damage: fc.constantFrom(...Object.keys(DAMAGE)) }).map(({ clean, layers, part, damage }) => {
    const mangle = (text: string) => DAMAGE[damage]!(layers.reduce((t, name) => MANGLERS[name]!(t), text));
    if (!part) return mangle(clean);
    return clean.split(/(\r\n|\r|\n)/).map((line, k) => (k % 2 ? line : line.slice(0, line.length >> 1) + mangle(line.slice(line.length >> 1)))).join('');
  });

const sentence = fc.array(fc.tuple(fc.constantFrom(...WORDS), fc.constantFrom(...SEPARATORS)), { minLength: 1, maxLength: 14 })
  .map((parts) => parts.map(([word, sep], i) => (i ? sep : '') + word).join(''));

function expectSameAs(reference: ReferenceRepairer, text: string): void {
  const fast = repairText(text);
  const plain = reference.repair(text);
  expect(fast.text).toBe(plain.text);
  expect(fast.steps).toEqual(plain.steps);
}

describe('the reference encodes as the tables do', () => {
  const reference = referenceRepairer();
  it.each(referencePageNames)('%s: iconv-lite with the sloppy rules gives every byte of the encode table', (name) => {
    const page = codePages.find((p) => p.name === name)!;
    const differences: string[] = [];
    for (let unit = 0x80; unit < 0x10000; unit++) {
      if (unit >= 0xd800 && unit <= 0xdfff) continue;
      const ours = page.encode[unit]! || -1; // (the table's 0 is no byte)
      const plain = reference.byteOn(name, String.fromCharCode(unit));
      if (ours !== plain) differences.push(`U+${unit.toString(16)}: ${ours} vs ${plain}`);
    }
    expect(differences).toEqual([]);
  });
});

describe('fast path and reference agree', () => {
  // One reference for every case: the answers of iconv-lite it keeps are most of the test's speed.
  const reference = referenceRepairer();
  const expectSame = (text: string) => expectSameAs(reference, text);
  it('on generated mojibake of multilingual text, 0-3 layers, whole lines and half lines', () => {
    fc.assert(fc.property(mangled(sentence), (text) => expectSame(text)), { numRuns: propertyRuns(100) });
  });

  it('on arbitrary code point soup mixed with mojibake-prone characters', () => {
    const soup = fc.string({ unit: fc.oneof(fc.constantFrom(...'ÃÂâ€™œ√®©®°Ð¸\u00a0\u0081\u009d?\uFFFD \n\r'), fc.constantFrom('a', 'é', '東', '💰'), fc.string({ minLength: 1, maxLength: 1, unit: anyCodePoint })), maxLength: 40 });
    fc.assert(fc.property(soup, (text) => expectSame(text)), { numRuns: propertyRuns(100) });
  });

  it('on long texts: clean stretches of any length (short ones copied, long ones kept as slices) between broken lines', () => {
    const filler = fc.tuple(fc.constantFrom('Plain ASCII words. ', 'Société Générale, café, 東京 ', 'Ищем инженера. '), fc.integer({ min: 0, max: 50 }))
      .map(([words, times]) => words.repeat(times));
    const block = fc.oneof(filler, mangled(sentence));
    const text = fc.tuple(fc.array(block, { minLength: 1, maxLength: 12 }), fc.constantFrom('\n', '\r\n', '\r')).map(([blocks, eol]) => blocks.join(eol));
    fc.assert(fc.property(text, (t) => expectSame(t)), { numRuns: 60 });
  });

  itShared('on real corpus lines, clean and mangled', () => {
    const corpusLines = readdirSync(CORPUS).sort().flatMap((file) => readFileSync(path.join(CORPUS, file), 'utf8').split(/\r?\n/)).filter((line) => /[^\x00-\x7f]/.test(line));
    expect(corpusLines.length).toBeGreaterThan(100);
    fc.assert(fc.property(mangled(fc.constantFrom(...corpusLines)), (text) => expectSame(text)), { numRuns: propertyRuns(100) });
    // Every corpus line as it is, in one text: the clean guard, line numbers and assembly included.
    expectSame(corpusLines.join('\n'));
  });
});
