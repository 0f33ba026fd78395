/**
 * Is a figure pay, and is it a floor or a ceiling? Patterns built once from
 * the word tables in tables/salary-words.ts (by wordsSource: Latin and
 * Cyrillic words between letter boundaries, Chinese and Japanese anywhere).
 */
import type { SalaryPeriod } from '../schema/posting.js';
import { escapeRegExp } from './text.js';
import { wordsSource } from './word-pattern.js';
import {
  allowanceRightBefore, ceilingBefore, ceilingRightAfter, ceilingRightBefore, floorRightAfter, floorRightBefore, notSalaryWords, payLabels,
  periodBeforeWords, periodRightBefore, salaryWords,
} from './tables/salary-words.js';

const SALARY_WORDS = new RegExp(wordsSource(Object.values(salaryWords).flat()), 'iu');
const NOT_SALARY = new RegExp(wordsSource(Object.values(notSalaryWords).flat()), 'iu');
const CEILING = new RegExp(wordsSource(ceilingBefore), 'iu');
// A word, one to three spaces, at most a currency token, at most two spaces: the figure.
const RIGHT_BEFORE = '\\s{1,3}\\S{0,3}\\s{0,2}$';
const CEILING_NEAR = new RegExp(`(?:${wordsSource(ceilingRightBefore)})${RIGHT_BEFORE}`, 'iu');
const FLOOR = new RegExp(`(?:${wordsSource(floorRightBefore)})${RIGHT_BEFORE}`, 'iu');
const FLOOR_AFTER = new RegExp(`^\\s{0,2}(?:${floorRightAfter.map(escapeRegExp).join('|')})`, 'u');
const CEILING_AFTER = new RegExp(`^\\s{0,2}(?:${ceilingRightAfter.map(escapeRegExp).join('|')})`, 'u');
const PAY_LABEL = new RegExp(`(?:${wordsSource(payLabels)})\\s{0,2}[:：=-]?\\s{0,2}\\S{0,3}\\s{0,2}$`, 'iu');
const PERIOD_BEFORE = (Object.entries(periodBeforeWords) as Array<[SalaryPeriod, string[]]>)
  .filter(([, words]) => words.length)
  .map(([period, words]) => [new RegExp(wordsSource(words), 'iu'), period] as const);

/** Does the text hold a word that calls a figure pay? */
export function hasSalaryWords(text: string): boolean {
  return SALARY_WORDS.test(text);
}

// Every pay and period word, to see what else a pay heading says (replace() restarts a global pattern: no state kept).
const PAY_OR_PERIOD_WORDS = new RegExp(wordsSource([...Object.values(salaryWords).flat(), ...Object.values(periodBeforeWords).flat()]), 'giu');

/**
 * The period of a heading that is only pay and its period ("時給", "Monthly salary", "Salary (per month)"): it holds for
 * the figures under it. A heading naming other things as well ("Salary & monthly bonus", "Salary and daily life") gives none.
 */
export function periodOfPayHeading(heading: string): SalaryPeriod | null {
  if (!hasSalaryWords(heading)) return null;
  const period = periodBefore(heading);
  return period && !/[\p{L}\p{N}]/u.test(heading.replace(PAY_OR_PERIOD_WORDS, '')) ? period : null;
}

/** Does the sentence hold a word that makes its figures something else (funding, budgets, prices), "base salary" aside? */
export function notSalary(sentence: string): boolean {
  return NOT_SALARY.test(sentence.replace(/\bbase salary\b/giu, ''));
}

// An allowance's name, then at most a word of up to four characters ("上限", "of", "von") and a currency token: the figure.
const ALLOWANCE_BEFORE = new RegExp(`(?:${wordsSource(allowanceRightBefore)})\\s{0,2}[:：]?\\s{0,2}(?:\\S{1,4}\\s{1,2}|上限|最大)?\\S{0,3}\\s{0,2}$`, 'iu');

/** Does an allowance's name stand right before the figure ("住宅手当 20,000円", "交通費支給 上限20,000円/月")? */
export function allowanceBefore(lead: string): boolean {
  return ALLOWANCE_BEFORE.test(lead);
}

/** Does a pay label ("B2B:", "UoP") stand right before the figure? */
export function payLabelBefore(lead: string): boolean {
  return PAY_LABEL.test(lead);
}

/** The first period word before a figure in its sentence ("yearly compensation"). */
export function periodBefore(text: string): SalaryPeriod | null {
  for (const [pattern, period] of PERIOD_BEFORE) if (pattern.test(text)) return period;
  return null;
}

/** A period glued to the figure's left ("年600万"). */
export function periodRightBeforeFigure(lead: string): SalaryPeriod | null {
  for (const [word, period] of Object.entries(periodRightBefore)) if (lead.endsWith(word)) return period;
  return null;
}

/** Is a single figure a ceiling ("up to $191,900", "600万円以下") or a floor ("from €40,000", "600万円以上")? */
export function boundOf(lead: string, after: string): 'ceiling' | 'floor' | null {
  if (CEILING.test(lead) || CEILING_NEAR.test(lead) || CEILING_AFTER.test(after)) return 'ceiling';
  if (FLOOR.test(lead) || FLOOR_AFTER.test(after)) return 'floor';
  return null;
}
