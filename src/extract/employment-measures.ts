/**
 * Employment type from measures rather than words: hours a week ("40
 * Std./Woche", "30h/week", "10 timmar per vecka"), the size of the job as a
 * percentage ("80% Stelle", "Pensum 60-100%", "tjänsten är på 25%") or a fraction ("1/1 etat", "1/2 Stelle"; in a title
 * a bare one, "Psychotherapeut:in 60-80%") and a
 * stated term ("a two-year position", "12-month contract"). Each is a plain
 * pattern built from tables/employment.ts, compiled on first use and run only
 * on text with a digit and a percent sign or a week word, or with a term word.
 * Precision first: hours between PART_TIME_HOURS and FULL_TIME_HOURS, a
 * percentage followed by more words ("50% remote") or outside 10-100, and a
 * term of something other than the job (a trial period's, or one after a
 * permanent contract is stated) say nothing.
 */
import type { EmploymentType } from '../schema/posting.js';
import { numberWords } from './tables/words.js';
import {
  fractionAfterWords, FULL_TIME_HOURS, hoursWords, jobSizeWords, PART_TIME_HOURS, perWords, permanentContractWords, probationWords, termContractWords, trialWithWords, termJobWords, termPrepositions,
  termUnits, termUnitWords, weeklyHoursLabels, weeklyHoursWords, weekWords,
} from './tables/employment.js';
import { escapeRegExp, filterableCore, filterForm, lazily, mayContain } from './text.js';
import { DIGIT_CHARACTERS, keywordGroup } from './match/keywords.js';

export interface Measure { type: EmploymentType; index: number; rule: string }

const anyOf = (words: readonly string[]): string => `(?:${[...new Set(words)].sort((a, b) => b.length - a.length).map(escapeRegExp).join('|')})`;
const NOT_IN_NUMBER = String.raw`(?<![\p{L}\d.,])`;
const RANGE = String.raw`(\d{1,3})(?:\s{0,2}[-–—]\s{0,2}(\d{1,3}))?`;
const END = String.raw`(?![\p{L}\p{N}])`;

/** The plain patterns, as written (case-insensitive). */
export const measurePatterns = {
  hours: String.raw`${NOT_IN_NUMBER}${RANGE}\s{0,2}-?(?:${anyOf(hoursWords)}\.?\s{0,2}(?:\/|\s(?:${anyOf(perWords)}\s{1,2})?)\s{0,2}${anyOf(weekWords)}|${anyOf(weeklyHoursWords)})${END}`,
  // "carga horária semanal de 20 horas", "Wochenarbeitszeit: 30 Stunden": a weekly-hours label, then the hours.
  hoursAfterLabel: String.raw`(?<![\p{L}])${anyOf(weeklyHoursLabels)}\s{0,2}(?::|de|of|von|di|van)?\s{0,3}${RANGE}\s{0,2}${anyOf(hoursWords)}\.?${END}`,
  sizeAfter: String.raw`${NOT_IN_NUMBER}${RANGE}\s{0,2}%[\s-]{0,2}${anyOf(jobSizeWords)}${END}`,
  // "Pensum: 80%", "Pensum 80%", a table row's "| Pensum | 80–100 % |" (its cells' bar as the label's colon).
  sizeBefore: String.raw`(?<![\p{L}])${anyOf(jobSizeWords)}(?:\s{0,2}[:(|]\s{0,2}|\s{1,2}(?:är på|er på|är|er|på|ist|is|à)\s{1,2}|\s{1,2})${RANGE}\s{0,2}%(?!\s{0,2}[\p{L}\p{N}])`,
  // "0.4 full time equivalent", "0,8 FTE": the job's size as a fraction of a full-time job, where no noun follows ("a 0.5 FTE designer").
  fraction: String.raw`${NOT_IN_NUMBER}(0?[.,]\d{1,2}|1(?:[.,]0{1,2})?)\s{0,2}(?:fte|full[- ]time[- ]equivalent)${END}(?=\s{0,2}(?:$|[^\s\p{L}\p{N}]|${anyOf(fractionAfterWords)}(?![\p{L}])))`,
  // "wymiar czasu pracy – 1/1 etat", "1/2 etatu", "3/4-Stelle": the job's size as a fraction of a full-time job, before a job-size word.
  ratio: String.raw`${NOT_IN_NUMBER}([1-9])\/([1-9])[\s-]{0,2}${anyOf(jobSizeWords)}${END}`,
  // In a title a percentage standing alone is the job's size ("Psychotherapeut:in 60-80%", "Pflegefachperson (80 - 90 %)").
  titleSize: String.raw`${NOT_IN_NUMBER}${RANGE}\s{0,2}%(?!\s{0,2}[\p{L}\p{N}])`,
  term: String.raw`${NOT_IN_NUMBER}(?:\d{1,2}|${anyOf(Object.keys(numberWords))})[- ]${anyOf(termUnits)}(?:-long)?\s(?:[\p{L}-]+\s){0,2}?${anyOf(termJobWords)}${END}`,
  termAfter: String.raw`(?<![\p{L}])${anyOf(termContractWords)}\s{1,2}${anyOf(termPrepositions)}\s{1,2}(?:\d{1,2}|${anyOf(Object.keys(numberWords))})\s{1,2}${anyOf(termUnitWords)}${END}`,
};

const compiled = lazily(() => ({
  hours: new RegExp(measurePatterns.hours, 'giu'),
  hoursAfterLabel: new RegExp(measurePatterns.hoursAfterLabel, 'giu'),
  sizeAfter: new RegExp(measurePatterns.sizeAfter, 'giu'),
  sizeBefore: new RegExp(measurePatterns.sizeBefore, 'giu'),
  fraction: new RegExp(measurePatterns.fraction, 'giu'),
  ratio: new RegExp(measurePatterns.ratio, 'giu'),
  titleSize: new RegExp(measurePatterns.titleSize, 'giu'),
  term: new RegExp(measurePatterns.term, 'giu'),
  termAfter: new RegExp(measurePatterns.termAfter, 'giu'),
}));
// Lower-case prefilters: a text without one of these words cannot match the pattern.
const WEEKISH = lazily(() => new RegExp(anyOf([...weekWords, ...weeklyHoursWords, ...weeklyHoursLabels])));
const TERMISH = new RegExp(anyOf(termUnits));
const DIGIT = /\d/;
const FRACTIONISH = /fte|equivalent/;
/**
 * What measuredTypes() needs in a text, as keyword groups of the body lines' one scan (index.ts): a line
 * with neither a digit nor a term word has no measure, and its extractor skips it unread.
 */
export const MEASURE_KEYWORDS = [keywordGroup(DIGIT_CHARACTERS), keywordGroup(termUnits)] as const;
const EXPERIENCE = /experi|erfahrung|ervaring/i;

/** termAfter cannot match a text whose filter form holds none of these (text.ts filterableCore). */
const TERM_CONTRACT_CORES = lazily(() => termContractWords.map(filterableCore));

/** The employment types a text's measures state, in text order. */
export function measuredTypes(text: string): Measure[] {
  return measures(text, true);
}

/** measuredTypes' plain reading: termAfter tried on every text with a digit or a term word, not only where a contract word is. */
export function measuredTypesPlain(text: string): Measure[] {
  return measures(text, false);
}

function measures(text: string, prefiltered: boolean): Measure[] {
  const form = text.toLowerCase();
  const hasDigit = DIGIT.test(text);
  if (!hasDigit && !TERMISH.test(form)) return [];
  const found: Measure[] = [];
  const patterns = compiled();
  if (hasDigit && WEEKISH().test(form)) {
    for (const pattern of [patterns.hours, patterns.hoursAfterLabel]) {
      for (const match of text.matchAll(pattern)) {
        for (const type of byHours(Number(match[1]), match[2] === undefined ? undefined : Number(match[2]))) found.push({ type, index: match.index, rule: 'text.hours' });
      }
    }
  }
  if (hasDigit && text.includes('%')) {
    for (const pattern of [patterns.sizeAfter, patterns.sizeBefore]) {
      for (const match of text.matchAll(pattern)) {
        const at = match.index + match[0].search(/\d/);
        for (const type of bySize(Number(match[1]), match[2] === undefined ? undefined : Number(match[2]))) found.push({ type, index: at, rule: 'text.job-size' });
      }
    }
  }
  if (hasDigit && text.includes('/')) {
    for (const match of text.matchAll(patterns.ratio)) for (const type of bySize(Math.round((Number(match[1]) / Number(match[2])) * 100))) found.push({ type, index: match.index, rule: 'text.job-size' });
  }
  if (hasDigit && FRACTIONISH.test(form)) {
    for (const match of text.matchAll(patterns.fraction)) for (const type of bySize(Math.round(Number(match[1]!.replace(',', '.')) * 100))) found.push({ type, index: match.index, rule: 'text.job-size' });
  }
  if (TERMISH.test(form)) {
    // "2-year experience as a post-doc" is a requirement, not the job's term.
    for (const match of text.matchAll(patterns.term)) if (!EXPERIENCE.test(match[0]) && !trialOrPermanent(text, match.index, match.index + match[0].length)) found.push({ type: 'TEMPORARY', index: match.index, rule: 'text.term' });
  }
  // Its pattern (every language's number words, case-insensitive) is compiled only for a text with a contract word.
  if ((hasDigit || TERMISH.test(form)) && (!prefiltered || mayContain(filterForm(text), TERM_CONTRACT_CORES()))) for (const match of text.matchAll(patterns.termAfter)) if (!trialOrPermanent(text, match.index, match.index + match[0].length)) found.push({ type: 'TEMPORARY', index: match.index, rule: 'text.term' });
  return found.sort((a, b) => a.index - b.index);
}

// Words of a trial period (all languages), and of a permanent contract: bare "permanent" ("permanent remote") and
// abbreviations ("cdi", written in capitals elsewhere) say too little here.
const PROBATION = lazily(() => new RegExp(String.raw`(?<![\p{L}])${anyOf(Object.values(probationWords).flat())}(?![\p{L}])`, 'iu'));
const PERMANENT = lazily(() => new RegExp(String.raw`(?<![\p{L}])${anyOf([...permanentContractWords].filter((word) => word !== 'permanent' && word.length > 3))}(?![\p{L}])`, 'iu'));
const TRIAL_WITH = lazily(() => new RegExp(String.raw`(?<![\p{L}])${anyOf(Object.values(trialWithWords).flat())}(?![\p{L}])`, 'iu'));
const SENTENCE_END = /[.!?;]\s|\n/gu;

/**
 * Is a term (text[start, end)) a trial's, or one after a permanent contract? A sentence that names a trial period
 * with no figure of its own ("the first contract of 6 months is a probation period") gives the trial's length; one with
 * its own ("a 12-month contract with a probationary period of 3 months") leaves the contract's term standing. A
 * permanent contract stated before it ("We offer a permanent contract. The first …") is the job's; one stated after
 * it is a prospect ("contract van 1 jaar, daarna een vast contract"): the term stands.
 */
function trialOrPermanent(text: string, start: number, end: number): boolean {
  if (PERMANENT().test(text.slice(0, start))) return true;
  let from = 0;
  let to = text.length;
  for (const match of text.matchAll(SENTENCE_END)) {
    if (match.index < start) from = match.index + match[0].length;
    else if (match.index >= end) { to = match.index; break; }
  }
  const trial = PROBATION().exec(text.slice(from, to));
  if (!trial) return false;
  const at = from + trial.index;
  // "a contract of 12 months with a probation period": the trial is added to the contract, whose term stands.
  if (at >= end && TRIAL_WITH().test(text.slice(end, at))) return false;
  // A digit near the trial's words ("3-month probation", "Probezeit von 6 Monaten") outside the term is the trial's own figure.
  for (let i = Math.max(from, at - TRIAL_FIGURE_BEFORE); i < Math.min(to, at + trial[0].length + TRIAL_FIGURE_AFTER); i++) {
    if ((i < start || i >= end) && text.charCodeAt(i) >= 48 && text.charCodeAt(i) <= 57) return false;
  }
  return true;
}
const TRIAL_FIGURE_BEFORE = 12;
const TRIAL_FIGURE_AFTER = 20;

/** The employment types a title's bare percentage states ("Psychotherapeut:in 60-80%" is part-time). */
export function titleSizeTypes(title: string): Measure[] {
  if (!title.includes('%')) return [];
  const found: Measure[] = [];
  for (const match of title.matchAll(compiled().titleSize)) {
    for (const type of bySize(Number(match[1]), match[2] === undefined ? undefined : Number(match[2]))) found.push({ type, index: match.index, rule: 'title.job-size' });
  }
  return found;
}

/** Part-time under PART_TIME_HOURS, full-time from FULL_TIME_HOURS; a range spanning both is both. */
function byHours(low: number, high = low): EmploymentType[] {
  if (low < 1 || high > 80 || high < low) return [];
  const types: EmploymentType[] = [];
  if (low <= PART_TIME_HOURS) types.push('PART_TIME');
  if (high >= FULL_TIME_HOURS) types.push('FULL_TIME');
  return types;
}

/** 100% is full-time, 10-99% part-time; a range spanning both is both. */
function bySize(low: number, high = low): EmploymentType[] {
  if (low < 10 || high > 100 || high < low) return [];
  const types: EmploymentType[] = [];
  if (low < 100) types.push('PART_TIME');
  if (high === 100) types.push('FULL_TIME');
  return types;
}
