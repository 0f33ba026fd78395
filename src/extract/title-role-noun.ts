/**
 * Whether a text names a role: a role noun of any language (tables/title-roles.ts) as a stem at a word's start, a
 * whole word, or inside a compound; words that hold a noun but name no role (notRoleWords) do not count.
 */
import { processPhrases } from './tables/not-posting.js';
import { roleNouns, notRoleWords, sectionHeadingOpeners, type RoleNouns } from './tables/title-roles.js';
import { alternation } from './text.js';

const nounsOf = (kind: keyof RoleNouns): string[] => Object.values(roleNouns).flatMap((table) => table[kind] ?? []);
// Stems at a word start, whole words (an optional plural), and nouns anywhere in a word (compounds, CJK).
const ROLE_NOUN = new RegExp([
  `(?<![\\p{L}\\p{N}])(?:${alternation(nounsOf('stems'))})`,
  `(?<![\\p{L}\\p{N}])(?:${alternation(nounsOf('words'))})(?:e?s)?(?![\\p{L}\\p{N}])`,
  alternation(nounsOf('inside')),
].join('|'), 'u');
const NOT_ROLE = new RegExp(alternation(notRoleWords), 'gu');
// An interview step names no role though an adjective in it is a role noun elsewhere ("Colloquio tecnico", "Entrevista técnica"):
// the steps of tables/not-posting.ts, as whole words ("Technical Interviewer" stays a role).
const INTERVIEW_STEP = new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternation(Object.values(processPhrases).flat())})(?![\\p{L}\\p{N}])`, 'gu');

// A section heading's opening ("Az értékesítő csapatról"): the role noun in it is what the section is about, no title.
const SECTION_OPENING = new RegExp(`^(?:${alternation(sectionHeadingOpeners)})\\s+\\p{Ll}`, 'iu');

/** Does a short text (ten words at most) name a role: a role noun of any language in tables/title-roles.ts? */
export function looksLikeJobTitle(text: string): boolean {
  return text.split(/\s+/).length <= 10 && (text.match(UNSPACED_LETTER)?.length ?? 0) <= UNSPACED_TITLE_CHARS && !opensSection(text) && namesRole(text);
}

// Thai, Lao, Khmer and Burmese write a sentence without spaces between words: ten words may be a paragraph, so a title's
// length in those letters is capped ("พนักงานทุกคนคือหัวใจของบริษัท เราช่างโชคดีที่มีทีมงานที่ดี", 57, is a sentence, no title; a
// careers line that hires, "บริษัท ดีไซน์ จำกัด เปิดรับ กราฟิกดีไซเนอร์ 1 อัตรา", 44, names its role).
const UNSPACED_LETTER = /[\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}]/gu;
const UNSPACED_TITLE_CHARS = 50;

// The opener is matched case-insensitively, the next word must be lower case: "A Példa Kft." starts no section.
const opensSection = (text: string): boolean => {
  const opening = SECTION_OPENING.exec(text);
  return opening !== null && /\p{Ll}$/u.test(opening[0]);
};

/** Does a text of any length hold a role noun? */
export function namesRole(text: string): boolean {
  return ROLE_NOUN.test(text.toLowerCase().replace(INTERVIEW_STEP, ' ').replace(NOT_ROLE, ' '));
}
