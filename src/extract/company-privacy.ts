/**
 * A privacy notice's controller sentence names the employer in law's words: "Administratorem danych osobowych jest
 * Fundacja Instytut Spraw Obywatelskich z siedzibą w Łodzi", "Der Verantwortliche im Sinne der DSGVO ist die Nordlicht
 * GmbH", "The data controller is Nordlicht Ltd" (tables/company-sentences.ts controllerPhrases). The name is the one
 * with a legal form that opens what follows, else its capitalised words; a job board that controls a board's
 * applications is no employer.
 */
import type { ExtractContext } from './context.js';
import type { AddCompany } from './company-sources.js';
import { AFTER_FORM, isJobBoard, legalFormNamesIn } from './company-sources.js';
import { controllerLeadIns, controllerPhrases, controllerRoleNouns, controllerSeatWords } from './tables/company-sentences.js';
import { NAME } from './company-rules.js';
import { alternation, escapeRegExp, lazily } from './text.js';

/** Each phrase's words, up to six words between two of them, read on the lower-cased line. */
const CONTROLLER = lazily(() => {
  const phrases = Object.values(controllerPhrases).flat().map((phrase) => phrase.split(' ').map(escapeRegExp).join(String.raw`(?:\s+\S+){0,6}?\s+`));
  return new RegExp(String.raw`(?<![\p{L}])(?:${phrases.join('|')})\s+`, 'u');
});
/** Lead-ins before the name, as written (case-sensitive: a name's capital must stay a capital), and an opening quote. */
const LEAD_INS = lazily(() => new RegExp(String.raw`^(?:(?:${alternation(controllerLeadIns)})\s+){0,2}["'„“«»]?`, 'u'));
/** Each phrase's longest word ("administratorem", "controller"): a line without one is not read, nor lower-cased. */
const LONGEST_WORDS = lazily(() => new RegExp(alternation(Object.values(controllerPhrases).flat().map((phrase) => phrase.split(' ').reduce((a, b) => (b.length > a.length ? b : a)))), 'iu'));
/** A name at the start of what follows the phrase. */
const NAME_AT_START = lazily(() => new RegExp(`^${NAME}`, 'u'));
/** What may follow a name without a legal form: a stop, the line's end, or a seat word. */
const NAME_END = lazily(() => new RegExp(String.raw`^(?:\s*(?:[,.;:()\[\]–—-]|$)|\s+(?:${alternation(controllerSeatWords)})(?![\p{L}]))`, 'u'));
const ROLE_NOUNS = lazily(() => new Set(Object.values(controllerRoleNouns).flat()));

/** A name without a legal form is read only where it ends as a name does, and is no role ("Pracodawca", "EU-based or …"). */
function plainName(rest: string): string | undefined {
  const name = NAME_AT_START().exec(rest)?.[1];
  if (!name || ROLE_NOUNS().has(name.toLowerCase()) || !NAME_END().test(rest.slice(name.length))) return undefined;
  return name;
}

/** The controller named by a privacy notice (0.7: the law makes it the one who collects the applications). */
export function controllerCompany(ctx: Pick<ExtractContext, 'text'>, add: AddCompany): void {
  for (const line of ctx.text) {
    if (line.plain.length > 2000) continue;
    if (!LONGEST_WORDS().test(line.plain)) continue;
    const lower = line.plain.toLowerCase();
    // The phrase is read lower-cased, the name from the line as written (the same offsets: no letter changed length).
    const match = lower.length === line.plain.length ? CONTROLLER().exec(lower) : null;
    if (!match) continue;
    const after = line.plain.slice(match.index + match[0].length, match.index + match[0].length + 200);
    const rest = after.slice(LEAD_INS().exec(after)![0].length);
    const withForm = legalFormNamesIn(rest).find((name) => rest.startsWith(name));
    const name = withForm ?? plainName(rest);
    // "Grupa Pracuj S.A.", "StepStone GmbH": a board controls the applications sent through it, and hires no one.
    if (!name || isJobBoard(name.replace(AFTER_FORM, '')) || name.replace(AFTER_FORM, '').split(/\s+/u).some(isJobBoard)) continue;
    add(name, line.line, 'text.privacy-controller', line.plain, 0.7);
    return;
  }
}
