/**
 * "No vacancy" in a language's own order of words (posting-kind.ts weighs it as the fixed phrases of
 * tables/not-posting.ts noVacancyPhrases): a negation, at most three words that are no preposition or
 * number, then a vacancy noun, all of one language ("There are currently no openings", "Derzeit sind keine
 * Stellen ausgeschrieben", "Sem vagas no momento"). The phrases list the forms a page writes; this reads the
 * forms between them, so a page is refused whichever way its sentence runs.
 *
 * The plain reading is one pattern of a branch a language (noVacancySentencePlain). noVacancySentence runs
 * each language's branch as a pattern of its own, only on a line whose filter form holds one of its negations
 * and one of its nouns, and takes the leftmost match, the earlier language first where two start together:
 * what the one pattern's alternation finds. Each branch is compiled on its first such line: the one pattern,
 * with its gap's stops repeated in every branch, took about 0.15 s to compile (#18).
 * tests/no-vacancy.property.test.ts holds the two to the same answers.
 */
import { alternation, filterableCore, filterForm, lazily, mayContain } from './text.js';
import { vacancyGapStops, vacancyNegations, vacancyNouns } from './tables/not-posting.js';

const LETTERS_BEFORE = '(?<![\\p{L}\\p{N}])';
const LETTERS_AFTER = '(?![\\p{L}\\p{N}])';
const LANGUAGES = Object.keys(vacancyNegations).filter((language) => vacancyNouns[language]);

/** One language's branch: its negations, a gap of up to three words that stop nowhere, its nouns. */
function branchSource(language: string): string {
  const stops = `(?:${alternation(vacancyGapStops)})${LETTERS_AFTER}`;
  const gap = `(?:[\\s,]+(?!${stops})[\\p{L}'-]+){0,3}[\\s,]+`;
  return `${LETTERS_BEFORE}(?:${alternation(vacancyNegations[language]!)})${gap}(?:${alternation(vacancyNouns[language]!)})${LETTERS_AFTER}`;
}

const NO_VACANCY_SENTENCE = lazily(() => new RegExp(LANGUAGES.map(branchSource).join('|'), 'iu'));

/** Each branch with the words a line's filter form must hold for it to match (filterableCore: '' holds always). */
const BRANCHES = lazily(() => LANGUAGES.map((language) => ({
  negations: vacancyNegations[language]!.map(filterableCore),
  nouns: vacancyNouns[language]!.map(filterableCore),
  pattern: lazily(() => new RegExp(branchSource(language), 'iu')),
})));

/** Curly apostrophes read as straight. */
const straight = (line: string): string => line.replace(/[’ʼ]/g, "'");
const words = (found: RegExpExecArray): string => found[0].replace(/\s+/g, ' ').trim();

/** The first line's words that say no vacancy is open, as written (lower-cased lines in, curly apostrophes read as straight). */
export function noVacancySentence(lines: readonly string[]): string | undefined {
  const branches = BRANCHES();
  for (const line of lines) {
    const text = straight(line);
    const form = filterForm(text);
    let first: RegExpExecArray | null = null;
    for (const branch of branches) {
      if (!mayContain(form, branch.nouns) || !mayContain(form, branch.negations)) continue;
      const found = branch.pattern().exec(text);
      if (found && (first === null || found.index < first.index)) first = found;
    }
    if (first) return words(first);
  }
  return undefined;
}

/** noVacancySentence's plain reading: the one pattern of every language's branch on every line. */
export function noVacancySentencePlain(lines: readonly string[]): string | undefined {
  for (const line of lines) {
    const found = NO_VACANCY_SENTENCE().exec(straight(line));
    if (found) return words(found);
  }
  return undefined;
}
