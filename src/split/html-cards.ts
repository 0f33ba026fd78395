/**
 * Cards of an HTML page: careers pages and templates repeat one element per
 * role, opened alike (one tag, one class: `<div class="job">`, `<a
 * class="card">`, `<div class="vacancies-holder">`, `<li class="opening">`),
 * each holding the role's head and its terms. Markdown drops the elements,
 * so the cards are read from the file's HTML: each card is the body lines
 * that its source lines gave. Pure functions; the evidence rule
 * (evidence-blocks.ts) weighs each card as it weighs a block under a head.
 */
import type { BodyLine } from '../document.js';
import { hasText } from './ranges.js';
import { lineFinder } from './line-finder.js';
import { LINK_AS_TEXT } from './link-text.js';

/** A card: body lines [start, end) and its first line's text, its head. */
export interface Card { start: number; end: number; text: string }

/** Elements that a page repeats per role; an inline `<span>` or a `<p>` holds one field of a card, never a card. */
const CARD_TAGS = 'div|article|section|li|a|tr|dd|details|aside';
const OPENING = new RegExp(`<(${CARD_TAGS})\\b([^<>]{0,400})>`, 'gi');
const CLASS = /\bclass(?:Name)?\s*=\s*(?:"([^"]{1,200})"|'([^']{1,200})')/i;
/** Past this size a page is read without cards. */
const MAX_SOURCE = 400_000;

/** Groups of sibling cards opened alike, each group in page order and with two cards or more that hold text. */
export function htmlCardGroups(source: string, body: BodyLine[]): Card[][] {
  if (!body.length || source.length > MAX_SOURCE || !/class/i.test(source)) return [];
  const openings = new Map<string, Array<{ tag: string; at: number }>>();
  for (const match of source.matchAll(OPENING)) {
    const cls = CLASS.exec(match[2]!);
    const name = (cls?.[1] ?? cls?.[2])?.trim().replace(/\s+/g, ' ');
    if (!name) continue;
    const tag = match[1]!.toLowerCase();
    const key = `${tag}.${name}`;
    const seen = openings.get(key);
    if (seen) seen.push({ tag, at: match.index });
    else openings.set(key, [{ tag, at: match.index }]);
  }
  const lineOf = lineFinder(source);
  const groups: Card[][] = [];
  // Each tag's elements are matched to their closing tags in one pass over the page, whatever the cards and groups.
  const closings = new Map<string, Map<number, number>>();
  // The cards' text, all groups together, is read up to four times the page's: nested groups (a `div.row` in a `div.row`) stop there.
  let budget = source.length * 4;
  for (const elements of openings.values()) {
    if (elements.length < 2) continue;
    const tag = elements[0]!.tag;
    if (!closings.has(tag)) closings.set(tag, closingsOf(source, tag));
    const closes = closings.get(tag)!;
    const spans: Array<{ from: number; to: number }> = [];
    for (const { at } of elements) {
      const close = closes.get(at);
      if (close === undefined || close - at > budget) break;
      budget -= close - at;
      spans.push({ from: at, to: close });
    }
    // Cards are siblings: each ends before the next opens (a group that nests in itself is no list of cards).
    if (spans.length < elements.length || spans.some((span, i) => i > 0 && span.from < spans[i - 1]!.to)) continue;
    const cards = spans.map((span) => cardAt(body, lineOf(span.from), lineOf(span.to))).filter((card): card is Card => card !== undefined);
    if (cards.length >= 2 && cards.every((card, i) => i === 0 || card.start >= cards[i - 1]!.end)) groups.push(cards);
  }
  return groups.sort((a, b) => a[0]!.start - b[0]!.start);
}

/**
 * For each element of a tag (by its opening's offset), the offset after its closing tag, the elements of its tag
 * opened inside it counted (a self-closed one closes itself; one never closed has none): one pass over the page.
 */
export function closingsOf(source: string, tag: string): Map<number, number> {
  const closings = new Map<number, number>();
  const open: number[] = [];
  for (const match of source.matchAll(new RegExp(`<(/?)${tag}\\b[^<>]*?(/?)>`, 'gi'))) {
    const end = match.index + match[0].length;
    if (match[1]) {
      const at = open.pop();
      if (at !== undefined) closings.set(at, end);
    } else if (match[2]) closings.set(match.index, end);
    else open.push(match.index);
  }
  return closings;
}

/** The body lines that source lines [from, to] gave (1-based), with the first line's plain text as the head. */
function cardAt(body: BodyLine[], from: number, to: number): Card | undefined {
  const start = body.findIndex((line) => line.line >= from);
  if (start === -1) return undefined;
  let end = start;
  while (end < body.length && body[end]!.line <= to) end++;
  if (end <= start || !hasText(body, start, end)) return undefined;
  // The card starts at its first line of text, its head (hasText holds, so there is one).
  let first = start;
  while (!/[\p{L}\p{N}]/u.test(body[first]!.text)) first++;
  return { start: first, end, text: plainHead(body[first]!.text) };
}

/** A line as a head reads: no heading marks, list bullet, emphasis or link syntax. */
const plainHead = (text: string): string => text.replace(/^\s*(?:#{1,6}\s+|[-*+]\s+|\d{1,3}[.)]\s+)/, '').replace(LINK_AS_TEXT, '$1').replace(/\*\*|__|`/g, '').trim().slice(0, 200);
