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
import { anyOf, NUMBER_WORDS, ruleMatch, RULES, ruleStarts, YEARS } from './experience-rules.js';
import { ageAfterYearsWords, experienceLabels, organisationWords, weHaveOverWords, weHaveWords, withoutWords, withWords } from './tables/experience.js';
import { labelledValue } from './label-lines.js';
import { keyForm, keyForms } from './tables/field-keys.js';
import { numberWords } from './tables/words.js';
import { escapeRegExp, filterForm, isSpace, lazily } from './text.js';
import { keywordBit, keywordGroup, keywordIndex, keywordsIn, lineKeywords, NO_FILTER_FORM } from './tree.js';
import { DIGIT_CHARACTERS } from './match/keywords.js';

// "5年以上", and Chinese "3年及以上" ("3 years and above"). A figure that ends a longer number ("100年") is not read alone.
const JAPANESE_RULE = /(?<!\d)(\d{1,2})\s?年及?以上/u;
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
// "We have 15 years of experience", "Mamy ponad 15 lat doświadczenia": the speakers' own years, only "more than" between
// ("we have to see 3+ years", "Tenemos como requisito 3 años" ask).
const WE_HAVE_YEARS = lazily(() => new RegExp(String.raw`(?<![\p{L}])${anyOf(weHaveWords)}\s{1,2}(?:${anyOf(weHaveOverWords)}\s{1,2})?$`, 'iu'));
const isOrganisationYears = (before: string): boolean => {
  const text = before.replace(/[*_]+/g, '');
  return ORGANISATION_YEARS().test(text) || WE_HAVE_YEARS().test(text);
};
// "do 26 lat bez doświadczenia", "od 18 let bez zkušeností": an age beside no experience asked.
const WITHOUT = lazily(() => new RegExp(String.raw`(?<![\p{L}])${anyOf(withoutWords)}(?![\p{L}])`, 'iu'));
const TENURE_BEFORE = /(?:勤続|在籍|入社後?)\s?$/u;
const NOT_EXPERIENCE = /\b(?:past|last|ago|founded|since|for the next|within|anniversary|old|history|over the past|over the last)\s{0,2}$/iu;

// NUMBER_THEN_YEARS on a line's filter form, found with the other extractors' keywords: where a digit
// or number word ends, the gap and a years word (the pattern tries dozens of number words at every
// position). A years word starts where one of its shortest forms does.
const YEARS_STARTS = ['year', 'yr', 'jahre', 'an', 'años', 'jaar', 'jaren', 'rok', 'lat', 'let'];
const yearsInitials = new Uint8Array(128);
for (const word of YEARS_STARTS) yearsInitials[word.charCodeAt(0)] = 1;
const NUMBER_THEN_YEARS_WORDS = keywordGroup(['0', '1', '2', '3', '4', '5', '6', '7', '8', '9', ...NUMBER_WORDS], gapThenYearsAt);
const JAPANESE_YEARS_WORDS = keywordGroup([JA_YEARS, '年及以上']);
// The digits group the salary and location scans share: a line without a digit states no years.
const DIGITS = keywordGroup(DIGIT_CHARACTERS);
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
  labelledExperience(ctx);
}

/**
 * Years given as an experience label's value, where no statement names experience beside them: a front-matter
 * `experience: 3 years` or `years_of_experience: 2`, "Experience | 3 years" (a th/td row), "Erfahrung – 3 Jahre",
 * "Experience" over "3+ years" (a dt/dd pair, a heading). Read as "experience: 3 years" is.
 */
function labelledExperience(ctx: ExtractContext): void {
  for (const item of ctx.frontmatterStrings) {
    if (!EXPERIENCE_KEYS.has(keyForm(item.key.split('.').pop() ?? ''))) continue;
    const bare = /^(\d{1,2})\s?\+?$/.exec(item.text.trim());
    if (bare && +bare[1]! <= 40) {
      ctx.fields.experienceYears = { min: +bare[1]! };
      cite(ctx, 'experienceYears', item.line, `frontmatter.${item.key}`, item.text, 0.8);
      return;
    }
    if (readLabelled(ctx, 'experience', item.text, item.line)) return;
  }
  for (let index = 0; index < ctx.text.length; index++) {
    const pair = /\d/.test(ctx.text[index]!.plain) || ctx.text[index]!.plain.length <= 40 ? labelledValue(ctx.text, index, EXPERIENCE_LABEL()) : undefined;
    // The value is a quantity ("3 years", "mindestens 3 Jahre"), not a sentence that happens to hold a figure. Under a
    // label alone (a heading, a dt) the value is the quantity alone: "## Experience" over "25 years serving clients
    // across Europe." is the company's story, not years asked.
    const underLabel = pair !== undefined && pair.line !== ctx.text[index]!.line;
    if (pair && underLabel && !isQuantityAlone(pair.value)) continue;
    if (pair && pair.value.length <= 40 && /^\D{0,15}\d/u.test(pair.value) && readLabelled(ctx, pair.label, pair.value, pair.line)) return;
  }
}

/** "3+ years", "5Y-6Y", "mindestens 3 Jahre", "3年以上": at most four words and no sentence's end. */
const isQuantityAlone = (value: string): boolean => value.trim().split(/\s+/u).length <= 4 && !/[.!?。！？]$/u.test(value.trim());

/** A label's value read as the statement "label: value". */
function readLabelled(ctx: ExtractContext, label: string, value: string, line: number): boolean {
  const text = `${label}: ${value}`;
  return readStatement(ctx, text, line, keywordsIn(ctx, text));
}

/** Front-matter keys (their last part) that hold the years of experience asked. */
// The keys of the years asked, shared with data items (tables/field-keys.ts).
const EXPERIENCE_KEYS = keyForms('experience');
/** Labels of the years of experience asked, per language (a label alone, as a th, dt or heading holds it). */
const EXPERIENCE_LABEL = lazily(() => new RegExp(`^(?:${experienceLabels.map(escapeRegExp).join('|')})$`, 'iu'));

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
    // ja 勤続 / 在籍 (years of service here, "退職金制度(正社員勤続3年以上勤務)"), 入社 (since joining): a benefit's term, not experience asked.
    if (rule === 'experience.ja' && TENURE_BEFORE.test(plain.slice(Math.max(0, match.index - 6), match.index))) continue;
    // The text before the figure too: a match opened by its experience word ("praxí … s 25letou") reaches past an organisation's "with".
    const figureAt = match.index + Math.max(0, match[0].indexOf(match[1] ?? ''));
    if (isOrganisationYears(plain.slice(Math.max(0, match.index - 80), match.index)) || isOrganisationYears(plain.slice(Math.max(0, figureAt - 80), figureAt)) || WITHOUT().test(match[0])) continue;
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
  const other = mayBeOther || mayHaveYears ? otherStatement(plain) : null;
  if (!other || NOT_EXPERIENCE.test(plain.slice(Math.max(0, other.index - 20), other.index))) return false;
  const otherFigureAt = other.index + Math.max(0, other.text.search(/\d/u));
  if (isOrganisationYears(plain.slice(Math.max(0, other.index - 80), other.index)) || isOrganisationYears(plain.slice(Math.max(0, otherFigureAt - 80), otherFigureAt)) || WITHOUT().test(other.text)) return false;
  ctx.fields.experienceYears = other.max === undefined ? { min: other.min } : { min: other.min, max: other.max };
  cite(ctx, 'experienceYears', line, other.rule, written, 0.8);
  return true;
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
