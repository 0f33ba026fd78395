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
import { fieldKeys } from './tables/field-keys.js';
import { settle, type Candidate } from './candidates.js';
import { companyLabels, pagePartHeadings } from './tables/companies.js';
import { domainsOf, mentionOfDomain, platformNamesOf } from './company-domain.js';
import { jsonLdText, structuredValues } from './page-meta.js';
import { sectionKindOf } from './sections.js';
import { isGenericHeading } from './title.js';
import { namesRole } from './title-clean.js';
import { skillAliases } from './tables/skills.js';
import { placesIn } from './location.js';
import { keywordBit, keywordsIn, lineKeywords } from './tree.js';
import { BODY_RULES, keywordGroupOfRule, ownKeywordGroupOfRule, readingConfidence, type BodyRule } from './company-rules.js';
import { ruleWords, type RuleWords } from './match/rule-words.js';
import { escapeRegExp, lazily } from './text.js';
import { lowerCaseNameCompanies } from './company-sentences.js';
import { aboutSectionSubjects, definitionCompanies, repeatedNames, writtenInFull } from './company-general.js';
import { copyrightCompany, headingCompany, organisationCount, isJobBoard, isLegalFormWords, labelledCompany, legalFormCompanies, legalFormMentions, titlePairCompany } from './company-sources.js';
import { cleanName, isPlausibleName, nameKey } from './company-name.js';
import { ABOUT_PREFIX, aboutCompanies } from './company-about.js';
import { ASIDE_RULE, asideNamedAsOrganisation, keepUntakenAside } from './company-aside.js';
import { possessiveCompanies } from './company-possessive.js';
import { acronymCompanies } from './company-acronym.js';
import { aggregatorLine, bylineUnderTitle, labelAloneCompany, lineUnderTitle } from './company-lines.js';
import { logoCompany } from './company-logo.js';
import { pageTitleAtCompany, pageTitleCompany } from './company-page-title.js';
import { pagePartCompanies, signOffCompany } from './company-page-parts.js';
import { grownByOrganisationWord, organisationCompanies } from './company-organisation.js';
import { controllerCompany } from './company-privacy.js';
import { functionNotCompanies } from './tables/company-evidence.js';

// The keys of the company, shared with data items (tables/field-keys.ts).
const COMPANY_KEYS = fieldKeys.company;
const PAGE_PARTS = new Set(Object.values(pagePartHeadings).flat());
const FUNCTION_NOT_COMPANIES = new Set(functionNotCompanies);
// Technology names, for telling "Join React" from a company.
const skillAliasSet = new Set(skillAliases.map((skill) => skill.alias));
const AT_SIGN_NAME = /\s@\s+(\p{Lu}[\p{L}\p{N}.&+-]{1,40}(?:\s\p{Lu}[\p{L}\p{N}.&+-]{1,40}){0,2})/u;

const DESCRIPTION_KEYS = /^(?:description|summary|excerpt|intro)$/iu;
// Rules sharing a group of the shared scan are told apart by their own words, scanned on the lines that group passes.
const bodyRuleWords = lazily(() => ruleWords(ownKeywordGroupOfRule));
/** Below this, a candidate needs another naming the same company. */
const WEAK = 0.5;
const UNSUPPORTED_ASIDE = 0.45;

/** Rules whose words also lead to a place ("position in Berlin", "till Göteborg"). */
const PLACE_PRONE = new Set(['body.x-is-a-bare', 'body.at-x-we-verb', 'body.x-apposition', 'body.position-at', 'body.role-phrase-to', 'body.at-x-verb-we', 'body.at-x-we', 'body.at-x-you', 'body.defines', 'body.x-is-a', 'body.is-hiring', 'body.sucht', 'body.x-team', 'body.in-company', 'body.we-at-x']);

type Add = (name: string, line: number, rule: string, text: string, confidence: number, source?: Candidate<string>['source']) => void;

/** Set company from the candidates (candidates.ts), with the winner's rule and confidence as evidence. */
export function extractCompany(ctx: ExtractContext): void {
  const candidates: Array<Candidate<string>> = [];
  const add: Add = (name, line, rule, text, confidence, source = 'body') => {
    const clean = cleanName(name);
    // A weak rule naming a technology ("Join React") is not a company; a strong one may ("At GitHub, we").
    // A ja/ko topic is as often a tool ("Pythonは…"): a technology is never one, however strong the sentence.
    // "Python招聘" (Python jobs), "Rubyで働こう": before a CJK hiring word a technology names the work, not the employer.
    if ((confidence < 0.7 || rule.startsWith('body.topic-') || rule === 'body.cjk-hiring') && skillAliasSet.has(clean)) return;
    // A title, a section heading or a page's heading ("Übersicht", "Careers") is never a company.
    if (!clean || !isPlausibleName(clean, source !== 'frontmatter' && source !== 'structured', text) || clean.toLowerCase() === ctx.fields.title?.toLowerCase() || sectionKindOf(clean) !== 'other') return;
    if (PAGE_PARTS.has(clean.toLowerCase()) || isGenericHeading(clean) || ABOUT_PREFIX.test(clean)) return;
    // "HR招聘专员", "HR Recruiting Specialist": a department read from the text is the company's, never the company.
    if (source !== 'frontmatter' && source !== 'structured' && FUNCTION_NOT_COMPANIES.has(clean)) return;
    // A job board or an ATS publishes the posting; it does not hire. A place ("till Göteborg") is no employer.
    if (isJobBoard(clean) || (PLACE_PRONE.has(rule) && placesIn(clean).some((place) => place.text === clean))) return;
    // "unser Tierärzte-Team", "the Engineers team": a team named for its members' role is no employer.
    if (rule === 'body.x-team' && namesRole(clean)) return;
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
  // A name in brackets after the title ("Softwareentwickler (Klarna)") is weak: a ward, shift or team is bracketed so too ("Nurse (Night Shift)").
  // Without the posting writing it as an organisation elsewhere ("Klarna wurde gegründet", "at Klarna"), it needs another reading.
  const hint = ctx.hints.company;
  const asideConfidence = (name: string, line: number): number => (asideNamedAsOrganisation(ctx, name, line) ? WEAK : UNSUPPORTED_ASIDE);
  if (hint) add(hint.name, hint.line, hint.rule, hint.text, hint.rule === ASIDE_RULE ? asideConfidence(hint.name, hint.line) : 0.85, 'heading');
  for (const item of ctx.frontmatterStrings) {
    const at = item.text.includes('@') ? AT_SIGN_NAME.exec(item.text) : null;
    if (at) add(at[1]!, item.line, `frontmatter.${item.key}.at-sign`, item.text, 0.7, 'frontmatter');
  }
  for (const found of structuredValues(ctx.page, 'hiringOrganization')) {
    const organization = jsonLdText(found.value);
    if (organization) add(organization, found.line, found.rule, organization, 0.9, 'structured');
  }
  // Several JobPostings that name one hiring organisation (a page of one employer's roles) name it for each.
  const postings = [...(ctx.page.jobPostings ?? []), ...(ctx.page.microdataPostings ?? []), ...(ctx.page.rdfaPostings ?? []), ...(ctx.page.statePostings ?? [])];
  const organizations = postings.map((posting) => jsonLdText(posting.data.hiringOrganization));
  if (organizations.length > 1 && organizations[0] && organizations.every((name) => name === organizations[0])) {
    add(organizations[0], postings[0]!.line, 'structured:hiringOrganization.shared', organizations[0], 0.85, 'structured');
  }
  const siteName = ctx.page.siteName;
  if (siteName) add(siteName.text, siteName.line, 'page.site-name', siteName.text, 0.65, 'structured');
  labelledCompany(ctx, add);
  labelAloneCompany(ctx, add);
  pageTitleCompany(ctx, add);
  pageTitleAtCompany(ctx, add);
  titlePairCompany(ctx, add);
  headingCompany(ctx, add);
  const mentions = legalFormMentions(ctx);
  legalFormCompanies(mentions, add);
  copyrightCompany(ctx, mentions, add);
  aggregatorLine(ctx, add);
  lineUnderTitle(ctx, add);
  bylineUnderTitle(ctx, add);
  aboutCompanies(ctx, add);
  logoCompany(ctx, add);
  pagePartCompanies(ctx, organisationCount(mentions), candidates, add);
  signOffCompany(ctx, add);
  controllerCompany(ctx, add);
  const keywords = lineKeywords(ctx);
  const gate = bodyRuleGate(ctx);
  const legalFormNames = mentions.map((mention) => mention.name);
  for (let lineIndex = 0; lineIndex < ctx.text.length; lineIndex++) {
    const line = ctx.text[lineIndex]!;
    for (const [rule, match] of gatedBodyRuleMatches(line.plain, keywords[lineIndex]!, gate)) {
      // A rule with two shapes captures the name in either group.
      add(match[1] ?? match[2]!, line.line, rule.rule, line.plain, readingConfidence(rule, match, match[1] ?? match[2]!, legalFormNames));
    }
  }
  // A front matter's description is prose about the posting, read by every sentence rule ("description: Merapar
  // Technologies, an Eindhoven-based startup, …", "L'agence Lumao recrute un développeur": "Lumao").
  // Through the same gate as a line: a rule without its words in the description cannot match it, and is not compiled for it.
  for (const item of ctx.frontmatterStrings) {
    if (!DESCRIPTION_KEYS.test(item.key)) continue;
    for (const [rule, match] of gatedBodyRuleMatches(item.text, keywordsIn(ctx, item.text), gate)) {
      add(match[1] ?? match[2]!, item.line, rule.rule, item.text, readingConfidence(rule, match, match[1] ?? match[2]!, legalFormNames));
    }
  }
  // An apply or contact domain names the company through the text's own mention of it.
  // A hiring platform's link names the employer the same way ("jobs.lever.co/acme": "Acme").
  const domains = domainsOf(ctx);
  lowerCaseNameCompanies(ctx, domains, add);
  acronymCompanies(ctx, domains, add);
  for (const domain of [...domains, ...platformNamesOf(ctx).filter((slug) => !domains.some((d) => d.name === slug.name))]) {
    // A domain only linked to ("[ASP.NET Zero](https://aspnetzero.com)", "Technorati Tags: <links>") must be named away from its links.
    // A domain hack ("stylesha.re") spells its name with its country code: only a capitalised mention of that spelling counts ("StyleShare").
    const spelledMention = domain.spelled ? mentionOfDomain(ctx, domain.spelled, domain.linked) : undefined;
    const mention = mentionOfDomain(ctx, domain.name, domain.linked) ?? (spelledMention && /\p{Lu}/u.test(spelledMention.text) ? spelledMention : undefined);
    // Written once, all in lower case ("apps like inlang"), the domain may name a product: weak, it needs another reading.
    // So is a domain the posting only links to whose name the text writes only as a plain lower-case word ("zoals [Slides.com](…)" …
    // "de slides"): a common word, not the employer's name ("re:edu", styled, is a name).
    const lowerOnce = mention && !/\p{Lu}/u.test(mention.text) && (mention.count === 1 || (domain.linked !== undefined && /^\p{Ll}+$/u.test(mention.text)));
    // "instytut.lodz.pl": a place under a country's domain, with a label before it, is a regional registry's (lodz.pl, waw.pl), not the employer's name.
    const regional = mention && placesIn(mention.text).some((place) => place.text === mention.text) && new RegExp(`[@.][a-z0-9-]+\\.${escapeRegExp(domain.name)}\\.[a-z]{2}(?![a-z0-9.-])`, 'iu').test(domain.text);
    if (mention && !regional) add(mention.text, mention.line, 'domain.mention', `${domain.text} ~ ${mention.text}`, lowerOnce ? 0.45 : Math.min(0.7, 0.5 + 0.05 * mention.count), 'email-domain');
  }

  definitionCompanies(ctx, add);
  organisationCompanies(ctx, add);
  possessiveCompanies(ctx, add);
  aboutSectionSubjects(ctx, add);
  repeatedNames(ctx, [...candidates], add);
  // A weak reading counts only when another reading names the same company ("Acmeでは" on two lines).
  // Two rules reading one line ("## Acme" under the title is a heading and a line) are one piece of evidence: the strongest stays.
  const sameLine = (a: Candidate<string>, b: Candidate<string>): boolean => a.line === b.line && a.line > 0 && nameKey(a.value) === nameKey(b.value);
  const distinct = candidates.filter((c, index) => !candidates.some((other, at) => other !== c && sameLine(other, c) && (other.confidence > c.confidence || (other.confidence === c.confidence && at < index))));
  const readings = distinct.filter((c) => c.confidence >= WEAK || distinct.some((other) => other !== c && nameKey(other.value) === nameKey(c.value)));
  const counted = withoutOutnamedAside(ctx, readings);
  // "Acme Inc." and "Acme Inc" are one name.
  const best = settle(ctx, 'company', counted, (a, b) => nameKey(a) === nameKey(b));
  if (!best) {
    keepUntakenAside(ctx, undefined);
    return;
  }
  // A longer name that extends the winner ("Scale" -> "Scale AI") is preferred, unless the front matter said it.
  // A legal form after the winner ("Gani Software" -> "Gani Software Pty Ltd") stays with the name, however many words it has.
  const extends_ = (c: Candidate<string>): boolean => c.value.startsWith(`${best.value} `) && (c.value.split(' ').length <= best.value.split(' ').length + 1 || isLegalFormWords(c.value.slice(best.value.length + 1)));
  // "Join the CDS Policy team" names a team of CDS: a team's name does not extend its employer's.
  const longer = candidates.find((c) => extends_(c) && c.confidence >= 0.5 && c.rule !== 'body.x-team');
  const picked = longer && best.source !== 'frontmatter' ? longer.value : best.value;
  // "spacemesh is hiring! … Join Spacemesh": a name the text also writes with a capital is written so (the front matter's stays).
  const capitalised = best.source === 'frontmatter' || /\p{Lu}/u.test(picked) ? undefined
    : candidates.find((c) => c.value.toLowerCase() === picked.toLowerCase() && /\p{Lu}/u.test(c.value));
  const chosen = capitalised?.value ?? picked;
  // "Neohunter" written "Neohunter s.r.o.", "Eclipse" written "Eclipse Foundation": the name as the text writes it in full.
  // "Padova" written "University of Padova": an organisation word before the name is part of it too.
  const name = best.source === 'frontmatter' ? chosen : writtenInFull(ctx, grownByOrganisationWord(ctx, chosen));
  const url = companyUrl(ctx);
  ctx.fields.company = { name, ...(url ? { url } : {}) };
  keepUntakenAside(ctx, name);
}

/** What lets a body rule run on a text: its keyword group's bit in the shared scan, then its own words (match/rule-words.ts). */
export interface BodyRuleGate { keywordBitOfRule: readonly number[]; ownWords: RuleWords }

export function bodyRuleGate(ctx: Pick<ExtractContext, 'keywords'>): BodyRuleGate {
  return { keywordBitOfRule: keywordGroupOfRule.map((group) => keywordBit(ctx, group)), ownWords: bodyRuleWords() };
}

/**
 * The body rules' matches in a text, in rule order, of the rules whose keyword group the text's bits (`keywordBits`, the
 * shared scan of the same text) and whose own words it has; the plain reading tries every rule
 * (tests/extract-matchers.property.test.ts holds the two to the same matches). A rule never let through is never compiled.
 */
export function gatedBodyRuleMatches(text: string, keywordBits: number, { keywordBitOfRule, ownWords }: BodyRuleGate): ReadonlyArray<[BodyRule, RegExpExecArray]> {
  let found: Array<[BodyRule, RegExpExecArray]> | undefined;
  let ownWordBits: number | undefined;
  for (let index = 0; index < BODY_RULES.length; index++) {
    const bit = keywordBitOfRule[index]!;
    if (bit !== 0 && (keywordBits & bit) === 0) continue;
    const ownBit = ownWords.bits[index]!;
    if (ownBit !== 0 && ((ownWordBits ??= ownWords.scan(text)) & ownBit) === 0) continue;
    const rule = BODY_RULES[index]!;
    const match = rule.pattern.exec(text);
    if (match) (found ??= []).push([rule, match]);
  }
  return found ?? NO_MATCHES;
}
const NO_MATCHES: ReadonlyArray<[BodyRule, RegExpExecArray]> = Object.freeze([]);

/**
 * The bracketed name after a title counts only when no other reading in the title's own part names another company
 * ("Acme GmbH is hiring" outnames "(Night Shift)"); a reading under a later heading of the title's level is another posting's.
 */
function withoutOutnamedAside(ctx: ExtractContext, readings: Array<Candidate<string>>): Array<Candidate<string>> {
  const agrees = (a: string, b: string): boolean => nameKey(a) === nameKey(b) || a.startsWith(`${b} `) || b.startsWith(`${a} `);
  const outnamed = (aside: Candidate<string>): boolean => {
    const heading = ctx.headings.find((h) => h.line === aside.line);
    const end = heading ? ctx.headings.find((h) => h.line > aside.line && h.depth <= heading.depth)?.line ?? Infinity : Infinity;
    return readings.some((other) => other.rule !== ASIDE_RULE && !agrees(other.value, aside.value) && (other.line < aside.line || other.line < end));
  };
  return readings.some((c) => c.rule === ASIDE_RULE && outnamed(c)) ? readings.filter((c) => c.rule !== ASIDE_RULE) : readings;
}

function companyUrl(ctx: ExtractContext): string | undefined {
  const fm = frontmatterValue(ctx, ['company_url', 'companyUrl', 'website', 'hiringOrganization.sameAs', 'externalURL', 'url', 'company.url']);
  return typeof fm?.value === 'string' && /^https?:\/\/\S+$/.test(fm.value) ? fm.value : undefined;
}

