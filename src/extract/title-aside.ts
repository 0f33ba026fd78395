/**
 * "Softwareentwickler (Klarna)", "DevOps Engineer [Acme Labs]": a name in
 * brackets after a title is the employer's when the posting writes it as a
 * name elsewhere too ("Klarna wurde 2005 gegründet"). What a title's brackets
 * also hold is not: a skill ("(Python)"), a specialty ("(Frontend)"), a
 * contract or schedule word, a role, a number, a list ("University of Oslo, Norway"), a
 * title's acronym spelled out ("OSPO (Open Source Program Office)").
 */
import type { ExtractContext } from './context.js';
import { writesAsWord } from './match/name-mentions.js';
import { skillAliases } from './tables/skills.js';
import { specialtyWords } from './tables/title-roles.js';
import { titleDecorationWords } from './tables/titles.js';
import { employmentWords } from './tables/employment.js';
import { alternation } from './text.js';
import { phraseGated } from './match/phrase-gate.js';

const SKILLS = new Set(skillAliases.map((skill) => skill.alias.toLowerCase()));
const SPECIALTIES = new Set(specialtyWords);
const DECORATIONS = new Set(Object.values(titleDecorationWords).flat());
/**
 * A contract, schedule or trainee word anywhere in the brackets ("(Werkstudent)", "(Minijob, 10h)"): the job's terms, no name.
 * Gated by its words: compiled (7,000 characters, `iu`) only for brackets that hold one.
 */
const employmentPhrases = employmentWords.map(([phrase]) => phrase);
export const EMPLOYMENT_WORD = phraseGated(employmentPhrases, () => new RegExp(`(?<![\\p{L}])(?:${alternation(employmentPhrases)})(?![\\p{L}])`, 'iu'));
/** One to four words, the first capitalised, no digit, comma or sentence mark. */
const NAME_SHAPE = /^\p{Lu}[^\d,;:.!?()[\]]{1,40}$/u;

/** Is the bracketed text after a title a name the posting writes on another line, as a word, away from the title? */
export function isNamedAside(inner: string, head: string, line: number, ctx: Pick<ExtractContext, 'text'> | undefined, isRole: (text: string) => boolean): boolean {
  const name = inner.trim();
  if (!ctx || !NAME_SHAPE.test(name) || name.split(/\s+/u).length > 4 || isRole(name)) return false;
  const lower = name.toLowerCase();
  if (SKILLS.has(lower) || SPECIALTIES.has(lower) || DECORATIONS.has(lower) || name.split(/\s+/u).some((word) => SKILLS.has(word.toLowerCase()))) return false;
  if (EMPLOYMENT_WORD.test(name)) return false;
  // "OSPO (Open Source Program Office)": the brackets spell out a word of the title.
  const initials = name.split(/\s+/u).map((word) => word[0]).join('').toUpperCase();
  if (initials.length >= 2 && head.split(/[^\p{L}\p{N}]+/u).includes(initials)) return false;
  // The title repeated (a page title, a link list) is no other mention.
  return ctx.text.some((other) => other.line !== line && other.plain.includes(name) && !other.plain.includes(head) && writesAsWord(other.plain, name));
}

// A role phrase read in or out of an aside (title.ts): brackets, ASCII and full-width.
const OPENING_BRACKETS = '([{（［｛【「';
const CLOSING_BRACKETS = ')]}）］｝】」';

/** The text's bracket depth at its end (a closing bracket never opened counts nothing), and whether one such came. */
function bracketDepth(text: string): { open: number; unopenedClose: boolean } {
  let open = 0;
  let unopenedClose = false;
  for (const char of text) {
    if (OPENING_BRACKETS.includes(char)) open++;
    else if (CLOSING_BRACKETS.includes(char)) {
      if (open === 0) unopenedClose = true;
      else open--;
    }
  }
  return { open, unopenedClose };
}

/** Does the text leave a bracket open (the text after it is inside that bracket)? */
export const insideBrackets = (text: string): boolean => bracketDepth(text).open > 0;

/** Is every bracket of the text closed, and every closing one opened, in order? */
export function bracketsBalance(text: string): boolean {
  const { open, unopenedClose } = bracketDepth(text);
  return open === 0 && !unopenedClose;
}

/** The text before its last bracket left open ("Senior Engineer (remote" -> "Senior Engineer"). */
export function withoutOpenAside(text: string): string {
  const open = Math.max(...[...OPENING_BRACKETS].map((bracket) => text.lastIndexOf(bracket)));
  return text.slice(0, open).trim();
}
