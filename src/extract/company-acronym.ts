/**
 * An address's domain that spells the initials of a name the text writes: "vacature@vdlp.nl" beside "Van der Let &
 * Partners", "jointts@gsa.gov" beside "General Services Administration". The name is read as the text writes it, one
 * word per letter of the domain ("&" aside), first and last words capitalised, a lower-case word inside only a
 * name's particle ("der", "of"). Three letters or more; as sure as a domain's plain mention (0.55), and surer for
 * each further line that writes it. A name never opens with a function word ("We work In Berlin Mostly" is no "ibm"),
 * and a sentence's first word is capitalised anyway: a name opening a sentence counts only when the text writes each
 * of its capitalised words with a capital inside a sentence too.
 */
import type { ExtractContext } from './context.js';
import type { PostingDomain } from './company-domain.js';
import { acronymNameParticles, acronymNotFirstWords } from './tables/company-evidence.js';
import { nameConnectors } from './tables/companies.js';

type Add = (name: string, line: number, rule: string, text: string, confidence: number, source?: 'email-domain') => void;

const PARTICLES = new Set([...nameConnectors, ...acronymNameParticles]);
const WORD = /[\p{L}\p{N}][\p{L}\p{N}'’-]*|&/gu;
// A name's particle may open it all the same ("Van der Let & Partners": vdlp.nl).
const NOT_FIRST = new Set(Object.values(acronymNotFirstWords).flat().filter((word) => !acronymNameParticles.includes(word)));
/** Nothing but marks and spaces since the line's start or a sentence's end. */
const SENTENCE_START = /(?:^|[.!?:;])[\s\p{P}\p{S}]*$/u;

const startsSentence = (plain: string, index: number): boolean => SENTENCE_START.test(plain.slice(0, index));

/** The capitalised words the text writes inside a sentence, where the capital is the word's own. */
function capitalisedInside(ctx: Pick<ExtractContext, 'text'>): Set<string> {
  const words = new Set<string>();
  for (const line of ctx.text) {
    for (const word of line.plain.matchAll(WORD)) {
      if (/^\p{Lu}/u.test(word[0]) && !startsSentence(line.plain, word.index!)) words.add(word[0]);
    }
  }
  return words;
}

/** The words of a line from `start` on that spell `letters`, as the text writes them; undefined when they do not. */
function spelled(words: RegExpMatchArray[], start: number, letters: string, plain: string): string | undefined {
  let at = start;
  let used = 0;
  for (const letter of letters) {
    while (words[at]?.[0] === '&') at++;
    const word = words[at]?.[0];
    if (!word || word[0]!.toLowerCase() !== letter) return undefined;
    const capital = /^\p{Lu}/u.test(word);
    if (!capital && (used === 0 || used === letters.length - 1 || !PARTICLES.has(word))) return undefined;
    at++;
    used++;
  }
  // The next word must not go on with the name ("General Services Administration Office" spells another acronym).
  const next = words[at]?.[0];
  if (next && /^\p{Lu}/u.test(next)) return undefined;
  const first = words[start]!;
  const last = words[at - 1]!;
  return plain.slice(first.index!, last.index! + last[0].length);
}

/** A reading for each email or link domain of three to six letters that a capitalised name of the text spells. */
export function acronymCompanies(ctx: Pick<ExtractContext, 'text'>, domains: readonly PostingDomain[], add: Add): void {
  let inside: Set<string> | undefined;
  for (const domain of domains) {
    if (!/^[a-z]{3,6}$/u.test(domain.name)) continue;
    const found = new Map<string, { line: number; lines: number }>();
    for (const line of ctx.text) {
      if (!line.plain.includes(domain.name[0]!.toUpperCase())) continue;
      const words = [...line.plain.matchAll(WORD)];
      for (let start = 0; start < words.length; start++) {
        if (!/^\p{Lu}/u.test(words[start]![0])) continue;
        const previous = words[start - 1]?.[0];
        // "The General Services Administration": a sentence's capitalised article is no part of the name.
        const openingArticle = previous !== undefined && NOT_FIRST.has(previous.toLowerCase()) && startsSentence(line.plain, words[start - 1]!.index!);
        if ((previous && /^\p{Lu}/u.test(previous) && !openingArticle) || NOT_FIRST.has(words[start]![0].toLowerCase())) continue;
        const name = spelled(words, start, domain.name, line.plain);
        if (!name) continue;
        if (startsSentence(line.plain, words[start]!.index!)) {
          inside ??= capitalisedInside(ctx);
          if (!name.split(/\s+/u).every((word) => !/^\p{Lu}/u.test(word) || inside!.has(word))) continue;
        }
        const seen = found.get(name) ?? { line: line.line, lines: 0 };
        seen.lines++;
        found.set(name, seen);
      }
    }
    const best = [...found].sort((a, b) => b[1].lines - a[1].lines)[0];
    if (best) add(best[0], best[1].line, 'domain.acronym', `${domain.text} ~ ${best[0]}`, Math.min(0.7, 0.5 + 0.05 * best[1].lines), 'email-domain');
  }
}
