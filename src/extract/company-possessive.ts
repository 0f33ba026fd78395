/**
 * English possessives inside a sentence name whose work it is: "streamlining Subnero's manufacturing",
 * "behind Snapsight's live experience", "Build Unkey's Network". One line is a weak reading (0.4) that
 * only adds to another naming the same company; two lines or more stand alone, at the weakest (0.5),
 * below every direct reading. Inside a sentence only (after a lower-case word), so "It's", "Let's" and a
 * sentence's first word are no names; a degree ("a Master's degree"), a technology ("Python's"), a place
 * ("Europe's"), a role and a person ("Sarah's team", "under Mary's supervision") are none either. After a determiner
 * the noun is a common one ("the Trust's values", "our Bank's policies"); after "we help", "clients such as" it is a
 * client's ("We help Google's teams"), and a name written so anywhere stays weak.
 */
import type { ExtractContext } from './context.js';
import { possessiveClientMarkers, possessiveDeterminers, possessiveHiringSentence, possessiveNotNames, possessivePersonObjects } from './tables/company-evidence.js';
import { skillAliases } from './tables/skills.js';
import { placesIn } from './location.js';
import { looksLikeJobTitle } from './title.js';
import { alternation } from './text.js';

type Add = (name: string, line: number, rule: string, text: string, confidence: number) => void;

/** A lower-case word, a space, then one or two capitalised words and "'s" (straight or curly). */
const POSSESSIVE = /(?<=\p{Ll}[,]?\s)(\p{Lu}[\p{L}\p{N}&.-]{1,30}(?:\s\p{Lu}[\p{L}\p{N}&.-]{1,30})?)['’]s(?![\p{L}\p{N}])(?:\s+(\p{L}+))?/gu;
const NOT_NAMES = new Set(possessiveNotNames);
const PERSON_OBJECTS = new Set(possessivePersonObjects);
const SKILLS = new Set(skillAliases.map((skill) => skill.alias.toLowerCase()));
const DETERMINERS = new Set(Object.values(possessiveDeterminers).flat());
/** The word before the possessive (a comma aside). */
const PREVIOUS_WORD = /(\p{L}+),?\s$/u;
/** A client marker earlier in the possessive's sentence ("We help … Google's teams", "clients such as Google's"). */
const CLIENT_MARKER = new RegExp(`(?<![\\p{L}])(?:${alternation(Object.values(possessiveClientMarkers).flat()).replace(/ /g, '\\s+')})(?![\\p{L}])`, 'iu');
const SENTENCE_END = /[.!?;]\s+(?=[^.!?;]*$)/u;
const HIRING_SENTENCE = new RegExp(`(?<![\\p{L}])(?:${alternation(Object.values(possessiveHiringSentence).flatMap((table) => table.hiring))})(?![\\p{L}])`, 'iu');
const JOINING_VERBS = new Set(Object.values(possessiveHiringSentence).flatMap((table) => table.verbs));

/** The possessive's sentence up to it. */
function sentenceBefore(plain: string, index: number): string {
  const before = plain.slice(0, index);
  const end = SENTENCE_END.exec(before);
  return end ? before.slice(end.index + end[0].length) : before;
}

/** A weak reading of each name written as an English possessive inside a sentence (one per name, at its first line). */
export function possessiveCompanies(ctx: Pick<ExtractContext, 'text'>, add: Add): void {
  const byName = new Map<string, { line: number; text: string; lines: Set<number>; hired: boolean }>();
  const people = new Set<string>();
  const clients = new Set<string>();
  for (const line of ctx.text) {
    if (!line.plain.includes('s') || !/['’]s/u.test(line.plain)) continue;
    for (const match of line.plain.matchAll(POSSESSIVE)) {
      const name = match[1]!.replace(/[.-]+$/u, '');
      const key = name.toLowerCase();
      // "Sarah's team", "under Mary's supervision": a person's; a name written so once is no firm's anywhere.
      if (match[2] && PERSON_OBJECTS.has(match[2].toLowerCase())) {
        people.add(name);
        continue;
      }
      // "the Trust's values", "our Bank's policies": a common noun, whatever its capital.
      const previous = PREVIOUS_WORD.exec(line.plain.slice(0, match.index))?.[1];
      if (previous && DETERMINERS.has(previous.toLowerCase())) continue;
      const sentence = sentenceBefore(line.plain, match.index!);
      if (CLIENT_MARKER.test(sentence)) clients.add(name);
      if (NOT_NAMES.has(key) || NOT_NAMES.has(key.split(' ')[0]!) || SKILLS.has(key) || key.split(' ').some((word) => SKILLS.has(word))) continue;
      const seen = byName.get(name) ?? { line: line.line, text: line.plain, lines: new Set<number>(), hired: false };
      seen.lines.add(line.line);
      // "We're looking for a Developer to help build Bilus Teknoloji's products": the hire joins the name's work.
      if (previous && JOINING_VERBS.has(previous.toLowerCase()) && HIRING_SENTENCE.test(sentence)) seen.hired = true;
      byName.set(name, seen);
    }
  }
  for (const [name, seen] of byName) {
    if (people.has(name) || placesIn(name).length || looksLikeJobTitle(name)) continue;
    add(name, seen.line, 'body.possessive', seen.text, (seen.lines.size >= 2 || seen.hired) && !clients.has(name) ? 0.5 : 0.4);
  }
}
