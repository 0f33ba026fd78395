/**
 * Title candidates, scored on general features. Each source gives a
 * candidate its base confidence (title.ts); every feature below that holds
 * adds its weight (a penalty), or drops the candidate (DROP). What scores
 * under MIN_TITLE_SCORE is no title: null beats a wrong title, while a
 * title-shaped line that is the only candidate is still taken. The features:
 * - what the text names: a role noun (tables/title-roles.ts);
 * - its shape: a headline of more than ten words, a sentence that speaks to
 *   or for someone ("We want you!"), a slug ("we-want-you");
 * - what else it is: the site's own name, a place, a name the page repeats
 *   (a product, team or company named on several lines).
 * Candidates that read the same from several sources add up (candidates.ts).
 * The weights are a table (TITLE_FEATURES); the winner's evidence records its
 * rule and final score.
 */
import type { Candidate } from './candidates.js';
import { isPlaceName, namesRole } from './title-clean.js';
import { bareForms, readsAsSentence, siteNames, tooLongForTitle, type EvidenceContext } from './title-evidence.js';

/** A feature's weight that drops the candidate. */
export const DROP = 'drop';
/** Under this score a candidate is no title. */
export const MIN_TITLE_SCORE = 0.3;
/** How many other lines of the page must hold a role-less candidate for it to be a name the page repeats. */
const REPEATED_LINES = 3;

/** What a feature reads: the candidate, whether it names a role, and the page around it. */
export interface TitleView {
  candidate: Candidate<string>;
  role: boolean;
  /** Some candidate other than the file name names a role. */
  anyRole: boolean;
  page: PageView;
}

export interface TitleFeature { name: string; weight: number | typeof DROP; holds: (view: TitleView) => boolean }

const SLUG = /^[\p{Ll}\p{N}]+(?:[-_][\p{Ll}\p{N}]+)+$/u;

export const TITLE_FEATURES: TitleFeature[] = [
  // "Aberto edital de seleção de bolsistas para parceria ESIG, Quark e AYTY": a headline.
  { name: 'headline', weight: DROP, holds: (v) => tooLongForTitle(v.candidate.value) },
  // "We want you!", "Rejoignez notre équipe": speaks to the reader, names no job.
  { name: 'sentence-without-role', weight: DROP, holds: (v) => !v.role && readsAsSentence(v.candidate.value) },
  // A name of several words the posting's domain spells ("Perseus & RC Abogados" beside info@perseusyrcabogados.com) is the site's, role word or not.
  { name: 'site-name', weight: DROP, holds: (v) => (!v.role || /\s/u.test(v.candidate.value.trim())) && v.page.namesSite(v.candidate.value) },
  // "we-want-you", "senior_backend": an identifier (a front matter `name`, a slug), not a title as written.
  // A role phrase read from prose is lower case by nature ("ищем водителя-курьера"), never a slug.
  { name: 'slug', weight: DROP, holds: (v) => v.candidate.source !== 'role-phrase' && SLUG.test(v.candidate.text.trim()) },
  { name: 'place', weight: DROP, holds: (v) => !v.role && isPlaceName(v.candidate.value) },
  // "Careers at Acme" in the front matter, "Senior Engineer" as the H1.
  { name: 'no-role-beside-role', weight: -0.3, holds: (v) => !v.role && v.anyRole },
  // "Join our team as a Senior Engineer": a title in a sentence loses to a title-shaped rival.
  { name: 'sentence-with-role', weight: -0.15, holds: (v) => v.role && readsAsSentence(v.candidate.value) },
  { name: 'repeated-name', weight: -0.2, holds: (v) => !v.role && v.page.linesHolding(v.candidate.value, v.candidate.line) >= REPEATED_LINES },
];

/** What the features read of the page, each computed once. */
export interface PageView {
  namesSite: (text: string) => boolean;
  linesHolding: (text: string, ownLine: number) => number;
}

/** The page as the features read it: the site names and the lower-cased lines are made on first use, since most postings never ask. */
export function pageView(ctx: EvidenceContext): PageView {
  let sites: Set<string> | undefined;
  let lower: Array<{ line: number; text: string }> | undefined;
  return {
    namesSite: (text) => bareForms(text).some((form) => (sites ??= siteNames(ctx)).has(form)),
    linesHolding: (text, ownLine) => {
      const needle = text.toLowerCase();
      if (needle.length < 3) return 0;
      lower ??= ctx.text.map((line) => ({ line: line.line, text: line.plain.toLowerCase() }));
      return lower.filter((l) => l.line !== ownLine && l.text.includes(needle)).length;
    },
  };
}

/** Every candidate's score: its confidence plus the weights of the features that hold; dropped and too-weak candidates go. */
export function scoreTitleCandidates<T extends Candidate<string>>(candidates: T[], ctx: EvidenceContext): Array<T & { features: string[] }> {
  const page = pageView(ctx);
  const roles = candidates.map((c) => namesRole(c.value));
  const anyRole = candidates.some((c, i) => roles[i] && c.source !== 'file-name');
  const scored: Array<T & { features: string[] }> = [];
  candidates.forEach((candidate, i) => {
    const view: TitleView = { candidate, role: roles[i]!, anyRole, page };
    const held = TITLE_FEATURES.filter((feature) => feature.holds(view));
    if (held.some((feature) => feature.weight === DROP)) return;
    const score = held.reduce((sum, feature) => sum + (feature.weight as number), candidate.confidence);
    if (score >= MIN_TITLE_SCORE) scored.push({ ...candidate, confidence: Math.round(score * 1000) / 1000, features: held.map((f) => f.name) });
  });
  return scored;
}
