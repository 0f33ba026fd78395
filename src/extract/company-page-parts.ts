/**
 * What a page says of its owner outside the posting's text, and a posting's signature:
 * - the copyright line of an HTML page's footer ("© 2026 Nordlicht GmbH") and the brand link in its header
 *   ("<a class="logo" href="/">Nordlicht</a>"), read by page-meta.ts since the cleaned body drops both: weak, below
 *   the body's own readings, and one piece of evidence with the page's other names of itself (site name, logo);
 * - a closing line signed by the employer's team ("Ihr Nordlicht-Team", "L'équipe Nordlicht", tables/company-page-parts.ts).
 */
import type { ExtractContext } from './context.js';
import type { AddCompany } from './company-sources.js';
import { AFTER_FORM, cjkHolderLacksForm, COPYRIGHT, isJobBoard } from './company-sources.js';
import { NAME } from './company-rules.js';
import { looksLikeJobTitle } from './title.js';
import { rightsWords, signOffPronouns, siteCreditWords, teamSignOffs } from './tables/company-page-parts.js';
import { departmentNames, teamNotNames } from './tables/company-evidence.js';
import { escapeRegExp, lazily } from './text.js';

const CREDITS = Object.values(siteCreditWords).flat();
/** "Theme by Zeenbit", "Powered by Hireflow": a copyright holder that credits the site's maker. */
export const creditsSiteMaker = (holder: string): boolean => {
  const lower = holder.toLowerCase();
  return CREDITS.some((words) => new RegExp(`(?<![\\p{L}])${escapeRegExp(words)}(?![\\p{L}])`, 'u').test(lower));
};

const RIGHTS = Object.values(rightsWords).flat();
/** "All rights reserved", "Alle Rechte vorbehalten", "Copyright": a footer's words of its rights, no holder. */
const statesRights = (holder: string): boolean => { const lower = holder.toLowerCase(); return RIGHTS.some((words) => lower.includes(words)); };

/**
 * The page's footer copyright holder (0.5, with a legal form 0.55) and its header brand (0.5); not when the page's head names
 * the same already (its site name, its logo: the site's own word, once), nor when the page names several organisations.
 */
export function pagePartCompanies(ctx: ExtractContext, organisations: number, named: ReadonlyArray<{ value: string; rule: string }>, add: AddCompany): void {
  const key = (name: string): string => name.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
  const said = new Set(named.filter((c) => c.rule.startsWith('page.')).map((c) => key(c.value)));
  const footer = ctx.page.footerCopyright;
  const holder = footer && organisations <= 1 ? COPYRIGHT.exec(footer.text)?.[1]?.replace(/,?\s*\d{4}(?:\s*[-–]\s*\d{4})?$/u, '').trim() : undefined;
  const footerName = holder && !/\d/.test(holder) && holder.split(/\s+/).length <= 6 && !isJobBoard(holder) && !creditsSiteMaker(holder) && !statesRights(holder) && !looksLikeJobTitle(holder) && !cjkHolderLacksForm(holder) ? holder : undefined;
  if (footer && footerName && !said.has(key(footerName))) {
    add(footerName, footer.line, 'page.footer-copyright', footer.text, AFTER_FORM.test(footerName) ? 0.55 : 0.5, 'structured');
    said.add(key(footerName));
  }
  const brand = ctx.page.headerBrand;
  if (brand && !said.has(key(brand.text)) && !creditsSiteMaker(brand.text)) add(brand.text, brand.line, 'page.header-brand', brand.text, 0.5, 'structured');
}

const NOT_NAMES = new Set([...teamNotNames, ...departmentNames].map((word) => word.toLowerCase()));
const PRONOUNS = new Set(Object.values(signOffPronouns).flat());
// Each sign-off's words before and after its name, lower case: compared as strings, since one pattern of them all,
// caseless and with a name between, backtracked for a millisecond on every closing line with "team" in it.
const SIGN_OFF_PARTS = lazily(() => Object.values(teamSignOffs).flat().map((phrase) => phrase.split('{name}') as [string, string]));
const SIGN_OFF_NAME = lazily(() => new RegExp(NAME, 'u'));

/** "Ihr Nordlicht-Team", "El equipo de Nordlicht" as one of the posting's last lines: the employer signs it (0.6). */
export function signOffCompany(ctx: ExtractContext, add: AddCompany): void {
  // The last three lines that say something: a sign-off closes the posting, a benefit list's "- Junges Team" does not.
  for (const line of lastLines(ctx.text, 3)) {
    // A sign-off is a short line; most postings end without a team word, and the sign-offs' pattern (a long caseless
    // alternation) runs only on a short line with one.
    if (line.plain.length > 90) continue;
    const lower = line.plain.toLowerCase();
    if (!TEAM_WORDS().some((word) => lower.includes(word))) continue;
    // An image's alt text ("![Team Photo](…)") and a list item sign nothing.
    if (line.text.includes('![') || /<img\b/iu.test(line.text) || /^\s*(?:[-*+•·]|\d+[.)])\s/u.test(line.text)) continue;
    const text = line.plain.trim().replace(/^[*_]+|[*_]+$/gu, '').trim();
    if (text.length < 6 || text.length > 70) continue;
    // A sign-off closes a posting: a data item's one short line ("Keuken team" under a card's title) signs nothing.
    if (!ctx.text.some((other) => other.line < line.line && other.plain.trim().length >= 40)) continue;
    const name = signedName(text);
    if (name && !NOT_NAMES.has(name.toLowerCase()) && !PRONOUNS.has(name.split(/\s+/u)[0]!.toLowerCase()) && !isJobBoard(name)) add(name, line.line, 'text.team-sign-off', line.plain, 0.6);
  }
}

/** The last `count` lines that hold more than spaces, in their order, read from the end. */
function lastLines<T extends { plain: string }>(lines: readonly T[], count: number): T[] {
  const found: T[] = [];
  for (let index = lines.length - 1; index >= 0 && found.length < count; index--) if (/\S/u.test(lines[index]!.plain)) found.unshift(lines[index]!);
  return found;
}

/** The sign-offs' own longer words ("team", "équipe", "equipo", "zespół", "команда"), one of which every sign-off holds. */
const TEAM_WORDS = lazily(() => [...new Set(Object.values(teamSignOffs).flat().flatMap((phrase) => phrase.replace('{name}', ' ').split(/[\s'’-]+/u))
  .filter((word) => word.length >= 4))]);

/** The name a sign-off holds ("Ihr Nordlicht-Team" -> "Nordlicht"): the line is a sign-off's words around a capitalised name. */
function signedName(text: string): string | undefined {
  const bare = text.replace(/[.!,]$/u, '');
  const lower = bare.toLowerCase();
  if (lower.length !== bare.length) return undefined;
  for (const [before, after] of SIGN_OFF_PARTS()) {
    if (lower.length <= before.length + after.length || !lower.startsWith(before) || !lower.endsWith(after)) continue;
    const name = bare.slice(before.length, bare.length - after.length).trim();
    if (name && SIGN_OFF_NAME().exec(name)?.[0] === name) return name;
  }
  return undefined;
}
