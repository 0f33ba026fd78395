/**
 * Whether a run of mojibake looks bad on its own, with no context: the test
 * ftfy 6.3 puts on each run of UTF-8-looking sequences in a line that cannot be
 * re-encoded whole (`decode_inconsistent_utf8` fixes a run only when
 * `is_bad(run)`; the categories and sequences are those of ftfy/badness.py,
 * MOJIBAKE_CATEGORIES and BADNESS_RE, Apache-2.0). rules.ts uses it as the
 * evidence a span needs on such a line: `Ã©` (é) is bad on its own, `Ã¥` (å)
 * and `√°` (á) are not, since ¥ and ° also follow capitals and roots in text.
 *
 * The table is data: each category is a list of characters (a–b is a range),
 * and each row of BAD_SEQUENCES is a run of slots, each slot a union of
 * categories and literal characters, that must match consecutive characters.
 * tests/repair-bad-on-its-own.test.ts holds it to ftfy's verdicts.
 */

/** ftfy's character categories, by the names it gives them (ranges as a–b). */
const CATEGORIES = {
  /** In many contexts: a sequence with them is not mojibake by itself. */
  common: '\u00a0\u00ad·´–—―…’',
  c1: '\u0080-\u009f',
  /** Nearly always mojibake. */
  bad: '¦¤¨¬¯¸ƒˆˇ˘˛˜†‡‰⌐◊\ufffdªº',
  law: '¶§',
  currency: '¢£¥₧€',
  startPunctuation: '¡«¿©΄΅‘‚“„•‹\uf8ff',
  endPunctuation: '®»˝”›™',
  numeric: '²³¹±¼½¾×µ÷⁄∂∆∏∑√∞∩∫≈≠≡≤≥№',
  /** Letters of emoticon faces, which may stand in odd places. */
  kaomoji: 'Ò-ÖÙ-Üò-öø-üŐŌŪŲ°',
  upperAccented: 'À-ÑØÜÝĂĀĄĆČĎĐĘĚĒĖĞĢİĪĶĹĽŁĻŃŇŅŒŘŚŞŠŢŤŮŰŸŹŻŽҐ',
  lowerAccented: 'ßà-ñăąāćčďđęěēėğģįīķĺľłļœŕśşšťüźżžґﬁﬂ',
  upperCommon: 'ÞΑ-ΩΆΈΉΊΌΎΏΪΫЁ-Я',
  lowerCommon: 'α-ωάέήίΰа-џ',
  box: '│┌┐┘├┤┬┼═-╬▀▄█▌▐░▒▓',
  // Not ftfy's categories: the regular-expression classes its rows use.
  asciiLower: 'a-z',
  asciiLetter: 'A-Za-z',
} as const;

type Category = keyof typeof CATEGORIES;

/** A slot: categories and literal characters; `not: true` matches any character outside them, `space`/`word` Python's \s and \w. */
interface Slot { of?: Category[]; chars?: string; not?: boolean; space?: boolean; word?: boolean; any?: boolean }

const SYMBOLS: Category[] = ['box', 'startPunctuation', 'endPunctuation', 'currency', 'numeric', 'law'];
const ACCENTED: Category[] = ['lowerAccented', 'upperAccented'];

/** What follows Ø or Ù in Arabic read as Windows-1252. */
const ARABIC_SECOND: Slot = { of: ['common', 'currency', 'bad', 'numeric', 'startPunctuation'], chars: 'ŸŠ®°µ»' };

/** ftfy's BADNESS_RE, row by row: unlikely juxtapositions. `start: true` anchors a row at the run's start. */
const BAD_SEQUENCES: Array<{ slots: Slot[]; start?: boolean; why: string }> = [
  { slots: [{ of: ['c1'] }], why: 'a C1 control' },
  { slots: [{ of: ['bad', ...ACCENTED, ...SYMBOLS] }, { of: ['bad'] }], why: 'a symbol or accented letter before a nearly-always-mojibake character' },
  { slots: [{ of: ['asciiLetter'] }, { of: ['lowerCommon', 'upperCommon'] }, { of: ['bad'] }], why: 'Latin, Greek or Cyrillic, then a bad character' },
  { slots: [{ of: ['bad'] }, { of: [...ACCENTED, ...SYMBOLS] }], why: 'a bad character before a symbol or accented letter' },
  { slots: [{ of: ['lowerAccented', 'lowerCommon', 'box', 'endPunctuation', 'currency', 'numeric'] }, { of: ['upperAccented'] }], why: 'an accented capital after a lower-case letter or a symbol' },
  { slots: [{ of: ['box', 'endPunctuation', 'currency', 'numeric'] }, { of: ['lowerAccented'] }], why: 'an accented lower-case letter after a symbol' },
  { slots: [{ of: ['lowerAccented', 'box', 'endPunctuation'] }, { of: ['currency'] }], why: 'currency after a lower-case accented letter' },
  { slots: [{ space: true }, { of: ['upperAccented'] }, { of: ['currency'] }], why: 'currency after a capital that starts a word' },
  { slots: [{ of: ['upperAccented', 'box'] }, { of: ['numeric', 'law'] }], why: 'a number sign after an accented capital' },
  { slots: [{ of: [...ACCENTED, 'box', 'currency', 'endPunctuation'] }, { of: ['startPunctuation'] }, { of: ['numeric'] }], why: 'opening punctuation between a letter and a number sign' },
  { slots: [{ of: [...ACCENTED, 'currency', 'numeric', 'box', 'law'] }, { of: ['endPunctuation'] }, { of: ['startPunctuation'] }], why: 'closing then opening punctuation' },
  { slots: [{ of: ['currency', 'numeric', 'box'] }, { of: ['startPunctuation'] }], why: 'opening punctuation after a number sign' },
  { slots: [{ of: ['asciiLower'] }, { of: ['upperAccented'] }, { of: ['startPunctuation', 'currency'] }], why: 'an accented capital inside a word, then a symbol' },
  { slots: [{ of: ['box'] }, { of: ['kaomoji'] }], why: 'box drawing before a letter' },
  { slots: [{ of: [...ACCENTED, 'currency', 'numeric', 'startPunctuation', 'endPunctuation', 'law'] }, { of: ['box'] }], why: 'box drawing after a letter or symbol' },
  { slots: [{ of: ['box'] }, { of: ['endPunctuation'] }], why: 'closing punctuation after box drawing' },
  { slots: [{ of: ACCENTED }, { of: ['startPunctuation', 'endPunctuation'] }, { word: true }], why: 'punctuation inside a word' },
  { slots: [{ chars: 'Œœ' }, { of: ['asciiLetter'], not: true }], why: 'œ not before a Latin letter' },
  { slots: [{ of: ['upperAccented'] }, { chars: '°' }], why: 'a degree sign after a capital' },
  { slots: [{ chars: 'ÂÃÎÐ' }, { of: ['startPunctuation', 'endPunctuation'], chars: '€œŠš¢£Ÿž\u00a0\u00ad®©°·»–—´' }], why: 'Windows-1252 two-character mojibake' },
  { slots: [{ chars: '×' }, { chars: '²³' }], why: '× before a superscript' },
  { slots: [{ chars: 'ØÙ' }, ARABIC_SECOND, { chars: 'ØÙ' }, ARABIC_SECOND], why: 'Arabic read as Windows-1252 (four characters, as common ones take part)' },
  { slots: [{ chars: 'à' }, { chars: '²µ¹¼½¾' }], why: 'a South Asian letter read as Windows-1252' },
  { slots: [{ chars: '√' }, { chars: '±∂†≠®™´≤≥¥µø' }], why: 'MacRoman mojibake' },
  { slots: [{ chars: '≈' }, { chars: '°¢' }], why: 'MacRoman mojibake' },
  { slots: [{ chars: '‚' }, { chars: 'Ä' }, { chars: 'ìîïòôúùû†°¢π' }], why: 'MacRoman mojibake of U+2000 punctuation' },
  { slots: [{ chars: '‚' }, { chars: 'âó' }, { chars: 'àä°ê' }], why: 'MacRoman mojibake' },
  { slots: [{ chars: 'в' }, { chars: 'Ђ' }], why: 'Windows-1251 mojibake of U+2000 punctuation' },
  { slots: [{ chars: 'ВГРС' }, { of: ['c1', 'bad', 'startPunctuation', 'endPunctuation', 'currency'], chars: '°µ' }, { chars: 'ВГРС' }], why: 'Windows-1251 mojibake (three characters)' },
  { slots: [{ chars: 'Г' }, { chars: 'ў' }, { chars: 'В' }, { chars: 'Ђ' }, { chars: 'В' }, { any: true }, { chars: 'A-Za-z ' }], why: 'Windows-1251 over Latin-1 mojibake' },
  { slots: [{ chars: 'Ã' }, { chars: '\u00a0¡' }], why: 'à and á read as Windows-1252' },
  { slots: [{ of: ['asciiLower'] }, { chars: 'ÃÂ' }, { chars: ' ' }], why: 'Ã or Â before a space that was 0xA0' },
  { slots: [{ of: ['asciiLower'] }, { space: true }, { chars: 'ÃÂ' }, { chars: ' ' }], why: 'Ã or Â before a space that was 0xA0' },
  { slots: [{ chars: 'ÃÂ' }, { chars: ' ' }], start: true, why: 'Ã or Â before a space that was 0xA0' },
  { slots: [{ of: ['asciiLower', 'endPunctuation'], chars: '.,?!' }, { chars: 'Â' }, { of: ['startPunctuation', 'endPunctuation'], chars: ' ' }], why: 'Â before the character it encodes' },
  { slots: [{ chars: 'β' }, { chars: '€' }, { chars: '™\u00a0Ά\u00ad®°' }], why: 'Windows-1253 mojibake of U+2000 punctuation' },
  { slots: [{ chars: 'ΒΓΞΟ' }, { of: ['c1', 'bad', 'startPunctuation', 'endPunctuation', 'currency'], chars: '°' }, { chars: 'ΒΓΞΟ' }], why: 'Windows-1253 mojibake (three characters)' },
  { slots: [{ chars: 'ā' }, { chars: '€' }], why: 'Windows-1257 mojibake of U+2000 punctuation' },
];

/** The code points a list of characters and ranges (a–b) names. */
function expand(list: string): number[] {
  const chars = [...list];
  const out: number[] = [];
  for (let i = 0; i < chars.length; i++) {
    const from = chars[i]!.codePointAt(0)!;
    if (chars[i + 1] === '-' && i + 2 < chars.length) {
      for (let cp = from; cp <= chars[i + 2]!.codePointAt(0)!; cp++) out.push(cp);
      i += 2;
    } else out.push(from);
  }
  return out;
}

type Matcher = (cp: number) => boolean;

/** Python's \s and \w on one code point. */
const isSpace: Matcher = (cp) => /\s/u.test(String.fromCodePoint(cp)) || (cp >= 0x1c && cp <= 0x1f) || cp === 0x85;
const isWord: Matcher = (cp) => /[\p{L}\p{N}_]/u.test(String.fromCodePoint(cp));

function matcherOf(slot: Slot): Matcher {
  if (slot.any) return (cp) => cp !== 0x0a;
  if (slot.space) return isSpace;
  if (slot.word) return isWord;
  const members = new Set<number>(expand(slot.chars ?? ''));
  for (const category of slot.of ?? []) for (const cp of expand(CATEGORIES[category])) members.add(cp);
  return slot.not ? (cp) => !members.has(cp) : (cp) => members.has(cp);
}

interface Row { matchers: Matcher[]; start: boolean }

/**
 * The rows as matchers, made on the first call, not at import: only a line
 * that no page reads whole asks (none in most texts), and making them is
 * about a sixtieth of the library's import (15 M of 925 M instructions, callgrind).
 */
const rows = memoised((): Row[] => BAD_SEQUENCES.map(({ slots, start }) => ({ matchers: slots.map(matcherOf), start: start === true })));

/** A function that calls `make` once, on its first call, and then returns what it made. */
function memoised<T>(make: () => T): () => T {
  let made: T | undefined;
  return () => (made ??= make());
}

/** Whether `text` holds any of ftfy's unlikely sequences (ftfy's is_bad), judged on the text alone. */
export function badOnItsOwn(text: string): boolean {
  const cps = Array.from(text, (ch) => ch.codePointAt(0)!);
  for (const { matchers, start } of rows()) {
    const last = start ? 0 : cps.length - matchers.length;
    for (let at = 0; at <= last; at++) {
      let k = 0;
      while (k < matchers.length && at + k < cps.length && matchers[k]!(cps[at + k]!)) k++;
      if (k === matchers.length) return true;
    }
  }
  return false;
}
