/**
 * Company: front matter (company, companyName, hiringOrganization.name,
 * organization, startup, friend, ...), then what the title said ("at Acme",
 * "Acme is hiring"), then the body: an aggregator's company line under the
 * title, "About X", "At X, we", "X is hiring / looking for", "Join X",
 * "Wir sind X", "Bij X zoeken we", "... @ X". The site or email domain is the
 * last resort, with low confidence. Each rule has a confidence; the best
 * candidate wins, and a longer name that extends it ("Scale" -> "Scale AI")
 * is preferred.
 */
import { cite, frontmatterLine, frontmatterValue, type ExtractContext } from './context.js';
import { sectionKindOf } from './sections.js';
import { looksLikeJobTitle } from './title.js';
import { skillAliases } from './tables/skills.js';
import { placesIn } from './location.js';
import { filterable, isSpace } from './text.js';
import { keywordGroup, lineKeywords } from './tree.js';

interface Candidate { name: string; line: number; rule: string; text: string; confidence: number; order: number }

const COMPANY_KEYS = [
  'company', 'companyName', 'company_name', 'company.name', 'hiringOrganization.name', 'hiringOrganization', 'organization',
  'organisation', 'organization.name', 'employer', 'employer.name', 'startup', 'friend', 'client',
];
// A word ending in "." ends the name: "Join Bean Co. Part-time." names "Bean Co.", the next word starts a sentence.
const NAME = String.raw`(\p{Lu}[\p{L}\p{N}.&+'’-]{0,40}(?:(?<!\.)[ ](?:\p{Lu}[\p{L}\p{N}.&+'’-]{0,40}|of|de|for|and|&)){0,4}|\p{Ll}[\p{L}\p{N}.-]{1,30}(?:\.[a-z]{2,6}))`;
const ANY_NAME = String.raw`([\p{L}][\p{L}\p{N}.&+'’-]{0,40}(?:(?<!\.)[ ]\p{Lu}[\p{L}\p{N}.&+'’-]{0,40}){0,3})`;
interface BodyRule {
  rule: string;
  pattern: RegExp;
  confidence: number;
  /** Words the pattern cannot match without (case-sensitive, as the pattern is): a line that has none, lower-cased, is not tried. */
  needs: readonly string[];
}
const BODY_RULES: BodyRule[] = [
  {
    rule: 'body.at-x-we', confidence: 0.75, needs: ['At', 'Bei', 'Chez', 'En', 'Na', 'Bij'],
    pattern: new RegExp(String.raw`(?:^|[.!?]\s)(?:At|Bei|Chez|En|Na|Bij)\s+${NAME},?\s+(?:we|our|wir|unser|nous|notre|nosotros|nuestra|nós|nossa|wij|we|ons)\b`, 'u'),
  },
  {
    rule: 'body.is-hiring', confidence: 0.8, needs: ['hiring', 'looking for', 'seeking', 'recruiting', 'searching for', 'growing'],
    pattern: new RegExp(String.raw`(?:^|[.!?]\s)(?:The\s+)?${NAME}\s+(?:is|are)\s+(?:hiring|looking for|seeking|recruiting|searching for|growing)\b`, 'u'),
  },
  {
    rule: 'body.sucht', confidence: 0.75, needs: ['sucht', 'recrute', 'recherche', 'busca', 'zoekt', 'hľadá', 'procura'],
    // "Die Acme GmbH sucht": the article is not part of the name.
    pattern: new RegExp(String.raw`(?:^|[.!?]\s)(?:(?:Die|Der|Das|La|Le|El|Het|De)\s+)?${NAME}\s+(?:sucht|recrute|recherche|busca|zoekt|hľadá|procura)\b`, 'u'),
  },
  {
    rule: 'body.we-are', confidence: 0.75, needs: ['Wir sind', 'We are', "We're", 'Nous sommes', 'Somos', 'Wij zijn'],
    pattern: new RegExp(String.raw`(?:^|[.!?]\s)(?:Wir sind|We are|We're|Nous sommes|Somos|Wij zijn)\s+${ANY_NAME},\s+(?:das|die|der|ein|eine|a|an|the|une?|el|la|uma?|een|het)\b`, 'u'),
  },
  {
    rule: 'body.bij-x-zoeken', confidence: 0.7, needs: ['zoeken', 'suchen', 'recherchons', 'cherchons', 'buscamos'],
    pattern: new RegExp(String.raw`\b(?:Bij|Bei|Chez)\s+${NAME}\s+(?:zoeken|suchen|recherchons|cherchons|buscamos)\b`, 'u'),
  },
  {
    rule: 'body.apply-at', confidence: 0.6, needs: ['bewirb dich', 'bewerbe dich', 'apply'],
    pattern: new RegExp(String.raw`\b(?:bewirb dich|bewerbe dich|apply)\s+(?:jetzt\s+|now\s+)?(?:bei|at|to)\s+${NAME}\b`, 'u'),
  },
  {
    // "Únete a" starts with no ASCII word character, where \b would want one before it: it gets a letter boundary of its own.
    rule: 'body.join', confidence: 0.55, needs: ['Join', 'join', 'Rejoins', 'rejoignez', 'Junte-se à', 'Únete a'],
    pattern: new RegExp(String.raw`(?:\b(?:Join|join|Rejoins|rejoignez|Junte-se à)|(?<![\p{L}\p{N}_])Únete a)\s+${NAME}(?=[\s,.!])`, 'u'),
  },
  {
    // "organi" stands for organisation/organization.
    rule: 'body.x-is-a', confidence: 0.6,
    needs: ['company', 'platform', 'startup', 'start-up', 'organi', 'provider', 'agency', 'foundation', 'leader', 'portal', 'firm', 'business', 'non-profit', 'nonprofit', 'Unternehmen', 'Portal', 'entreprise', 'empresa', 'bedrijf', 'spoločnosť', 'Startup', 'Anbieter'],
    pattern: new RegExp(String.raw`(?:^|[.!?]\s)(?:The\s+)?${ANY_NAME}\s+(?:is|ist|est|es|é)\s+(?:[\p{Ll}]{2,20}\s+){0,2}(?:a|an|the|our|ein|eine|das|der|une?|la|le|el|uma?|een|het)\b[^.]{0,100}\b(?:company|platform|startup|start-up|organi[sz]ation|provider|agency|foundation|leader|portal|firm|business|non-profit|nonprofit|Unternehmen|Portal|entreprise|empresa|bedrijf|spoločnosť|Startup|Anbieter)`, 'u'),
  },
];
// A rule runs only on a line that may hold a word it needs: the keyword scan of the lines (lower-cased,
// done once per posting for all extractors) finds the needed words of these groups of rules. A rule in no
// group, or with a word that cannot be found lower-cased, runs on every line: "body.at-x-we" needs short
// words ("At", "En") that nearly every line holds lower-cased, and its pattern fails fast where no sentence
// starts with one.
const RULE_GROUPS = [['body.is-hiring'], ['body.sucht', 'body.bij-x-zoeken'], ['body.x-is-a'], ['body.we-are', 'body.apply-at', 'body.join']];
/** Per rule, the keyword group bit of the words it needs, or 0: run on every line. */
const keywordBitOfRule = BODY_RULES.map(() => 0);
for (const group of RULE_GROUPS) {
  const rules = BODY_RULES.filter((rule) => group.includes(rule.rule));
  const words = rules.flatMap((rule) => rule.needs);
  if (!words.every(filterable)) continue;
  const bit = keywordGroup(words.map((word) => word.toLowerCase()));
  for (const rule of rules) keywordBitOfRule[BODY_RULES.indexOf(rule)] = bit;
}

// Technology names, for telling "Join React" from a company.
const skillAliasSet = new Set(skillAliases.map((skill) => skill.alias));
const AT_SIGN_NAME = /\s@\s+(\p{Lu}[\p{L}\p{N}.&+-]{1,40}(?:\s\p{Lu}[\p{L}\p{N}.&+-]{1,40}){0,2})/u;
const EMAIL = /[\w.+-]{1,64}@([a-z0-9-]{1,63}(?:\.[a-z0-9-]{1,63}){0,4}\.[a-z]{2,12})\b/i;
const ABOUT = /^(?:about|über|a propos de|à propos de|acerca de|sobre|over|o)\s+(?:the\s+|a\s+|o\s+|la\s+|le\s+|l'|de\s+)?(.{2,50})$/iu;
const NOT_A_NAME = /^(?:the|us|our|we|you|your|this|that|team|role|job|position|project|company|it|them|him|her|a|an|me|uns|nous|nos|ons|el|la|le|de|o|a|my|data|code|work|life|everyone|someone|one|all|each|here|there|it|what|who|why|how)$/iu;
const COMMON_HOSTS = /(?:^|\.)(?:github|gitlab|linkedin|google|goo|youtube|youtu|twitter|x|facebook|instagram|medium|wikipedia|greenhouse|lever|workable|teamtailor|recruitee|personio|smartrecruiters|bamboohr|ashbyhq|breezy|jobvite|workday|myworkdayjobs|icims|remotewlb|weworkremotely|angel|wellfound|indeed|glassdoor|stackoverflow|profesia|airtable|typeform|forms|gmail|outlook|hotmail|yahoo|protonmail|bit|t|apple|microsoft|amazon|zoom|slack|discord|notion|docs|drive|calendly|vimeo|loom|sammancoaching|insee|example)\.[a-z.]{2,10}$/i;

/** Set company from the best-scoring candidate, with its rule and confidence as evidence. */
export function extractCompany(ctx: ExtractContext): void {
  const candidates: Candidate[] = [];
  let order = 0;
  const add = (name: string, line: number, rule: string, text: string, confidence: number) => {
    const clean = cleanName(name);
    // A weak rule naming a technology ("Join React") is not a company; a strong one may ("At GitHub, we").
    if (confidence < 0.7 && skillAliasSet.has(clean)) return;
    if (clean && isPlausibleName(clean)) candidates.push({ name: clean, line, rule, text, confidence, order: order++ });
  };

  const fm = frontmatterValue(ctx, COMPANY_KEYS);
  if (fm && (typeof fm.value === 'string' || typeof fm.value === 'number')) add(String(fm.value), frontmatterLine(ctx, fm.key), `frontmatter.${fm.key}`, String(fm.value), 0.95);
  // The site's own name, when the front matter gives one and nothing better turns up.
  const site = frontmatterValue(ctx, ['site_name', 'siteName', 'site.name', 'site.title', 'publisher', 'publisher.name']);
  if (typeof site?.value === 'string') add(site.value, frontmatterLine(ctx, site.key), `frontmatter.${site.key}`, site.value, 0.5);
  // Nested under a site's own table ([params] company = "...", extra.company).
  const nested = ctx.frontmatterStrings.find((f) => f.key.includes('.') && /^(?:company|companyName|company_name|organization|organisation|employer)$/i.test(f.key.split('.').pop()!));
  if (!fm && nested) add(nested.text, nested.line, `frontmatter.${nested.key}`, nested.text, 0.9);
  if (ctx.hints.company) add(ctx.hints.company.name, ctx.hints.company.line, ctx.hints.company.rule, ctx.hints.company.text, 0.85);
  for (const item of ctx.frontmatterStrings) {
    const at = item.text.includes('@') ? AT_SIGN_NAME.exec(item.text) : null;
    if (at) add(at[1]!, item.line, `frontmatter.${item.key}.at-sign`, item.text, 0.7);
  }
  aggregatorLine(ctx, add);
  bylineUnderTitle(ctx, add);
  for (const heading of ctx.headings) {
    if (!mayStartAbout(heading.text)) continue;
    const about = ABOUT.exec(heading.text.replace(/[*_:]+/g, '').trim());
    if (about && !NOT_A_NAME.test(about[1]!.split(/\s+/)[0]!) && !/\b(?:role|job|position|you|team|project|work|us|the company)\b/iu.test(about[1]!)) {
      add(about[1]!, heading.line, 'heading.about', heading.text, 0.75);
    }
  }
  const keywords = lineKeywords(ctx);
  for (let lineIndex = 0; lineIndex < ctx.text.length; lineIndex++) {
    const line = ctx.text[lineIndex]!;
    const lineKeywordBits = keywords[lineIndex]!;
    for (let index = 0; index < BODY_RULES.length; index++) {
      const bit = keywordBitOfRule[index]!;
      if (bit !== 0 && (lineKeywordBits & bit) === 0) continue;
      const rule = BODY_RULES[index]!;
      const match = rule.pattern.exec(line.plain);
      if (match) add(match[1]!, line.line, rule.rule, line.plain, rule.confidence);
    }
  }
  domainFallback(ctx, add);

  if (!candidates.length) return;
  candidates.sort((a, b) => b.confidence - a.confidence || a.order - b.order);
  let best = candidates[0]!;
  const longer = candidates.find((c) => c.name.startsWith(`${best.name} `) && c.name.split(' ').length <= best.name.split(' ').length + 1 && c.confidence >= 0.5);
  if (longer && !best.rule.startsWith('frontmatter')) best = { ...longer, confidence: best.confidence };
  const url = companyUrl(ctx);
  ctx.fields.company = { name: best.name, ...(url ? { url } : {}) };
  cite(ctx, 'company', best.line, best.rule, best.text, best.confidence);
}

/** Aggregator pages put the company on a short heading right under the title ("### Sourcegraph91"). */
function aggregatorLine(ctx: ExtractContext, add: (name: string, line: number, rule: string, text: string, c: number) => void): void {
  const [first, second] = ctx.headings;
  if (!first || !second || first.depth > 2 || second.depth <= first.depth || second.line - first.line > 2) return;
  const text = second.text.trim();
  if (!text || text.split(/\s+/).length > 5 || sectionKindOf(text) !== 'other' || looksLikeJobTitle(text)) return;
  // A counter glued to the name by the site ("Sourcegraph91") goes when the bare name is used in the text.
  const bare = text.replace(/\d+$/, '');
  const name = bare !== text && ctx.text.some((l) => l.plain.includes(bare)) ? bare : text;
  add(name, second.line, 'heading.company-under-title', text, 0.8);
}

/**
 * A byline near the top: "Acme · Berlin, Germany · Full-time" or
 * "**Acme** – Lyon, France". The first part names the company when the others
 * are places, remote words or contract words.
 */
function bylineUnderTitle(ctx: ExtractContext, add: (name: string, line: number, rule: string, text: string, c: number) => void): void {
  for (const line of ctx.text.slice(0, 6)) {
    // No separator with a space either side, one part.
    if (!BYLINE_SEPARATOR.test(line.plain)) continue;
    const parts = line.plain.split(/\s+[·•|–—-]\s+/u).map((p) => p.trim()).filter(Boolean);
    if (parts.length < 2 || parts[0]!.split(/\s+/).length > 5 || parts[0]!.length > 60) continue;
    const [first, ...rest] = parts as [string, ...string[]];
    // The cheap tests first (all of them are pure).
    if (/\d/.test(first) || looksLikeJobTitle(first) || placesIn(first).length) continue;
    const describesJob = rest.some((part) => /\b(?:remote|hybrid|on-?site|full[- ]time|part[- ]time|contract|télétravail|cdi|cdd|vollzeit|teilzeit)\b/iu.test(part) || placesIn(part).length > 0);
    if (describesJob) {
      add(first, line.line, 'text.byline', line.plain, 0.8);
      return;
    }
  }
}

const BYLINE_SEPARATOR = /\s[·•|–—-]\s/;

/** The last resort: the domain of an email or site the posting links, named like "acme". */
function domainFallback(ctx: ExtractContext, add: (name: string, line: number, rule: string, text: string, c: number) => void): void {
  for (const line of ctx.text) {
    const email = line.text.includes('@') ? EMAIL.exec(line.text) : null;
    const host = email?.[1];
    if (host && !COMMON_HOSTS.test(host)) {
      add(host.split('.').slice(-2, -1)[0]!, line.line, 'domain.email', email[0], 0.3);
      return;
    }
  }
}

function companyUrl(ctx: ExtractContext): string | undefined {
  const fm = frontmatterValue(ctx, ['company_url', 'companyUrl', 'website', 'hiringOrganization.sameAs', 'externalURL', 'url', 'company.url']);
  return typeof fm?.value === 'string' && /^https?:\/\/\S+$/.test(fm.value) ? fm.value : undefined;
}

function cleanName(raw: string): string {
  const unmarked = raw.includes('**') || raw.includes('__') || raw.includes('`') ? raw.replace(/\*\*|__|`/g, '') : raw;
  const name = unmarked.replace(/['’]s$/u, '').replace(/[\s,;:!]+$/u, '').replace(/\s+/g, ' ').trim();
  // "Acme s.r.o." and "Acme Inc." keep their dot; a sentence's full stop goes.
  return !name.endsWith('.') || /(?:^|[.\s])\p{L}{1,3}\.$/u.test(name) ? name : name.replace(/\.+$/, '');
}

// What ABOUT can start with, case-insensitively (about, über, à propos, sobre, over, o; ſ folds to s).
const ABOUT_STARTS = new Set(['a', 'A', 'ü', 'Ü', 'à', 'À', 's', 'S', 'ſ', 'o', 'O'].map((char) => char.charCodeAt(0)));

/** False when ABOUT surely cannot match the heading once its * _ : are gone and it is trimmed. */
function mayStartAbout(text: string): boolean {
  for (let at = 0; at < text.length; at++) {
    const code = text.charCodeAt(at);
    if (code === 42 || code === 95 || code === 58 || isSpace(code)) continue;
    return ABOUT_STARTS.has(code);
  }
  return false;
}

function isPlausibleName(name: string): boolean {
  if (name.length < 2 || name.length > 80 || NOT_A_NAME.test(name)) return false;
  return !/^(?:we|you|our|this|the team|the role|remote|full[- ]time|part[- ]time)\b/iu.test(name);
}
