/**
 * Repairs that used to be missed: Apple's current MacRoman table, one short
 * sequence in an otherwise clean line, mixed depths; and idempotence,
 * repair(repair(x)) == repair(x), as a property over generated and corpus text.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { repairText } from '../src/repair/index.js';
import { CORPUS, itShared, misdecode, runCli } from './helpers.js';
import { propertyRuns } from './property-runs.js';

/** Apple's current MacRoman table (Python's mac_roman): 0xBD is Ω U+03A9 and 0xDB is €, where iconv-lite's older one has U+2126 and ¤. */
const APPLE_MAC_ROMAN = 'ÄÅÇÉÑÖÜáàâäãåçéèêëíìîïñóòôöõúùûü†°¢£§•¶ß®©™´¨≠ÆØ∞±≤≥¥µ∂∑∏π∫ªºΩæø¿¡¬√ƒ≈∆«»…\u00a0ÀÃÕŒœ–—“”‘’÷◊ÿŸ⁄€‹›ﬁﬂ‡·‚„‰ÂÊÁËÈÍÎÏÌÓÔ\uf8ffÒÚÛÙıˆ˜¯˘˙˚¸˝˛ˇ';

function appleMacRoman(text: string): string {
  return [...Buffer.from(text, 'utf8')].map((b) => (b < 0x80 ? String.fromCharCode(b) : APPLE_MAC_ROMAN[b - 0x80]!)).join('');
}

describe("Apple's current MacRoman table", () => {
  const texts = ['Профиль: ищем инженера в Москве', 'Hledáme vývojáře, ý', '你们正在招聘工程师', '½ day a week', 'Bonus €5,000 a year'];
  it.each(texts)('%s', (text) => {
    const mangled = appleMacRoman(text);
    expect(mangled).not.toBe(text);
    expect(repairText(mangled).text).toBe(text);
  });
});

describe('one short sequence in an otherwise clean line', () => {
  // Lines that a page reads whole: repaired on the score and script agreement (ftfy leaves `metodologias √°geis`, which it does not call bad).
  const cases: Array<[string, string]> = [
    ['Digitale √® alla ricerca di un Full Stack Developer', 'Digitale è alla ricerca di un Full Stack Developer'],
    ['von den √ºber 1000 Mitarbeitern', 'von den über 1000 Mitarbeitern'],
    ['Conhecimento em metodologias √°geis (Scrum)', 'Conhecimento em metodologias ágeis (Scrum)'],
    ['JÄ™z. angielski', 'Jęz. angielski'],
    ['Malmo pÃ¥ svenska', 'Malmo på svenska'],
    // Correct non-ASCII beside the mojibake (no page reads the line whole), with a correct letter of the reading's script:
    // that letter vouches for it, and the rules apply as on any line (rules.ts, ftfyRuleHolds; ftfy leaves the first five).
    ['Malmö – pÃ¥ svenska', 'Malmö – på svenska'],
    ['Experiência com metodologias √°geis', 'Experiência com metodologias ágeis'],
    ['Åre – Ã…se', 'Åre – Åse'],
    ['Zürich – Smörgåsbord pÃ¥ bordet', 'Zürich – Smörgåsbord på bordet'],
    ['Kraków – JÄ™z. angielski', 'Kraków – Jęz. angielski'],
    // A sequence that is bad on its own, by ftfy's is_bad, is evidence beside any correct text, here beside Cyrillic
    // alone (ftfy itself leaves the MacRoman one: its detector of such sequences lists no MacRoman characters).
    ['Malmö – cafÃ© och bar', 'Malmö – café och bar'],
    ['Zürich – von den Ã¼ber 1000', 'Zürich – von den über 1000'],
    ['Kraków – Digitale √® alla ricerca', 'Kraków – Digitale è alla ricerca'],
    ['Москва – cafÃ© och bar', 'Москва – café och bar'],
  ];
  it.each(cases)('%s', (broken, fixed) => {
    expect(repairText(broken).text).toBe(fixed);
  });

  // Beside only punctuation, symbols or letters of another script, a sequence that is not bad on its own is left as it is,
  // as ftfy 6.3.1 leaves it (ftfy.test.ts, negative-003).
  const leftAsFtfyLeavesThem = [
    'Bremer/Mccoy – DrÃ¥ber',
    'Preis 5 € – pÃ¥ svenska',
    'Москва – pÃ¥ svenska',
    'Αθήνα – metodologias √°geis',
  ];
  it.each(leftAsFtfyLeavesThem)('%s is left as it is, as ftfy does', (line) => {
    expect(repairText(line).text).toBe(line);
  });

  it('through the CLI', async () => {
    const lines = [...cases.map(([broken]) => broken), ...leftAsFtfyLeavesThem];
    const result = await runCli(['repair', '-'], { input: lines.join('\n') + '\n' });
    expect(result.code).toBe(0);
    expect(result.stdout).toBe([...cases.map(([, fixed]) => fixed), ...leftAsFtfyLeavesThem].join('\n') + '\n');
  });
});

describe('a correct letter beside a repaired one is no deeper layer', () => {
  // The first pass reads Å¼ as ż; á ż and a space spell UTF-8 for ἠ on ISO-8859-2, which is no second layer of the repair.
  it.each([
    ['BogotáÅ¼ the offer for Genève', 'Bogotáż the offer for Genève'],
    ['team ØÅ¾resund senior façade for', 'team Øžresund senior façade for'],
  ])('%s', (broken, fixed) => {
    expect(repairText(broken).text).toBe(fixed);
  });
});

describe('mixed depths on one line', () => {
  it('a doubly encoded bullet beside a singly encoded ellipsis comes back in one call', () => {
    expect(repairText('Ã¢â\u0082¬Â¢â\u0080¦').text).toBe('•…');
  });

  it('words encoded once and twice on one line', () => {
    const line = `${misdecode('Café', 'windows-1252')} and ${misdecode(misdecode('naïve', 'windows-1252'), 'windows-1252')} — ok`;
    expect(repairText(line).text).toBe('Café and naïve — ok');
  });
});

const WORDS = ['café', 'naïve', 'Größe', 'São', 'Paulo', 'don’t', '“quoted”', '•', '…', '€65k', '½', 'Ищем', 'инженера', '東京', '💰', 'Zażółć', 'Jęz.', 'über', 'è', 'and', 'the', 'remote', 'AWS'];
const PAGES = ['windows-1252', 'mac-roman', 'latin-1'];

/** A line of words broken one way (one page), each word left alone or mangled once or twice. */
const mangledLine = fc.tuple(fc.constantFrom(...PAGES), fc.array(fc.tuple(fc.constantFrom(...WORDS), fc.integer({ min: 0, max: 2 })), { minLength: 1, maxLength: 10 }))
  .map(([page, parts]) => parts.map(([word, depth]) => {
    let text = word;
    for (let k = 0; k < depth; k++) text = misdecode(text, page);
    return text;
  }).join(' '));

describe('idempotence: repair(repair(x)) == repair(x)', () => {
  it('on generated lines of words mangled to mixed depths', () => {
    fc.assert(fc.property(mangledLine, (line) => {
      const once = repairText(line).text;
      expect(repairText(once).text).toBe(once);
    }), { numRuns: propertyRuns(500) });
  });

  itShared('on every file of the real corpus', () => {
    for (const name of readdirSync(CORPUS).sort()) {
      const text = readFileSync(path.join(CORPUS, name), 'utf8');
      const once = repairText(text).text;
      expect(repairText(once).text, name).toBe(once);
    }
  });
});
