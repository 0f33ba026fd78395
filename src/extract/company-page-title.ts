/**
 * "Backend Engineer at Acme" as an HTML page's `<title>` or `og:title` (or one part of it: "Backend Engineer at Acme |
 * Board", "Job Application for Backend Engineer at Acme"): the name after the "at" word names the employer, as the
 * same words in the posting's heading do (title-clean.ts reads those). The page's own title is often not the posting's
 * chosen title (its <h1> is), so it is read here; the words are the title's (tables/titles.ts titleAtCompanyWords).
 */
import type { ExtractContext } from './context.js';
import type { AddCompany } from './company-sources.js';
import { isJobBoard } from './company-sources.js';
import { looksLikeJobTitle } from './title.js';
import { isPlace } from './title-place.js';
import { titleAtCompanyWords } from './tables/titles.js';
import { notEmployerWords } from './tables/companies.js';
import { workplaceValues } from './tables/workplace-values.js';
import { alternation, lazily } from './text.js';
import { writtenElsewhere } from './company-general.js';
import { domainsOf } from './company-domain.js';

const PART_SEPARATOR = /\s+[|–—·•-]\s+|\s*\|\s*/u;
/** The role, the "at" word, then one to four capitalised words that end the part. */
const ROLE_AT_NAME = lazily(() => new RegExp(`^(.{3,120}?)\\s+(?:${alternation(Object.values(titleAtCompanyWords).flat())})\\s+(\\p{Lu}[\\p{L}\\p{N}.&+'’-]{0,40}(?:\\s+\\p{Lu}[\\p{L}\\p{N}.&+'’-]{0,40}){0,3})$`, 'u'));

const NOT_EMPLOYER_WORDS = new Set(notEmployerWords);
/** "en Remoto", "at Hybrid": a remote or hybrid workplace value of any language (tables/workplace-values.ts), no employer. */
const WORK_MODES = new Set([...workplaceValues.remote, ...workplaceValues.hybrid]);

/**
 * The employer after "at" in the page's title or og:title, when what goes before names a role and the name is no place,
 * pronoun or kind of company ("chez Nous", "at Berlin Startups"): 0.6 when the posting writes it elsewhere or its domain spells
 * it, else 0.5, no more than a name the body gives ("Senior Engineer at Scale" over "Acme Inc builds tools").
 */
export function pageTitleAtCompany(ctx: ExtractContext, add: AddCompany): void {
  for (const [meta, rule] of [[ctx.page.ogTitle, 'page.og-title.at-company'], [ctx.page.title, 'page.title.at-company']] as const) {
    if (!meta) continue;
    for (const part of meta.text.split(PART_SEPARATOR)) {
      const at = ROLE_AT_NAME().exec(part.trim());
      // "Desarrollador Backend en Remoto": a way of working, like a place, is no employer.
      if (!at || !looksLikeJobTitle(at[1]!) || isPlace(at[2]!) || isJobBoard(at[2]!) || WORK_MODES.has(at[2]!.toLowerCase())) continue;
      if (at[2]!.toLowerCase().split(/\s+/u).some((word) => NOT_EMPLOYER_WORDS.has(word))) continue;
      const spelled = at[2]!.toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');
      const confirmed = writtenElsewhere(ctx, at[2]!, meta.line) || domainsOf(ctx).some((domain) => domain.name === spelled);
      add(at[2]!, meta.line, rule, meta.text, confirmed ? 0.6 : 0.5, 'structured');
      break;
    }
  }
}
