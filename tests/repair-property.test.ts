/**
 * Property tests: clean text is never changed, and misdecoded text always comes back.
 *
 * Text is generated from a vocabulary of real words and symbols in many
 * scripts, joined by spaces and punctuation: arbitrary code point soup is not
 * "clean text" (it contains mojibake by chance), and it is not what postings hold.
 *
 * Where a misdecoding is genuinely ambiguous, the generators are restricted:
 * - A word whose misreading is itself a plausible word stays as it is, e.g.
 *   "Œuvre" → "Å’uvre" (like "Ã’s"), "µs" → MacRoman "¬µs", "À" → "Ã€", or
 *   a lone symbol; ftfy leaves these too. Such words are kept out of the
 *   round-trip vocabulary (see ambiguousAlone); inside a line with other
 *   damage they are repaired with the rest.
 * - CP437, Windows-1250/1251/1253/1254/1257 and ISO-8859-2 are only tried on
 *   lines that carry evidence (a word with two or more non-ASCII characters),
 *   and the regional pages on the scripts they serve (see vocabularyFor).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { repairText } from '../src/repair/index.js';
import { codePage } from '../src/repair/codepages.js';
import { misdecode } from './helpers.js';

/** The reverse: encode mojibake with a page and read the bytes as UTF-8. */
function readAs(mojibake: string, encoding: string): string {
  const page = codePage(encoding)!;
  const bytes = [...mojibake].map((ch) => (ch.charCodeAt(0) < 0x80 ? ch.charCodeAt(0) : page.encode[ch.charCodeAt(0)]!));
  return Buffer.from(Uint8Array.from(bytes)).toString('utf8');
}


const words = [
  // Latin with accents, and the Portuguese capitals that look like mojibake.
  'café', 'São', 'Paulo', 'SÃO', 'PAULO', 'INFORMAÇÃO', 'ações', 'você', 'não', 'às', 'Größe', 'München', 'Straße', 'Übung',
  'élève', 'Noël', 'garçon', 'cœur', 'Œuvre', 'ÉTÉ', 'À', 'bientôt', 'niño', 'AÑO', 'pingüino', 'Ærø', 'Ødegård', 'blåbær',
  'Příliš', 'žluťoučký', 'kůň', 'ŠKODA', 'Zażółć', 'gęślą', 'ŁÓDŹ', 'Știință', 'țară', 'NICIODATĂ', 'İstanbul', 'ılık', 'Ağaç',
  'Rīga', 'baņķieri', 'įdomu', 'Tiếng', 'Việt', 'người', 'được', 'phở',
  // Other scripts.
  'Ищем', 'инженера', 'Москве', 'ЗАРПЛАТА', 'Шукаємо', 'Києві', 'Дія', 'ґанок', 'їжак', 'ПІДПРИЄМСТВО', 'ђак', 'љубав',
  'Ελληνικά', 'μισθός', 'ΑΘΗΝΑ', 'Ζητείται', '東京', 'エンジニア', '募集しています', '我们正在招聘', '正體中文', '서울에서', '개발자를',
  'مهندس', 'برمجيات', 'אנחנו', 'מחפשים', 'बेंगलुरु', 'इंजीनियर', 'ภาษาไทย', 'தமிழ்',
  // Symbols, quotes, dashes, emoji, ASCII.
  '±', '×', '÷', 'µs', '20 °C', '€65k', '£50', '¥8', '½', '™', '©', '®', '§', '„Deutsch“', '«français»', '‹simple›', '“quoted”',
  '‘single’', 'don’t', '–', '—', '…', '•', '💰', '🌎', '📊', '📈', '❤️', '👩‍💻', '✔', 'Kubernetes', 'TypeScript', '6+', 'years',
  'of', 'the', 'and', 'AWS;', 'remote', '(EU)', 'jobs@example.com',
];

const separators = [' ', ' ', ' ', ', ', '. ', ' — ', ': ', '; ', ' / ', '\n', '\r\n', ' (', ') '];

/** A line of text: 1-12 words joined by separators. */
const sentence = (vocabulary: string[]) =>
  fc.array(fc.tuple(fc.constantFrom(...vocabulary), fc.constantFrom(...separators)), { minLength: 1, maxLength: 12 })
    .map((parts) => parts.map(([word, sep], i) => (i ? sep : '') + word).join(''));

describe('clean text is unchanged', () => {
  it('for any sentence built from the multilingual vocabulary', () => {
    fc.assert(
      fc.property(sentence(words), (text) => {
        const result = repairText(text);
        expect(result.text).toBe(text);
        expect(result.steps).toEqual([]);
      }),
      { numRuns: 400 },
    );
  });
});

/** Words that, misread on their own, are as plausible as the word itself (documented above). */
const ambiguousAlone = new Set(['ŠKODA', 'Œuvre', 'µs', 'À', 'SÃO', 'INFORMAÇÃO', 'ÉTÉ', 'AÑO', 'NICIODATĂ', '×', '÷', '½', '™', '©', '®', '§', '±', '–', '—', '…', '•', '¥8', '£50', '‹simple›']);
const roundTripWords = words.filter((w) => !ambiguousAlone.has(w));
/** Every line holds a word with two or more non-ASCII characters (each line is judged on its own). */
const hasEvidence = (text: string) =>
  text.split(/\r?\n/).every((line) => line.split(/[\s,.;:()/—]+/).some((word) => (word.match(/[^\x00-\x7f]/gu) ?? []).length >= 2));

/**
 * The regional pages are tried on the text they were made for (their own
 * letters, Western European words, symbols and emoji): Cyrillic read as
 * Windows-1250, say, gives capital-plus-punctuation pairs (Đ” Ń–) that are as
 * plausible as the original, and which region's page a line came from is then
 * a guess. CP437 is tried on everything.
 */
const western = (word: string) => /^[\u0000-\u00ff\u2000-\u206f\u20ac\u2122\u{1F300}-\u{1FAFF}\u2764\uFE0F\u200D\u2714]+$/u.test(word) || word === 'cœur' || word === 'Œuvre';
const regional: Record<string, RegExp> = {
  'windows-1250': /[ěščřžýůťďňĚŠČŘŽÝŮŤĎŇąćęłńśźżĄĆĘŁŃŚŹŻăâîșțĂÂÎȘȚ]/u,
  'iso-8859-2': /[ěščřžýůťďňĚŠČŘŽÝŮŤĎŇąćęłńśźżĄĆĘŁŃŚŹŻăâîșțĂÂÎȘȚ]/u,
  'windows-1251': /\p{Script=Cyrillic}/u,
  'windows-1253': /\p{Script=Greek}/u,
  'windows-1254': /[İığşĞŞ]/u,
  'windows-1257': /[āēīūņķļģšžįųėčĀĒĪŪŅĶĻĢŠŽĮŲĖČ]/u,
};
const vocabularyFor = (encoding: string) =>
  encoding in regional ? roundTripWords.filter((w) => western(w) || regional[encoding]!.test(w)) : roundTripWords;

describe('repair(misdecode(s)) == s', () => {
  const everywhere = ['windows-1252', 'latin-1', 'mac-roman'];
  const wherePlausible = ['cp437', 'windows-1250', 'iso-8859-2', 'windows-1251', 'windows-1253', 'windows-1254', 'windows-1257'];

  it.each(everywhere)('UTF-8 read as %s', (encoding) => {
    fc.assert(
      fc.property(sentence(roundTripWords), (text) => {
        expect(repairText(misdecode(text, encoding)).text).toBe(text);
      }),
      { numRuns: 300 },
    );
  });

  it.each(wherePlausible)('UTF-8 read as %s, where there is evidence', (encoding) => {
    fc.assert(
      fc.property(sentence(vocabularyFor(encoding)).filter(hasEvidence), (text) => {
        const mojibake = misdecode(text, encoding);
        const repaired = repairText(mojibake).text;
        // ISO-8859-2 mojibake that is also valid Windows-1250 mojibake (ĂŠ: é or Ê?) is genuinely
        // ambiguous; Windows-1250, the commoner, is read first, as ftfy does.
        if (encoding !== 'iso-8859-2') return void expect(repaired).toBe(text);
        const [got, want, broken] = [repaired, text, mojibake].map((t) => t.split(/\r?\n/));
        got!.forEach((line, i) => expect([want![i], readAs(broken![i]!, 'windows-1250')]).toContain(line));
      }),
      { numRuns: 200 },
    );
  });

  it('UTF-8 read as Windows-1252 twice', () => {
    fc.assert(
      fc.property(sentence(roundTripWords).filter(hasEvidence), (text) => {
        expect(repairText(misdecode(misdecode(text, 'windows-1252'), 'windows-1252')).text).toBe(text);
      }),
      { numRuns: 200 },
    );
  });

  it('a broken line among correct ones: only it changes', () => {
    fc.assert(
      fc.property(sentence(roundTripWords).filter(hasEvidence), sentence(words), fc.constantFrom(...everywhere), (broken, clean, encoding) => {
        const cleanLine = clean.replace(/\r?\n/g, ' ');
        const brokenLine = broken.replace(/\r?\n/g, ' ');
        const input = `${cleanLine}\n${misdecode(brokenLine, encoding)}\n${cleanLine}`;
        expect(repairText(input).text).toBe(`${cleanLine}\n${brokenLine}\n${cleanLine}`);
      }),
      { numRuns: 200 },
    );
  });
});
