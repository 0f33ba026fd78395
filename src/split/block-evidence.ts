/**
 * What a block of a page says of itself, as a posting would say it: the
 * sections of a role (duties, requirements, benefits: a heading, a line in
 * bold or a lead-in ending in a colon whose words name one, extract/
 * sections.ts), the terms of a job (pay, a contract type, hours, years asked,
 * a way to apply, a closing date), a place or a remote policy, a sentence
 * that hires a role ("Café De Molen zoekt parttime-medewerkers": title.ts's
 * role phrases), and a head that names a role (title tables). Each sign is read per line once for the
 * whole page (`lineSigns`); a block's evidence is the distinct signs of its
 * lines, explained as posting-kind.ts explains a page (`signs`). Pure
 * functions: the rule that cuts a page by this evidence is evidence-blocks.ts.
 */
import type { BodyLine } from '../document.js';
import { sectionKindOf } from '../extract/sections.js';
import { namesRole } from '../extract/title-clean.js';
import { parseMoney } from '../extract/money.js';
import { hasApplyWords } from '../extract/apply.js';
import { closingDateIn } from '../extract/closing.js';
import { parseExperience } from '../extract/experience.js';
import { YEARS } from '../extract/experience-rules.js';
import { measuredTypes } from '../extract/employment-measures.js';
import { locationLabel, badgeOf } from '../extract/workplace.js';
import { phraseFinder } from '../extract/match/phrases.js';
import { contractLabels, employmentLabelOnly, employmentWords, employmentWordsCjk, weeklyHoursLabels } from '../extract/tables/employment.js';
import { salaryWords } from '../extract/tables/salary-words.js';
import { remotePhrases } from '../extract/tables/remote.js';
import { rolePhraseTitle } from '../extract/title.js';
import { LINK_AS_TEXT } from './link-text.js';

/** A sign a line may carry: a section of a role (by its kind), or a term of a job. */
export type Sign = `section:${string}` | 'pay' | 'contract' | 'hours' | 'years' | 'apply' | 'closing' | 'place' | 'remote' | 'hire';

/** Section kinds that a role has of its own (a company's "About us" or a process is the page's as much). */
export const ROLE_SECTION_KINDS = new Set(['responsibilities', 'requirements', 'niceToHave', 'role', 'benefits', 'compensation']);

const CONTRACT_WORDS = phraseFinder([...employmentWords.map(([phrase]) => phrase).filter((phrase) => !employmentLabelOnly.has(phrase)), ...employmentWordsCjk.map(([phrase]) => phrase)]);
/** Policy phrases only: "onsite" words ("office") are said of any company. */
const REMOTE_WORDS = phraseFinder([...remotePhrases.remote, ...remotePhrases.hybrid].map(([phrase]) => phrase));
/** A line asks for years only with a figure before a years word (the reading itself costs a keyword index a call: most lines skip it). */
const MAY_ASK_YEARS = new RegExp(String.raw`\d\s{0,2}\+?\s{0,3}(?:[-–]\s{0,2}\d{1,2}\s{0,2}\+?\s{0,2})?${YEARS}(?![\p{L}])|\d\s{0,2}(?:年|лет|год|рок)`, 'iu');
const LINK = /https?:\/\/|\]\(|<a\s/i;
const EMAIL = /[^\s@<>()[\]]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+/u;

/** "Label: value" lines whose label names a term of a job ("Dienstverband: Loondienst", "Salary: negotiable", "Wochenarbeitszeit: 30"). */
const TERM_LABELS = new Map<string, Sign>([
  ...contractLabels.map((label) => [label, 'contract'] as const),
  ...weeklyHoursLabels.map((label) => [label, 'hours'] as const),
  ...Object.values(salaryWords).flat().map((label) => [label, 'pay'] as const),
]);
const LABEL = /^([^:：]{2,40}?)\s*[:：]\s*\S/u;

/** The line as a reader sees it: no heading marks, emphasis or list bullets. */
function plainOf(text: string): string {
  return text.replace(/^\s*(?:#{1,6}\s+|[-*+]\s+|\d{1,3}[.)]\s+|>\s*)/, '').replace(/\*\*|__|`/g, '').replace(LINK_AS_TEXT, '$1').trim();
}

/** A line set as a head of what follows: a heading, a line wholly in bold, or a short lead-in ending in a colon. */
function headLike(text: string): boolean {
  const line = text.trim();
  return /^#{1,6}\s/.test(line) || /^(?:\*\*|__)[^*_]+(?:\*\*|__):?$/.test(line) || (line.length <= 60 && /[:：]$/.test(line));
}

/** The section kind a head names, its brackets and colon left out ("【技能要求】", "要求：", "[Requirements]"). */
export const sectionOf = (text: string): string => sectionKindOf(text.replace(/[【】「」〔〕\[\]:：]/gu, ' ').trim());

/** The signs of each body line, read once for the page. */
export function lineSigns(body: BodyLine[]): Array<Set<Sign>> {
  return body.map(({ text }) => signsOfLine(text));
}

export function signsOfLine(text: string): Set<Sign> {
  const signs = new Set<Sign>();
  const plain = plainOf(text);
  if (!/[\p{L}\p{N}]/u.test(plain)) return signs;
  // A head, or a lead-in label before its text ("Requirements: 3+ years with Go").
  const lead = headLike(text) && plain.length <= 80 ? plain : LABEL.exec(plain)?.[1];
  const kind = lead === undefined ? 'other' : sectionOf(lead);
  if (ROLE_SECTION_KINDS.has(kind)) signs.add(`section:${kind}`);
  if (plain.length > 600) return signs;
  const label = TERM_LABELS.get(LABEL.exec(plain)?.[1]!.toLowerCase() ?? '');
  if (label) signs.add(label);
  if (parseMoney(plain).some((figure) => figure.currency)) signs.add('pay');
  if (CONTRACT_WORDS.find(plain, 0) !== null) signs.add('contract');
  if (measuredTypes(plain).length) signs.add('hours');
  if (MAY_ASK_YEARS.test(plain) && parseExperience(plain) !== null) signs.add('years');
  // Words about applying alone are weak ("web application"): with an address or a link to apply to, or as a head ("How to apply:").
  if (EMAIL.test(plain) || (hasApplyWords(plain) && (LINK.test(text) || headLike(text)))) signs.add('apply');
  if (closingDateIn(plain) !== null) signs.add('closing');
  if (locationLabel(plain) || badgeOf(plain)) signs.add('place');
  if (REMOTE_WORDS.find(plain, 0) !== null) signs.add('remote');
  // A sentence that hires a role ("Juffrouw Tok Ede zoekt parttime-medewerkers"): a card may name its role only there.
  if (hiredRole(text) !== undefined) signs.add('hire');
  return signs;
}

/** The role a line's sentence hires ("Acme is hiring a Data Analyst", "As a Data Analyst you will…": "Data Analyst"), if any. */
export const hiredRole = (text: string): string | undefined => rolePhraseTitle(plainOf(text));

/** A block's evidence: its distinct signs, whether its head names a role, and the signs explained. */
export interface BlockEvidence { score: number; roleHead: boolean; sections: number; terms: number; kinds: Set<Sign>; signs: string[] }

/** Sections count up to three, as posting-kind.ts counts them; each kind of term once; a place and a remote policy together once. */
export function blockEvidence(head: string, signs: Array<Set<Sign>>, start: number, end: number): BlockEvidence {
  const kinds = new Set<Sign>();
  for (let at = start; at < Math.min(end, signs.length); at++) for (const sign of signs[at]!) kinds.add(sign);
  const roleHead = namesRole(head);
  const sectionKinds = [...kinds].filter((sign) => sign.startsWith('section:'));
  const sections = Math.min(3, sectionKinds.length);
  const termKinds = [...kinds].filter((sign) => !sign.startsWith('section:') && sign !== 'place' && sign !== 'remote');
  const where = kinds.has('place') || kinds.has('remote') ? 1 : 0;
  const terms = termKinds.length + where;
  const explained = [
    ...(roleHead ? [`head "${head}" names a role (+1)`] : []),
    ...(sections ? [`${sections} role section(s) ${sectionKinds.map((s) => s.slice(8)).join('/')} (+${sections})`] : []),
    ...(terms ? [`${terms} job term(s) ${[...termKinds, ...(where ? ['place'] : [])].join('/')} (+${terms})`] : []),
  ];
  return { score: (roleHead ? 1 : 0) + sections + terms, roleHead, sections, terms, kinds, signs: explained };
}

/** Sign occurrences in lines [start, end): how much a part of the page says, for its share of the page's evidence. */
export function signCount(signs: Array<Set<Sign>>, start: number, end: number): number {
  let count = 0;
  for (let at = Math.max(0, start); at < Math.min(end, signs.length); at++) count += signs[at]!.size;
  return count;
}
