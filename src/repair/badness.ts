/**
 * Badness: how odd a piece of text looks, as a number. Mojibake repair takes a
 * re-decoding only when it lowers this score by a clear margin (index.ts), so
 * the score is the whole of the evidence, and it is built to be read and
 * argued with. Every cost below is in a table with the reason next to it.
 *
 * badness(text) = Σ charCost[class(c)] + Σ uncommon(c)
 *               + Σ pairCost[class(a)][class(b)] + Σ bigram(a, b) − homoglyph relief
 *               + LENGTH_PRIOR × (number of non-ASCII characters)
 *
 * - Classes (`Cls`, from Unicode properties: classes.ts, as a table in class-table.ts)
 *   separate what real text is made of (ASCII, accented letters, letters of
 *   one script, typographic punctuation, CJK, emoji) from what mojibake is
 *   made of (C1 controls, U+F8FF, rare blocks such as IPA, Latin Extended-B
 *   and archaic Cyrillic, spacing accents, odd Windows-1252 punctuation like
 *   ‚ ƒ ˆ ‰ and the letters Œ œ Š š Ž ž Ÿ that stand for bytes 0x8A-0x9F).
 * - charCost: what real text almost never holds costs 2-3 (C1 and C0
 *   controls, private use, rare blocks); odd punctuation 1; U+FFFD 0.5; Ã and
 *   Â, the lead characters of nearly all Latin mojibake, 0.5; box drawing and
 *   MacRoman math signs 0.25; everything else 0. A few letters common in
 *   mojibake but rare outside one language (ð þ ơ ư) add 0.25.
 * - pairCost (`pairRules`): neighbours real text rarely puts side by side,
 *   e.g. an accented letter before a Latin-1 symbol (`Ã©`), a letter glued to
 *   a letter of another script (`Рґ` next to Latin), a lower-case letter
 *   before a non-ASCII capital inside a word (`rÃ`, `ѕС`), `Ã`/`Â` before
 *   anything but a capital, space or ASCII punctuation, a letter glued to a
 *   MacRoman math sign (`r√©`) or to box drawing (`╨┐`), a Cyrillic capital
 *   glued to a quote or dash (`Р”`). Pairs of ASCII characters never cost
 *   anything, so camelCase and code stay at zero.
 * - bigrams: the emoji prefix F0 9F on pages where the classes look innocent
 *   (`рџ`, `đź`, `≡ƒ`), ß after a capital, and √ before a symbol (`√®`).
 * - homoglyph relief: a Latin letter glued to a look-alike Cyrillic one (C/С)
 *   is a typo, not mojibake, and costs 0.5 instead of 2.
 * - LENGTH_PRIOR: each misread UTF-8 character became 2-4 characters, so,
 *   other things equal, the shorter reading is the likelier.
 *
 * What it deliberately does not punish: capitals before ™ or … (brands,
 * shouting), accented letters before ’ ” or dashes, Greek letters inside
 * Latin words (science: IL2Rγ, µs), any mix with CJK. Correct text in one
 * script scores 0 or close to it; mojibake grows with every misread character.
 */
import { perClass } from './class-table.js';
import { CLASS_COUNT, Cls } from './classes.js';

export { Cls } from './classes.js';

/** Extra cost per non-ASCII character: the shorter of two readings is likelier. */
export const LENGTH_PRIOR = 0.4;

const charCost = new Float64Array(CLASS_COUNT);
charCost[Cls.C1] = 3;
charCost[Cls.Control] = 3;
charCost[Cls.Private] = 3;
charCost[Cls.Rare] = 2;
charCost[Cls.OPunct] = 1;
charCost[Cls.Replacement] = 0.5;
charCost[Cls.Suspect] = 0.5;
charCost[Cls.Box] = 0.25;
charCost[Cls.Math] = 0.25;

const LATIN = [Cls.Up, Cls.Lo, Cls.AccUp, Cls.AccLo, Cls.WinUp, Cls.WinLo, Cls.Suspect];
const ACCENTED = [Cls.AccUp, Cls.AccLo, Cls.WinUp, Cls.WinLo, Cls.Suspect];
const GREEK = [Cls.GreekUp, Cls.GreekLo];
const CYRILLIC = [Cls.CyrUp, Cls.CyrLo];
const LETTERS = [...LATIN, ...GREEK, ...CYRILLIC, Cls.Letter];
const NON_ASCII_SYMBOLS = [Cls.Sym, Cls.OPunct, Cls.CPunct, Cls.Math, Cls.Box];

/** Pair rules: [classes before, classes after, cost, why]. Later rules add to earlier ones. */
const pairRules: Array<[Cls[], Cls[], number, string]> = [
  [LATIN, [...CYRILLIC, Cls.Letter], 2, 'Latin glued to another script'],
  [[...CYRILLIC, Cls.Letter], LATIN, 2, 'another script glued to Latin'],
  [CYRILLIC, [...GREEK, Cls.Letter], 2, 'Cyrillic glued to another script'],
  [[...GREEK, Cls.Letter], CYRILLIC, 2, 'another script glued to Cyrillic'],
  [ACCENTED, GREEK, 1, 'accented Latin glued to Greek'],
  [GREEK, ACCENTED, 1, 'Greek glued to accented Latin'],
  [[Cls.Lo, Cls.AccLo, Cls.WinLo], [Cls.AccUp, Cls.WinUp, Cls.Suspect], 1, 'lower-case then accented capital inside a word'],
  [[Cls.Lo, Cls.AccLo, Cls.WinLo], [Cls.Suspect], 1, 'lower-case then Ã/Â: Ã inside a lower-case word is never Portuguese'],
  [[Cls.Lo, Cls.AccLo, Cls.WinLo], [Cls.GreekUp, Cls.CyrUp], 1, 'lower-case Latin then a Greek or Cyrillic capital'],
  [[Cls.AccLo, Cls.WinLo], [Cls.Up], 1, 'accented lower-case then capital inside a word'],
  [[Cls.CyrLo], [Cls.CyrUp], 1, 'Cyrillic lower-case then capital inside a word'],
  [[Cls.GreekLo], [Cls.GreekUp], 1, 'Greek lower-case then capital inside a word'],
  [[Cls.Suspect], [Cls.Lo, Cls.AccUp, Cls.WinUp], 1, 'Ã/Â before a lower-case or accented letter'],
  [[Cls.Suspect], [Cls.AccLo, Cls.WinLo, Cls.Nbsp, Cls.Sym, Cls.Open, Cls.Quote, Cls.CloseQuote, Cls.Dash, Cls.CPunct, Cls.OPunct, Cls.Math, Cls.Box, Cls.Replacement, Cls.Mark], 2, 'Ã/Â before a symbol: the classic two-character mojibake'],
  [[Cls.AccUp, Cls.AccLo, Cls.WinUp, Cls.WinLo], [Cls.Sym, Cls.OPunct], 1, 'accented letter before a Latin-1 symbol or odd punctuation'],
  [[Cls.AccLo, Cls.WinLo], [Cls.CPunct], 1, 'accented lower-case before € ™ •'],
  [[Cls.CPunct], [Cls.Lo, Cls.AccLo], 1, '€ ™ • glued before a lower-case letter: inside a word (JÄ™z is Jęz)'],
  [ACCENTED, [Cls.WinUp, Cls.WinLo], 1, 'accented letter before Œ œ Š š Ž ž Ÿ, the second half of Windows-1252 mojibake'],
  [[Cls.AccUp], [Cls.AccLo], 0.5, 'accented capital before accented lower-case'],
  [[Cls.Sym], [Cls.Sym, Cls.OPunct], 0.5, 'two Latin-1 symbols in a row'],
  [[Cls.Quote, Cls.CloseQuote, Cls.Dash], [Cls.Sym, Cls.OPunct], 0.5, 'quote or dash glued to a symbol'],
  [[Cls.AccUp, Cls.AccLo, Cls.WinUp, Cls.WinLo], [Cls.CloseQuote], 0.5, 'accented letter before », as in á» (Vietnamese read as Windows-1252)'],
  [[Cls.CloseQuote], [Cls.AccUp, Cls.AccLo, Cls.WinUp, Cls.WinLo, Cls.CPunct], 0.5, '» glued to a following accented letter'],
  [[Cls.OPunct], [...ACCENTED, Cls.Sym, Cls.OPunct, Cls.CPunct, Cls.Math], 1, 'odd punctuation before accented letter or symbol'],
  [[...CYRILLIC, ...GREEK], NON_ASCII_SYMBOLS, 1, 'Cyrillic or Greek letter before a Latin-1 or Windows symbol'],
  [[Cls.CyrUp], [Cls.Quote, Cls.CloseQuote, Cls.Apos, Cls.Dash], 0.5, 'Cyrillic capital glued to a quote or dash (Р” С– in Windows-1251 mojibake)'],
  [LETTERS, [Cls.Open], 1, 'opening « ¿ ¡ glued to the end of a word'],
  [LATIN, [Cls.Math], 1, 'letter glued to a MacRoman math sign'],
  [[Cls.Math], [...ACCENTED, Cls.OPunct, Cls.Math], 0.5, 'math sign before accented letter or symbol'],
  [[Cls.Math], [Cls.Sym], 0.25, 'math sign before a Latin-1 symbol'],
  [[Cls.Box], [...ACCENTED, ...CYRILLIC, ...GREEK, Cls.Sym, Cls.Math, Cls.Letter], 1, 'box drawing before a non-ASCII letter'],
  [[...ACCENTED, ...CYRILLIC, ...GREEK, Cls.Letter], [Cls.Box], 1, 'non-ASCII letter before box drawing'],
  [LETTERS, [Cls.C1, Cls.Private], 1, 'letter before a control or private-use character'],
  [ACCENTED, [Cls.Cjk], 1, 'accented Latin glued to CJK'],
  [[Cls.Cjk], ACCENTED, 1, 'CJK glued to accented Latin'],
  [[Cls.Space, Cls.Nbsp], [Cls.Mark], 1, 'combining mark with nothing to combine with'],
  [[Cls.MidDot], [...ACCENTED, Cls.Sym, Cls.Open, Cls.OPunct, Cls.Math], 1, 'middle dot glued to a symbol or accented letter (l·l is ASCII)'],
];

const pairCost = new Float64Array(CLASS_COUNT * CLASS_COUNT);
for (const [before, after, cost] of pairRules) {
  for (const a of before) for (const b of after) pairCost[a * CLASS_COUNT + b]! += cost;
}

/**
 * Two-character sequences that are the UTF-8 emoji prefix F0 9F on a page
 * whose classes look innocent there (Cyrillic р + џ, Polish đ + ź, CP437 ≡ƒ);
 * on the other pages the classes above already catch it (ðŸ, ğŸ, U+F8FF).
 */
const oddBigrams = new Map<number, number>([
  ['рџ', 2], ['đź', 2], ['≡ƒ', 1],
].map(([pair, cost]) => [((pair as string).charCodeAt(0) << 16) | (pair as string).charCodeAt(1), cost as number]));

/**
 * √ is MacRoman's byte C3, the lead of nearly every accented Latin letter
 * (Windows-1252's Ã), so √ glued to a symbol that MacRoman reads for a
 * continuation byte is the classic MacRoman mojibake (`√®` è, `√º` ü, `√°` á).
 * In real text √ is followed by a digit, a letter or a bracket (√2, √π, √(x)).
 */
for (const symbol of '†°¢£§•¶®©™´¨≠±≤≥¥µ∂∑∏∫ªºΩ') oddBigrams.set((0x221a << 16) | symbol.charCodeAt(0), 1);

/** Letters that real text outside one language rarely holds, but mojibake often does (ð is byte F0, the emoji lead). */
const uncommonLetters = new Map([...'ðÐþÞơưƠƯ'].map((ch) => [ch.charCodeAt(0), 0.25]));

// ß never follows a capital (capital ß is ẞ, or SS).
for (const capital of 'ABCDEFGHIJKLMNOPQRSTUVWXYZÀÁÂÃÄÅÆÇÈÉÊËÌÍÎÏÐÑÒÓÔÕÖØÙÚÛÜÝÞ') oddBigrams.set((capital.charCodeAt(0) << 16) | 0xdf, 0.5);

/** Latin and Cyrillic letters that look alike; mixing them costs HOMOGLYPH_COST instead of the full script-mixing cost. */
const LOOKALIKES = 'ABCEHKMOPTXaceopxyАВСЕНКМОРТХасеорху';
const HOMOGLYPH_COST = 0.5;
const homoglyphRelief = new Float64Array(CLASS_COUNT * CLASS_COUNT);
for (const a of LATIN) for (const b of CYRILLIC) {
  homoglyphRelief[a * CLASS_COUNT + b] = 2 - HOMOGLYPH_COST;
  homoglyphRelief[b * CLASS_COUNT + a] = 2 - HOMOGLYPH_COST;
}


/*
 * The hot loop counts in quarters, as integers: every cost above is a multiple
 * of 0.25, so the sum is exact either way, and integer tables are smaller and
 * faster than floating-point ones. `odd` is the count divided by four.
 */
const quarters = (cost: number): number => {
  if (!Number.isInteger(cost * 4)) throw new Error(`badness costs are multiples of 0.25, not ${cost}`);
  return cost * 4;
};
const pairQuarters = Int32Array.from(pairCost, quarters);
const reliefQuarters = Int32Array.from(homoglyphRelief, quarters);
const bigramQuarters = new Map([...oddBigrams].map(([key, cost]) => [key, quarters(cost)]));

/**
 * Per code unit: (class + 1) | LOOKALIKE | BIGRAM_LEAD | BIGRAM_SECOND |
 * (cost in quarters << COST_SHIFT), the cost being charCost of its class plus
 * the uncommon-letter cost, so the hot loop does one lookup per character.
 * Made at import from the class runs (class-table.ts), then the few flagged
 * characters are marked; it is never written after that.
 */
const LOOKALIKE = 0x100;
const BIGRAM_LEAD = 0x200;
const BIGRAM_SECOND = 0x400;
const COST_SHIFT = 11;
const info: Readonly<Uint16Array> = (() => {
  const table = perClass(new Uint16Array(0x10000), (cls) => (cls + 1) | (quarters(charCost[cls]!) << COST_SHIFT));
  for (const [unit, cost] of uncommonLetters) table[unit]! += quarters(cost) << COST_SHIFT;
  for (const ch of LOOKALIKES) table[ch.charCodeAt(0)]! |= LOOKALIKE;
  // Only a bigram lead followed by a bigram second makes a bigram lookup worth it.
  for (const key of oddBigrams.keys()) {
    table[key >>> 16]! |= BIGRAM_LEAD;
    table[key & 0xffff]! |= BIGRAM_SECOND;
  }
  return table;
})();

/**
 * The tables pairScore reads, for a loop that scores as badnessPartsOfUnits does with
 * the lookups written out (decode-score.ts: a first call runs that loop in the
 * interpreter for its first lines, where each call per character costs more
 * than the lookup it makes). Read only.
 */
export const scoring = {
  info, pairQuarters, reliefQuarters, classCount: CLASS_COUNT, costShift: COST_SHIFT,
  lookalike: LOOKALIKE, bigramLead: BIGRAM_LEAD, bigramSecond: BIGRAM_SECOND,
} as const;

/** An odd bigram's cost in quarters (0 for most pairs); only asked where both units carry the bigram flags. */
export function bigramQuartersOf(previousUnit: number, unit: number): number {
  return bigramQuarters.get((previousUnit << 16) | unit) ?? 0;
}

/** A code unit's info bits (see above), for a loop that scores as badnessPartsOfUnits does (decode-score.ts). */
export function infoOf(unit: number): number {
  return info[unit]!;
}

/** What a unit's info bits say it costs on its own, in quarters. */
export function ownQuarters(bits: number): number {
  return bits >>> COST_SHIFT;
}

/** The class of one UTF-16 code unit. */
export function classOf(unit: number): Cls {
  return (info[unit]! & 0xff) - 1;
}

/** How odd `text` looks: 0 for ordinary text, growing with every sign of mojibake. */
export function badness(text: string, lengthPrior = LENGTH_PRIOR): number {
  const { odd, long } = scoreString(text);
  return odd + lengthPrior * long;
}

/** Both readings of the score at once: with the length prior (`total`) and without (`odd`). */
export function badnessParts(text: string): { total: number; odd: number } {
  const { odd, long } = scoreString(text);
  return { total: odd + LENGTH_PRIOR * long, odd };
}

/**
 * badnessParts for UTF-16 code units in a buffer (the first `length`), so a
 * candidate reading is scored before (and unless) it becomes a string:
 * scoreString's loop over the buffer. (The loop is here, not in a helper this
 * calls: on a first call the optimising compiler then compiles it once, not
 * once alone and again inlined here.)
 */
export function badnessPartsOfUnits(units: Uint16Array, length: number): { total: number; odd: number } {
  let score = 0;
  let long = 0;
  let previousInfo = 0;
  let previousUnit = 0;
  for (let i = 0; i < length; i++) {
    const unit = units[i]!;
    // A surrogate pair counts once, as one neutral symbol.
    if (unit >= 0xdc00 && unit <= 0xdfff && i > 0 && (units[i - 1]! & 0xfc00) === 0xd800) continue;
    const bits = info[unit]!;
    if (unit >= 0x80) long++;
    score += (bits >>> COST_SHIFT) + (i > 0 ? pairScore(previousInfo, previousUnit, bits, unit) : 0);
    previousInfo = bits;
    previousUnit = unit;
  }
  const odd = score / 4;
  return { total: odd + LENGTH_PRIOR * long, odd };
}

/** The one scoring loop (badnessPartsOfUnits's, reading code units with charCodeAt): badness without the length prior (`odd`), and how many code units are non-ASCII (`long`). */
function scoreString(text: string): { odd: number; long: number } {
  let score = 0;
  let long = 0;
  let previousInfo = 0;
  let previousUnit = 0;
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    if (unit >= 0xdc00 && unit <= 0xdfff && i > 0 && (text.charCodeAt(i - 1) & 0xfc00) === 0xd800) continue;
    const bits = info[unit]!;
    if (unit >= 0x80) long++;
    score += (bits >>> COST_SHIFT) + (i > 0 ? pairScore(previousInfo, previousUnit, bits, unit) : 0);
    previousInfo = bits;
    previousUnit = unit;
  }
  return { odd: score / 4, long };
}

/** What a character (`bits`, `unit`) costs after the one before it, in quarters: the pair rules, homoglyph relief and odd bigrams. */
export function pairScore(previousInfo: number, previousUnit: number, bits: number, unit: number): number {
  const pair = ((previousInfo & 0xff) - 1) * CLASS_COUNT + (bits & 0xff) - 1;
  let score = pairQuarters[pair]!;
  // A Latin letter that looks like a Cyrillic one (C for С) is a typo, not mojibake.
  if ((bits | previousInfo) & LOOKALIKE) score -= reliefQuarters[pair]!;
  if ((previousInfo & BIGRAM_LEAD) && (bits & BIGRAM_SECOND)) score += bigramQuartersOf(previousUnit, unit);
  return score;
}
