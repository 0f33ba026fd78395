/**
 * Experience years: "6+ years", "3-5 years", "at least 5 years", "minimum 2
 * years", "mindestens 3 Jahre", "au moins trois ans d'expérience", "5 años de
 * experiencia", "minimálne 2 roky", "5 年以上". A bare "N years" counts only
 * when experience is named next to it, so "over the past five years" is not a
 * requirement. The first statement in the posting wins.
 */
import { cite, type ExtractContext } from './context.js';
import { numberWords } from './tables/words.js';
import { codePointBefore, filterForm, isLetterOrDigitCodePoint, isSpace, lazily } from './text.js';
import { keywordGroup, keywordsIn, lineKeywords, NO_FILTER_FORM } from './tree.js';

const N = String.raw`(\d{1,2}|${Object.keys(numberWords).sort((a, b) => b.length - a.length).join('|')})`;
const YEARS = String.raw`(?:years?|yrs?|jahren?|ans?|años|anos|jaar|jaren|roky|rokov|rok|lat|let)`;
// Each rule's pattern as written (case-insensitive), with `letter` for \p{L} and `notAfter` for the
// lookbehind (?<![\p{L}\d]) that most rules start with.
const ruleSources = (letter: string, notAfter: string): Array<[rule: string, source: string]> => [
  ['experience.range', String.raw`${notAfter}${N}\s{0,2}(?:-|–|—|to|bis|à|a|y|e|tot|až)\s{0,2}${N}\s{0,2}\+?\s{0,2}${YEARS}\b`],
  ['experience.plus', String.raw`${notAfter}${N}\s{0,2}\+\s{0,2}${YEARS}\b`],
  ['experience.at-least', String.raw`\b(?:at least|a minimum of|minimum of|minimum|min\.|mindestens|wenigstens|au moins|au minimum|minimum de|al menos|como mínimo|mínimo de|pelo menos|no mínimo|minimaal|ten minste|minimálne|aspoň|more than|over|más de|mais de|plus de|mehr als)\s{0,2}${N}\s{0,2}\+?\s{0,2}${YEARS}\b`],
  ['experience.or-more', String.raw`${notAfter}${N}\s{0,2}${YEARS}\s{0,2}(?:or more|and above|ou plus|o más|ou mais|oder mehr|of meer)\b`],
  ['experience.years-of', String.raw`${notAfter}${N}\s{0,2}${YEARS}\s{0,2}(?:of|d['’]|de|an|als|in|as)?\s{0,2}(?:${letter}+\s){0,3}(?:experience|professional|relevant|hands-on|expérience|experiencia|experiência|berufserfahrung|erfahrung|ervaring|praxe|skúseností)`],
];
const NOT_AFTER_LETTER_OR_DIGIT = String.raw`(?<![\p{L}\d])`;
// A case-insensitive Unicode pattern with letter classes costs milliseconds to compile: the rules run
// without the `i` flag on a line's lower-cased filterForm() (the same matches, at the same places:
// the words are lower-case, and [\p{L}\u0345] on lower-cased text is \p{L} of /iu), with the
// lookbehind checked in the line. Lines without a filter form run the patterns as written.
const asWritten = ruleSources(String.raw`\p{L}`, NOT_AFTER_LETTER_OR_DIGIT);
const RULES = ruleSources(String.raw`[\p{L}\u0345]`, '').map(([rule, source], index) => ({
  rule,
  onForm: new RegExp(source, 'gu'),
  checksBefore: asWritten[index]![1].startsWith(NOT_AFTER_LETTER_OR_DIGIT),
  asWritten: lazily(() => new RegExp(asWritten[index]![1], 'iu')),
}));
const JAPANESE_RULE = /(\d{1,2})\s?年以上/u;
// Every rule but the Japanese one ends with a number, at most "  +  " and a years word: a line without that skips them.
const NUMBER_THEN_YEARS = new RegExp(String.raw`(?:\d|${Object.keys(numberWords).join('|')})\s{0,2}\+?\s{0,2}${YEARS}`, 'iu');
const JA_YEARS = '年以上';
const NOT_EXPERIENCE = /\b(?:past|last|ago|founded|since|for the next|within|anniversary|old|history|over the past|over the last)\s{0,2}$/iu;

// NUMBER_THEN_YEARS on a line's filter form, found with the other extractors' keywords: where a digit
// or number word ends, the gap and a years word (the pattern tries dozens of number words at every
// position). A years word starts where one of its shortest forms does.
const YEARS_STARTS = ['year', 'yr', 'jahre', 'an', 'años', 'jaar', 'jaren', 'rok', 'lat', 'let'];
const yearsInitials = new Uint8Array(128);
for (const word of YEARS_STARTS) yearsInitials[word.charCodeAt(0)] = 1;
const NUMBER_THEN_YEARS_WORDS = keywordGroup(['0', '1', '2', '3', '4', '5', '6', '7', '8', '9', ...Object.keys(numberWords)], gapThenYearsAt);
const JAPANESE_YEARS_WORDS = keywordGroup([JA_YEARS]);

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
  for (const item of ctx.frontmatterStrings) if (readStatement(ctx, item.text, item.line, keywordsIn(item.text))) return;
  const keywords = lineKeywords(ctx);
  for (let index = 0; index < ctx.text.length; index++) {
    const line = ctx.text[index]!;
    if (readStatement(ctx, line.plain, line.line, keywords[index]!)) return;
  }
}

/** Set experienceYears from a line's statement of required years, if it has one (keywords: keywordsIn() of the line). */
function readStatement(ctx: ExtractContext, plain: string, line: number, keywords: number): boolean {
  if (plain.length > 3000) return false;
  const mayHaveYears = keywords === NO_FILTER_FORM ? NUMBER_THEN_YEARS.test(plain) : (keywords & NUMBER_THEN_YEARS_WORDS) !== 0;
  const mayBeJapanese = (keywords & JAPANESE_YEARS_WORDS) !== 0;
  if (!mayHaveYears && !mayBeJapanese) return false;
  const form = mayHaveYears ? filterForm(plain) : null;
  for (let index = 0; index <= RULES.length; index++) {
    const rule = index < RULES.length ? RULES[index]!.rule : 'experience.ja';
    if (rule === 'experience.ja' ? !mayBeJapanese : !mayHaveYears) continue;
    const match = index < RULES.length ? ruleMatch(RULES[index]!, plain, form) : JAPANESE_RULE.exec(plain);
    if (!match || NOT_EXPERIENCE.test(plain.slice(Math.max(0, match.index - 20), match.index))) continue;
    const min = toNumber(match[1]!);
    const max = match[2] && rule === 'experience.range' ? toNumber(match[2]) : undefined;
    if (min === null || min > 40 || (max !== undefined && (max === null || max < min || max > 50))) continue;
    if (rule === 'experience.at-least' && /\b(?:more than|over|más de|mais de|plus de|mehr als)\b/iu.test(match[0]) && !/\b(?:experience|expérience|erfahrung|experiencia|experiência)\b/iu.test(plain)) continue;
    ctx.fields.experienceYears = max !== undefined && max !== null ? { min, max } : { min };
    cite(ctx, 'experienceYears', line, rule, plain, 0.85);
    return true;
  }
  return false;
}

/**
 * A rule's first match in a line: its text from the line, its numbers (as toNumber() reads them,
 * lower-cased when found in the filter form).
 */
function ruleMatch(rule: (typeof RULES)[number], plain: string, form: string | null): { index: number; 0: string; 1?: string; 2?: string } | null {
  if (form === null) return rule.asWritten().exec(plain);
  const pattern = rule.onForm;
  pattern.lastIndex = 0;
  let match: RegExpExecArray | null;
  while ((match = pattern.exec(form))) {
    // (?<![\p{L}\d]) failed here: the pattern as written goes on at the next place.
    if (rule.checksBefore && isLetterOrDigitCodePoint(codePointBefore(plain, match.index))) { pattern.lastIndex = match.index + 1; continue; }
    return { index: match.index, 0: plain.slice(match.index, match.index + match[0].length), 1: match[1], 2: match[2] };
  }
  return null;
}

/** "3" or "three"/"drei"/"trois" as a number. */
function toNumber(text: string): number | null {
  if (/^\d+$/.test(text)) return Number(text);
  return numberWords[text.toLowerCase()] ?? null;
}

/** Experience years stated in one text, for tests and callers with plain strings. */
export function parseExperience(text: string): { min: number; max?: number } | null {
  const ctx = { frontmatterStrings: [], text: [{ text, plain: text, line: 1 }], fields: { experienceYears: null }, evidence: {} } as unknown as Parameters<typeof extractExperience>[0];
  extractExperience(ctx);
  return ctx.fields.experienceYears;
}
