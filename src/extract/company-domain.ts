/**
 * The company behind a domain, read as written in the text. An apply or
 * contact domain ("jobs@sparebank1.no", "https://www.variant.se") names the
 * company only through a mention in the text whose letters and digits are the
 * domain's name ("SpareBank 1", "Variant"): the casing comes from the text,
 * never from the domain; a capitalised form beats an all-lower-case one. Hosting and job-board domains name nobody.
 */
import { lineForms, type ExtractContext } from './context.js';
import { OBFUSCATED_AT_KEYWORDS, obfuscatedEmailsIn, spacedEmailsIn, SPELLED_DOT_KEYWORDS } from './apply-address.js';
import { keywordGroup, keywordIndex, NO_FILTER_FORM } from './match/keywords.js';
import { escapeRegExp, lazily } from './text.js';
import { withoutAccents } from './match/line-forms.js';
import { businessKindsBesidePlace, employerInPathHosts, employerSubdomainHosts } from './tables/companies.js';
import { places } from './tables/places.js';

// The three keyword lists of the test below as one scan of the text (match/keywords.ts), built on first use.
const SPELLED_AT = 1;
const BARE_AT = 2;
const SPELLED_DOT = 4;
const obfuscationKeywords = lazily(() => keywordIndex([keywordGroup(OBFUSCATED_AT_KEYWORDS), keywordGroup([' at ']), keywordGroup(SPELLED_DOT_KEYWORDS)]));

/** Cheap test before the obfuscated-address pattern runs: a spelled-out "@", or a bare " at " with a spelled-out dot. */
export function mayHoldObfuscatedAddress(text: string): boolean {
  const found = obfuscationKeywords().scan(text);
  if (found === NO_FILTER_FORM) return mayHoldObfuscatedAddressPlain(text);
  return (found & SPELLED_AT) !== 0 || ((found & BARE_AT) !== 0 && (found & SPELLED_DOT) !== 0);
}

/** mayHoldObfuscatedAddress with one search per keyword: its plain reading. */
export function mayHoldObfuscatedAddressPlain(text: string): boolean {
  const lower = text.toLowerCase();
  return OBFUSCATED_AT_KEYWORDS.some((word) => lower.includes(word)) || (lower.includes(' at ') && SPELLED_DOT_KEYWORDS.some((word) => lower.includes(word)));
}

const EMAIL_DOMAIN = /[\w.+-]{1,64}@([a-z0-9-]{1,63}(?:\.[a-z0-9-]{1,63}){0,4}\.[a-z]{2,12})\b/gi;
const URL_HOST = /\bhttps?:\/\/(?:www\.)?([a-z0-9-]{1,63}(?:\.[a-z0-9-]{1,63}){0,4}\.[a-z]{2,12})\b/gi;
/** Hosts of platforms, job boards, mail and file services: their names are not the employer's. */
export const COMMON_HOSTS = /(?:^|\.)(?:github|gitlab|linkedin|google|goo|youtube|youtu|twitter|x|facebook|instagram|medium|wikipedia|greenhouse|lever|workable|teamtailor|recruitee|personio|smartrecruiters|bamboohr|ashbyhq|breezy|jobvite|workday|myworkdayjobs|icims|remotewlb|weworkremotely|angel|wellfound|indeed|glassdoor|stackoverflow|profesia|airtable|typeform|forms|gmail|googlemail|outlook|hotmail|yahoo|protonmail|proton|icloud|bit|t|apple|microsoft|amazon|zoom|slack|discord|notion|docs|drive|calendly|vimeo|loom|insee|example|w3|schema|gravatar|cloudflare|jsdelivr|googleapis|gstatic|bootstrapcdn|jquery|wordpress|blogspot|github\.io|netlify|vercel|herokuapp|mailchimp|hubspot|jobs\.lever|join|stepstone|xing|pracuj|hh|djinni|welcometothejungle|jazzhr|applytojob|recruiterbox|homerun|freshteam|zohorecruit|wufoo|jotform|surveymonkey|qq|163|126|naver|daum|wechat|weixin)\.[a-z.]{2,10}$/i;
/** Second-level labels under a country code ("co.uk", "com.br"): the name is the label before. */
const SECOND_LEVEL = /^(?:co|com|org|net|ac|gov|edu|or|ne|go)$/;

/** The names (lower-case letters and digits) of the domains the posting gives: email addresses, then links and front matter URLs. */
export interface PostingDomain {
  name: string;
  line: number;
  text: string;
  /** Only links in the body give it: per line, the words of those links (they name the page linked to, not the employer). */
  linked?: Map<number, string[]>;
  /** A domain hack's name with its country code ("stylesha.re": "styleshare"), read only when the name alone is never written. */
  spelled?: string;
}
export function domainsOf(ctx: Pick<ExtractContext, 'text' | 'links' | 'frontmatterStrings' | 'forms' | 'domains'>): readonly PostingDomain[] {
  // Read once per posting and kept on the context (the title's scoring and cleaning ask too); domainsIn is the reading.
  return (ctx.domains ??= domainsIn(ctx));
}

/** The domains of the posting's lines, front matter and links, read afresh (domainsOf keeps them). */
export function domainsIn(ctx: Pick<ExtractContext, 'text' | 'links' | 'frontmatterStrings' | 'forms'>): PostingDomain[] {
  const out: PostingDomain[] = [];
  const add = (host: string, line: number, text: string, anchor?: string): void => {
    if (COMMON_HOSTS.test(host)) return;
    const parts = host.toLowerCase().split('.');
    const name = parts.length >= 3 && SECOND_LEVEL.test(parts[parts.length - 2]!) ? parts[parts.length - 3]! : parts[parts.length - 2]!;
    const bare = name.replace(/-/g, '');
    if (bare.length < 2) return;
    const known = out.find((d) => d.name === bare);
    const tld = parts[parts.length - 1]!;
    const spelled = parts[parts.length - 2] === name && tld.length === 2 ? `${bare}${tld}` : undefined;
    if (known && spelled && !known.spelled) known.spelled = spelled;
    if (!known) out.push({ name: bare, line, text, ...(anchor !== undefined ? { linked: new Map([[line, [anchor]]]) } : {}), ...(spelled ? { spelled } : {}) });
    else if (known.linked && anchor !== undefined) known.linked.set(line, [...(known.linked.get(line) ?? []), anchor]);
    // "citylab-berlin.org", "rodm-lodz.pl": a name and its city; the text writes the name alone ("CityLAB", "RODM").
    const own = nameBesidePlace(name);
    if (own && !out.some((d) => d.name === own)) out.push({ name: own, line, text, ...(anchor !== undefined ? { linked: new Map([[line, [anchor]]]) } : {}) });
  };
  // Asked of the whole text first: what no line may hold, the lines are not asked.
  const mayObfuscate = mayHoldObfuscatedAddress(lineForms(ctx).textLowerText);
  for (const line of ctx.text) {
    if (line.text.includes('@')) for (const match of line.text.matchAll(EMAIL_DOMAIN)) add(match[1]!, line.line, match[0]);
    // "giardiniere @ potasiepe.com": an address written with spaces around its "@".
    for (const found of spacedEmailsIn(line.text)) add(found.host, line.line, found.text);
    // "guillermo at frogtek punto org", "jobs [at] acme [dot] com": obfuscated addresses, in the languages apply-address.ts reads.
    if (mayObfuscate && mayHoldObfuscatedAddress(line.text)) for (const found of obfuscatedEmailsIn(line.text)) add(found.email.split('@')[1]!, line.line, found.text);
  }
  for (const item of ctx.frontmatterStrings) {
    for (const match of item.text.matchAll(EMAIL_DOMAIN)) add(match[1]!, item.line, match[0]);
    for (const match of item.text.matchAll(URL_HOST)) add(match[1]!, item.line, match[0]);
  }
  for (const link of ctx.links) {
    for (const match of link.url.matchAll(URL_HOST)) add(match[1]!, link.line, link.url, link.text);
  }
  return out;
}

/** Place names as a domain spells them ("Łódź" -> "lodz", "München" -> "munchen"). */
const DOMAIN_PLACES = lazily(() => new Set(places.map((place) => withoutAccents(place.name.toLowerCase()).replace(/[^a-z0-9]/gu, ''))));
/** Words a site puts beside a place that name no one ("jobs-berlin.de", "karriere-wien.at"). */
const NOT_NAME_PIECES = new Set(['jobs', 'job', 'careers', 'career', 'karriere', 'stellen', 'work', 'www', 'city', 'stadt', 'visit', 'welcome',
  // …nor the kind of business ("zahnarzt-hamburg.de": a dentist in Hamburg; "kita-berlin.de").
  ...Object.values(businessKindsBesidePlace).flat()]);

/** The name in a two-part label of a name and a place, either way round ("citylab-berlin", "wien-nordlicht"): three letters at least. */
function nameBesidePlace(label: string): string | undefined {
  const pieces = label.split('-');
  if (pieces.length !== 2) return undefined;
  const [first, second] = pieces as [string, string];
  const name = DOMAIN_PLACES().has(second) ? first : DOMAIN_PLACES().has(first) ? second : undefined;
  return name && name.length >= 3 && !NOT_NAME_PIECES.has(name) && !DOMAIN_PLACES().has(name) ? name : undefined;
}

/**
 * Hiring platforms put the employer's own name in their addresses: in the
 * path ("jobs.lever.co/acme", "boards.greenhouse.io/acme", "jobs.ashbyhq.com/Acme",
 * "apply.workable.com/acme") or as a subdomain ("acme.recruitee.com",
 * "acme.teamtailor.com", "acme.bamboohr.com", "acme.jobs.personio.de").
 */
const hostsPattern = (hosts: string[]) => hosts.map(escapeRegExp).join('|');
const PLATFORM_PATH = new RegExp(`\\bhttps?:\\/\\/(?:${hostsPattern(employerInPathHosts)})\\/([A-Za-z0-9_-]{2,63})(?=[/?#\\s)"'\\]>]|$)`, 'gi');
const PLATFORM_SUBDOMAIN = new RegExp(`\\bhttps?:\\/\\/([a-z0-9-]{2,63})\\.(?:${hostsPattern(employerSubdomainHosts)})\\b`, 'gi');
const HYPHENATED_SUBDOMAIN = /\bhttps?:\/\/(?:www\.)?([a-z0-9]{2,30}(?:-[a-z0-9]{2,30}){1,3})\.(?:[a-z0-9-]{1,63}\.){1,3}[a-z]{2,12}\b/gi;
/** Path and subdomain words of the platforms that name no employer. */
const PLATFORM_WORDS = new Set(['jobs', 'job', 'careers', 'career', 'embed', 'api', 'apply', 'www', 'app', 'o', 'j', 'v1', 'en', 'de']);

/** The employers' names (lower-case letters and digits) in links to hiring platforms, for mentionOfDomain. */
export function platformNamesOf(ctx: Pick<ExtractContext, 'links' | 'frontmatterStrings' | 'text'>): PostingDomain[] {
  const out: PostingDomain[] = [];
  const read = (url: string, line: number, anchor?: string): void => {
    for (const pattern of [PLATFORM_PATH, PLATFORM_SUBDOMAIN]) {
      for (const match of url.matchAll(pattern)) {
        const slug = match[1]!.toLowerCase();
        const name = slug.replace(/[-_]/g, '');
        if (PLATFORM_WORDS.has(slug) || name.length < 2) continue;
        const known = out.find((d) => d.name === name);
        if (!known) out.push({ name, line, text: match[0], linked: new Map(anchor !== undefined ? [[line, [anchor]]] : []) });
        else if (anchor !== undefined) known.linked!.set(line, [...(known.linked!.get(line) ?? []), anchor]);
      }
    }
  };
  for (const item of ctx.frontmatterStrings) if (item.text.includes('://')) read(item.text, item.line);
  // A hyphenated label before a shared parent domain names its site ("france-chaleur-urbaine.beta.gouv.fr", "acme-labs.github.io").
  for (const link of ctx.links) {
    for (const match of link.url.matchAll(HYPHENATED_SUBDOMAIN)) {
      const name = match[1]!.toLowerCase().replace(/-/g, '');
      if (!out.some((d) => d.name === name)) out.push({ name, line: link.line, text: link.url, linked: new Map([[link.line, [link.text]]]) });
    }
  }
  for (const link of ctx.links) read(link.url, link.line, link.text);
  // An address written out in a line ("Apply: https://acme.recruitee.com/o/…").
  for (const line of ctx.text) if (line.plain.includes('://')) read(line.plain, line.line);
  return out;
}

/**
 * A word of a mention: what lies between spaces and punctuation that never joins a name. Chinese, Japanese and Korean
 * write no space between a Latin name and what follows ("Nordlichtは…", "Nordlicht는"): their script ends a word too
 * (a domain is Latin, so no name it matches is lost).
 */
const MENTION_WORD = /[^\s,;:!?()"“”«»、。，：；！？（）「」『』\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]+/gu;

/**
 * The most frequent way the text writes a domain's name: one to three words
 * whose letters and digits, lower-cased, are the name ("SpareBank 1" for
 * "sparebank1"). Undefined when the text never writes it but in links to the domain (`linked`).
 */
export function mentionOfDomain(ctx: Pick<ExtractContext, 'text' | 'forms'>, name: string, linked?: ReadonlyMap<number, readonly string[]>): { text: string; line: number; count: number } | undefined {
  const counts = new Map<string, { line: number; count: number }>();
  // The lines' compact forms (compactForm) are made once per posting; most names are in none of them.
  const forms = lineForms(ctx);
  // An address has no accents: "cafeclassen.nl" is how a domain writes "Café Classen" (the lines are read without theirs, when they have any).
  if (!forms.foldedCompactText.includes(name)) return undefined;
  const compact = forms.foldedCompactLines;
  for (let index = 0; index < ctx.text.length; index++) {
    const line = ctx.text[index]!;
    // A line of several links to the domain ("Tags: <a>job</a>, <a>code</a>") is a list of its pages.
    const anchors = linked?.get(line.line);
    if (anchors && anchors.length > 1) continue;
    if (!compact[index]!.includes(name)) continue;
    // "jobs [at] acme [dot] com" is the domain itself, written out: no mention of a name.
    // The words of a link to the domain name the page linked to ("[ASP.NET Zero](https://aspnetzero.com)"): no mention.
    let plain = anchors?.[0] ? line.plain.split(anchors[0]).join(' ') : line.plain;
    if (mayHoldObfuscatedAddress(plain)) for (const found of obfuscatedEmailsIn(plain)) plain = plain.split(found.text).join(' ');
    const words = [...plain.matchAll(MENTION_WORD)];
    for (let start = 0; start < words.length; start++) {
      let joined = '';
      for (let end = start; end < Math.min(words.length, start + 3); end++) {
        joined += withoutAccents(words[end]![0].toLowerCase().replace(/[^\p{L}\p{N}]/gu, ''));
        if (joined.length > name.length) break;
        if (joined !== name) continue;
        // As written, separators kept: "re:edu", "SpareBank 1".
        const from = words[start]!.index!;
        const written = plain.slice(from, words[end]!.index! + words[end]![0].length).replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '').replace(/['’]s$/u, '');
        if (written.includes('@') || written.includes('/')) break;
        const seen = counts.get(written);
        counts.set(written, { line: seen?.line ?? line.line, count: (seen?.count ?? 0) + 1 });
        break;
      }
    }
  }
  let best: { text: string; line: number; count: number } | undefined;
  // A capitalised form is how a name is written; all lower case may only be the domain repeated.
  const rank = (text: string, count: number): number => count + (/\p{Lu}/u.test(text) ? 1000 : 0);
  for (const [text, { line, count }] of counts) if (!best || rank(text, count) > rank(best.text, best.count)) best = { text, line, count };
  return best;
}
