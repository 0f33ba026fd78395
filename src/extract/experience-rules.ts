/**
 * The experience rules ("6+ years", "3-5 years", "at least 5 years", ...) as
 * patterns written from word lists, and the same rules read by hand on a
 * line's lower-cased filter form (fast); experience.ts reads a posting with them.
 */
import { numberWords } from './tables/words.js';
import { codePointAt, codePointBefore, escapeRegExp, filterForm, isLetterCodePoint, isLetterOrDigitCodePoint, isSpace, lazily } from './text.js';
import { byFirstUnit } from './match/phrases.js';

// The alternations of the rules, in the order the patterns try them.
export const NUMBER_WORDS = Object.keys(numberWords).sort((a, b) => b.length - a.length);
const YEARS_WORDS = ['years', 'year', 'yrs', 'yr', 'jahren', 'jahre', 'ans', 'an', 'años', 'anos', 'jaar', 'jaren', 'roky', 'rokov', 'rok', 'lat', 'let'];
const RANGE_WORDS = ['-', '–', '—', 'to', 'bis', 'à', 'a', 'y', 'e', 'tot', 'až'];
const AT_LEAST_WORDS = ['at least', 'a minimum of', 'minimum of', 'minimum', 'min.', 'mindestens', 'wenigstens', 'au moins', 'au minimum', 'minimum de', 'al menos', 'como mínimo', 'mínimo de', 'pelo menos', 'no mínimo', 'minimaal', 'ten minste', 'minimálne', 'aspoň', 'more than', 'over', 'más de', 'mais de', 'plus de', 'mehr als'];
const OR_MORE_WORDS = ['or more', 'and above', 'ou plus', 'o más', 'ou mais', 'oder mehr', 'of meer'];
const OF_WORDS = ['of', "d'", 'd’', 'de', 'an', 'als', 'in', 'as'];
// pl "5 lat doświadczenia" and cs "3 roky zkušeností" as sk "3 roky skúseností" (the genitive after the years: "lata" goes through
// tables/experience.ts, but "lat", the plural from five, only through these rules)
const EXPERIENCE_WORDS = ['experience', 'professional', 'relevant', 'hands-on', 'expérience', 'experiencia', 'experiência', 'berufserfahrung', 'erfahrung', 'ervaring', 'praxe', 'skúseností',
  'doświadczenia', 'zkušeností'];

export const anyOf = (words: readonly string[]) => `(?:${words.map(escapeRegExp).join('|')})`;
const N = String.raw`(\d{1,2}|${NUMBER_WORDS.join('|')})`;
export const YEARS = anyOf(YEARS_WORDS);
const NOT_AFTER_LETTER_OR_DIGIT = String.raw`(?<![\p{L}\d])`;
// Each rule's pattern as written (case-insensitive), built from the word lists the hand readers below use.
const asWritten: Array<[rule: string, source: string]> = [
  ['experience.range', String.raw`${NOT_AFTER_LETTER_OR_DIGIT}${N}\s{0,2}${anyOf(RANGE_WORDS)}\s{0,2}${N}\s{0,2}\+?\s{0,2}${YEARS}\b`],
  ['experience.plus', String.raw`${NOT_AFTER_LETTER_OR_DIGIT}${N}\s{0,2}\+\s{0,2}${YEARS}\b`],
  ['experience.at-least', String.raw`\b${anyOf(AT_LEAST_WORDS)}\s{0,2}${N}\s{0,2}\+?\s{0,2}${YEARS}\b`],
  ['experience.or-more', String.raw`${NOT_AFTER_LETTER_OR_DIGIT}${N}\s{0,2}${YEARS}\s{0,2}${anyOf(OR_MORE_WORDS)}\b`],
  ['experience.years-of', String.raw`${NOT_AFTER_LETTER_OR_DIGIT}${N}\s{0,2}${YEARS}\s{0,2}${anyOf(OF_WORDS)}?\s{0,2}(?:\p{L}+\s){0,3}${anyOf(EXPERIENCE_WORDS)}`],
];
// A case-insensitive Unicode pattern with letter classes costs milliseconds to compile, and even without
// the `i` flag these rules cost 1.5-3.5 ms each (dozens of number words before more alternations): the
// rules are read by hand on a line's lower-cased filterForm() (the same matches, at the same places: the
// words are lower-case, and [\p{L}\u0345] on lower-cased text is \p{L} of /iu), with the lookbehind
// checked in the line. Lines without a filter form run the patterns as written.

const numberWordsByFirstUnit = byFirstUnit(NUMBER_WORDS);
const atLeastWordsByFirstUnit = byFirstUnit(AT_LEAST_WORDS);

type Next = (at: number) => boolean;
/** What a hand rule read, made per line by ruleMatch(): its numbers (start and end in the form; second[0] -1 when none) and where it ends. */
interface Reading { first: [number, number]; second: [number, number]; end: number }

/** A rule on a filter form at `at`, the pattern's choices tried in its order; true when the whole rule matches (its numbers and end: in `reading`). */
type HandRule = (form: string, at: number, reading: Reading) => boolean;
/** The match ends at `at`. */
function done(reading: Reading, at: number): boolean {
  reading.end = at;
  return true;
}

/** \b as a Unicode pattern without `i` reads it: between an ASCII word character and anything else. */
function isAsciiWordUnit(code: number): boolean {
  return code === 95 || isAsciiLetterOrDigitUnit(code);
}
function atWordBoundary(form: string, at: number): boolean {
  return isAsciiWordUnit(at > 0 ? form.charCodeAt(at - 1) : -1) !== isAsciiWordUnit(at < form.length ? form.charCodeAt(at) : -1);
}

/** (\d{1,2}|number words), into `into`. */
function number(form: string, at: number, into: [number, number], next: Next): boolean {
  const code = form.charCodeAt(at);
  if (code >= 48 && code <= 57) {
    const second = form.charCodeAt(at + 1);
    if (second >= 48 && second <= 57) { into[0] = at; into[1] = at + 2; if (next(at + 2)) return true; }
    into[0] = at; into[1] = at + 1;
    return next(at + 1);
  }
  for (const word of numberWordsByFirstUnit.get(code) ?? []) {
    if (form.startsWith(word, at)) { into[0] = at; into[1] = at + word.length; if (next(at + word.length)) return true; }
  }
  return false;
}

/** \s{0,2}, most first. */
function spaces(form: string, at: number, next: Next): boolean {
  let count = 0;
  while (count < 2 && at + count < form.length && isSpace(form.charCodeAt(at + count))) count++;
  for (; count >= 0; count--) if (next(at + count)) return true;
  return false;
}

/** One of the words, in order. */
function oneOf(words: readonly string[], form: string, at: number, next: Next): boolean {
  for (const word of words) if (form.startsWith(word, at) && next(at + word.length)) return true;
  return false;
}

/** \+?, a plus first. */
function optionalPlus(form: string, at: number, next: Next): boolean {
  return (form.charCodeAt(at) === 43 && next(at + 1)) || next(at);
}

/** (?:[\p{L}\u0345]+\s){0,3} from `count` words on, most first. */
function letterWords(form: string, at: number, count: number, next: Next): boolean {
  if (count < 3) {
    let end = at;
    for (let code = codePointAt(form, end); isLetterCodePoint(code); code = codePointAt(form, end)) end += code > 0xffff ? 2 : 1;
    // Any shorter run of letters is followed by a letter, not by \s.
    if (end > at && end < form.length && isSpace(form.charCodeAt(end)) && letterWords(form, end + 1, count + 1, next)) return true;
  }
  return next(at);
}

/** ${N}\s{0,2}\+?\s{0,2}${YEARS}\b */
const numberThenYears = (form: string, at: number, into: [number, number], r: Reading): boolean =>
  number(form, at, into, (a) => spaces(form, a, (b) => optionalPlus(form, b, (c) => spaces(form, c, (d) => oneOf(YEARS_WORDS, form, d, (e) => atWordBoundary(form, e) && done(r, e))))));

const handRules: Record<string, HandRule> = {
  'experience.range': (form, at, r) => number(form, at, r.first, (a) => spaces(form, a, (b) => oneOf(RANGE_WORDS, form, b, (c) => spaces(form, c, (d) => numberThenYears(form, d, r.second, r))))),
  'experience.plus': (form, at, r) => number(form, at, r.first, (a) => spaces(form, a, (b) => form.charCodeAt(b) === 43 && spaces(form, b + 1, (c) => oneOf(YEARS_WORDS, form, c, (d) => atWordBoundary(form, d) && done(r, d))))),
  'experience.at-least': (form, at, r) => atWordBoundary(form, at) && oneOf(atLeastWordsByFirstUnit.get(form.charCodeAt(at)) ?? [], form, at, (a) => spaces(form, a, (b) => numberThenYears(form, b, r.first, r))),
  'experience.or-more': (form, at, r) => number(form, at, r.first, (a) => spaces(form, a, (b) => oneOf(YEARS_WORDS, form, b, (c) => spaces(form, c, (d) => oneOf(OR_MORE_WORDS, form, d, (e) => atWordBoundary(form, e) && done(r, e)))))),
  'experience.years-of': (form, at, r) => number(form, at, r.first, (a) => spaces(form, a, (b) => oneOf(YEARS_WORDS, form, b, (c) => spaces(form, c,
    (d) => (oneOf(OF_WORDS, form, d, (e) => ofThenExperience(form, e, r)) || ofThenExperience(form, d, r)))))),
};
/** \s{0,2}(?:[\p{L}\u0345]+\s){0,3}(?:experience|...) */
function ofThenExperience(form: string, at: number, r: Reading): boolean {
  return spaces(form, at, (a) => letterWords(form, a, 0, (b) => oneOf(EXPERIENCE_WORDS, form, b, (e) => done(r, e))));
}

export const RULES = asWritten.map(([rule, source]) => ({
  rule,
  onForm: handRules[rule]!,
  checksBefore: source.startsWith(NOT_AFTER_LETTER_OR_DIGIT),
  asWritten: lazily(() => new RegExp(source, 'iu')),
}));

/**
 * A rule's first match in a line: its text from the line, its numbers (as toNumber() reads them,
 * lower-cased when found in the filter form).
 */
export function ruleMatch(rule: (typeof RULES)[number], plain: string, form: string | null, starts: RuleStarts | null): { index: number; 0: string; 1?: string; 2?: string } | null {
  if (form === null || starts === null) return rule.asWritten().exec(plain);
  const read = rule.onForm;
  const r: Reading = { first: [0, 0], second: [-1, -1], end: 0 };
  for (const index of rule.checksBefore ? starts.number : starts.atLeast) {
    r.second[0] = -1;
    if (!read(form, index, r)) continue;
    return {
      index,
      0: plain.slice(index, r.end),
      1: form.slice(r.first[0], r.first[1]),
      2: r.second[0] >= 0 ? form.slice(r.second[0], r.second[1]) : undefined,
    };
  }
  return null;
}

/** Where in a filter form the rules may start, in order: a number (where the lookbehind holds), an at-least word (at \b). */
export interface RuleStarts { number: number[]; atLeast: number[] }
const numberStartUnits = new Uint8Array(128);
for (let digit = 48; digit <= 57; digit++) numberStartUnits[digit] = 1;
for (const unit of numberWordsByFirstUnit.keys()) if (unit < 128) numberStartUnits[unit] = 1;
const atLeastStartUnits = new Uint8Array(128);
for (const unit of atLeastWordsByFirstUnit.keys()) if (unit < 128) atLeastStartUnits[unit] = 1;

export function ruleStarts(plain: string, form: string): RuleStarts {
  const starts: RuleStarts = { number: [], atLeast: [] };
  const scratch: [number, number] = [0, 0];
  for (let index = 0; index < form.length; index++) {
    const code = form.charCodeAt(index);
    // After an ASCII letter or digit neither the lookbehind nor \b holds: most places are skipped there.
    if (index > 0 && isAsciiLetterOrDigitUnit(form.charCodeAt(index - 1))) continue;
    // (?<![\p{L}\d]) is checked in the line, where the patterns as written look.
    if ((code < 128 ? numberStartUnits[code] === 1 : numberWordsByFirstUnit.has(code)) && mayStartNumber(form, index) && number(form, index, scratch, always)
      && !isLetterOrDigitCodePoint(codePointBefore(plain, index))) starts.number.push(index);
    if ((code < 128 ? atLeastStartUnits[code] === 1 : atLeastWordsByFirstUnit.has(code)) && atWordBoundary(form, index)) starts.atLeast.push(index);
  }
  return starts;
}

const always: Next = () => true;
// The first two units of each number word: a word start without them starts no number word (most do not).
const numberWordHeads = new Set(NUMBER_WORDS.map((word) => word.charCodeAt(0) * 0x10000 + word.charCodeAt(1)));
function mayStartNumber(form: string, at: number): boolean {
  const code = form.charCodeAt(at);
  return (code >= 48 && code <= 57) || numberWordHeads.has(code * 0x10000 + form.charCodeAt(at + 1));
}

function isAsciiLetterOrDigitUnit(code: number): boolean {
  return (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57);
}

/**
 * Each rule's first match in a line, read by hand on the filter form (fast) or
 * by the pattern as written: the differential test holds the two equal.
 */
export function experienceRuleMatches(plain: string, fast: boolean): Array<{ index: number; text: string; numbers: Array<string | undefined> } | null> {
  const form = fast ? filterForm(plain) : null;
  const starts = form === null ? null : ruleStarts(plain, form);
  return RULES.map((rule) => {
    const match = ruleMatch(rule, plain, form, starts);
    return match ? { index: match.index, text: match[0], numbers: [match[1]?.toLowerCase(), match[2]?.toLowerCase()] } : null;
  });
}
