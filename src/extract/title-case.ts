/**
 * A role named after an active hiring verb, in the nominative a title is
 * written in: "Ищем Java-разработчика" -> "Java-разработчик", "Zatrudnimy
 * programistę PHP" -> "Programista PHP" (tables/title-cases.ts). Adjectives
 * before the role noun take their nominative too, and in Polish those right
 * after it ("analityka biznesowego"); other words (a genitive, "PHP") stay as
 * written. A noun is changed only when its nominative names a role, so a word
 * the table does not fit is left alone.
 */
import { accusativeRoles, type CaseEndings } from './tables/title-cases.js';
import { roleClauseEnds } from './tables/titles.js';

/** A preposition ends the role: what follows is its complement ("на должность бухгалтера"), not the role. */
const CLAUSE_ENDS = new Set(roleClauseEnds);

/** Hiring verb (lower case) -> its language, for the verbs whose object is the role. */
export const OBJECT_CASE_VERBS: ReadonlyMap<string, string> = new Map(
  Object.entries(accusativeRoles).flatMap(([language, table]) => table.verbs.map((verb) => [verb, language] as [string, string])),
);

const withEnding = (word: string, endings: Array<[string, string]>): string | undefined => {
  const lower = word.toLowerCase();
  const pair = endings.find(([from]) => lower.endsWith(from) && lower.length > from.length + 1);
  return pair && word.slice(0, word.length - pair[0].length) + pair[1];
};

type Reading = { text: string; kind: 'adjective' | 'noun' | 'other'; role: boolean };

/** One word in the nominative; a compound ("водителя-курьера", "Java-разработчика") part by part. */
function readWord(word: string, table: CaseEndings, namesRole: (text: string) => boolean): Reading {
  let kind: Reading['kind'] = 'other';
  let role = false;
  const parts = word.split('-').map((part) => {
    const adjective = withEnding(part, table.adjective);
    if (adjective) {
      if (kind === 'other') kind = 'adjective';
      role ||= namesRole(adjective.toLowerCase());
      return adjective;
    }
    const noun = withEnding(part, table.noun);
    if (!noun || !namesRole(noun.toLowerCase())) return part;
    kind = 'noun';
    role = true;
    return noun;
  });
  return { text: parts.join('-'), kind, role };
}

/** The phrase without where the role goes, said first ("в команду опытного разработчика" -> "опытного разработчика"). */
export function withoutRolePlace(phrase: string, language: string | undefined): string {
  const place = language ? accusativeRoles[language]?.places?.find((words) => phrase.toLowerCase().startsWith(`${words} `)) : undefined;
  return place ? phrase.slice(place.length + 1) : phrase;
}

/** The phrase with its role noun (and the adjectives that agree with it) in the nominative; unchanged when no word fits. */
export function nominativeRole(phrase: string, language: string, namesRole: (text: string) => boolean): string {
  const table = accusativeRoles[language];
  if (!table) return phrase;
  const words = withoutRolePlace(phrase, language).split(' ');
  const fillers = new Set(table.fillers);
  while (words.length > 1 && fillers.has(words[0]!.toLowerCase())) words.shift();
  const out = [...words];
  // "księgową" -> "księgowa": a role written as an adjective counts when no noun comes.
  let adjectiveRole = false;
  for (let index = 0; index < Math.min(words.length, 5); index++) {
    if (CLAUSE_ENDS.has(words[index]!.toLowerCase())) break;
    const reading = readWord(words[index]!, table, namesRole);
    if (reading.kind === 'adjective') { out[index] = reading.text; adjectiveRole ||= reading.role; continue; }
    if (reading.kind !== 'noun') continue;
    out[index] = reading.text;
    for (let after = index + 1; table.adjectivesAfter && after < words.length; after++) {
      const next = readWord(words[after]!, table, namesRole);
      if (next.kind !== 'adjective') break;
      out[after] = next.text;
    }
    // "Разработчик для нашего проекта": a preposition after the role starts its context.
    const end = out.findIndex((word, at) => at > index && CLAUSE_ENDS.has(word.toLowerCase()));
    return (end === -1 ? out : out.slice(0, end)).join(' ');
  }
  return adjectiveRole ? out.join(' ') : words.join(' ');
}
