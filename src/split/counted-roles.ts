/**
 * Roles announced by their number of openings: "**One** open PhD/Postdoc
 * position (full-time) on [Semantic Technologies …](…pdf).", "**Two** open
 * positions for a Data Engineer", "Zwei offene Stellen als Softwareentwickler/in".
 * A line that starts with a count (a digit or a number word: the
 * `numberWords` table, or `countWords`: "eine", "several") and names the position within a few words
 * (`countedPositionNouns` in tables.ts, per language, singular and plural) is
 * one posting, however many seats it counts. Its title is the words before
 * the position noun with it ("PhD/Postdoc position"), or, when only "open"
 * stands there, the role after "for" / "as" / "als" ("Data Engineer").
 */
import type { Link, Paragraph, PhrasingContent } from 'mdast';
import { looksLikeJobTitle } from '../extract/title-clean.js';
import { textOf } from '../extract/tree.js';
import { numberWords } from '../extract/tables/words.js';
import type { ListRole } from './ranges.js';
import { countedNounKeepers, countedOpenWords, countedPositionNouns, countedRoleArticles, countedRoleEnds, countedRoleLeads, countWords } from './tables.js';

const NOUNS = new Set(Object.values(countedPositionNouns).flat().map((noun) => noun.toLowerCase()));
const OPEN = new Set(Object.values(countedOpenWords).flat());
const LEADS = Object.values(countedRoleLeads).flat().sort((a, b) => b.length - a.length);
/** Articles after a lead ("for a Data Engineer", "als ein"): not part of the role. */
const ARTICLE = new RegExp(`^(?:${[...new Set(Object.values(countedRoleArticles).flat())].join('|')})\\s+`, 'i');
const KEEPERS = new Set(Object.values(countedNounKeepers).flat());
const ENDS = new RegExp(`\\s(?:${[...new Set(Object.values(countedRoleEnds).flat())].join('|')})\\s`, 'iu');
/** The words a count may stand ahead of its position noun: "One open PhD/Postdoc position". */
const MAX_WORDS_BEFORE_NOUN = 5;

const COUNTS = new Set([...Object.keys(numberWords), ...Object.values(countWords).flat()]);
const isCount = (word: string): boolean => /^\d{1,2}$/.test(word) || COUNTS.has(word.toLowerCase());

/**
 * Does a short line count its openings: a count first (a bracketed figure may follow a number word: "Δύο (2)"),
 * then a position noun within a few words ("Δύο (2) θέσεις Προγραμματιστή Android", "Two open positions for …")?
 */
export function countsOpenings(line: string): boolean {
  const words = line.replace(/\*\*|__/g, '').replace(/\s+/g, ' ').trim().split(' ');
  if (words.length < 3 || words.length > 16 || !isCount(words[0]!)) return false;
  return words.slice(1, MAX_WORDS_BEFORE_NOUN + 2).some((word) => NOUNS.has(word.replace(/[.,;:!]$/, '').toLowerCase()));
}

/** The role a paragraph announces by its count of openings, or undefined. */
export function countedRole(paragraph: Paragraph): ListRole | undefined {
  const text = textOf(paragraph).replace(/\*\*|__/g, '').replace(/\s+/g, ' ').trim();
  const words = text.split(' ');
  if (words.length < 3 || !isCount(words[0]!)) return undefined;
  const at = words.findIndex((word, i) => i > 0 && i <= MAX_WORDS_BEFORE_NOUN + 1 && NOUNS.has(word.replace(/[.,;:!]$/, '').toLowerCase()));
  if (at === -1) return undefined;
  const before = words.slice(1, at).filter((word) => !OPEN.has(word.toLowerCase()));
  const title = before.length ? withNoun(before, words[at]!.replace(/[.,;:!]$/, '')) : afterLead(words.slice(at + 1).join(' '));
  if (title === undefined || title.length > 100 || !looksLikeJobTitle(title)) return undefined;
  const link = firstLink(paragraph.children);
  return link && /^(?:https?:\/\/|\/)/i.test(link.url) ? { title, url: link.url } : { title };
}

/**
 * The role before a position noun: "Backend Engineer positions" -> "Backend Engineer"; a degree or level keeps its
 * noun ("PhD/Postdoc position"), and so do words that read as no role of their own ("Marketing role").
 */
function withNoun(before: string[], noun: string): string {
  const role = before.join(' ');
  const last = before.at(-1)!.toLowerCase().split('/').at(-1)!;
  return looksLikeJobTitle(role) && !KEEPERS.has(last) ? role : `${role} ${noun}`;
}

/** "for a Data Engineer (m/w/d) in Berlin." -> "Data Engineer": the role after a lead word, to a bracket or a clause's end. */
function afterLead(rest: string): string | undefined {
  const lower = rest.toLowerCase();
  const lead = LEADS.find((word) => lower.startsWith(`${word} `));
  if (lead === undefined) return undefined;
  const role = rest.slice(lead.length).trim().replace(ARTICLE, '').split(/\s*[([,;]|[.!]\s|[.!]$/)[0]!.split(ENDS)[0]!.trim();
  return role || undefined;
}

function firstLink(parts: PhrasingContent[]): Link | undefined {
  for (const part of parts) {
    if (part.type === 'link') return part;
    if ('children' in part) {
      const inner = firstLink(part.children as PhrasingContent[]);
      if (inner) return inner;
    }
  }
  return undefined;
}
