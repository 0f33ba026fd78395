/**
 * A card whose head reads as no job title, among sibling cards whose heads do: an HTML page that repeats one
 * element per role (`<div class="vacatures">`: an image link, an `<h2>` role, an `<h3>` teaser, a "Read more"
 * button) heads every card alike, so a card the role-heading rule passed over ("Eindredacteur Friesland Post /
 * Communicatieprofessional … (28 – 40 uur)", its role and hours in one long head) is a posting too. Its head is
 * the heading of the level the rule cut at, in the same element as the others: where it stands, not its words,
 * makes it a role. Pure functions.
 */
import type { BodyLine } from '../document.js';
import { isGenericHeading } from '../extract/title-clean.js';
import { sectionKindOf } from '../extract/sections.js';
import type { Card } from './html-cards.js';
import type { Mark } from './marks.js';
import { hasText, type Range } from './ranges.js';
import { signsOfLine, type Sign } from './block-evidence.js';
import { PAGE_SECTION } from './vacancy-headings.js';

/**
 * The ranges with a posting for each card of a group that the rule passed over, or undefined when none is added.
 * Only where the rule cut at one heading level (1-6) and started a posting in two cards of the group or more, two
 * in three of its cards at least (a group that also holds a page's benefit cards is no list of roles), and where
 * each card passed over holds one heading of that level, no section's or page part's name, with text under it.
 */
export function withCardHeads(ranges: Range[], marks: Mark[], body: BodyLine[], groups: Card[][]): Range[] | undefined {
  const depth = ranges[0]?.depth;
  if (depth === undefined || depth > 6 || ranges.some((range) => range.depth !== depth)) return undefined;
  const starts = new Set(ranges.map((range) => range.start));
  const added: Array<{ mark: Mark; end: number }> = [];
  for (const cards of groups) {
    const holds = (card: Card) => ranges.filter((range) => range.start >= card.start && range.start < card.end).length;
    // Each card starts one posting at most: a card that holds several roles groups them (a team's card), no card per role.
    if (cards.some((card) => holds(card) > 1)) continue;
    const missed = cards.filter((card) => holds(card) === 0);
    const cut = cards.length - missed.length;
    if (!missed.length || cut < 2 || cut * 3 < cards.length * 2) continue;
    const heads = missed.map((card) => marks.filter((mark) => mark.depth === depth && mark.start >= card.start && mark.start < card.end));
    if (!heads.every((inCard, i) => inCard.length === 1 && isCardRole(inCard[0]!, body, missed[i]!))) continue;
    const roleCards = cards.filter((card) => holds(card) === 1);
    if (!missed.every((card, i) => alikeCard(card, heads[i]![0]!, roleCards, body))) continue;
    added.push(...heads.map((inCard, i) => ({ mark: inCard[0]!, end: missed[i]!.end })).filter(({ mark }) => !starts.has(mark.start)));
  }
  if (!added.length) return undefined;
  const all = [...ranges.map((range) => ({ start: range.start, end: range.end, mark: range.mark })), ...added.map(({ mark, end }) => ({ start: mark.start, end, mark: mark.text }))]
    .sort((a, b) => a.start - b.start);
  // A posting ends where the next starts, or where its rule ended it or its card ends (a page's closing part stays outside).
  return all.map((range, i) => ({ start: range.start, end: Math.min(range.end, all[i + 1]?.start ?? body.length), depth, ...(range.mark !== undefined ? { mark: range.mark } : {}) }));
}

/** A card's head that may be a role: no section's or page part's name, and text under it in its card. */
const isCardRole = (mark: Mark, body: BodyLine[], card: Card): boolean => mark.text.length <= 200 && sectionKindOf(mark.text) === 'other'
  && !isGenericHeading(mark.text) && !PAGE_SECTION.test(mark.text) && hasText(body, mark.start + 1, card.end);

/**
 * A card passed over says what its siblings say: the kinds of signs every role card holds (a place, a contract, pay),
 * half of them at least; or its lines are laid out as most role cards' are (an image link, a heading, a teaser) and
 * its text names its head again ("Ben jij die gedreven eindredacteur…" under "Eindredacteur …"), as a role's teaser
 * does. A page's perk card in the same element ("Flexible hours" over "Work when it suits you") does neither.
 */
function alikeCard(card: Card, head: Mark, roleCards: Card[], body: BodyLine[]): boolean {
  const kindsOf = (of: Card) => new Set(body.slice(of.start, of.end).flatMap((line) => [...signsOfLine(line.text)]));
  const shared = roleCards.map(kindsOf).reduce((all, kinds) => new Set([...all].filter((kind) => kinds.has(kind))));
  const own = kindsOf(card);
  if (shared.size && [...shared].filter((kind: Sign) => own.has(kind)).length * 2 >= shared.size) return true;
  const form = formOf(card, body);
  return roleCards.filter((other) => formOf(other, body) === form).length * 2 > roleCards.length && restatesHead(card, head, body);
}

/** A card's lines as laid out: a heading's level, an image or link line, a list item or text, one mark per line with text. */
const formOf = (card: Card, body: BodyLine[]): string => body.slice(card.start, card.end).filter((line) => /[\p{L}\p{N}]/u.test(line.text))
  .map(({ text }) => /^\s*(#{1,6})\s/.exec(text)?.[1] ?? (/^\s*!?\[/.test(text) ? 'L' : /^\s*[-*+]\s/.test(text) ? '-' : 'p')).join(' ');

/** Letters a head's word needs to count when the card's text repeats it (shorter ones are articles and particles). */
const HEAD_WORD_LETTERS = 5;

/** The card's text after its head repeats a word of the head. */
function restatesHead(card: Card, head: Mark, body: BodyLine[]): boolean {
  const words = (text: string) => text.toLowerCase().match(/\p{L}+/gu) ?? [];
  const after = new Set(body.slice(head.start + 1, card.end).flatMap((line) => words(line.text)));
  return words(head.text).some((word) => word.length >= HEAD_WORD_LETTERS && after.has(word));
}
