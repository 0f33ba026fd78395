/**
 * A bracketed name after a title ("Softwareentwickler (Klarna)") is an employer far less often than a shift, a ward,
 * a place, a team or a level ("Nurse (Night Shift)", "Product Manager (Payments)"). It counts on its own only where
 * the posting writes the same name as an organisation on another line: after "at", "bei", "join" ("at Klarna"), as the
 * subject of a verb of its own ("Klarna builds", "Klarna sucht", not "Payments is our area"), of a copula before an
 * organisation's noun or its founding ("Supporo ist ein Start-Up", "Klarna wurde 2005 gegründet", not "Night Shift is
 * 7pm to 7am"), set off by commas before its founding or such a noun ("Klarna, founded in 2005, …"), in an email or
 * link's domain ("jobs@klarna.com"), in a copyright line, or with a legal form ("Klarna AB"). Else it needs another
 * reading naming it (company.ts); and when no reading takes it, the title keeps its brackets (keepUntakenAside).
 */
import type { ExtractContext } from './context.js';
import {
  asideCopulas, asideFoundedWords, asideOrganisationLeads, asideOrganisationNouns, asideOrganisationVerbs, asidePossessivesAfterVerb,
} from './tables/company-evidence.js';
import { companyNouns, companyVerbs, legalFormsAfter, weAreArticles } from './tables/companies.js';
import { alternation, escapeRegExp } from './text.js';
import { nameKey } from './company-name.js';
import { wordsBeforeNoun } from './company-gap.js';

/** The rule of a company hint that a title's bracket gave (title-parts.ts). */
export const ASIDE_RULE = 'title.company-aside';

const LEADS = alternation(Object.values(asideOrganisationLeads).flat());
const VERBS = alternation([...Object.values(asideOrganisationVerbs).flat(), ...Object.values(companyVerbs).flat()]);
const POSSESSIVES = alternation(Object.values(asidePossessivesAfterVerb).flat());
const FORMS = alternation(legalFormsAfter);
const COPULAS = alternation(Object.values(asideCopulas).flat());
const ARTICLES = alternation(weAreArticles);
const FOUNDED = alternation(Object.values(asideFoundedWords).flat());
const NOUNS = alternation([...Object.values(companyNouns).flat(), ...Object.values(asideOrganisationNouns).flat()]);
/** Up to six words of the same sentence ("ist ein junges Start-Up", "wurde im Jahr 2005 in Stockholm gegründet"). */
const FEW_WORDS = String.raw`(?:[^\s.!?;:]+\s+){0,6}?`;
/** …that open no phrase of their own before an organisation's noun ("is the heart of our business" says no firm). */
const FEW_WORDS_BEFORE_NOUN = wordsBeforeNoun(6);
/** After a copula: an organisation's noun or its founding, within a few words ("is a farm software startup"). */
const COPULA_COMPLEMENT = `\\s+(?:${COPULAS})\\s+(?!(?:${POSSESSIVES})(?![\\p{L}\\p{N}]))(?:${FEW_WORDS_BEFORE_NOUN}(?:${NOUNS})|${FEW_WORDS}(?:${FOUNDED}))(?![\\p{L}\\p{N}])`;
/** Set off by commas: ", founded in 2005", ", a Swedish fintech company". */
const APPOSITION = `,\\s+(?:(?:${FOUNDED})|(?:${ARTICLES})\\s+${FEW_WORDS}(?:${NOUNS}))(?![\\p{L}\\p{N}])`;
const COPYRIGHT = /©|\([cC]\)|[Cc]opyright/u;
/** An address's or a link's host, and a code host's organisation ("github.com/orgs/acme", "github.com/acme"). */
const HOSTS = /[@/.]([a-z0-9-]{2,63})\.[a-z]{2,12}(?![a-z0-9-])|\b(?:github|gitlab)\.com\/(?:orgs\/)?([A-Za-z0-9-]{2,39})/giu;

/** Lower-case letters and digits of a name ("Web3Privacy Now" -> "web3privacynow"). */
const compact = (text: string): string => text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');

/** Does the posting write the bracketed name as an organisation on a line other than the title's? */
export function asideNamedAsOrganisation(ctx: Pick<ExtractContext, 'text' | 'links' | 'frontmatterStrings'>, name: string, titleLine: number): boolean {
  const escaped = escapeRegExp(name);
  const named = new RegExp(
    `(?<![\\p{L}\\p{N}])(?:(?:${LEADS})\\s+${escaped}(?![\\p{L}\\p{N}])`
    + `|${escaped}(?:\\s+(?:${FORMS})(?![\\p{L}\\p{N}])|\\s+(?:${VERBS})(?![\\p{L}\\p{N}])(?!\\s+(?:${POSSESSIVES})(?![\\p{L}\\p{N}]))`
    + `|${COPULA_COMPLEMENT}|${APPOSITION}))`,
    'iu',
  );
  const key = compact(name);
  const firstKey = compact(name.split(/\s+/u)[0]!);
  const hostNames = (text: string): boolean => [...text.matchAll(HOSTS)].some((m) => {
    const host = (m[1] ?? m[2]!).toLowerCase().replace(/-/g, '');
    return host === key || (firstKey.length >= 4 && firstKey !== key && host === firstKey);
  });
  for (const line of ctx.text) {
    if (line.line === titleLine) continue;
    if (line.plain.includes(name) && (named.test(line.plain) || COPYRIGHT.test(line.plain))) return true;
    if (hostNames(line.text)) return true;
  }
  return ctx.links.some((link) => hostNames(link.url)) || ctx.frontmatterStrings.some((item) => item.line !== titleLine && hostNames(item.text));
}

/**
 * "# Backend Engineer (Klarna)": the title gave its bracket away as a company hint (title-parts.ts). When no company
 * reading takes it (the company is another's, or none), the bracket goes back to the title, which keeps what it said.
 */
export function keepUntakenAside(ctx: Pick<ExtractContext, 'hints' | 'fields'>, chosen: string | undefined): void {
  const hint = ctx.hints.company;
  const title = ctx.fields.title;
  if (!hint || hint.rule !== ASIDE_RULE || !title || title.includes(hint.name)) return;
  if (chosen && (nameKey(chosen) === nameKey(hint.name) || chosen.startsWith(`${hint.name} `))) return;
  const bracket = new RegExp(`([([])\\s*${escapeRegExp(hint.name)}\\s*([)\\]])`, 'u').exec(hint.text);
  if (bracket) ctx.fields.title = `${title} ${bracket[1]}${hint.name}${bracket[2]}`;
}
