/**
 * Names an organisation word opens, read as the text writes them: "Zarząd Stowarzyszenia Lokalna Grupa Działania
 * Chełmno", "Coopérative des ambulanciers du Grand Ouest: Régulateur.", "University of Padova". The word, then
 * capitalised words and the particles between them (a particle may bring one lower-case word: "des ambulanciers"),
 * ending on a capitalised word. A case form of the word ("Stowarzyszenia") is named by its first form
 * (tables/company-evidence.ts): the name after it keeps its own.
 */
import type { ExtractContext } from './context.js';
import { organisationNameParticles, organisationWordsBeforeName, organisationWordsNeedingParticle, wordsBeforeOtherOrganisation } from './tables/company-evidence.js';
import { alternation, lazily } from './text.js';
import { soleLongerForm } from './match/name-mentions.js';

type Add = (name: string, line: number, rule: string, text: string, confidence: number) => void;

const WORD_FORMS = Object.values(organisationWordsBeforeName).flat();
/** Each form of an organisation word, with the form a name takes ("Stowarzyszenia" -> "Stowarzyszenie"). */
const FIRST_FORM = new Map(WORD_FORMS.flatMap((forms) => forms.map((form): [string, string] => [form, forms[0]!])));
const ORGANISATION_WORD = lazily(() => new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternation([...FIRST_FORM.keys()])})(?= )`, 'gu'));
const PARTICLES = new Set(organisationNameParticles);
const NEEDS_PARTICLE = new Set(organisationWordsNeedingParticle);
// "a degree from University X", "with University X researchers": the word before the name, as the line writes it.
const OTHER_ORGANISATION_BEFORE = lazily(() => new RegExp(`(?:^|[^\\p{L}\\p{N}])(?:${alternation(Object.values(wordsBeforeOtherOrganisation).flat())})\\s+$`, 'iu'));
/** A capitalised word of a name ("Grand", "d'Entraide", "Chełmno"), without the punctuation after it. */
const CAPITALISED = /^(?:d['’])?\p{Lu}[\p{L}\p{N}'’.&-]*$/u;
const LOWER_WORD = /^\p{Ll}[\p{L}-]*$/u;
/** At most this many words after the organisation word. */
const MAX_WORDS = 7;

/** The organisation names a text writes, each as its first form names it ("Stowarzyszenie Lokalna Grupa Działania Chełmno"). */
export function organisationNamesIn(text: string): string[] {
  if (!/\p{Lu}/u.test(text)) return [];
  const names: string[] = [];
  for (const match of text.matchAll(ORGANISATION_WORD())) {
    if (OTHER_ORGANISATION_BEFORE().test(text.slice(Math.max(0, match.index - 20), match.index))) continue;
    const words = text.slice(match.index + match[0].length + 1).split(' ');
    if (NEEDS_PARTICLE.has(match[0]) && !PARTICLES.has(words[0]!)) continue;
    let end = 0;
    let afterParticle = false;
    for (let index = 0; index < Math.min(words.length, MAX_WORDS); index++) {
      const raw = words[index]!;
      const word = raw.replace(/[,;:!?.)]+$/u, '');
      // "Chełmno, ul. Dominikańska", "Grand Ouest: Régulateur": punctuation after a word ends the name there.
      const ends = word !== raw;
      if (CAPITALISED.test(word)) {
        end = index + 1;
        afterParticle = false;
      } else if (PARTICLES.has(word)) afterParticle = true;
      else if (afterParticle && LOWER_WORD.test(word)) afterParticle = false;
      else break;
      if (ends) break;
    }
    if (end === 0) continue;
    const rest = words.slice(0, end).join(' ').replace(/[,;:!?.)]+$/u, '');
    names.push(`${FIRST_FORM.get(match[0])!} ${rest}`);
  }
  return names;
}

/**
 * Each name an organisation word opens: 0.5 when two lines or more write it or the page's own summary (a meta or
 * front-matter description) does, else 0.45 (a name in a sentence, "a degree from University X", needs another reading).
 * Never above 0.5: it fills a company no other reading names ("Foundation Models" opens the same way), and loses to any that does.
 */
export function organisationCompanies(ctx: Pick<ExtractContext, 'text' | 'frontmatterStrings' | 'page'>, add: Add): void {
  const found = new Map<string, { line: number; text: string; lines: number; summary: boolean }>();
  const read = (text: string, line: number, summary: boolean): void => {
    for (const name of new Set(organisationNamesIn(text))) {
      const seen = found.get(name);
      if (seen) {
        seen.lines++;
        seen.summary ||= summary;
      } else found.set(name, { line, text, lines: 1, summary });
    }
  };
  for (const line of ctx.text) read(line.plain, line.line, false);
  for (const item of ctx.frontmatterStrings) if (/^(?:description|summary|excerpt)$/iu.test(item.key)) read(item.text, item.line, true);
  if (ctx.page.description) read(ctx.page.description.text, ctx.page.description.line, true);
  for (const [name, { line, text, lines, summary }] of found) add(name, line, 'text.organisation-name', text, lines >= 2 || summary ? 0.5 : 0.45);
}

/**
 * The chosen name grown by the organisation word the text writes before it ("Padova" -> "University of Padova"), when
 * one such longer form only is written, on as many lines as the bare name.
 */
export function grownByOrganisationWord(ctx: Pick<ExtractContext, 'text'>, name: string): string {
  const grown = soleLongerForm(ctx.text, name, (line) => organisationNamesIn(line).filter((full) => full.endsWith(` ${name}`)));
  return grown && grown.fullLines >= grown.bareLines ? grown.form : name;
}
