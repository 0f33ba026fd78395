/**
 * Where to apply: emails and URLs.
 *
 * Emails come from mailto links, plain addresses, obfuscated forms ("jobs [at]
 * acme [dot] com", "jobs (at) acme.com") and placeholders ("jobs@[our main
 * domain]", resolved from the posting's own site when it links one, else a
 * warning). An address counts when the words around it are about applying
 * (apply, CV, resume, Bewerbung, candidature, postuler, životopis, 応募...)
 * or its mailbox is a jobs mailbox; an accommodations or privacy address does
 * not. The address pattern is bounded and needs a real top-level domain, so
 * "logo@2x.png" is not an email.
 *
 * URLs come from front matter (apply_url, url_apply, application_url, ...)
 * and from links whose text or line is about applying or whose path says
 * /apply or /jobs.
 */
import { cite, frontmatterValue, warn, type ExtractContext } from './context.js';
import { filterForm, isLetterOrNumberCodePoint, PhraseFinder } from './text.js';
import { keywordGroup, lineKeywords } from './tree.js';

const EMAIL = /(?<![\w.%+-])([A-Za-z0-9][A-Za-z0-9._%+-]{0,63})@((?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\.){1,6}[A-Za-z]{2,18})(?![A-Za-z0-9-])/g;
// The same pattern, tried at one place (lastIndex) only.
const EMAIL_AT = new RegExp(EMAIL.source, 'y');
const FILE_EXTENSION = /\.(?:png|jpe?g|gif|svg|webp|avif|ico|bmp|css|js|mjs|ts|json|map|woff2?|ttf|eot|mp4|webm|pdf|zip)$/i;
const OBFUSCATED = /(?<![\w.])([A-Za-z0-9][A-Za-z0-9._%+-]{0,63})\s{0,3}[[({]\s{0,2}(?:at|AT|@)\s{0,2}[\])}]\s{0,3}([A-Za-z0-9-]{1,63}(?:\s{0,3}(?:[[({]\s{0,2}(?:dot|DOT|\.)\s{0,2}[\])}]|\.)\s{0,3}[A-Za-z0-9-]{1,63}){1,5})/g;
// What every OBFUSCATED match contains: lines without it skip that pattern.
const OBFUSCATED_AT = /[[({]\s{0,2}(?:at|AT|@)\s{0,2}[\])}]/;
// Lines (lower-cased) without these have no bare URL and no obfuscated address (found with the other extractors' keywords).
const HTTP = keywordGroup(['http']);
const OPENING_BRACKET = keywordGroup(['[', '(', '{']);
const PLACEHOLDER = /(?<![\w.])([A-Za-z0-9][A-Za-z0-9._%+-]{0,63})@\[([^\]\n]{1,60})\]/g;
// Words about applying, as whole words; "*": any letters may follow.
const APPLY_WORD_LIST = [
  'apply', 'applying', 'application', 'applications', 'resume', 'résumé', 'cv', 'cover letter', 'send', 'email us', 'e-mail us', 'mail us',
  'reach out', 'get in touch', 'contact', 'interested', 'bewerbung', 'bewirb', 'bewerben', 'lebenslauf', 'anschreiben', 'schick*', 'schreib*',
  'candidature', 'postuler', 'envoy*', 'cv', 'solliciteer', 'sollicitatie', 'stuur', 'reageer', 'candidatura', 'envía', 'envia', 'currículo',
  'currículum', 'pošli', 'pošlite', 'životopis', 'prihlás*', 'ansprechpartner*',
];
const APPLY_WORDS_SOURCE = String.raw`(?<![\p{L}\p{N}])(?:${APPLY_WORD_LIST.map((word) => word.replace(/\*$/, String.raw`\p{L}*`)).join('|')})(?![\p{L}\p{N}])|応募|履歴書`;
// APPLY_WORDS_SOURCE (case-insensitive) without compiling it, which costs milliseconds: its words found in the
// lower-cased text, the letter boundaries checked by code (the pattern is built for texts without a filter form).
const APPLY_WORDS = new PhraseFinder(
  APPLY_WORD_LIST.map((word) => (word.endsWith('*') ? { text: word.slice(0, -1), stem: true } : word)),
  isLetterOrNumberCodePoint,
  APPLY_WORDS_SOURCE,
);
const APPLY_WORDS_UNBOUNDED = ['応募', '履歴書'];

function hasApplyWords(text: string): boolean {
  const form = filterForm(text);
  // Without a filter form, find() runs the whole pattern, these words too.
  return APPLY_WORDS.find(text, 0, form) !== null || (form !== null && APPLY_WORDS_UNBOUNDED.some((word) => form.includes(word)));
}
const NOT_APPLY = /\b(?:accommodations?|accessibility|disabilit\w*|privacy|gdpr|data protection|datenschutz|press|media inquiries|security|abuse|unsubscribe|support@|billing)\b/iu;
/** Words that rule out a personal address but not a jobs mailbox ("Questions? Write to hiring@..."). */
const QUESTIONS = /\b(?:questions?|fragen|contact us)\b/iu;
const JOBS_MAILBOX = /^(?:jobs?|careers?|career|hiring|recruiting|recruitment|recruit|talent|hr|people|apply|applications?|join|work|bewerbung|bewerbungen|karriere|emploi|recrutement|empleo|vagas|vacatures|werken|prace|kariera)$/i;
const EMAIL_KEYS = ['apply_email', 'applyEmail', 'application_email', 'email', 'contact_email', 'contact.email', 'hiringOrganization.email', 'apply.email'];
const URL_KEYS = ['apply_url', 'applyUrl', 'url_apply', 'application_url', 'applicationUrl', 'application link', 'application_link', 'apply_link', 'applyLink', 'apply.url', 'directApply', 'link_apply', 'jobUrl', 'job_url'];
const COMMON_HOSTS = /(?:^|\.)(?:github\.com|gitlab\.com|linkedin\.com|google\.com|goo\.gl|youtube\.com|youtu\.be|twitter\.com|x\.com|facebook\.com|instagram\.com|medium\.com|wikipedia\.org|remotewlb\.com|img\.shields\.io|gravatar\.com)$/i;

/** Set apply.emails and apply.urls, resolving placeholders from the posting's own site. */
export function extractApply(ctx: ExtractContext): void {
  const emails: string[] = [];
  const urls: string[] = [];
  let evidence: { line: number; rule: string; text: string } | null = null;
  const addEmail = (email: string, line: number, rule: string, text: string) => {
    const lower = email.toLowerCase();
    if (!emails.includes(lower)) emails.push(lower);
    evidence ??= { line, rule, text };
  };
  const addUrl = (url: string, line: number, rule: string, text: string) => {
    const clean = url.replace(/[).,;]+$/, '');
    if (!/^https?:\/\/[^\s]{3,}$/i.test(clean) || urls.includes(clean)) return;
    urls.push(clean);
    evidence ??= { line, rule, text };
  };

  for (const key of EMAIL_KEYS) {
    const value = frontmatterValue(ctx, [key])?.value;
    if (typeof value === 'string') for (const email of emailsIn(value)) addEmail(email, ctx.frontmatterStrings.find((f) => f.text === value)?.line ?? 1, `frontmatter.${key}`, value);
  }
  for (const key of URL_KEYS) {
    const value = frontmatterValue(ctx, [key])?.value;
    if (typeof value === 'string') addUrl(value.trim(), ctx.frontmatterStrings.find((f) => f.text === value.trim())?.line ?? 1, `frontmatter.${key}`, value);
  }

  // Needed only to resolve a placeholder address (few postings have one), and parsing URLs is not cheap.
  let domain: string | null | undefined;
  const keywords = lineKeywords(ctx);
  ctx.text.forEach((line, index) => {
    // Most lines have no address, link or bracket: the patterns below run only on those that do.
    const hasAt = line.text.includes('@');
    const hasUrl = (keywords[index]! & HTTP) !== 0 && line.plain.includes('http');
    const mayBeObfuscated = (keywords[index]! & OPENING_BRACKET) !== 0 && OBFUSCATED_AT.test(line.plain);
    if (!hasAt && !hasUrl && !mayBeObfuscated) return;
    let applyContext: boolean | undefined;
    const isApplyContext = () => (applyContext ??= hasApplyWords(`${ctx.text[index - 1]?.plain ?? ''} ${line.plain}`) && !NOT_APPLY.test(line.plain));
    for (const email of hasAt ? emailsIn(line.text) : []) {
      const mailbox = email.split('@')[0]!;
      const jobsMailbox = JOBS_MAILBOX.test(mailbox);
      if ((jobsMailbox || (isApplyContext() && !QUESTIONS.test(line.plain))) && !NOT_APPLY.test(line.plain)) addEmail(email, line.line, 'text.email', line.plain);
    }
    OBFUSCATED.lastIndex = 0;
    for (const match of mayBeObfuscated ? line.plain.matchAll(OBFUSCATED) : []) {
      const host = match[2]!.replace(/\s{0,3}[[({]\s{0,2}(?:dot|DOT|\.)\s{0,2}[\])}]\s{0,3}|\s{0,3}\.\s{0,3}/g, '.');
      if (/\.[a-z]{2,18}$/i.test(host) && !FILE_EXTENSION.test(host)) addEmail(`${match[1]}@${host}`, line.line, 'text.email-obfuscated', match[0]);
    }
    // A bare address after "Apply:" / "Apply via" (Markdown makes no link of it).
    if (hasUrl && isApplyContext()) {
      for (const url of line.plain.match(/https?:\/\/[^\s<>()"'\]]{3,300}/g) ?? []) addUrl(url, line.line, 'text.apply-url', line.plain);
    }
    PLACEHOLDER.lastIndex = 0;
    for (const match of hasAt ? line.text.matchAll(PLACEHOLDER) : []) {
      if (domain === undefined) domain = siteDomain(ctx);
      if (domain) {
        addEmail(`${match[1]}@${domain}`, line.line, 'text.email-placeholder', match[0]);
        warn(ctx, 'email-resolved', { text: match[0], email: `${match[1]}@${domain}` }, line.line);
      } else {
        warn(ctx, 'email-unresolved', { text: match[0] }, line.line);
      }
    }
  });

  // The first body line with each source line number, for the links' context.
  const plainByLine = new Map<number, string>();
  if (ctx.links.length) for (const l of ctx.text) if (!plainByLine.has(l.line)) plainByLine.set(l.line, l.plain);
  for (const link of ctx.links) {
    if (!/^https?:/i.test(link.url)) continue;
    const line = plainByLine.get(link.line) ?? '';
    const context = `${link.text} ${line}`;
    const byPath = /\/(?:apply|application|jobs?|careers?|vacatures?|stellen|emplois?|bewerben|vagas?|job)(?:\/|$|\?)|greenhouse\.io|lever\.co|workable\.com|teamtailor\.com|recruitee\.com|personio\.|smartrecruiters\.com|docs\.google\.com\/forms|forms\.gle|typeform\.com|airtable\.com\/shr/i.test(link.url);
    // An apply URL, or apply words around a link that is a form or on an apply path; the cheaper tests first.
    const byUrl = byPath && /apply|application|greenhouse|lever|workable|teamtailor|forms|typeform|airtable/i.test(link.url);
    if (byUrl || ((byPath || /\b(?:apply|application|form|formular\w*|formulario|formulaire|formulár\w*|bewerb\w*|postuler)\b/iu.test(context)) && hasApplyWords(context) && !NOT_APPLY.test(line) && !/^mailto:/i.test(link.url))) {
      addUrl(link.url, link.line, 'link.apply', `${link.text} ${link.url}`);
    }
  }

  ctx.fields.apply = { emails, urls };
  const found = evidence as { line: number; rule: string; text: string } | null;
  if (found) cite(ctx, 'apply', found.line, found.rule, found.text, found.rule.startsWith('frontmatter') ? 0.9 : 0.75);
}

/** Real email addresses in a text; file names such as "logo@2x.png" are not. */
export function emailsIn(text: string): string[] {
  const out: string[] = [];
  // EMAIL's matches, left to right, found from each "@": a match can only start where the run of
  // local-part characters before it starts (the pattern's lookbehind rules out any later start), so
  // the pattern is tried there alone instead of at every letter of the text.
  let end = 0;
  for (let at = text.indexOf('@'); at !== -1; at = text.indexOf('@', at + 1)) {
    let start = at;
    while (start > 0 && isLocalPartCharacter(text.charCodeAt(start - 1))) start--;
    if (start < end) continue;
    EMAIL_AT.lastIndex = start;
    const match = EMAIL_AT.exec(text);
    if (!match) continue;
    end = EMAIL_AT.lastIndex;
    const [, local, host] = match as unknown as [string, string, string];
    if (FILE_EXTENSION.test(host) || /^\d+x$/i.test(host.split('.')[0]!) || /\.\d+$/.test(host)) continue;
    out.push(`${local}@${host}`);
  }
  return out;
}

/** [A-Za-z0-9._%+-]: the characters of EMAIL's local part and of its lookbehind. */
function isLocalPartCharacter(code: number): boolean {
  return (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57) || code === 46 || code === 95 || code === 37 || code === 43 || code === 45;
}

/** "jobs [at] acme [dot] com" and friends, read back as addresses. */
export function deobfuscateEmails(text: string): string[] {
  const out: string[] = [];
  OBFUSCATED.lastIndex = 0;
  for (const match of text.matchAll(OBFUSCATED)) {
    const host = match[2]!.replace(/\s{0,3}[[({]\s{0,2}(?:dot|DOT|\.)\s{0,2}[\])}]\s{0,3}|\s{0,3}\.\s{0,3}/g, '.');
    if (/\.[a-z]{2,18}$/i.test(host) && !FILE_EXTENSION.test(host)) out.push(`${match[1]}@${host}`.toLowerCase());
  }
  return out;
}

/** The posting's own site: the company URL, or the first linked site that is not a common platform. */
function siteDomain(ctx: ExtractContext): string | null {
  const candidates = [ctx.fields.company?.url, ...ctx.links.map((l) => l.url)].filter((u): u is string => Boolean(u));
  for (const url of candidates) {
    let host: string;
    try {
      host = new URL(url).hostname.toLowerCase().replace(/^www\./, '');
    } catch {
      continue;
    }
    if (host && host.includes('.') && !COMMON_HOSTS.test(host)) return host;
  }
  return null;
}
