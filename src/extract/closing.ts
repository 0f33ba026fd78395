/**
 * validThrough and expired.
 *
 * validThrough, from candidates: a front-matter closing date (validThrough,
 * expires, deadline, ...: 0.95), a JSON-LD JobPosting's validThrough (0.9)
 * and the first closing label in the body with a date after it ("Apply by
 * March 3, 2026", "Bewerbungsfrist: 31.01.2024": 0.85).
 *
 * expired, with evidence, from the first that holds: a phrase saying the
 * posting is filled or closed (tables/dates.ts, per language; also a
 * posting-expired warning); a front-matter flag (open: false, closed: true,
 * filled: true, status: closed; also the warning); a validThrough before the
 * run's day (ctx.today, which the caller sets, so the answer never depends on
 * the clock in tests; no warning, since the page itself does not say so).
 */
import { cite, frontmatterKeyText, frontmatterLine, frontmatterValue, warn, type ExtractContext } from './context.js';
import { settle, type Candidate } from './candidates.js';
import { closedFlags, closedStatuses, closingDateKeys, closingLabels, expiredKeywords, expiredPhrases } from './tables/dates.js';
import { escapeRegExp } from './text.js';
import { keywordGroup, lineKeywords, type KeywordIndex } from './tree.js';
import { parseDate } from './dates.js';
import { structuredValues } from './page-meta.js';

const allLabels = Object.values(closingLabels).flat().sort((a, b) => b.length - a.length);
// A label not inside a word, an optional "on"/"am"/"le"…, an optional colon or dash, then the date.
const CLOSING = new RegExp(`(?:^|[^\\p{L}])(?:${allLabels.map(escapeRegExp).join('|')})(?:\\s(?:on|am|le|el|em|até|until|bis|by))?\\s{0,2}(?:[:：–-]\\s{0,2})?(\\S.{3,40})`, 'iu');
const EXPIRED = new RegExp(`(?:${Object.values(expiredPhrases).flat().join('|')})`, 'iu');

export const CLOSING_WORDS = keywordGroup(allLabels);
export const EXPIRED_WORDS = keywordGroup(expiredKeywords);

/** The closing date a line states after a label, or null (the plain reading, without the keyword prefilter). */
export function closingDateIn(line: string): string | null {
  const match = CLOSING.exec(line);
  return match ? parseDate(match[1]!) : null;
}

/** Whether a line says the posting is filled or closed (the plain reading, without the keyword prefilter). */
export function saysExpired(line: string): boolean {
  return EXPIRED.test(line);
}

/** The same answers as closingDateIn and saysExpired, for a line whose keyword mask (from `index`) is given: most lines skip the patterns. */
export function closingFacts(line: string, keywords: number, index: Pick<KeywordIndex, 'bit'>): { date: string | null; expired: boolean } {
  return {
    date: keywords & index.bit(CLOSING_WORDS) ? closingDateIn(line) : null,
    expired: keywords & index.bit(EXPIRED_WORDS) ? saysExpired(line) : false,
  };
}

/** Set validThrough and expired, each with evidence. */
export function extractClosing(ctx: ExtractContext): void {
  const keywords = lineKeywords(ctx);
  let phrase: { line: number; text: string } | undefined;
  let labelled: Candidate<string> | undefined;
  for (let index = 0; index < ctx.text.length && !(phrase && labelled); index++) {
    const line = ctx.text[index]!;
    const facts = closingFacts(line.plain, keywords[index]!, ctx.keywords);
    if (facts.expired && !phrase) phrase = { line: line.line, text: line.plain };
    if (facts.date && !labelled) labelled = { value: facts.date, source: 'body', rule: 'text.closing-label', line: line.line, text: line.plain, confidence: 0.85 };
  }
  validThrough(ctx, labelled);
  expired(ctx, phrase);
}

function validThrough(ctx: ExtractContext, labelled: Candidate<string> | undefined): void {
  const candidates: Array<Candidate<string>> = labelled ? [labelled] : [];
  const fm = frontmatterValue(ctx, closingDateKeys);
  if (fm) {
    const line = frontmatterLine(ctx, fm.key);
    const keyLine = frontmatterKeyText(ctx, fm.key);
    const date = fm.value instanceof Date ? fm.value.toISOString().slice(0, 10) : parseDate(String(fm.value));
    if (date) candidates.push({ value: date, source: 'frontmatter', rule: `frontmatter.${fm.key}`, line, text: keyLine ?? String(fm.value), confidence: 0.95 });
  }
  for (const found of structuredValues(ctx.page, 'validThrough')) {
    const stated = typeof found.value === 'string' ? parseDate(found.value) : null;
    if (stated) candidates.push({ value: stated, source: 'structured', rule: found.rule, line: found.line, text: found.value as string, confidence: 0.9 });
  }
  const best = settle(ctx, 'validThrough', candidates);
  if (best) ctx.fields.validThrough = best.value;
}

function expired(ctx: ExtractContext, phrase: { line: number; text: string } | undefined): void {
  if (phrase) {
    setExpired(ctx, phrase.line, 'text.expired-phrase', phrase.text, true);
    return;
  }
  const flag = closedFlag(ctx);
  if (flag) {
    setExpired(ctx, flag.line, `frontmatter.${flag.key}`, flag.text, true);
    return;
  }
  const until = ctx.fields.validThrough;
  if (until && until < ctx.today) {
    setExpired(ctx, ctx.evidence.validThrough?.line ?? 0, 'date.closing-date-passed', `validThrough ${until} is before ${ctx.today}`, false);
  }
}

/** A front-matter flag or status that says the posting is closed. */
function closedFlag(ctx: ExtractContext): { key: string; line: number; text: string } | undefined {
  for (const { keys, closedWhen } of closedFlags) {
    const found = frontmatterValue(ctx, keys);
    if (found && (found.value === closedWhen || found.value === String(closedWhen))) {
      return { key: found.key, line: frontmatterLine(ctx, found.key), text: `${found.key}: ${String(found.value)}` };
    }
  }
  const status = frontmatterValue(ctx, ['status', 'state'])?.value;
  if (typeof status === 'string' && closedStatuses.includes(status.trim().toLowerCase())) {
    const key = frontmatterValue(ctx, ['status']) ? 'status' : 'state';
    return { key, line: frontmatterLine(ctx, key), text: `${key}: ${status}` };
  }
  return undefined;
}

/** expired: true with its evidence; the page's own word is also a posting-expired warning. */
function setExpired(ctx: ExtractContext, line: number, rule: string, text: string, pageSaysSo: boolean): void {
  ctx.fields.expired = true;
  cite(ctx, 'expired', line, rule, text, pageSaysSo ? 0.9 : 0.95);
  if (pageSaysSo) warn(ctx, 'posting-expired', {}, line >= 1 ? line : undefined);
}
