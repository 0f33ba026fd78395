/**
 * Company, chosen from candidates (candidates.ts): front matter (company,
 * companyName, hiringOrganization.name, organization, startup, friend, ...),
 * what the title said ("at Acme", "Acme is hiring"), a line under the title,
 * "About X" headings, body sentences (company-rules.ts: "At X, we", "X is
 * hiring", "X sucht", "as <role> at X", "Join X"...), and an apply or contact
 * domain matched to the text's own mention of it (company-domain.ts). The name
 * is read as written in the text, never cased from a domain; a title or a
 * section heading is never a company. Legal forms (GmbH, Sp. z o.o.) stay.
 */
import { frontmatterLine, frontmatterValue, type ExtractContext } from './context.js';
import { settle, type Candidate } from './candidates.js';
import { aboutWords, companyLabels, companyNounsBeforeName, nameConnectors, pagePartHeadings } from './tables/companies.js';
import { domainsOf, mentionOfDomain, platformNamesOf } from './company-domain.js';
import { jsonLdText, structuredValues } from './page-meta.js';
import { sectionKindOf } from './sections.js';
import { isGenericHeading, looksLikeJobTitle } from './title.js';
import { skillAliases } from './tables/skills.js';
import { placesIn } from './location.js';
import { locationLabels } from './tables/places.js';
import { isSpace } from './text.js';
import { keywordBit, lineKeywords } from './tree.js';
import { BODY_RULES, keywordGroupOfRule } from './company-rules.js';
import { lowerCaseNameCompanies } from './company-sentences.js';
import { employmentWords } from './tables/employment.js';
import { aboutSectionSubjects, definitionCompanies, opensSection, repeatedNames, writtenElsewhere, writtenInFull } from './company-general.js';
import { aboutNotNames } from './tables/company-evidence.js';
import { copyrightCompany, headingCompany, isJobBoard, isLegalFormWords, labelledCompany, legalFormCompanies, legalFormMentions, pageTitleCompany, titlePairCompany } from './company-sources.js';


// The English keys first, then every language's company label as a key ("empresa", "firma", "hiring_organization", "会社名").
const COMPANY_KEYS = [...new Set([
  'company', 'companyName', 'company_name', 'company.name', 'hiringOrganization.name', 'hiringOrganization', 'organization',
  'organisation', 'organization.name', 'employer', 'employer.name', 'startup', 'friend', 'client',
  ...Object.values(companyLabels).flat().flatMap((label) => [label.replace(/\s+/g, '_'), label.replace(/\s+/g, '')]),
])];
const PAGE_PARTS = new Set(Object.values(pagePartHeadings).flat());
const ABOUT_NOT_NAMES = new Set(Object.values(aboutNotNames).flat());
// Technology names, for telling "Join React" from a company.
const skillAliasSet = new Set(skillAliases.map((skill) => skill.alias));
const AT_SIGN_NAME = /\s@\s+(\p{Lu}[\p{L}\p{N}.&+-]{1,40}(?:\s\p{Lu}[\p{L}\p{N}.&+-]{1,40}){0,2})/u;
const ABOUT = new RegExp(String.raw`^(?:${aboutWords.join('|')})\s+(?:the\s+|a\s+|o\s+|la\s+|le\s+|l'|de\s+)?(.{2,50})$`, 'iu');
const NOT_A_NAME = /^(?:the|us|our|we|you|your|this|that|team|role|job|position|project|company|it|them|him|her|a|an|me|uns|nous|nos|ons|el|la|le|de|o|a|my|data|code|work|life|everyone|someone|one|all|each|here|there|it|what|who|why|how|oss|os|nós|nosotros|nas|nam|нас|нам|我们|私たち|vi|wir|nous|my|мы|ми|biz|kami|ik|je|jag|eg|jeg|ich|yo|eu|io|dich|dir|euch|sie|ihnen|toi|vous|vos|você|vocês|voi|jou|jullie|dig|deg|sinua|teitä|siz|anda|kamu|tobie|ciebie|was|tebe|tobě|vás|тебе|вас|вами|тобі|вам|あなた|你|您|你们)$/iu;

/** "Über Acme", "About Acme": a heading's words glued to a name by a page's markup, not a name. */
const ABOUT_PREFIX = new RegExp(`^(?:${aboutWords.filter((word) => word.length >= 4).join('|')})\\s`, 'iu');
/** Below this, a candidate needs another naming the same company. */
const WEAK = 0.5;

/** Rules whose words also lead to a place ("position in Berlin", "till Göteborg"). */
const PLACE_PRONE = new Set(['body.position-at', 'body.role-phrase-to', 'body.at-x-verb-we', 'body.at-x-we', 'body.defines', 'body.x-is-a', 'body.is-hiring', 'body.sucht', 'body.x-team']);

type Add = (name: string, line: number, rule: string, text: string, confidence: number, source?: Candidate<string>['source']) => void;

/** Set company from the candidates (candidates.ts), with the winner's rule and confidence as evidence. */
export function extractCompany(ctx: ExtractContext): void {
  const candidates: Array<Candidate<string>> = [];
  const add: Add = (name, line, rule, text, confidence, source = 'body') => {
    const clean = cleanName(name);
    // A weak rule naming a technology ("Join React") is not a company; a strong one may ("At GitHub, we").
    if (confidence < 0.7 && skillAliasSet.has(clean)) return;
    // A title, a section heading or a page's heading ("Übersicht", "Careers") is never a company.
    if (!clean || !isPlausibleName(clean) || clean.toLowerCase() === ctx.fields.title?.toLowerCase() || sectionKindOf(clean) !== 'other') return;
    if (PAGE_PARTS.has(clean.toLowerCase()) || isGenericHeading(clean) || ABOUT_PREFIX.test(clean)) return;
    // A job board or an ATS publishes the posting; it does not hire. A place ("till Göteborg") is no employer.
    if (isJobBoard(clean) || (PLACE_PRONE.has(rule) && placesIn(clean).some((place) => place.text === clean))) return;
    candidates.push({ value: clean, line, rule, text, confidence, source });
  };

  const fm = frontmatterValue(ctx, COMPANY_KEYS);
  // A lower-case hyphenated value ("startup: chauffage-urbain") is an identifier, a slug: the name as the text writes it may differ.
  const slug = typeof fm?.value === 'string' && /^[a-z0-9]+(?:-[a-z0-9]+)+$/u.test(fm.value) && !ctx.text.some((line) => line.plain.includes(fm.value as string));
  if (fm && (typeof fm.value === 'string' || typeof fm.value === 'number')) add(String(fm.value), frontmatterLine(ctx, fm.key), `frontmatter.${fm.key}`, String(fm.value), slug ? 0.5 : 0.95, 'frontmatter');
  // The site's own name, when the front matter gives one and nothing better turns up.
  const site = frontmatterValue(ctx, ['site_name', 'siteName', 'site.name', 'site.title', 'publisher', 'publisher.name']);
  if (typeof site?.value === 'string') add(site.value, frontmatterLine(ctx, site.key), `frontmatter.${site.key}`, site.value, 0.5, 'frontmatter');
  // Nested under a site's own table ([params] company = "...", extra.company).
  const nested = ctx.frontmatterStrings.find((f) => f.key.includes('.') && /^(?:company|companyName|company_name|organization|organisation|employer)$/i.test(f.key.split('.').pop()!));
  if (!fm && nested) add(nested.text, nested.line, `frontmatter.${nested.key}`, nested.text, 0.9, 'frontmatter');
  if (ctx.hints.company) add(ctx.hints.company.name, ctx.hints.company.line, ctx.hints.company.rule, ctx.hints.company.text, 0.85, 'heading');
  for (const item of ctx.frontmatterStrings) {
    const at = item.text.includes('@') ? AT_SIGN_NAME.exec(item.text) : null;
    if (at) add(at[1]!, item.line, `frontmatter.${item.key}.at-sign`, item.text, 0.7, 'frontmatter');
  }
  for (const found of structuredValues(ctx.page, 'hiringOrganization')) {
    const organization = jsonLdText(found.value);
    if (organization) add(organization, found.line, found.rule, organization, 0.9, 'structured');
  }
  // Several JobPostings that name one hiring organisation (a page of one employer's roles) name it for each.
  const postings = [...(ctx.page.jobPostings ?? []), ...(ctx.page.microdataPostings ?? [])];
  const organizations = postings.map((posting) => jsonLdText(posting.data.hiringOrganization));
  if (organizations.length > 1 && organizations[0] && organizations.every((name) => name === organizations[0])) {
    add(organizations[0], postings[0]!.line, 'structured:hiringOrganization.shared', organizations[0], 0.85, 'structured');
  }
  const siteName = ctx.page.siteName;
  if (siteName) add(siteName.text, siteName.line, 'page.site-name', siteName.text, 0.65, 'structured');
  labelledCompany(ctx, add);
  pageTitleCompany(ctx, add);
  titlePairCompany(ctx, add);
  headingCompany(ctx, add);
  const mentions = legalFormMentions(ctx);
  legalFormCompanies(mentions, add);
  copyrightCompany(ctx, mentions, add);
  aggregatorLine(ctx, add);
  lineUnderTitle(ctx, add);
  bylineUnderTitle(ctx, add);
  const aboutName = (text: string): string | undefined => {
    const about = ABOUT.exec(text.replace(/[*_:]+/g, '').replace(EMOJI, '').trim());
    const first = about?.[1]!.split(/\s+/)[0]!;
    // "O firme", "O projekcie", "Sobre o trabalho": the heading is about the company as a noun, the project or the job, not a name.
    return about && !NOT_A_NAME.test(first) && !ABOUT_NOT_NAMES.has(first.toLowerCase()) && !/\b(?:role|job|position|you|team|project|work|us|the company)\b/iu.test(about[1]!) ? about[1] : undefined;
  };
  for (const heading of ctx.headings) {
    const name = mayStartAbout(heading.text) ? aboutName(heading.text) : undefined;
    if (name) add(name, heading.line, 'heading.about', heading.text, 0.75, 'heading');
  }
  // A line that does a heading's work: all in bold ("**About Acme**") or a label ("About Acme: we build …", "Over Acme:").
  const headingLines = new Set(ctx.headings.map((heading) => heading.line));
  for (const line of ctx.text) {
    if (!mayStartAbout(line.plain) || headingLines.has(line.line)) continue;
    const raw = line.text.trim();
    const label = BOLD_LINE.test(raw) ? line.plain : ABOUT_LABEL.exec(line.plain)?.[1];
    const name = label ? aboutName(label) : undefined;
    if (name) add(name, line.line, 'text.about-line', line.plain, 0.7, 'heading');
  }
  const keywords = lineKeywords(ctx);
  const keywordBitOfRule = keywordGroupOfRule.map((group) => keywordBit(ctx, group));
  for (let lineIndex = 0; lineIndex < ctx.text.length; lineIndex++) {
    const line = ctx.text[lineIndex]!;
    const lineKeywordBits = keywords[lineIndex]!;
    for (let index = 0; index < BODY_RULES.length; index++) {
      const bit = keywordBitOfRule[index]!;
      if (bit !== 0 && (lineKeywordBits & bit) === 0) continue;
      const rule = BODY_RULES[index]!;
      const match = rule.pattern.exec(line.plain);
      // A rule with two shapes captures the name in either group.
      if (match) add(match[1] ?? match[2]!, line.line, rule.rule, line.plain, rule.confidence);
    }
  }
  // An apply or contact domain names the company through the text's own mention of it.
  // A hiring platform's link names the employer the same way ("jobs.lever.co/acme": "Acme").
  const domains = domainsOf(ctx);
  lowerCaseNameCompanies(ctx, domains, add);
  for (const domain of [...domains, ...platformNamesOf(ctx).filter((slug) => !domains.some((d) => d.name === slug.name))]) {
    // A domain only linked to ("[ASP.NET Zero](https://aspnetzero.com)", "Technorati Tags: <links>") must be named away from its links.
    const mention = mentionOfDomain(ctx, domain.name, domain.linked);
    // Written once, all in lower case ("apps like inlang"), the domain may name a product: weak, it needs another reading.
    // So is a domain the posting only links to whose name the text writes only as a plain lower-case word ("zoals [Slides.com](…)" …
    // "de slides"): a common word, not the employer's name ("re:edu", styled, is a name).
    const lowerOnce = mention && !/\p{Lu}/u.test(mention.text) && (mention.count === 1 || (domain.linked !== undefined && /^\p{Ll}+$/u.test(mention.text)));
    if (mention) add(mention.text, mention.line, 'domain.mention', `${domain.text} ~ ${mention.text}`, lowerOnce ? 0.45 : Math.min(0.7, 0.5 + 0.05 * mention.count), 'email-domain');
  }

  definitionCompanies(ctx, add);
  aboutSectionSubjects(ctx, add);
  repeatedNames(ctx, [...candidates], add);
  // A weak reading counts only when another reading names the same company ("Acmeでは" on two lines).
  // Two rules reading one line ("## Acme" under the title is a heading and a line) are one piece of evidence: the strongest stays.
  const sameLine = (a: Candidate<string>, b: Candidate<string>): boolean => a.line === b.line && a.line > 0 && nameKey(a.value) === nameKey(b.value);
  const distinct = candidates.filter((c, index) => !candidates.some((other, at) => other !== c && sameLine(other, c) && (other.confidence > c.confidence || (other.confidence === c.confidence && at < index))));
  const counted = distinct.filter((c) => c.confidence >= WEAK || distinct.some((other) => other !== c && nameKey(other.value) === nameKey(c.value)));
  // "Acme Inc." and "Acme Inc" are one name.
  const best = settle(ctx, 'company', counted, (a, b) => nameKey(a) === nameKey(b));
  if (!best) return;
  // A longer name that extends the winner ("Scale" -> "Scale AI") is preferred, unless the front matter said it.
  // A legal form after the winner ("Gani Software" -> "Gani Software Pty Ltd") stays with the name, however many words it has.
  const extends_ = (c: Candidate<string>): boolean => c.value.startsWith(`${best.value} `) && (c.value.split(' ').length <= best.value.split(' ').length + 1 || isLegalFormWords(c.value.slice(best.value.length + 1)));
  const longer = candidates.find((c) => extends_(c) && c.confidence >= 0.5);
  const picked = longer && best.source !== 'frontmatter' ? longer.value : best.value;
  // "spacemesh is hiring! … Join Spacemesh": a name the text also writes with a capital is written so (the front matter's stays).
  const capitalised = best.source === 'frontmatter' || /\p{Lu}/u.test(picked) ? undefined
    : candidates.find((c) => c.value.toLowerCase() === picked.toLowerCase() && /\p{Lu}/u.test(c.value));
  const chosen = capitalised?.value ?? picked;
  // "Neohunter" written "Neohunter s.r.o.", "Eclipse" written "Eclipse Foundation": the name as the text writes it in full.
  const name = best.source === 'frontmatter' ? chosen : writtenInFull(ctx, chosen);
  const url = companyUrl(ctx);
  ctx.fields.company = { name, ...(url ? { url } : {}) };
}

/** A short line right under the title heading, as job boards print the employer ("Accountmanager" / "HartingBank"). */
function lineUnderTitle(ctx: ExtractContext, add: Add): void {
  const titleLine = ctx.evidence.title?.rule.startsWith('heading') ? ctx.evidence.title.line : undefined;
  if (titleLine === undefined) return;
  const next = ctx.text.find((line) => line.line > titleLine && line.line <= titleLine + 3 && !/^[=-]{3,}$/.test(line.plain));
  // A list item under the title ("- C# and Angular") is the posting's content; a section's heading ("## Votre mission")
  // opens a section; a contract word ("Staż", "Full-time") is a tag.
  if (!next || LIST_ITEM.test(next.text) || ctx.headings.some((heading) => heading.line === next.line && sectionKindOf(heading.text) !== 'other')) return;
  if (opensSection(ctx, next.line)) return;
  const text = next.plain.trim();
  if (EMPLOYMENT_WORDS.has(folded(text))) return;
  if (text.split(/\s+/).length > 4 || text.length > 50 || /\d/.test(text) || looksLikeJobTitle(text) || placesIn(text).length) return;
  if (!/^\p{Lu}/u.test(text) || /[.:!?。：！？]$/u.test(text) || ABOUT.test(text)) return;
  add(text, next.line, 'text.under-title', text, 0.65, 'byline');
}

/** A connector the name pattern allows inside a name does not end one. */
const TRAILING_CONNECTOR = new RegExp(`\\s+(?:${nameConnectors.join('|')})$`, 'u');

/** Articles before a name, per language (not Dutch "De", which starts many names). */
const LEADING_ARTICLE = /^(?:[Tt]he|[Ee]l|[Ll]a|[Ll]os|[Ll]as|[Ll]e|[Ll]es|[Dd]ie|[Dd]er|[Dd]as|[Hh]et|[Ii]l|[Ll]o|[Oo]s|[Aa]s)\s+(?=\p{Lu})/u;
const LIST_ITEM = /^\s*(?:[-*+•]|\d{1,2}[.)])\s/u;
/** Contract and schedule words, compared without accents ("Pelny etat" as a site writes "Pełny etat"). */
const folded = (text: string): string => text.toLowerCase().normalize('NFD').replace(/\p{M}/gu, '').replace(/ł/gu, 'l');
const EMPLOYMENT_WORDS = new Set(employmentWords.map(([phrase]) => folded(phrase)));
const BOLD_LINE = /^(?:\*\*[^*]{3,60}\*\*|__[^_]{3,60}__):?$/u;
/** "About Acme: we build …": up to five words, then the colon. */
const ABOUT_LABEL = /^(\S+(?:\s+\S+){1,5}?)\s*:\s/u;
const EMOJI = /[\p{Extended_Pictographic}\u{1F1E6}-\u{1F1FF}\uFE0F\u200D]/gu;


/** Aggregator pages put the company on a short heading right under the title ("### Sourcegraph91"). */
function aggregatorLine(ctx: ExtractContext, add: Add): void {
  const [first, second] = ctx.headings;
  if (!first || !second || first.depth > 2 || second.depth <= first.depth || second.line - first.line > 2) return;
  const text = second.text.trim();
  // A heading that ends as a sentence does ("重新定义……全球。", "Why us?") is a slogan, not a name.
  // "### O Tobie", "## Über dich": a section about the reader, not a name.
  if (/[!?:。：！？]$/u.test(text) || ABOUT.test(text) || opensSection(ctx, second.line)) return;
  // "#### San Francisco, CA" under the title is the place, not the employer.
  if (!text || text.split(/\s+/).length > 5 || sectionKindOf(text) !== 'other' || looksLikeJobTitle(text) || isGenericHeading(text) || placesIn(text).length) return;
  // A counter glued to the name by the site ("Sourcegraph91") goes when the bare name is used in the text.
  const bare = text.replace(/\d+$/, '');
  const name = bare !== text && ctx.text.some((l) => l.plain.includes(bare)) ? bare : text;
  // A heading the text never writes again may be a section's or a slogan: it counts less.
  add(name, second.line, 'heading.company-under-title', text, writtenElsewhere(ctx, name, second.line) ? 0.8 : 0.6, 'heading');
}

/**
 * A byline near the top: "Acme · Berlin, Germany · Full-time" or
 * "**Acme** – Lyon, France". The first part names the company when the others
 * are places, remote words or contract words.
 */
function bylineUnderTitle(ctx: ExtractContext, add: Add): void {
  for (const line of ctx.text.slice(0, 6)) {
    // No separator with a space either side, one part.
    // A table row ("| Location | Berlin |") is no byline.
    if (!BYLINE_SEPARATOR.test(line.plain) || line.plain.startsWith('|')) continue;
    const parts = line.plain.split(/\s+[·•|–—-]\s+/u).map((p) => p.trim()).filter(Boolean);
    if (parts.length < 2 || parts[0]!.split(/\s+/).length > 5 || parts[0]!.length > 60) continue;
    const [first, ...rest] = parts as [string, ...string[]];
    // The cheap tests first (all of them are pure).
    if (/\d/.test(first) || looksLikeJobTitle(first) || placesIn(first).length) continue;
    // "主な勤務先 | 東京周辺", "Standort | Berlin": a table row's label and value, not a byline.
    if (isLocationLabel(first)) continue;
    const describesJob = rest.some((part) => /\b(?:remote|hybrid|on-?site|full[- ]time|part[- ]time|contract|télétravail|cdi|cdd|vollzeit|teilzeit)\b/iu.test(part) || placesIn(part).length > 0);
    if (describesJob) {
      add(first, line.line, 'text.byline', line.plain, 0.8, 'byline');
      return;
    }
  }
}

const BYLINE_SEPARATOR = /\s[·•|–—-]\s/;
const LOCATION_LABELS = new Set(locationLabels.map((label) => label.toLowerCase()));
const CJK_LOCATION_LABELS = locationLabels.filter((label) => /^[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u.test(label));
/** A work-location field's label ("Standort", "勤務地"), or a CJK compound ending in one ("主な勤務先": main place of work). */
const isLocationLabel = (text: string): boolean => LOCATION_LABELS.has(text.toLowerCase().replace(/[:：]$/u, '')) || CJK_LOCATION_LABELS.some((label) => text.endsWith(label));

const nameKey = (name: string): string => name.toLowerCase().replace(/[.,;:!\s]+$/u, '');

function companyUrl(ctx: ExtractContext): string | undefined {
  const fm = frontmatterValue(ctx, ['company_url', 'companyUrl', 'website', 'hiringOrganization.sameAs', 'externalURL', 'url', 'company.url']);
  return typeof fm?.value === 'string' && /^https?:\/\/\S+$/.test(fm.value) ? fm.value : undefined;
}

const URL_ASIDE = /\s*\((?:https?:\/\/|www\.)[^()\s]*\)/gu;

function cleanName(raw: string): string {
  // "Sourcegraph (https://sourcegraph.com)": a link in brackets is the name's address, not part of it.
  const linked = raw.includes('(') ? raw.replace(URL_ASIDE, '') : raw;
  const marked = linked.includes('**') || linked.includes('__') || linked.includes('`') ? linked.replace(/\*\*|__|`/g, '') : linked;
  // '"Marco Polo"' as a data file quotes it: the quotes are not part of the name.
  const bare = marked.trim().replace(/[,;]+$/u, '');
  const unmarked = /^["“„«]/u.test(bare) && /["”“»]$/u.test(bare) ? bare.slice(1, -1) : marked;
  // "El Grupo Frogtek", "The Acme Company": a leading article is not part of the name.
  // A connector the name pattern allows inside a name ("Institute for X") does not end one ("Fernway for a Rust engineer").
  const name = unmarked.replace(/['’]s$/u, '').replace(TRAILING_CONNECTOR, '').replace(/[\s,;:!]+$/u, '').replace(/\s+/g, ' ').trim().replace(LEADING_ARTICLE, '');
  // "Компанія DONE", "The company Acme": the noun before a name is not part of it.
  const noun = companyNounsBeforeName.find((word) => name.toLowerCase().startsWith(`${word.toLowerCase()} `));
  if (noun) return cleanName(name.slice(noun.length + 1));
  // "Acme s.r.o." and "Acme Inc." keep their dot; a sentence's full stop goes.
  return !name.endsWith('.') || /(?:^|[.\s])\p{L}{1,3}\.$/u.test(name) ? name : name.replace(/\.+$/, '');
}

// What ABOUT can start with, case-insensitively (about, über, à propos, sobre, over, o; ſ folds to s).
const ABOUT_STARTS = new Set(aboutWords.flatMap((word) => [word[0]!, word[0]!.toUpperCase()]).concat(['ſ']).map((char) => char.charCodeAt(0)));

/** False when ABOUT surely cannot match the heading once its * _ : are gone and it is trimmed. */
function mayStartAbout(text: string): boolean {
  for (let at = 0; at < text.length; at++) {
    const code = text.charCodeAt(at);
    if (code === 42 || code === 95 || code === 58 || isSpace(code)) continue;
    return ABOUT_STARTS.has(code);
  }
  return false;
}

/** CJK sentence punctuation (full stop, comma, colon, enumeration comma): a sentence, never a name. */
const CJK_SENTENCE_MARK = /[。，、：；！？]/u;

function isPlausibleName(name: string): boolean {
  if (name.length < 2 || name.length > 80 || NOT_A_NAME.test(name) || CJK_SENTENCE_MARK.test(name)) return false;
  return !/^(?:we|you|our|this|the team|the role|remote|full[- ]time|part[- ]time)\b/iu.test(name);
}
