/**
 * Money figures: parseMoney reads every figure in a text, whatever its role.
 *
 * A small scanner, not one big pattern: find a number, then look right next
 * to it for a k/M suffix, a currency (symbol, code or word, before or after),
 * a range separator and a second number, and a period ("/yr", "par mois",
 * "a day"). Separators are read by locale: a "." or "," or space or ’
 * followed by exactly three digits groups thousands ("36.000", "110’000",
 * "25 000"), otherwise it is a decimal mark. "$" is USD unless the posting
 * names another dollar (AUD, CAD...). Whether a figure is pay is salary.ts's
 * question.
 */
import type { SalaryPeriod } from '../schema/posting.js';
import { currencyAfter, currencyBefore, currencyCode, currencyPrefixLength, periodAfterFigure, periodOf } from './money-match.js';
import { isLetterCodePoint } from './text.js';

/** One money figure as read: numbers, currency, period, the text and where it sits. */
export interface MoneyFigure { min: number; max: number; currency: string | null; period: SalaryPeriod | null; text: string; start: number; end: number }

const NUMBER = /\d{1,3}(?:[,.'’ \u00A0\u202F]\d{3})+(?:[.,]\d{1,2})?(?!\d)|\d{1,9}(?:[.,]\d{1,2})?(?!\d)/gu;
// Sticky: read where lastIndex is set, with no copy of the rest of the text.
const SUFFIX = /\s?(k|K|M|Mio\.?|mil|millones|Mill\.?|LPA|lakhs?|lacs?|百万|万)(?![A-Za-z])/uy;
const RANGE = /\s{0,3}(?:-{1,2}|–|—|−|~|～|〜|to|bis|à|a|y|and|et|und|til|až|tot|até)\s{0,3}/iuy;

/** Every money figure in a text, whatever its role ("$120,000—$150,000/yr", "55 000 €", "R$ 8.000"). */
export function parseMoney(text: string, defaultDollar = 'USD'): MoneyFigure[] {
  const figures: MoneyFigure[] = [];
  NUMBER.lastIndex = 0;
  let match: RegExpExecArray | null;
  while ((match = NUMBER.exec(text))) {
    const figure = readFigure(text, match, defaultDollar);
    if (figure) {
      figures.push(figure);
      NUMBER.lastIndex = figure.end;
    }
  }
  return figures;
}

function readFigure(text: string, first: RegExpExecArray, defaultDollar: string): MoneyFigure | null {
  const start = first.index;
  // Glued to a word ("A4", "x86_64"): [\p{L}\d_] before it, which no currency symbol is.
  if (start > 0 && isWordUnit(text.charCodeAt(start - 1))) return null;
  let pos = start + first[0].length;
  const before = text.slice(Math.max(0, start - 6), start);
  let currency = currencyBefore(before, defaultDollar);
  let suffix = stickyAt(SUFFIX, text, pos);
  if (suffix) pos += suffix[0].length;
  const afterSuffix = pos;
  const after1 = currencyAfter(text, pos);
  if (after1) { currency = currencyCode(after1.trim(), defaultDollar) ?? currency; pos += after1.length; }
  let low = numberValue(first[0]);
  let high = low;
  let highSuffix: RegExpExecArray | null = null;
  const range = stickyAt(RANGE, text, pos);
  if (range) {
    let p = pos + range[0].length;
    const prefix = /^(?:[$€£¥₹]|R\$|CHF|[A-Z]{3})?\s?/u.exec(text.slice(p))!;
    const second = /^\d{1,3}(?:[,.'’ \u00A0\u202F]\d{3})+(?:[.,]\d{1,2})?(?!\d)|^\d{1,9}(?:[.,]\d{1,2})?(?!\d)/u.exec(text.slice(p + prefix[0].length));
    if (second) {
      if (prefix[0].trim()) currency = currencyCode(prefix[0].trim(), defaultDollar) ?? currency;
      p += prefix[0].length + second[0].length;
      highSuffix = stickyAt(SUFFIX, text, p);
      if (highSuffix) p += highSuffix[0].length;
      const after2 = currencyAfter(text, p);
      if (after2) { currency = currencyCode(after2.trim(), defaultDollar) ?? currency; p += after2.length; }
      high = numberValue(second[0]);
      pos = p;
      if (!suffix && highSuffix && low !== null && high !== null && low < high) suffix = highSuffix; // "€36−42K": the K counts for both
    }
  }
  if (low === null || high === null) return null;
  low *= multiplier(suffix?.[1]);
  high *= multiplier(highSuffix?.[1] ?? suffix?.[1]);
  if (!currency && !suffix && !highSuffix) {
    // A bare number is money only when a currency word follows later ("3000 et 4000 euros").
    // Still where after1 found nothing (most numbers: "2023", "5 years"): nothing again.
    const trailing = pos === afterSuffix && !after1 ? null : currencyAfter(text, pos);
    if (!trailing) return null;
    currency = currencyCode(trailing.trim(), defaultDollar);
    pos += trailing.length;
  }
  const period = periodAfterFigure(text.slice(pos, pos + 60));
  let periodValue: SalaryPeriod | null = null;
  if (period) { periodValue = periodOf(period[1]!); pos += period[0].length; }
  // "4.5-6 LPA": lakhs of rupees per annum.
  if (suffix && /^(?:LPA|lakhs?|lacs?)$/.test(suffix[1]!)) {
    currency ??= 'INR';
    if (suffix[1] === 'LPA') periodValue ??= 'YEAR';
  }
  if (suffix?.[1] === '百万' || suffix?.[1] === '万') {
    const yen = /^\s?円/u.exec(text.slice(pos));
    if (yen) { currency = 'JPY'; pos += yen[0].length; }
  }
  if (low > high) [low, high] = [high, low];
  return { min: round(low), max: round(high), currency, period: periodValue, text: text.slice(start - currencyPrefixLength(before), pos).trim(), start, end: pos };
}

/** The sticky pattern's match at `pos`. */
function stickyAt(pattern: RegExp, text: string, pos: number): RegExpExecArray | null {
  pattern.lastIndex = pos;
  return pattern.exec(text);
}

/** /[\p{L}\d_]/u on one UTF-16 unit (U+0345 is no letter without the i flag; a lone surrogate is none). */
function isWordUnit(code: number): boolean {
  return (code >= 48 && code <= 57) || code === 95 || (code !== 0x345 && isLetterCodePoint(code));
}

/** "36.000" -> 36000, "110’000" -> 110000, "12.50" -> 12.5, "1,809" -> 1809. */
function numberValue(raw: string): number | null {
  const grouped = /^\d{1,3}(?:[,.'’ \u00A0\u202F]\d{3})+/u.exec(raw);
  if (grouped) {
    const rest = raw.slice(grouped[0].length);
    const whole = Number(grouped[0].replace(/[^\d]/g, ''));
    return rest ? whole + Number(`0.${rest.slice(1)}`) : whole;
  }
  const value = Number(raw.replace(',', '.'));
  return Number.isFinite(value) ? value : null;
}

function multiplier(suffix: string | undefined): number {
  if (!suffix) return 1;
  if (/^[kK]$/.test(suffix)) return 1_000;
  if (suffix === '百万' || /^(?:M|Mio\.?|mil|millones|Mill\.?)$/.test(suffix)) return suffix === 'mil' ? 1_000 : 1_000_000;
  if (suffix === '万') return 10_000;
  if (/^(?:LPA|lakhs?|lacs?)$/.test(suffix)) return 100_000;
  return 1;
}
const round = (n: number): number => Math.round(n * 100) / 100;
