/**
 * The tests of a title's shape and of the site's name that title-score.ts
 * weighs: a headline of more than ten words ("Aberto edital de seleção de
 * bolsistas para parceria ESIG, Quark e AYTY"), a sentence that speaks to or
 * for someone ("We want you!"), the site's own name (og:site_name, the
 * posting's domain); and when two candidates name the same title (they differ
 * only in case, spaces and punctuation, and add up in candidates.ts).
 */
import type { ExtractContext } from './context.js';
import { domainsOf } from './company-domain.js';
import { titleSentenceWords } from './tables/titles.js';

/** More words than a title has: a headline or a sentence. */
const MAX_TITLE_WORDS = 10;
const SENTENCE_WORDS = new Set(Object.values(titleSentenceWords).flat());

/** A headline of more than ten words ("Aberto edital de seleção de bolsistas para parceria ESIG, Quark e AYTY"). */
export const tooLongForTitle = (text: string): boolean => text.trim().split(/\s+/u).length > MAX_TITLE_WORDS;

/** "We want you", "Join our team as X": a word that speaks to or for someone. */
export function readsAsSentence(text: string): boolean {
  return text.toLowerCase().split(/[\s,;:!?.()"“”«»]+/u).some((word) => SENTENCE_WORDS.has(word.replace(/’/gu, "'")));
}

/** A text's letters and digits, lower-cased: how titles and site names are compared. */
export const bare = (text: string): string => text.toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');

/** What weighing reads of the posting: its page meta, and its links, addresses and front matter for the domains they name. */
export type EvidenceContext = Pick<ExtractContext, 'page' | 'text' | 'links' | 'frontmatterStrings' | 'forms'>;

/** "&" as a domain spells it out, per language: and (en), y (es), und (de), et (fr), e (pt, it), en (nl), i (pl, ca), och (sv), og (no, da). */
const AMPERSAND_READINGS = ['and', 'y', 'und', 'et', 'e', 'en', 'i', 'och', 'og'];

/** A text's bare keys: as written, and with each reading of its "&" ("Perseus & RC Abogados" is perseusyrcabogados.com). */
export const bareForms = (text: string): string[] =>
  text.includes('&') ? [bare(text), ...AMPERSAND_READINGS.map((word) => bare(text.replace(/\s*&\s*/gu, ` ${word} `)))] : [bare(text)];

/** The site's own names: og:site_name and the posting's domains ("Fernway" beside jobs@fernway.io), as bare keys. */
export function siteNames(ctx: EvidenceContext): Set<string> {
  const site = ctx.page.siteName?.text;
  return new Set([...(site !== undefined ? [bare(site)] : []), ...domainsOf(ctx).map((domain) => domain.name)].filter(Boolean));
}

/** Two candidates name the same title when they differ only in case, spaces and punctuation ("Full-Stack Developer", "Full Stack Developer"). */
export const sameTitle = (a: string, b: string): boolean => a.toLowerCase() === b.toLowerCase() || (bare(a).length > 0 && bare(a) === bare(b));
