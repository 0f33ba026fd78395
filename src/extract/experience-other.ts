/**
 * Experience years in the languages the hand-read rules of experience.ts
 * leave out, as plain patterns built from tables/experience.ts: "Опыт работы:
 * 3-6 лет", "7+ років досвіду", "5+ års erfaring", "en az 2 yıl deneyimli",
 * "almeno 3 anni", "co najmniej 2 lata", "vähintään 3 vuotta", "minimal 2
 * tahun", "خبرة 3 سنوات", "tối thiểu 2 năm", "experiência de 3 anos",
 * "工作年限 (如 1-3 年)", "至少2年", "경력 5년 이상", "не менее 3-х лет" and English "2-year experience", "5 years’ experience". A statement counts
 * only where its line names experience (the patterns are not run otherwise),
 * so "компании 10 лет" (the company is ten years old) says nothing.
 */
import { asciiYearsWords, cjkExperienceWords, otherAtLeastWords, otherExperienceWords, otherYearsWords } from './tables/experience.js';
import { numberWords } from './tables/words.js';
import { escapeRegExp, filterableCore, filterForm, lazily, mayContain } from './text.js';

export interface Statement { index: number; text: string; min: number; max?: number; rule: string }

const anyOf = (words: readonly string[]): string => `(?:${[...words].sort((a, b) => b.length - a.length).map(escapeRegExp).join('|')})`;
const YEARS = anyOf(otherYearsWords);
const ANY_YEARS = anyOf([...otherYearsWords, ...asciiYearsWords]);
const EXPERIENCE = anyOf(otherExperienceWords);
// A figure after "at least" may be written as a word ("almeno cinque anni di esperienza").
const FIGURE = String.raw`(\d{1,2}|${anyOf(Object.keys(numberWords))}(?![\p{L}]))`;
const NOT_AFTER = String.raw`(?<![\p{L}\d])`;
const END = String.raw`(?![\p{L}])`;
// Russian and Ukrainian write a numeral's case ending after it: "не менее 3-х лет", "от 5-ти лет".
const CASE_ENDING = String.raw`(?:-(?:х|и|ти|ми|ух|ох))?`;

/** The rules as written (case-insensitive), in the order they are tried. */
export const otherRules: Array<[rule: string, source: string]> = [
  ['experience.range', String.raw`${NOT_AFTER}(\d{1,2})\s{0,2}[-–—]\s{0,2}(\d{1,2})\s{0,2}${YEARS}${END}`],
  ['experience.plus', String.raw`${NOT_AFTER}(\d{1,2})\s{0,2}\+\s{0,2}${YEARS}${END}`],
  ['experience.at-least', String.raw`(?<![\p{L}])${anyOf(otherAtLeastWords)}\s{1,2}${FIGURE}${CASE_ENDING}\s{0,2}\+?\s{0,2}${YEARS}${END}`],
  // "experiência de 3 anos", "doświadczenie min. 3 lata", "esperienza di almeno 3 anni": experience named first
  ['experience.after-word', String.raw`(?<![\p{L}])${EXPERIENCE}[\p{L}\s:,()-]{0,25}?(?:${anyOf(otherAtLeastWords)}\s{0,2})?(\d{1,2})\s{0,2}\+?\s{0,2}${ANY_YEARS}${END}`],
  // et "3-aastane töökogemus", fi "3-vuotinen kokemus": the years word joined to the figure by a hyphen
  ['experience.years-of', String.raw`${NOT_AFTER}(\d{1,2})(?:\s{0,2}|-)${YEARS}${END}`],
  ['experience.apostrophe', String.raw`${NOT_AFTER}(\d{1,2})\+?\s{0,2}(?:years|yrs)['’]\s{0,2}(?:\p{L}+\s{1,2}){0,2}?experience`],
  ['experience.hyphenated', String.raw`${NOT_AFTER}(\d{1,2})-years?\s{1,2}(?:of\s{1,2})?(?:\p{L}+\s{1,2}){0,2}?experience`],
  // zh "至少2年…经验", "不少于3年": at least N years, no word boundaries.
  ['experience.cjk-at-least', String.raw`(?:至少|最少|不少于|不少於)\s?(\d{1,2})\s?年`],
  ['experience.cjk-range', String.raw`(?<!\d)(\d{1,2})\s?[-–~～〜]\s?(\d{1,2})\s?年`],
];
const compiled = lazily(() => otherRules.map(([rule, source]) => ({ rule, pattern: new RegExp(source, 'iu') })));
const experienceOnLine = lazily(() => new RegExp(anyOf([...otherExperienceWords, ...cjkExperienceWords]), 'iu'));

/** Every rule but "at least" needs a figure in digits; "at least" needs one of its words (text.ts filterableCore). */
const AT_LEAST_RULE = 'experience.at-least';
const DIGIT = /\d/;
const AT_LEAST_CORES = lazily(() => otherAtLeastWords.map(filterableCore));

/** The first statement of required years in a line, by the rules above; null when the line has none or names no experience. */
export function otherStatement(plain: string): Statement | null {
  return statement(plain, true);
}

/** otherStatement's plain reading: every rule tried on a line that names experience, with no figure or word looked for first. */
export function otherStatementPlain(plain: string): Statement | null {
  return statement(plain, false);
}

function statement(plain: string, prefiltered: boolean): Statement | null {
  if (!experienceOnLine().test(plain)) return null;
  // A rule that cannot match the line is not run, so its pattern (up to 1,000 characters, `iu`) is compiled only where one can.
  const hasDigit = !prefiltered || DIGIT.test(plain);
  const mayHaveAtLeast = !prefiltered || mayContain(filterForm(plain), AT_LEAST_CORES());
  for (const { rule, pattern } of compiled()) {
    if (rule === AT_LEAST_RULE ? !mayHaveAtLeast : !hasDigit) continue;
    const match = pattern.exec(plain);
    if (!match) continue;
    const min = /^\d+$/.test(match[1]!) ? Number(match[1]) : numberWords[match[1]!.toLowerCase()]!;
    const max = match[2] === undefined ? undefined : Number(match[2]);
    if (min > 40 || (max !== undefined && (max < min || max > 50))) continue;
    return max === undefined ? { index: match.index, text: match[0], min, rule } : { index: match.index, text: match[0], min, max, rule };
  }
  return null;
}
