/**
 * What makes a candidate read as a job title, beyond where it was read
 * (title.ts gives each source its confidence):
 * - it names a role (a role noun of tables/title-roles.ts);
 * - it has a title's shape: ten words at most ("Aberto edital de seleção de
 *   bolsistas para parceria ESIG, Quark e AYTY" is a headline), not a
 *   sentence that speaks to or for someone ("We want you!");
 * - it is not the site's own name (og:site_name, the posting's domain);
 * - candidates that differ only in case, spaces and punctuation agree, and
 *   add up as independent evidence (candidates.ts).
 * A headline, and a candidate that names no role and reads as a sentence or
 * as the site's name, is no title: null beats a wrong title. One that names a role but
 * reads as a sentence loses a little to a title-shaped rival.
 */
import type { ExtractContext } from './context.js';
import { namesRole } from './title-clean.js';
import { domainsOf } from './company-domain.js';
import { titleSentenceWords } from './tables/titles.js';

/** More words than a title has: a headline or a sentence. */
const MAX_TITLE_WORDS = 10;
/** What a title that names a role but reads as a sentence loses. */
const SENTENCE_PENALTY = 0.15;
const SENTENCE_WORDS = new Set(Object.values(titleSentenceWords).flat());

/** A headline of more than ten words ("Aberto edital de seleção de bolsistas para parceria ESIG, Quark e AYTY"). */
export const tooLongForTitle = (text: string): boolean => text.trim().split(/\s+/u).length > MAX_TITLE_WORDS;

/** "We want you", "Join our team as X": a word that speaks to or for someone. */
export function readsAsSentence(text: string): boolean {
  return text.toLowerCase().split(/[\s,;:!?.()"“”«»]+/u).some((word) => SENTENCE_WORDS.has(word.replace(/’/gu, "'")));
}

const bare = (text: string): string => text.toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');

/** What weighing reads of the posting: its page meta, and its links, addresses and front matter for the domains they name. */
export type EvidenceContext = Pick<ExtractContext, 'page' | 'text' | 'links' | 'frontmatterStrings' | 'forms'>;

/** The site's own names: og:site_name and the posting's domains ("Fernway" beside jobs@fernway.io), as bare keys. */
export function siteNames(ctx: EvidenceContext): Set<string> {
  const site = ctx.page.siteName?.text;
  return new Set([...(site !== undefined ? [bare(site)] : []), ...domainsOf(ctx).map((domain) => domain.name)].filter(Boolean));
}

/** Two candidates name the same title when they differ only in case, spaces and punctuation ("Full-Stack Developer", "Full Stack Developer"). */
export const sameTitle = (a: string, b: string): boolean => a.toLowerCase() === b.toLowerCase() || (bare(a).length > 0 && bare(a) === bare(b));

interface Weighed { value: string; confidence: number }

/** Drop the candidates that are no title and lower those that read as a sentence; the rest keep their confidence. */
export function weighTitleCandidates<T extends Weighed>(candidates: T[], ctx: EvidenceContext): T[] {
  let sites: Set<string> | undefined;
  const namesSite = (text: string): boolean => (sites ??= siteNames(ctx)).has(bare(text));
  return candidates.filter((c) => !tooLongForTitle(c.value) && (namesRole(c.value) || !(readsAsSentence(c.value) || namesSite(c.value))))
    .map((c) => (namesRole(c.value) && readsAsSentence(c.value) ? { ...c, confidence: Math.max(0.05, c.confidence - SENTENCE_PENALTY) } : c));
}
