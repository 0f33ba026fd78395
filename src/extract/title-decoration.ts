/**
 * Decoration around a title: "X – Remote (EU)", "X | Full-time", "X in
 * Vollzeit", "[Remote] X", "X, Remote". The place goes to the hints, the
 * rest away; a territory after a comma stays ("Country Manager, Ukraine").
 */
import type { Hints } from './context.js';
import { titleDecorationWords, titleRemoteQualifiers } from './tables/titles.js';
import { isPlace, REMOTE_WORDS } from './title-place.js';
import { escapeRegExp } from './text.js';

const DECORATION_WORDS = new Set(Object.values(titleDecorationWords).flat());
const HOURS = /^\d{1,2}(?:\s*[-–]\s*\d{1,2})?\s*(?:h|hrs?|hours|std\.?|stunden)(?:\s*\/\s*\p{L}+)?$/iu;
const REGION_CODES = /^(?:eu|emea|apac|latam|europe|americas|us|usa|uk|global)$/iu;
// A tail after a separator, a comma, "in"/"en"/"à"/"w"/"в", or in brackets; a head in brackets ("[Remote] X").
// Not after a comma: "Country Manager, Ukraine" names the territory, a part of the title.
const TAIL = /^(.{2,160}?)(\s*[-–—|·•]\s+|\s*\|\s*|\s+(?:in|im|en|à|em|w|в)\s+|\s*[([]\s*)([^()[\]]{1,60}?)\s*[)\]]?$/u;
// After "in"/"en" only contract words go ("in Vollzeit", "en CDI"): "Engineer in Zürich" is how the title is written.
const IN_WORD = /^\s+\p{L}+\s+$/u;
const HEAD = /^[([]\s*([^()[\]]{1,40})\s*[)\]]\s*[-–—|:]?\s*(.{2,160})$/u;

/** Is every part of a text a place, a remote word, a contract word, hours or a region? ("Remote, EU", "Remote - US", "Teilzeit, 20h", "CDI") */
function isDecoration(text: string): boolean {
  const parts = text.split(/\s*(?:[,/|;&+]|\bor\b|\boder\b|\bou\b|\bo\b)\s*|\s+[-–—]\s+/iu).map((part) => part.trim()).filter(Boolean);
  return parts.length > 0 && parts.every((part) => isPlace(part) || DECORATION_WORDS.has(part.toLowerCase()) || HOURS.test(part) || REGION_CODES.test(part)
    || (REMOTE_WORDS.test(part) && part.split(/\s+/).length <= 3));
}

/** "in Vollzeit", "en CDI": only contract and schedule words. */
const isContractWords = (text: string): boolean => DECORATION_WORDS.has(text.trim().toLowerCase());

/** "X – Remote (EU)", "X | Remote | Full-time", "X in Vollzeit", "[Remote] X": the place goes to the hints, the rest away. */
export function stripDecorations(title: string, hints: Hints, line: number, looksLikeJobTitle: (text: string) => boolean): string {
  let rest = title;
  const head = HEAD.exec(rest);
  if (head && isDecoration(head[1]!) && looksLikeJobTitle(head[2]!)) rest = head[2]!;
  for (let step = 0; step < 4; step++) {
    const tail = TAIL.exec(rest);
    if (!tail || !looksLikeJobTitle(tail[1]!)) break;
    const [, , separator, words] = tail as unknown as [string, string, string, string];
    if (IN_WORD.test(separator) ? !isContractWords(words) : !isDecoration(words)) break;
    if (words.split(/\s*[,/|]\s*/).some((part) => isPlace(part))) hints.location ??= { text: words, line };
    rest = tail[1]!.trim();
  }
  // "Engineer, Remote", "Engineer, Remote, Full-time": after a comma a work mode is no part of a title; a territory is
  // ("Country Manager, Ukraine", "Sales Manager, PT"), and so is anything else ("Software Engineer, Temporal", "Kundenberater, Vollzeit").
  const comma = /^(.{2,160}?),\s*([^,()[\]]{2,60}(?:,\s*[^,()[\]]{2,60})?)$/u.exec(rest);
  if (comma && looksLikeJobTitle(comma[1]!) && isWorkModeWords(comma[2]!)) {
    // The remote word tells the remote family where the job is, as a place after a dash does.
    if (REMOTE_WORDS.test(comma[2]!)) hints.location = { text: hints.location ? `${comma[2]!} (${hints.location.text})` : comma[2]!, line };
    rest = comma[1]!.trim();
  }
  return rest;
}

// After a comma a two-letter code is no contract word ("ft", "pt"): it may be a country's ("Sales Manager, PT").
const COMMA_CONTRACT_WORDS = new Set([...DECORATION_WORDS].filter((word) => word.length > 2));
// "Remote", "Fully Remote", "100% remote" (tables/titles.ts).
const REMOTE_WORD_ONLY = new RegExp(`^(?:(?:${Object.values(titleRemoteQualifiers).flat().map(escapeRegExp).join('|')})\\s+)?(?:${REMOTE_WORDS.source})$`, 'iu');

/** A work mode ("Remote", "Hybrid", "Remote, Full-time"): a remote word, with contract words or none; no place, no lone contract word. */
export function isWorkModeWords(text: string): boolean {
  const parts = text.split(/\s*[,/|]\s*/u).map((part) => part.trim()).filter(Boolean);
  return parts.some((part) => REMOTE_WORD_ONLY.test(part)) && parts.every((part) => COMMA_CONTRACT_WORDS.has(part.toLowerCase()) || REMOTE_WORD_ONLY.test(part));
}
