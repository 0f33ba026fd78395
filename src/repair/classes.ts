/**
 * Character classes for badness.ts: what real text is made of and what
 * mojibake is made of, from a few hand-made lists and Unicode properties.
 */

/** Character classes; values index the cost tables. */
export enum Cls {
  Other, Space, Nbsp, Digit, Punct, Up, Lo, AccUp, AccLo, WinUp, WinLo, Suspect,
  C1, Sym, Open, Quote, CloseQuote, Apos, Dash, CPunct, OPunct, Math, Box, Mark, MidDot,
  GreekUp, GreekLo, CyrUp, CyrLo, Letter, Cjk, Rare, Private, Replacement, Control, Symbol,
}
export const CLASS_COUNT = Cls.Symbol + 1;

/** Classes given by hand, per code unit (255: none, the tests below decide). */
const classTable = new Uint8Array(0x10000).fill(255);

const explicit: Array<[string, Cls]> = [
  ['ÃÂ', Cls.Suspect],
  ['\u00a0', Cls.Nbsp],
  ['«¿¡', Cls.Open],
  ['‘“”„‹›´', Cls.Quote],
  ['»', Cls.CloseQuote],
  ['’', Cls.Apos],
  ['–—…', Cls.Dash],
  ['•€™′″', Cls.CPunct],
  ['‚ƒˆ‰˜¦¨¯¸¤ˇ˘˙˚˛˝†‡', Cls.OPunct],
  ['¬×÷∂∆∏∑√∞≈≠≤≥◊∫Ω∙⌐⌠⌡≡⁄', Cls.Math],
  ['ŒŠŽŸ', Cls.WinUp],
  ['œšž', Cls.WinLo],
  ['ŉſ', Cls.Rare],
  ['\uFFFD', Cls.Replacement],
  ['ßơư', Cls.AccLo],
  ['ƠƯ', Cls.AccUp],
  ['ªº', Cls.Sym],
  ['·', Cls.MidDot],
];
for (const [chars, cls] of explicit) for (const ch of chars) classTable[ch.charCodeAt(0)] = cls;

const tests: Array<[RegExp, Cls]> = [
  [/[\u0080-\u009f]/, Cls.C1],
  [/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/, Cls.Control],
  [/[ \t\n\r]/, Cls.Space],
  [/[0-9]/, Cls.Digit],
  [/[A-Z]/, Cls.Up],
  [/[a-z]/, Cls.Lo],
  [/[\u0021-\u007e]/, Cls.Punct],
  [/[\u00a1-\u00bf]/, Cls.Sym],
  [/[\ue000-\uf8ff]/, Cls.Private],
  [/[\u2500-\u259f]/, Cls.Box],
  // Rare blocks: where wrong re-decodings of correct text land.
  [/[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]/, Cls.Mark],
  [/[\u0180-\u0217\u021c-\u024f\u0250-\u02ff\u03d0-\u03ff\u0460-\u048f\u0500-\u058f\u0700-\u08ff\u1680-\u18ff\u1d00-\u1dbf\u2c00-\u2c7f\u3190-\u31ef\ua000-\ua4cf\ua640-\ua6ff\ua720-\ua7ff\ufdd0-\ufdef\ufffe\uffff]/, Cls.Rare],
  [/\p{Cn}/u, Cls.Rare],
  [/\p{Script=Latin}/u, Cls.Other], // refined below by case
  [/\p{Script=Greek}/u, Cls.Other],
  [/\p{Script=Cyrillic}/u, Cls.Other],
  [/[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\p{Script=Bopomofo}\u3000-\u303f\uff00-\uffef]/u, Cls.Cjk],
  [/\p{L}/u, Cls.Letter],
  [/\p{M}/u, Cls.Mark],
  [/[\p{S}\p{P}]/u, Cls.Symbol],
];

/** The class of one UTF-16 code unit (badness.ts keeps the answer per code unit). */
export function classify(unit: number): Cls {
  if (classTable[unit] !== 255) return classTable[unit]!;
  const ch = String.fromCharCode(unit);
  if (unit >= 0xd800 && unit <= 0xdfff) return Cls.Symbol; // astral: emoji and rare scripts alike, judged neutral
  for (const [re, cls] of tests) {
    if (!re.test(ch)) continue;
    if (cls !== Cls.Other) return cls;
    const upper = /\p{Lu}|\p{Lt}/u.test(ch);
    const lower = /\p{Ll}/u.test(ch);
    if (/\p{Script=Latin}/u.test(ch)) return upper ? Cls.AccUp : lower ? Cls.AccLo : Cls.Other;
    if (/\p{Script=Greek}/u.test(ch)) return upper ? Cls.GreekUp : lower ? Cls.GreekLo : Cls.Other;
    if (/\p{Script=Cyrillic}/u.test(ch)) return upper ? Cls.CyrUp : lower ? Cls.CyrLo : Cls.Other;
    return Cls.Other;
  }
  return Cls.Other;
}
