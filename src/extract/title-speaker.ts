/**
 * Pronouns in a title's candidates: a title names a role, it speaks to or for
 * no one ("Als X arbeitest du", "### About" over "You"). Each sentence is read
 * with its own language's pronouns (tables/titles.ts titleSentenceWords): German
 * "du" is a pronoun, French "du" ("Responsable du service client") is not.
 */
import type { ExtractContext } from './context.js';
import { postingLanguage } from './language-posting.js';
import { rolePhrases, titleSentenceWords } from './tables/titles.js';
import { namesRole } from './title-clean.js';
import { OBJECT_CASE_VERBS } from './title-case.js';

/**
 * The words before the sentence goes on to speak to or for someone: a title holds no pronoun ("Software Developer arbeitest du",
 * "Test Automation Engineer Teil unseres Teams", "medior Software Engineer heb je"). The words between the role and the pronoun
 * (a verb put before its subject, "Teil") are cut back to the last word that makes it name a role.
 */
export function beforeSpeaker(words: string[], lead: string): string[] {
  const speakerWords = LEAD_SPEAKER_WORDS.get(lead);
  const at = speakerWords ? words.findIndex((word, index) => index > 0 && speakerWords.has(word.toLowerCase().replace(/[.,;:!?]+$/u, ''))) : -1;
  if (at === -1) return words;
  let kept = words.slice(0, at);
  while (kept.length > 1 && !namesRole(kept[kept.length - 1]!) && namesRole(kept.slice(0, -1).join(' '))) kept = kept.slice(0, -1);
  return kept;
}
/**
 * Each lead's pronouns: those of the languages that write the lead, the sentence's own ("Als X arbeitest du": German "du";
 * "Responsable du service client": French "du" = "of the", no pronoun).
 */
const LEAD_SPEAKER_WORDS: ReadonlyMap<string, ReadonlySet<string>> = (() => {
  const languages = new Map<string, string[]>();
  const leads: Array<[string, string]> = [...Object.entries(rolePhrases).flatMap(([language, phrases]) => phrases.map((phrase): [string, string] => [phrase, language])), ...OBJECT_CASE_VERBS];
  for (const [lead, language] of leads) languages.set(lead, [...(languages.get(lead) ?? []), language]);
  return new Map([...languages].map(([lead, codes]) => [lead, new Set(codes.flatMap((code) => titleSentenceWords[code] ?? []))]));
})();

/** "You", "Wir suchen dich": a pronoun of the page's language (of any, when it is unknown) speaks to or for someone, it names no job. */
export function speaksToSomeone(text: string, ctx: ExtractContext): boolean {
  const code = postingLanguage(ctx).toLowerCase().split(/[-_]/u)[0]!;
  const pronouns = new Set(titleSentenceWords[code] ?? (code === 'und' ? Object.values(titleSentenceWords).flat() : []));
  return text.toLowerCase().split(/[^\p{L}'’]+/u).some((word) => pronouns.has(word.replace(/’/gu, "'")));
}
