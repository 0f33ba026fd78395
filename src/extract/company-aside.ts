/**
 * A bracketed name after a title ("Softwareentwickler (Klarna)") is an employer far less often than a shift, a ward,
 * a place, a team or a level ("Nurse (Night Shift)", "Product Manager (Payments)"). It counts on its own only where
 * the posting writes the same name as an organisation on another line: after "at", "bei", "join" ("at Klarna"), as the
 * subject of a verb of its own ("Klarna wurde gegründet", "Xavannah ist Experte", not "Payments is our area"), in an
 * email or link's domain ("jobs@klarna.com"), in a copyright line, or with a legal form ("Klarna AB"). Else it needs
 * another reading naming it (company.ts).
 */
import type { ExtractContext } from './context.js';
import { asideOrganisationLeads, asideOrganisationVerbs, asidePossessivesAfterVerb } from './tables/company-evidence.js';
import { companyVerbs, legalFormsAfter } from './tables/companies.js';
import { alternation, escapeRegExp } from './text.js';

const LEADS = alternation(Object.values(asideOrganisationLeads).flat());
const VERBS = alternation([...Object.values(asideOrganisationVerbs).flat(), ...Object.values(companyVerbs).flat()]);
const POSSESSIVES = alternation(Object.values(asidePossessivesAfterVerb).flat());
const FORMS = alternation(legalFormsAfter);
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
    + `|${escaped}(?:\\s+(?:${FORMS})(?![\\p{L}\\p{N}])|\\s+(?:${VERBS})(?![\\p{L}\\p{N}])(?!\\s+(?:${POSSESSIVES})(?![\\p{L}\\p{N}]))))`,
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
