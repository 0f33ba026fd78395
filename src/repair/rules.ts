/**
 * The rules a reviewer judges: what counts as evidence of mojibake, and how
 * much. The thresholds are named constants; the decisions are small pure
 * functions of scores (badness.ts) and script verdicts. The engine (line.ts,
 * spans.ts, whole-line.ts) only gathers the numbers these functions decide on.
 *
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
 *
 * Inconsistent lines (INCONSISTENT_LINE_EVIDENCE): a line that no page reads
 * whole holds correct non-ASCII beside its mojibake. Issue #15 asks for two
 * things there: ftfy's pass cases, and one short sequence in an otherwise
 * clean line repaired where its reading is a letter of its neighbours' script.
 * So ftfy 6.3's rule (`decode_inconsistent_utf8`: a span counts as evidence
 * only when it looks bad on its own, bad-on-its-own.ts) holds only where the
 * line's correct non-ASCII has no letter of the reading's script
 * (`ftfyRuleHolds`): `Bremer/Mccoy – DrÃ¥ber` (an en dash alone, ftfy's
 * negative-003) and `Москва – pÃ¥ svenska` stay as they are, as `Ã¥` alone is
 * no clear sign; in `Malmö – pÃ¥ svenska` the correct ö vouches for a Latin
 * reading, and the rules above apply as on any line. Once a page has evidence
 * on the line, its other spans follow as above (ftfy judges each run alone).
 * A page that reads the line whole is not held to it.
 */
import { badness, classOf, Cls, LENGTH_PRIOR } from './badness.js';
import { badOnItsOwn } from './bad-on-its-own.js';

/** How a reading relates to the letters around it. */
export type ScriptVerdict = 'same-script' | 'foreign' | 'neutral';

export type Script = 'latin' | 'greek' | 'cyrillic' | 'cjk' | 'letter';

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

/** On a line not read whole, a span is held to ftfy's rule where `ftfyRuleHolds` (the design note above). */
export const INCONSISTENT_LINE_EVIDENCE = true;
/** A cluster must lower badness by this much to be re-decoded. */
export const MIN_GAIN = 1;
/** Each character that needs the Latin-1 fallback makes a page a little less likely. */
export const FALLBACK_COST = 0.1;
/** A whole line re-decoded at once must come out this clean (badness without the length prior). */
export const WHOLE_LINE_ODDNESS = 0.5;
/** The repaired window (a cluster and one character each side) must score at most this. */
export const MAX_AFTER = 1.5;
/** Passes over one line: text encoded up to three times comes back. */
export const MAX_PASSES = 4;
/** Spans of this many code units or fewer read as one character, which script agreement must judge. */
export const SHORT_RUN = 3;
/** A line read whole with more spans than this is mojibake throughout, not a chance reading of correct text; it is not judged. */
export const MAX_JUDGED_SPANS = 2;

/** Badness with the length prior (`total`) and without (`odd`). */
export interface Scores { total: number; odd: number }

/**
 * A whole-line reading is taken when it is clean (at most WHOLE_LINE_ODDNESS,
 * or an eighth of the line's oddness) and lowers badness by MIN_GAIN.
 */
export function wholeLineAccepted(before: Scores, after: Scores): boolean {
  return !((after.odd > WHOLE_LINE_ODDNESS && after.odd > before.odd / 8) || before.total - after.total < MIN_GAIN);
}

/**
 * Whether a reading passes wholeLineAccepted whatever the line scores: it is
 * clean, and it gains MIN_GAIN even against the least the line can score (the
 * length prior of its `long` non-ASCII characters, as badness never goes below
 * zero), so the line need not be scored at all.
 */
export function surelyTaken(after: Scores, long: number): boolean {
  return after.odd <= WHOLE_LINE_ODDNESS && LENGTH_PRIOR * long - after.total >= MIN_GAIN;
}

/**
 * A reading that is still odd, with two characters of context each side, is
 * no repair, only a different garble (ftfy's "hopeless" case): it must score
 * at most MAX_AFTER, or a quarter of what the text scored before.
 */
export function stillGarbled(oddAfter: number, oddBefore: () => number): boolean {
  return oddAfter > MAX_AFTER && oddAfter > oddBefore() / 4;
}

/** What the evidence rules know of a cluster (a run of adjacent UTF-8 sequences on one page). */
export interface ClusterEvidence {
  start: number;
  end: number;
  /** The reading. */
  text: string;
  /** How much badness drops with the reading, in its context. */
  gain: number;
  /** Read with a restored 0xA0 or a lost byte. */
  tainted: boolean;
  /** Read with a lost byte (U+FFFD, or `?` on Windows-1252). */
  lossy: boolean;
  /** A `?` stood for a lost byte. */
  questionMark: boolean;
  sequences: number;
  lossyCount: number;
  /** Characters that needed the Latin-1 fallback. */
  fallback: number;
}

/**
 * The clusters one code page would re-decode in a line, or null when none
 * passes. From strongest evidence to weakest:
 * - a clean cluster that lowers badness by MIN_GAIN is taken on its own;
 * - so is one inside text the previous pass decoded (`hot`: a second layer), if it lowers badness at all;
 * - so is a letter of the same script as its word that looks odd where it stands (script agreement above);
 * - once the page has such evidence on the line, its other clusters need only
 *   not make things worse (a line is usually broken one way throughout);
 * - without it, a lost byte (U+FFFD) needs MIN_GAIN, a restored 0xA0 more than twice that,
 *   and a `?` standing for a lost byte only inside a cluster that also has intact sequences.
 * A page whose clusters all read as foreign letters glued to words is not taken.
 */
export function takenClusters<C extends ClusterEvidence>(line: string, clusters: C[], hot: Set<C>, verdicts: Map<C, ScriptVerdict>): C[] | null {
  // On a line the page does not read whole, a span no correct letter vouches for must be bad on its own (or a deeper layer).
  let vouching: Set<Script> | null | undefined; // found on first need: most spans are a deeper layer or bad on their own
  const held = (c: C) => {
    if (!INCONSISTENT_LINE_EVIDENCE) return false;
    if (vouching === undefined) vouching = correctLetterScripts(line, clusters);
    return vouching !== null && ftfyRuleHolds(c.text, vouching);
  };
  const alone = (c: C) => hot.has(c) || badOnItsOwn(line.slice(c.start, c.end)) || !held(c);
  const sameScript = (c: C) => verdicts.get(c) === 'same-script' && !c.tainted && c.gain > 0 && looksOdd(line, c.start, c.end);
  const strong = (c: C) => ((!c.tainted && c.gain >= MIN_GAIN) || (c.gain > 0 && hot.has(c)) || sameScript(c)) && alone(c);
  const evidence = clusters.some(strong);
  const taken = clusters.filter((c) => {
    if (strong(c)) return true;
    if (evidence) return c.gain > 0 || (c.tainted && c.gain >= 0 && !c.text.includes('\u00a0'));
    if (!alone(c)) return false;
    if (c.questionMark) return c.sequences > c.lossyCount && c.gain >= MIN_GAIN;
    if (c.lossy) return c.gain >= MIN_GAIN;
    return c.tainted && c.gain > 2 * MIN_GAIN;
  });
  if (!taken.length || taken.every((c) => verdicts.get(c) === 'foreign')) return null;
  return taken;
}

/**
 * Whether the span line[start, end) is a deeper layer of what the previous
 * pass repaired (`hot` for takenClusters): it touches a repair, and every
 * non-ASCII character of it comes from one. A span that runs into a correct
 * letter beside a repair is no deeper layer (`Bogotáź` read as `Bogotἠ`).
 */
export function deeperLayer(line: string, start: number, end: number, repairs: ReadonlyArray<{ start: number; end: number }>): boolean {
  let touches = false;
  for (let i = start; i < end; i++) {
    if (repairs.some((r) => i >= r.start && i < r.end)) touches = true;
    else if (line.charCodeAt(i) >= 0x80) return false;
  }
  return touches;
}

/**
 * The scripts of the letters a page leaves as they are (outside its clusters),
 * or null when its clusters (all of its UTF-8 sequences on the line) hold
 * every non-ASCII character: the page reads the line whole, which ftfy calls
 * a consistent line. `Ã` and `Â` outside a cluster
 * are no correct letters but torn mojibake, so they vouch for nothing.
 */
export function correctLetterScripts(line: string, clusters: ReadonlyArray<{ start: number; end: number }>): Set<Script> | null {
  const inCluster = new Uint8Array(line.length);
  for (const c of clusters) inCluster.fill(1, c.start, c.end);
  const scripts = new Set<Script>();
  let outside = false;
  for (let i = 0; i < line.length; i++) {
    const unit = line.charCodeAt(i);
    if (unit < 0x80 || inCluster[i]) continue;
    outside = true;
    const script = classOf(unit) === Cls.Suspect ? null : scriptOf(unit);
    if (script !== null) scripts.add(script);
  }
  return outside ? scripts : null;
}

/**
 * ftfy's rule (a span must look bad on its own) holds for a reading unless a
 * correct letter of the line (`vouching`, correctLetterScripts) is of its
 * script: punctuation, symbols and letters of other scripts vouch for nothing.
 */
export function ftfyRuleHolds(reading: string, vouching: ReadonlySet<Script>): boolean {
  for (let i = 0; i < reading.length; i++) {
    const script = scriptOf(reading.charCodeAt(i));
    if (script !== null && vouching.has(script)) return false;
  }
  return true;
}

/**
 * Whether takenClusters could take a cluster with this gain (or less) on a
 * line's first look, whatever its verdict and its neighbours: every way in
 * needs an intact cluster that lowers badness, a lost byte with MIN_GAIN, or a
 * restored 0xA0 with more than twice that (a cluster inside an earlier pass's
 * repair, `hot`, is not covered). span-filter.ts rules lines out with it.
 */
export function mayBeTaken(gain: number, tainted: boolean, lossy: boolean): boolean {
  return (!tainted && gain > 0) || (lossy && gain >= MIN_GAIN) || (tainted && gain > 2 * MIN_GAIN);
}

/**
 * A page's total gain from the clusters it takes. Windows-1252 with C1
 * controls is Latin-1, a page of its own, so only other pages pay
 * FALLBACK_COST for each character that needs the fallback.
 */
export function pageGain(pageName: string, taken: ClusterEvidence[]): number {
  const fallbackCost = pageName === 'windows-1252' ? 0 : FALLBACK_COST;
  return taken.reduce((sum, c) => sum + c.gain - fallbackCost * c.fallback, 0);
}
