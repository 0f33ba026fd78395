/**
 * "No vacancy" in a language's own order of words (posting-kind.ts weighs it as the fixed phrases of
 * tables/not-posting.ts noVacancyPhrases): a negation, at most three words that are no preposition or
 * number, then a vacancy noun, all of one language ("There are currently no openings", "Derzeit sind keine
 * Stellen ausgeschrieben", "Sem vagas no momento"). The phrases list the forms a page writes; this reads the
 * forms between them, so a page is refused whichever way its sentence runs.
 */
import { alternation, lazily } from './text.js';
import { vacancyGapStops, vacancyNegations, vacancyNouns } from './tables/not-posting.js';

const LETTERS_BEFORE = '(?<![\\p{L}\\p{N}])';
const LETTERS_AFTER = '(?![\\p{L}\\p{N}])';

/** One branch a language: its negations, a gap of up to three words that stop nowhere, its nouns. */
const NO_VACANCY_SENTENCE = lazily(() => {
  const stops = `(?:${alternation(vacancyGapStops)})${LETTERS_AFTER}`;
  const gap = `(?:[\\s,]+(?!${stops})[\\p{L}'-]+){0,3}[\\s,]+`;
  const branches = Object.keys(vacancyNegations).filter((language) => vacancyNouns[language]).map((language) =>
    `${LETTERS_BEFORE}(?:${alternation(vacancyNegations[language]!)})${gap}(?:${alternation(vacancyNouns[language]!)})${LETTERS_AFTER}`);
  return new RegExp(branches.join('|'), 'iu');
});

/** The first line's words that say no vacancy is open, as written (lower-cased lines in, curly apostrophes read as straight). */
export function noVacancySentence(lines: readonly string[]): string | undefined {
  for (const line of lines) {
    const found = NO_VACANCY_SENTENCE().exec(line.replace(/[’ʼ]/g, "'"));
    if (found) return found[0].replace(/\s+/g, ' ').trim();
  }
  return undefined;
}
