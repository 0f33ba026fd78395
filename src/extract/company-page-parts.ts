/**
 * What a page says of its owner outside the posting's text, and a posting's signature:
 * - the copyright line of an HTML page's footer ("© 2026 Nordlicht GmbH") and the brand link in its header
 *   ("<a class="logo" href="/">Nordlicht</a>"), read by page-meta.ts since the cleaned body drops both: weak, below
 *   the body's own readings, and one piece of evidence with the page's other names of itself (site name, logo);
 * - a closing line signed by the employer's team ("Ihr Nordlicht-Team", "L'équipe Nordlicht", tables/company-page-parts.ts).
 */
import type { ExtractContext } from './context.js';
import type { AddCompany } from './company-sources.js';
import { AFTER_FORM, COPYRIGHT, isJobBoard } from './company-sources.js';
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
  const footerName = holder && !/\d/.test(holder) && holder.split(/\s+/).length <= 6 && !isJobBoard(holder) && !creditsSiteMaker(holder) && !statesRights(holder) && !looksLikeJobTitle(holder) ? holder : undefined;
  if (footer && footerName && !said.has(key(footerName))) {
    add(footerName, footer.line, 'page.footer-copyright', footer.text, AFTER_FORM.test(footerName) ? 0.55 : 0.5, 'structured');
    said.add(key(footerName));
  }
  const brand = ctx.page.headerBrand;
  if (brand && !said.has(key(brand.text)) && !creditsSiteMaker(brand.text)) add(brand.text, brand.line, 'page.header-brand', brand.text, 0.5, 'structured');
}

/** Any letter of a literal in either case: "the {name} team" matches "The Nordlicht Team". */
const caseless = (literal: string): string => [...escapeRegExp(literal)].map((c) => (c.toLowerCase() !== c.toUpperCase() ? `[${c.toLowerCase()}${c.toUpperCase()}]` : c)).join('');
const NOT_NAMES = new Set([...teamNotNames, ...departmentNames].map((word) => word.toLowerCase()));
const PRONOUNS = new Set(Object.values(signOffPronouns).flat());
const SIGN_OFF = lazily(() => new RegExp(`^(?:${Object.values(teamSignOffs).flat().map((phrase) => phrase.split('{name}').map(caseless).join(NAME.replace(/^\(/u, '(?:'))).join('|')})[.!,]?$`, 'u'));
const SIGN_OFF_NAME = lazily(() => new RegExp(NAME, 'u'));

/** "Ihr Nordlicht-Team", "El equipo de Nordlicht" as one of the posting's last lines: the employer signs it (0.6). */
export function signOffCompany(ctx: ExtractContext, add: AddCompany): void {
  // The last three lines that say something: a sign-off closes the posting, a benefit list's "- Junges Team" does not.
  for (const line of ctx.text.filter((l) => l.plain.trim()).slice(-3)) {
    // An image's alt text ("![Team Photo](…)") and a list item sign nothing.
    if (line.text.includes('![') || /<img\b/iu.test(line.text) || /^\s*(?:[-*+•·]|\d+[.)])\s/u.test(line.text)) continue;
    const text = line.plain.trim().replace(/^[*_]+|[*_]+$/gu, '').trim();
    if (text.length < 6 || text.length > 70 || !SIGN_OFF().test(text)) continue;
    const name = nameIn(text);
    if (name && !NOT_NAMES.has(name.toLowerCase()) && !PRONOUNS.has(name.split(/\s+/u)[0]!.toLowerCase()) && !isJobBoard(name)) add(name, line.line, 'text.team-sign-off', line.plain, 0.6);
  }
}

/** The name a sign-off holds: its capitalised words, without the sign-off's own words (checked by SIGN_OFF already). */
function nameIn(text: string): string | undefined {
  for (const phrase of Object.values(teamSignOffs).flat()) {
    const [before, after] = phrase.split('{name}') as [string, string];
    const match = new RegExp(`^${caseless(before)}(.+?)${caseless(after)}[.!,]?$`, 'u').exec(text);
    const name = match?.[1]?.trim();
    if (name && SIGN_OFF_NAME().exec(name)?.[0] === name) return name;
  }
  return undefined;
}
