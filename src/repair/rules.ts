/**
 * Script agreement: what a re-decoded span must look like beside the word it
 * sits in. badness.ts weighs how odd a text looks; these rules add what the
 * score cannot see from two characters of context.
 *
 * - A single letter of another script (or a rare symbol) glued to a word is
 *   no evidence of mojibake. Correct text makes such readings by chance: the
 *   French `Confirmé»\u00A0requis` spells E9 BB A0 on Windows-1252, which is
 *   UTF-8 for 黠, and only the shorter reading made it look better. When every
 *   span a page would repair on a line reads like that, the page is not taken.
 * - A reading that is a letter of the same script as the letters it sits
 *   between (a span inside a word) is evidence on its own: `JÄ™z.` is `Jęz.`.
 *   Such a span is taken when it lowers badness at all, not only by
 *   MIN_GAIN, provided the span itself looks odd (`looksOdd`): a shorter
 *   reading alone is no evidence, or `GEBÄ\u00A0X` would become `GEBĠX`.
 *   A capital after a lower-case letter does not agree, whatever its script.
 * - A reading of two or more letters, CJK included, is a word: these rules say
 *   nothing about it, and badness decides (Japanese mixes Latin and kana).
 */
import { badness, classOf, Cls } from './badness.js';

/** How a reading relates to the letters around it. */
export type ScriptVerdict = 'same-script' | 'foreign' | 'neutral';

type Script = 'latin' | 'greek' | 'cyrillic' | 'cjk' | 'letter';

const SCRIPT_OF_CLASS = new Map<Cls, Script>([
  [Cls.Up, 'latin'], [Cls.Lo, 'latin'], [Cls.AccUp, 'latin'], [Cls.AccLo, 'latin'], [Cls.WinUp, 'latin'], [Cls.WinLo, 'latin'], [Cls.Suspect, 'latin'],
  [Cls.GreekUp, 'greek'], [Cls.GreekLo, 'greek'], [Cls.CyrUp, 'cyrillic'], [Cls.CyrLo, 'cyrillic'],
  [Cls.Cjk, 'cjk'], [Cls.Letter, 'letter'],
]);

/** Punctuation and symbols that real text glues to words: a reading of these is judged by badness alone. */
const GLUE_SAFE = new Set<Cls>([
  Cls.Space, Cls.Nbsp, Cls.Digit, Cls.Punct, Cls.Sym, Cls.Open, Cls.Quote, Cls.CloseQuote, Cls.Apos, Cls.Dash,
  Cls.CPunct, Cls.OPunct, Cls.MidDot, Cls.Replacement,
]);

/** The script of one UTF-16 code unit, or null when it is no letter (CJK punctuation is none). */
function scriptOf(unit: number): Script | null {
  const script = SCRIPT_OF_CLASS.get(classOf(unit));
  return script === undefined || (script === 'cjk' && !LETTER.test(String.fromCharCode(unit))) ? null : script;
}

const LETTER = /\p{L}/u;

/** The script of the letter glued to position `at` (the character there), or null. */
function gluedScript(line: string, at: number): Script | null {
  return at >= 0 && at < line.length ? scriptOf(line.charCodeAt(at)) : null;
}


/**
 * Judge the reading `text` of the span line[start, end) against the letters
 * around it (see the design note above).
 */
export function judgeReading(line: string, start: number, end: number, text: string): ScriptVerdict {
  const reading = text.trimEnd() || text;
  // One character only: a reading of two or more is a word, and emoji (surrogate pairs) are evidence on their own.
  if (reading.length !== 1) return 'neutral';
  const unit = reading.charCodeAt(0);
  const left = gluedScript(line, start - 1);
  const right = gluedScript(line, end);
  if (left === null && right === null) return 'neutral';
  const script = scriptOf(unit);
  const glueSafe = script === null && GLUE_SAFE.has(classOf(unit));
  // A capital after a lower-case letter is no letter of that word (á»\u00A0 reads Ỡ); a lower-case one between capitals is doubtful.
  const capitalInWord = left !== null && /\p{Lu}/u.test(reading) && /\p{Ll}/u.test(line[start - 1]!);
  const agrees = script !== null && !capitalInWord && (left === null || left === script) && (right === null || right === script);
  if (agrees) {
    const lowerInCaps = /\p{Ll}/u.test(reading) && /\p{Lu}/u.test(line[start - 1] ?? '') && /\p{Lu}/u.test(line[end] ?? '');
    return left !== null && right !== null && !lowerInCaps ? 'same-script' : 'neutral';
  }
  if (glueSafe) return 'neutral';
  // A real no-break space read as the last byte of a sequence: the French typography case, judged strictly.
  if (line.slice(start, end).includes('\u00a0')) return 'foreign';
  // Otherwise only a letter of another script inside a word; Greek in Latin words is science (IL2Rγc), not mojibake.
  const inWord = left !== null && right !== null && script !== null && script !== 'letter';
  return inWord && !(script === 'greek' && left === 'latin') ? 'foreign' : 'neutral';
}

/**
 * Whether the span line[start, end) looks odd where it stands: it scores above
 * zero with a character of context each side (the length prior aside), or it
 * ends in a symbol glued to the next letter (`JÄ™z`: ™ inside a word).
 */
export function looksOdd(line: string, start: number, end: number): boolean {
  if (badness(line.slice(Math.max(0, start - 1), end + 1), 0) > 0) return true;
  const last = classOf(line.charCodeAt(end - 1));
  const glued = end < line.length && scriptOf(line.charCodeAt(end)) !== null;
  return glued && scriptOf(line.charCodeAt(end - 1)) === null && last !== Cls.Space && last !== Cls.Nbsp;
}
