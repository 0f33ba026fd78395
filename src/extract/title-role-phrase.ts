/**
 * A title read from a role phrase in the text (moved from title.ts): "We're looking for a Senior Engineer to join",
 * "Ищем Java-разработчика" (the object case made nominative), Japanese "Xを募集", Chinese "招聘X", Turkish "bir X
 * arıyoruz". The phrases are in tables/titles.ts (rolePhrases, roleLeadFillers, roleClauseEnds, cjkHiringAfter, ...).
 */
import { looksLikeJobTitle, namesRole } from './title-clean.js';
import { OBJECT_CASE_VERBS, nominativeRole, withoutRolePlace } from './title-case.js';
import { cjkHiringAfter, cjkHiringBefore, roleBeforeDeterminers, roleBeforeVerbs, roleClauseEnds, roleLeadFillers, rolePhrases, titleAbbreviations } from './tables/titles.js';
import { alternation, withCurlyApostrophes } from './text.js';
import { beforeSpeaker } from './title-speaker.js';
import { bracketsBalance, insideBrackets, withoutOpenAside } from './title-aside.js';
import { keywordGroup, type KeywordGroup } from './tree.js';

// Each phrase with a straight apostrophe also as typographers write it ("we’re looking for").
const ROLE_LEAD_PHRASES = withCurlyApostrophes([...Object.values(rolePhrases).flat(), ...OBJECT_CASE_VERBS.keys()]);
const ROLE_LEAD = new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternation(ROLE_LEAD_PHRASES)})(?=[\\s:])`, 'gu');
const FILLER = new RegExp(`^(?:(?:${alternation(roleLeadFillers)})\\s+)+`, 'u');
const CLAUSE_ENDS = new Set(roleClauseEnds);
const INCLUSIVE_ENDING = /\p{L}\(\p{Ll}{1,4}\)$/u;
const ABBREVIATIONS = new Set(titleAbbreviations);
// Japanese: the role is the run of katakana, kanji and Latin letters right before "を募集"; Chinese: the Han run after "招聘".
const CJK_ROLE_BEFORE_ALL = new RegExp(`([\\p{Script=Katakana}\\p{Script=Han}A-Za-z0-9ー・＆&+#/ ]{2,30})(?:${alternation(cjkHiringAfter)})`, 'gu');
const CJK_ROLE_AFTER = new RegExp(`(?:${alternation(cjkHiringBefore)})[:：\\s]*([\\p{Script=Han}A-Za-z0-9+#/ ]{2,24})`, 'u');
// Turkish: the role right before the verb, quoted or after the determiner ("bir iOS geliştirici arıyoruz").
const ROLE_BEFORE_VERB = new RegExp(`(?:[“"«]([^”"»]{2,60})[”"»]|(?:^|\\s)(?:${alternation(Object.values(roleBeforeDeterminers).flat())})\\s+((?:[\\p{L}\\p{N}+#./-]+\\s+){0,4}[\\p{L}\\p{N}+#./-]+))[*_\\s]*\\s(?:${alternation(Object.values(roleBeforeVerbs).flat())})(?![\\p{L}])`, 'iu');

/** The title in a role phrase: "We're looking for a Senior Engineer to join" -> "Senior Engineer". */
export function rolePhraseTitle(text: string, leadsBefore = Infinity): string | undefined {
  // Each lead in turn, the first few: "poszukuje osoby na stanowisko: X" names no role after its first lead, but does after its second.
  // Only the leads before `leadsBefore`: a line read with the next one joined to it gives only what its own leads start.
  let tried = 0;
  for (const lead of text.toLowerCase().matchAll(ROLE_LEAD)) {
    if (lead.index! >= leadsBefore) break;
    // A lead inside brackets is an aside ("(as an employee or as a contractor)"): it names how, not the job.
    if (insideBrackets(text.slice(Math.max(0, lead.index! - LEAD_WINDOW), lead.index))) continue;
    const title = titleAfterLead(text, lead.index! + lead[0].length, lead[0].replace(/’/gu, "'"));
    if (title || ++tried >= MAX_LEADS) return title;
  }
  return undefined;
}

/** A title is at most eight words after its lead: the text read after one is cut to a window, so a long line costs linear time. */
const LEAD_WINDOW = 200;
const MAX_LEADS = 4;

function titleAfterLead(text: string, end: number, lead: string): string | undefined {
  // "Ищем разработчика", "Zatrudnimy programistę": the role in the nominative a title is written in (not after a colon).
  const language = /^\s*:/.test(text.slice(end, end + 8)) ? undefined : OBJECT_CASE_VERBS.get(lead);
  let rest = withoutRolePlace(text.slice(end, end + LEAD_WINDOW).replace(/^[\s:*_]+/, ''), language);
  const filler = rest.toLowerCase().match(FILLER);
  if (filler) rest = rest.slice(filler[0].length);
  const words: string[] = [];
  for (const word of rest.split(/\s+/)) {
    const bare = word.replace(/[*_]/g, '');
    if (!bare || CLAUSE_ENDS.has(bare.toLowerCase()) || words.length >= 8) break;
    words.push(bare);
    // An inclusive ending in brackets ("Chef(fe)", "Desenvolvedor(a)") and an abbreviation ("ds.") are inside the title, not its end.
    if (/[.,;:!?()]$/.test(bare) && !INCLUSIVE_ENDING.test(bare) && !ABBREVIATIONS.has(bare.toLowerCase())) break;
  }
  const written = beforeSpeaker(words, lead).join(' ').replace(/[.,;:!?(]+$/, '').trim();
  const read = language ? nominativeRole(written, language, namesRole) : written;
  // An aside the phrase's end cut ("a Senior Engineer (remote, EU)" read to "Senior Engineer (remote") is left out.
  const title = read && insideBrackets(read) ? withoutOpenAside(read) : read;
  // Only a title word makes it a title: "we are looking for candidates who…" names none. Nor does a bracket closed that
  // it never opened: the words were cut from an aside ("(as an employee or as a contractor)").
  return title && looksLikeJobTitle(title) && bracketsBalance(title) ? title : undefined;
}

/**
 * "バックエンドエンジニアを募集しています" -> "バックエンドエンジニア", "北京星辰科技有限公司招聘高级后端工程师。" -> "高级后端工程师",
 * "deneyimli bir iOS geliştirici arıyoruz" -> "iOS geliştirici".
 */
export function cjkRolePhraseTitle(text: string): string | undefined {
  const before = ROLE_BEFORE_VERB.exec(text);
  // Every "…を募集" of the line: "メンバー募集はじめました。…エンジニアを募集しています" names its role at the second.
  const beforeHiring = [...text.matchAll(CJK_ROLE_BEFORE_ALL)].map((match) => match[1]);
  return [...beforeHiring, CJK_ROLE_AFTER.exec(text)?.[1], before?.[1] ?? before?.[2]]
    .map((found) => found?.replace(/[*_]+/g, '').trim()).find((found) => found && looksLikeJobTitle(found));
}

const CJK_HIRING_WORDS = [...cjkHiringAfter, ...cjkHiringBefore];
const ROLE_VERBS = Object.values(roleBeforeVerbs).flat();
/** ROLE_LEAD's phrases, as a keyword group of the lines' scan (which reads the lower-cased line, as ROLE_LEAD does). */
export const ROLE_LEAD_WORDS: KeywordGroup = keywordGroup(ROLE_LEAD_PHRASES);
/** What cjkRolePhraseTitleFast looks for, as a keyword group; null (every line) should a hiring word have case, as the scan reads it lower-cased. */
export const CJK_ROLE_WORDS: KeywordGroup | null = CJK_HIRING_WORDS.every((word) => word === word.toLowerCase() && word === word.toUpperCase())
  ? keywordGroup([...CJK_HIRING_WORDS, ...ROLE_VERBS]) : null;
/**
 * cjkRolePhraseTitle, asked only of a line with a hiring word or verb (every pattern needs one): they try every position of an English line too
 * (tests/extract-matchers.property.test.ts). The verbs match case-insensitively, so they are looked for in the lower-cased line.
 */
export function cjkRolePhraseTitleFast(text: string): string | undefined {
  const hasWord = CJK_HIRING_WORDS.some((word) => text.includes(word)) || ROLE_VERBS.some((verb) => text.toLowerCase().includes(verb));
  return hasWord ? cjkRolePhraseTitle(text) : undefined;
}
