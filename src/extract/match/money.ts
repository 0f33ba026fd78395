/**
 * Money tokens next to a figure: currencies (symbol, code or word) and pay
 * periods ("/yr", "par mois"). Each fast reader here stands beside the plain
 * pattern it reads by hand (AFTER_CURRENCY, PERIOD_AFTER); tests hold the two
 * to the same answers (tests/extract-money-match.test.ts).
 */
import type { SalaryPeriod } from '../../schema/posting.js';
import { currencies } from '../tables/currencies.js';
import { periodQualifiers, periodWords } from '../tables/periods.js';
import { codePointAt, escapeRegExp, filterable, filterForm, isLetterCodePoint, isSpace, lazily } from '../text.js';
import { byFirstUnit, stickyEnd } from './phrases.js';

const symbolList = currencies.flatMap((c) => c.symbols.map((symbol) => [symbol, c.code] as const)).sort((a, b) => b[0].length - a[0].length);
const wordList = currencies.flatMap((c) => c.words.map((word) => [word, c.code] as const)).sort((a, b) => b[0].length - a[0].length);
export const codeList = currencies.map((c) => c.code);
const BEFORE_CURRENCY = new RegExp(`(?:${[...symbolList.map(([s]) => escapeRegExp(s)), ...codeList].join('|')})\\s?$`, 'u');
// As written (case-insensitive, milliseconds to compile): currencyAfter() reads its match by hand on the lower-cased
// text and builds the pattern only for a text without a filter form.
export const AFTER_CURRENCY = lazily(() => new RegExp(`^\\s?(?:${[...symbolList.map(([s]) => escapeRegExp(s)), ...codeList, ...wordList.map(([w]) => escapeRegExp(w))].join('|')})(?![\\p{L}])`, 'iu'));
// What a currency token before a figure ends with, and (lower-cased) what one after it starts with:
// most numbers ("2023", "5 years") have neither next to them, and the patterns are not run.
const beforeCurrencyEnds = new Set([...symbolList.map(([s]) => s), ...codeList].map((token) => token.at(-1)!));
const afterCurrencyTokens = [...symbolList.map(([s]) => s), ...codeList, ...wordList.map(([w]) => w)];
// The lower-cased tokens by their first unit, in table order; null when a token cannot be found lower-cased.
const afterCurrencyByStart = afterCurrencyTokens.every(filterable) ? byFirstUnit(afterCurrencyTokens.map((token) => token.toLowerCase())) : null;
const afterCurrencyLongest = Math.max(...afterCurrencyTokens.map((token) => token.length));
const periodAfter = Object.entries(periodWords).flatMap(([period, words]) => words.map((word) => [word, period as SalaryPeriod] as const)).sort((a, b) => b[0].length - a[0].length);
const PERIOD_QUALIFIERS = periodQualifiers;
// As written: a case-insensitive pattern that costs about 20 ms to compile. periodAfterFigure() reads the same
// match by hand on the lower-cased text and builds the pattern only for a text without a filter form.
export const PERIOD_AFTER = lazily(() => new RegExp(`^[\\s,.]{0,2}(?:(?:${PERIOD_QUALIFIERS.map(escapeRegExp).join('|')})\\s{0,2}){0,3}(${periodAfter.map(([w]) => escapeRegExp(w)).join('|')})(?![\\p{L}])`, 'iu'));
/**
 * A period word as the hand reader looks for it: lower-cased in the text's filter form, or (a word that
 * cannot be found lower-cased: "μηνιαίως") by a case-insensitive pattern of the word alone, tried where
 * it would start. Such a word no longer sends every text to PERIOD_AFTER, which compiles to about 1.4 MB.
 */
interface PeriodWord { lower: string; alone: (() => RegExp) | null }
const periodWordList: PeriodWord[] = periodAfter.map(([w]) => (filterable(w)
  ? { lower: w.toLowerCase(), alone: null }
  : { lower: w.toLowerCase(), alone: lazily(() => new RegExp(escapeRegExp(w), 'iuy')) }));
const periodWordsAlone = periodWordList.filter((word) => word.alone);
// The period words that may start at a unit of the filter form, in table order: those starting with it lower-cased and
// every word read by its own pattern; null when a qualifier cannot be found lower-cased or a word is empty.
const periodWordsByStart = PERIOD_QUALIFIERS.every(filterable) && periodAfter.every(([w]) => w.length > 0)
  ? new Map([...byFirstUnit(periodWordList.filter((word) => !word.alone).map((word) => word.lower)).keys()]
    .map((unit) => [unit, periodWordList.filter((word) => word.alone || word.lower.charCodeAt(0) === unit)]))
  : null;
const qualifiersByStart = byFirstUnit(PERIOD_QUALIFIERS);

/**
 * PERIOD_AFTER's match in a text: [whole match, period word], found as the pattern finds it (the
 * same order of tries: up to two of [\s,.], up to three qualifiers each followed by up to two spaces,
 * most first, then the first period word not followed by a letter).
 */
export function periodAfterFigure(text: string): [string, string] | null {
  if (!mayStartPeriod(text)) return null;
  const form = periodWordsByStart ? filterForm(text) : null;
  if (form === null) {
    const match = PERIOD_AFTER().exec(text);
    return match ? [match[0], match[1]!] : null;
  }
  let lead = 0;
  while (lead < 2 && lead < form.length && (isSpace(form.charCodeAt(lead)) || form[lead] === ',' || form[lead] === '.')) lead++;
  for (; lead >= 0; lead--) {
    const found = qualifiersThenPeriod(text, form, lead, 0);
    if (found) return found;
  }
  return null;
}

// What a qualifier or period word starts with, lower-cased (ASCII only: an ASCII letter folds as it lower-cases); for a
// word read by its own pattern, every ASCII character its first character matches case-insensitively.
const periodStarts = new Set([
  ...[...PERIOD_QUALIFIERS, ...periodAfter.map(([w]) => w)].filter(filterable).map((word) => word.toLowerCase().charCodeAt(0)).filter((code) => code < 128),
  ...periodAfter.filter(([w]) => !filterable(w)).flatMap(([w]) => asciiMatching(String.fromCodePoint(w.codePointAt(0)!))),
]);

/** The ASCII codes a case-insensitive Unicode pattern of the one character matches. */
function asciiMatching(char: string): number[] {
  const pattern = new RegExp(`^${escapeRegExp(char)}$`, 'iu');
  return Array.from({ length: 128 }, (_, code) => code).filter((code) => pattern.test(String.fromCharCode(code)));
}

/**
 * False when PERIOD_AFTER surely cannot match: after each possible lead of [\s,.] (up to two) stands an
 * ASCII character that starts no qualifier or period word. Most figures ("5 years", "2023.") stop here.
 */
function mayStartPeriod(text: string): boolean {
  if (!periodWordsByStart) return true;
  for (let at = 0; at <= 2; at++) {
    const code = text.charCodeAt(at);
    if (!(code < 128)) return true; // beyond the text (NaN) there is no match, but let the full reading say so
    if (periodStarts.has(code >= 65 && code <= 90 ? code + 32 : code)) return true;
    if (!(isSpace(code) || code === 44 || code === 46)) return false;
  }
  return false;
}

function qualifiersThenPeriod(text: string, form: string, at: number, qualifiers: number): [string, string] | null {
  const first = form.charCodeAt(at);
  const qualifiersHere = qualifiers < 3 ? qualifiersByStart.get(first) : undefined;
  if (qualifiersHere) {
    for (const qualifier of qualifiersHere) {
      if (!form.startsWith(qualifier, at)) continue;
      const after = at + qualifier.length;
      let spaces = 0;
      while (spaces < 2 && after + spaces < form.length && isSpace(form.charCodeAt(after + spaces))) spaces++;
      for (; spaces >= 0; spaces--) {
        const found = qualifiersThenPeriod(text, form, after + spaces, qualifiers + 1);
        if (found) return found;
      }
    }
  }
  for (const word of periodWordsByStart!.get(first) ?? periodWordsAlone) {
    const end = word.alone ? stickyEnd(word.alone(), text, at) : form.startsWith(word.lower, at) ? at + word.lower.length : -1;
    if (end >= 0 && !isLetterCodePoint(codePointAt(text, end))) return [text.slice(0, end), text.slice(at, end)];
  }
  return null;
}

export function currencyPrefixLength(before: string): number {
  const m = currencyTokenBefore(before);
  return m ? m[0].length : 0;
}

export function currencyBefore(before: string, defaultDollar: string, defaultYuan = 'CNY'): string | null {
  const m = currencyTokenBefore(before);
  return m ? currencyCode(m[0].trim(), defaultDollar, defaultYuan) : null;
}

/** BEFORE_CURRENCY in the text before a figure, run only when the text ends with what a token ends with. */
function currencyTokenBefore(before: string): RegExpExecArray | null {
  const last = isSpace(before.charCodeAt(before.length - 1)) ? before.at(-2) : before.at(-1);
  return last !== undefined && beforeCurrencyEnds.has(last) ? BEFORE_CURRENCY.exec(before) : null;
}

/**
 * AFTER_CURRENCY's match at `pos` (an optional space and the first token in order not followed by a
 * letter), read only when what is there (after one space) can start a token.
 */
export function currencyAfter(text: string, pos: number): string | null {
  const next = isSpace(text.charCodeAt(pos)) ? text[pos + 1] : text[pos];
  if (next === undefined || (afterCurrencyByStart && (next.charCodeAt(0) < 128 || filterable(next)) && !afterCurrencyByStart.has(next.toLowerCase().charCodeAt(0)))) return null;
  const form = afterCurrencyByStart ? filterForm(text.slice(pos, pos + afterCurrencyLongest + 1)) : null;
  if (form === null) return AFTER_CURRENCY().exec(text.slice(pos))?.[0] ?? null;
  for (let space = form.length > 0 && isSpace(form.charCodeAt(0)) ? 1 : 0; space >= 0; space--) {
    for (const token of afterCurrencyByStart!.get(form.charCodeAt(space)) ?? []) {
      const end = pos + space + token.length;
      if (form.startsWith(token, space) && !isLetterCodePoint(codePointAt(text, end))) return text.slice(pos, end);
    }
  }
  return null;
}

/** The ISO code of a currency token; "$" is the posting's dollar and "元" its yuan. */
export function currencyCode(token: string, defaultDollar: string, defaultYuan = 'CNY'): string | null {
  if (token === '元') return defaultYuan;
  if (token.length === 3 && codes.has(token.toUpperCase())) return token.toUpperCase();
  const symbol = codeOfSymbol.get(token);
  if (symbol) return token === '$' ? defaultDollar : symbol;
  return codeOfWord.get(token.toLowerCase()) ?? null;
}

// The tables as lookups; the first entry of a symbol, word or period word wins, as in a search of the lists.
const codes = new Set(codeList);
const codeOfSymbol = firstOf(symbolList);
const codeOfWord = firstOf(wordList);
const periodOfWord = firstOf(periodAfter.map(([word, period]) => [word.toLowerCase(), period] as const));

function firstOf<T>(entries: ReadonlyArray<readonly [string, T]>): Map<string, T> {
  const map = new Map<string, T>();
  for (const [key, value] of entries) if (!map.has(key)) map.set(key, value);
  return map;
}


export function periodOf(word: string): SalaryPeriod | null {
  return periodOfWord.get(word.toLowerCase()) ?? null;
}
