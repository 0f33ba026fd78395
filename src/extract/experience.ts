/**
 * Experience years: "6+ years", "3-5 years", "at least 5 years", "minimum 2
 * years", "mindestens 3 Jahre", "au moins trois ans d'expérience", "5 años de
 * experiencia", "minimálne 2 roky", "5 年以上". A bare "N years" counts only
 * when experience is named next to it, so "over the past five years" is not a
 * requirement. The first statement in the posting wins. Languages whose
 * words \b cannot bound (ru, uk, Nordic, tr) and CJK ranges: experience-other.ts.
 */
import { cite, type ExtractContext } from './context.js';
import { otherStatement } from './experience-other.js';
import { ageAfterYearsWords, organisationWords, withWords } from './tables/experience.js';
import { numberWords } from './tables/words.js';
import { codePointAt, codePointBefore, escapeRegExp, filterForm, isLetterCodePoint, isLetterOrDigitCodePoint, isSpace, lazily } from './text.js';
import { byFirstUnit } from './match/phrases.js';
import { keywordBit, keywordGroup, keywordIndex, keywordsIn, lineKeywords, NO_FILTER_FORM } from './tree.js';

// The alternations of the rules, in the order the patterns try them.
const NUMBER_WORDS = Object.keys(numberWords).sort((a, b) => b.length - a.length);
const YEARS_WORDS = ['years', 'year', 'yrs', 'yr', 'jahren', 'jahre', 'ans', 'an', 'años', 'anos', 'jaar', 'jaren', 'roky', 'rokov', 'rok', 'lat', 'let'];
const RANGE_WORDS = ['-', '–', '—', 'to', 'bis', 'à', 'a', 'y', 'e', 'tot', 'až'];
const AT_LEAST_WORDS = ['at least', 'a minimum of', 'minimum of', 'minimum', 'min.', 'mindestens', 'wenigstens', 'au moins', 'au minimum', 'minimum de', 'al menos', 'como mínimo', 'mínimo de', 'pelo menos', 'no mínimo', 'minimaal', 'ten minste', 'minimálne', 'aspoň', 'more than', 'over', 'más de', 'mais de', 'plus de', 'mehr als'];
const OR_MORE_WORDS = ['or more', 'and above', 'ou plus', 'o más', 'ou mais', 'oder mehr', 'of meer'];
const OF_WORDS = ['of', "d'", 'd’', 'de', 'an', 'als', 'in', 'as'];
const EXPERIENCE_WORDS = ['experience', 'professional', 'relevant', 'hands-on', 'expérience', 'experiencia', 'experiência', 'berufserfahrung', 'erfahrung', 'ervaring', 'praxe', 'skúseností'];

const anyOf = (words: readonly string[]) => `(?:${words.map(escapeRegExp).join('|')})`;
const N = String.raw`(\d{1,2}|${NUMBER_WORDS.join('|')})`;
const YEARS = anyOf(YEARS_WORDS);
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

const RULES = asWritten.map(([rule, source]) => ({
  rule,
  onForm: handRules[rule]!,
  checksBefore: source.startsWith(NOT_AFTER_LETTER_OR_DIGIT),
  asWritten: lazily(() => new RegExp(source, 'iu')),
}));
const JAPANESE_RULE = /(\d{1,2})\s?年以上/u;
// Every rule but the Japanese one ends with a number, at most "  +  " and a years word: a line without that skips them.
const NUMBER_THEN_YEARS = new RegExp(String.raw`(?:\d|${NUMBER_WORDS.join('|')})\s{0,2}\+?\s{0,2}${YEARS}`, 'iu');
const JA_YEARS = '年以上';
/** "N years old" and the like in each language (tables/experience.ts): an age. */
const AGE = lazily(() => new RegExp(String.raw`(?<![\p{L}\d])\d{1,2}\s{0,2}\+?\s{0,2}${YEARS}\s{1,2}${anyOf(ageAfterYearsWords)}(?![\p{L}])`, 'giu'));
const AGE_WORDS = ageAfterYearsWords.map((words) => words.split(' ').pop()!);
/** The line with each age blanked to spaces (its length and positions kept); replace() starts a global pattern at 0 and leaves it there. */
function withoutAges(line: string): string {
  const lower = line.toLowerCase();
  return AGE_WORDS.some((word) => lower.includes(word)) ? line.replace(AGE(), (age) => ' '.repeat(age.length)) : line;
}
// "un despacho con más de 15 años de experiencia": an organisation, "with", at most four words, then the figure.
const ORGANISATION_YEARS = lazily(() => new RegExp(String.raw`(?<![\p{L}])${anyOf(organisationWords)}\s{1,2}(?:\p{L}+\s{1,2}){0,2}${anyOf(withWords)}\s{1,2}(?:[\p{L}*]+\s{1,2}){0,4}$`, 'iu'));
const isOrganisationYears = (before: string): boolean => ORGANISATION_YEARS().test(before.replace(/[*_]+/g, ''));
const NOT_EXPERIENCE = /\b(?:past|last|ago|founded|since|for the next|within|anniversary|old|history|over the past|over the last)\s{0,2}$/iu;

// NUMBER_THEN_YEARS on a line's filter form, found with the other extractors' keywords: where a digit
// or number word ends, the gap and a years word (the pattern tries dozens of number words at every
// position). A years word starts where one of its shortest forms does.
const YEARS_STARTS = ['year', 'yr', 'jahre', 'an', 'años', 'jaar', 'jaren', 'rok', 'lat', 'let'];
const yearsInitials = new Uint8Array(128);
for (const word of YEARS_STARTS) yearsInitials[word.charCodeAt(0)] = 1;
const NUMBER_THEN_YEARS_WORDS = keywordGroup(['0', '1', '2', '3', '4', '5', '6', '7', '8', '9', ...NUMBER_WORDS], gapThenYearsAt);
const JAPANESE_YEARS_WORDS = keywordGroup([JA_YEARS]);
// The digits group the salary and location scans share: a line without a digit states no years.
const DIGITS = keywordGroup(['0', '1', '2', '3', '4', '5', '6', '7', '8', '9']);
/** The keyword groups this file's scans read (index.ts lists every file's). */
export const experienceKeywordGroups = [NUMBER_THEN_YEARS_WORDS, JAPANESE_YEARS_WORDS, DIGITS];

/** Does \s{0,2}\+?\s{0,2} then a years word start at `at` of a filter form? */
function gapThenYearsAt(form: string, at: number): boolean {
  // Most number words end inside other words ("often", "function"): the next letter rules them out.
  if (at === form.length) return false;
  const next = form.charCodeAt(at);
  if (next !== 43 && !(next < 128 && yearsInitials[next] === 1) && !isSpace(next)) return false;
  for (let before = 0; before <= 2; before++) {
    if (before > 0 && !isSpace(form.charCodeAt(at + before - 1))) break;
    const plus = at + before;
    if (spacesThenYearsAt(form, plus) || (form.charCodeAt(plus) === 43 /* + */ && spacesThenYearsAt(form, plus + 1))) return true;
  }
  return false;
}

/** Does \s{0,2} then a years word start at `at` of a filter form? */
function spacesThenYearsAt(form: string, at: number): boolean {
  for (let after = 0; after <= 2; after++) {
    if (after > 0 && !isSpace(form.charCodeAt(at + after - 1))) break;
    for (const word of YEARS_STARTS) if (form.startsWith(word, at + after)) return true;
  }
  return false;
}

/** Set experienceYears from the first statement of required years. */
export function extractExperience(ctx: ExtractContext): void {
  for (const item of ctx.frontmatterStrings) if (readStatement(ctx, item.text, item.line, keywordsIn(ctx, item.text))) return;
  const keywords = lineKeywords(ctx);
  for (let index = 0; index < ctx.text.length; index++) {
    const line = ctx.text[index]!;
    if (readStatement(ctx, line.plain, line.line, keywords[index]!)) return;
  }
}

/** Set experienceYears from a line's statement of required years, if it has one (keywords: keywordsIn() of the line). */
function readStatement(ctx: ExtractContext, written: string, line: number, keywords: number): boolean {
  if (written.length > 3000) return false;
  const mayHaveYears = keywords === NO_FILTER_FORM ? NUMBER_THEN_YEARS.test(written) : (keywords & keywordBit(ctx, NUMBER_THEN_YEARS_WORDS)) !== 0;
  // An age ("You are 25+ years old and have 3+ years of experience") is blanked, so the statement after it is read.
  const plain = mayHaveYears ? withoutAges(written) : written;
  const mayBeJapanese = (keywords & keywordBit(ctx, JAPANESE_YEARS_WORDS)) !== 0;
  const mayBeOther = (keywords & keywordBit(ctx, DIGITS)) !== 0;
  if (!mayHaveYears && !mayBeJapanese && !mayBeOther) return false;
  const form = mayHaveYears ? filterForm(plain) : null;
  const starts = form === null ? null : ruleStarts(plain, form);
  for (let index = 0; index <= RULES.length; index++) {
    const rule = index < RULES.length ? RULES[index]!.rule : 'experience.ja';
    if (rule === 'experience.ja' ? !mayBeJapanese : !mayHaveYears) continue;
    const match = index < RULES.length ? ruleMatch(RULES[index]!, plain, form, starts) : JAPANESE_RULE.exec(plain);
    if (!match || NOT_EXPERIENCE.test(plain.slice(Math.max(0, match.index - 20), match.index))) continue;
    if (isOrganisationYears(plain.slice(Math.max(0, match.index - 80), match.index))) continue;
    // "2.5 to 5 years": the figure is a decimal's fraction, not a number of its own; the line is not read.
    // A list's number opening the line ("2.2年以上…": item 2) is no decimal.
    const head = plain.slice(Math.max(0, match.index - 8), match.index);
    if (/\d[.,]$/.test(head) && !(match.index <= 8 && /^\s*[-*•]?\s*\d{1,2}[.,]$/u.test(plain.slice(0, match.index)))) return false;
    const min = toNumber(match[1]!);
    const max = match[2] && rule === 'experience.range' ? toNumber(match[2]) : undefined;
    if (min === null || min > 40 || (max !== undefined && (max === null || max < min || max > 50))) continue;
    if (rule === 'experience.at-least' && /\b(?:more than|over|más de|mais de|plus de|mehr als)\b/iu.test(match[0]) && !/\b(?:experience|expérience|erfahrung|experiencia|experiência)\b/iu.test(plain)) continue;
    ctx.fields.experienceYears = max !== undefined && max !== null ? { min, max } : { min };
    cite(ctx, 'experienceYears', line, rule, written, 0.85);
    return true;
  }
  // Russian, Ukrainian, Nordic, Turkish, CJK ranges, "2-year experience": plain patterns (experience-other.ts).
  const other = mayBeOther ? otherStatement(plain) : null;
  if (!other || NOT_EXPERIENCE.test(plain.slice(Math.max(0, other.index - 20), other.index))) return false;
  ctx.fields.experienceYears = other.max === undefined ? { min: other.min } : { min: other.min, max: other.max };
  cite(ctx, 'experienceYears', line, other.rule, written, 0.8);
  return true;
}

/**
 * A rule's first match in a line: its text from the line, its numbers (as toNumber() reads them,
 * lower-cased when found in the filter form).
 */
function ruleMatch(rule: (typeof RULES)[number], plain: string, form: string | null, starts: RuleStarts | null): { index: number; 0: string; 1?: string; 2?: string } | null {
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
interface RuleStarts { number: number[]; atLeast: number[] }
const numberStartUnits = new Uint8Array(128);
for (let digit = 48; digit <= 57; digit++) numberStartUnits[digit] = 1;
for (const unit of numberWordsByFirstUnit.keys()) if (unit < 128) numberStartUnits[unit] = 1;
const atLeastStartUnits = new Uint8Array(128);
for (const unit of atLeastWordsByFirstUnit.keys()) if (unit < 128) atLeastStartUnits[unit] = 1;

function ruleStarts(plain: string, form: string): RuleStarts {
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

/** "3" or "three"/"drei"/"trois" as a number. */
function toNumber(text: string): number | null {
  if (/^\d+$/.test(text)) return Number(text);
  return numberWords[text.toLowerCase()] ?? null;
}

/** Experience years stated in one text, for tests and callers with plain strings. */
export function parseExperience(text: string): { min: number; max?: number } | null {
  const keywords = keywordIndex(experienceKeywordGroups);
  const ctx = { frontmatterStrings: [], text: [{ text, plain: text, line: 1 }], keywords, fields: { experienceYears: null }, evidence: {} } as unknown as Parameters<typeof extractExperience>[0];
  extractExperience(ctx);
  return ctx.fields.experienceYears;
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
