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
import { emailsIn, personAtCompany, OBFUSCATED_AT_KEYWORDS, obfuscatedEmailsIn, spacedEmailsIn, SPELLED_DOT_KEYWORDS, withPlainAt } from './apply-address.js';
import { cite, frontmatterValue, warn, type ExtractContext } from './context.js';
import { fieldKeys, keyForm, keyForms } from './tables/field-keys.js';
import { applicationWords, applyHeadingWholeWords, applyHeadingWords, contactLinkWords, emailKeyWords, jobsMailboxes, notApplyMailboxParts, notApplySource, notReadMailboxParts, privacyMailboxParts, sharedMailboxes, spacedAtVerbs, urlKeyWords } from './tables/apply.js';
import { escapeRegExp, lazily, sentences } from './text.js';
import { hasApplyWords } from './match/apply-words.js';
import { boundedAlternation } from './match/bounded.js';
import { keywordBit, keywordGroup, lineKeywords } from './tree.js';
import { ownPageLink } from './own-page-link.js';
import { namesTitle, onApplyHost, onBoardPosting, saysApply } from './apply-links.js';

export { deobfuscateEmails, emailsIn } from './apply-address.js';
export { applyWordsPattern, hasApplyWords } from './match/apply-words.js';

/** A spaced " @ " is an address only after a mailbox named like one ("info @ acme.com"), never a verb ("apply @ jobs.acme.com"). */
const SPACED_MAILBOXES = new Set([...jobsMailboxes, ...sharedMailboxes].filter((word) => !spacedAtVerbs.includes(word)));
// Lines (lower-cased) without these have no bare URL and no obfuscated address (found with the other extractors' keywords).
const HTTP = keywordGroup(['http']);
const OBFUSCATED_AT = keywordGroup(OBFUSCATED_AT_KEYWORDS);
const BARE_AT = keywordGroup([' at ']);
const SPELLED_DOT = keywordGroup(SPELLED_DOT_KEYWORDS);
/** The keyword groups this file's scans read (index.ts lists every file's). */
export const applyKeywordGroups = [HTTP, OBFUSCATED_AT, BARE_AT, SPELLED_DOT];
const PLACEHOLDER = /(?<![\w.])([A-Za-z0-9][A-Za-z0-9._%+-]{0,63})@\[([^\]\n]{1,60})\]/g;

const NOT_APPLY = new RegExp(notApplySource, 'iu');
const ASKS_FOR_APPLICATION = new RegExp(`(?<![\\p{L}\\p{N}])(?:${applicationWords.map((word) => escapeRegExp(word.replace(/\*$/, '')) + (word.endsWith('*') ? '\\p{L}*' : '')).join('|')})(?![\\p{L}\\p{N}])`, 'iu');
/** Words that rule out a personal address but not a jobs mailbox ("Questions? Contact us" beside hi@, as the seeds have it). */
const QUESTIONS = /\b(?:questions?|fragen|contact us)\b/iu;
// A jobs mailbox, alone or with one more part ("tech-jobs", "careers.eu"); a part such as "noreply" says no one reads it.
const JOBS_MAILBOX_NAME = new RegExp(`^(?:[a-z0-9]+[._-])?(?:${jobsMailboxes.map(escapeRegExp).join('|')})(?:[._-][a-z0-9]+)?$`, 'i');
const NOT_READ_MAILBOX = new RegExp(`(?:^|[._-])(?:${notReadMailboxParts.map(escapeRegExp).join('|')})(?:$|[._-])`, 'i');
// A mailbox for another business function ("partnership", "press", "iod"), alone or as one part of its name.
const NOT_APPLY_MAILBOX = new RegExp(`(?:^|[._-])(?:${notApplyMailboxParts.map(escapeRegExp).join('|')})(?:$|[._-])`, 'i');
// A data-protection mailbox ("dpo", "iod", "privacy") is never where to apply, whatever the lines around it ask.
const PRIVACY_MAILBOX = new RegExp(`(?:^|[._-])(?:${privacyMailboxParts.map(escapeRegExp).join('|')})(?:$|[._-])`, 'i');
const JOBS_MAILBOX = { test: (local: string): boolean => JOBS_MAILBOX_NAME.test(local) && !NOT_READ_MAILBOX.test(local) };
// The keys of a way to apply, shared with data items (tables/field-keys.ts).
const EMAIL_KEYS = fieldKeys.apply_email;
const URL_KEYS = fieldKeys.apply_url;
const EMAIL_KEY_FORMS = keyForms('apply_email');
const ATS_APPLY_URL = /^https?:\/\/[^\s/]+\/(?:[^\s]*\/)?apply(?:\/|\?|$)[^\s]*$/i;
// A lone URL with a path: a tracker's root ("redirect_to: https://acme.breezy.hr/") is the employer's board, not this posting's form.
const LONE_URL = /^https?:\/\/[^/?#\s]+\/[^?#\s]*[^/?#\s][^\s]*$/i;
const COMMON_HOSTS = /(?:^|\.)(?:github\.com|gitlab\.com|linkedin\.com|google\.com|goo\.gl|youtube\.com|youtu\.be|twitter\.com|x\.com|facebook\.com|instagram\.com|medium\.com|wikipedia\.org|remotewlb\.com|img\.shields\.io|gravatar\.com)$/i;
/**
 * Is the address offered for questions alone ("Questions? Contact us at hi@…")? Questions raised anywhere before it in
 * its paragraph are what it answers ("Any questions? We are happy to help. Reach us at hello@…"); a paragraph that
 * offers it for applying before any question ("To apply, send a CV to info@… . Please also direct any questions to
 * info@…") offers it for applying, and so does its own sentence when that says to apply and asks nothing.
 */
function onlyForQuestions(text: string, email: string): boolean {
  const all = sentences(text);
  const lower = email.toLowerCase();
  const first = all.findIndex((sentence) => sentence.toLowerCase().includes(lower));
  if (first < 0) return QUESTIONS.test(text);
  // Its own sentence says to apply ("To apply, send …", "Deine Bewerbung schickst du an …"; the apply heading words, not mere
  // contact words such as "reach us"): what was asked before does not matter.
  const own = all[first]!;
  if (!QUESTIONS.test(own) && APPLY_HEADING_WORDS.test(own)) return false;
  return all.slice(0, first + 1).some((sentence) => QUESTIONS.test(sentence));
}
/** A line this short besides its address is part of a contact block: the lines above it say what the address is for. */
const CONTACT_BLOCK_LINE = 40;
const CONTACT_BLOCK_LINES_ABOVE = 4;
/** A heading this long or shorter names its section ("How to apply", "Bewerbung und zeitlicher Ablauf"); a longer one is a sentence. */
const APPLY_HEADING = 60;
// "Application(s)" only as the whole heading, with its punctuation.
const APPLY_HEADING_WHOLE = new RegExp(`^\\s*(?:${applyHeadingWholeWords.map(escapeRegExp).join('|')})[\\s:!.]*$`, 'iu');
// Japanese, Chinese and Korean headings go on without a word boundary ("応募方法").
const APPLY_HEADING_WORDS = new RegExp(boundedAlternation(applyHeadingWords, (word) => !/[\u3040-\u30ff\u4e00-\u9fff\uac00-\ud7af]/u.test(word), { before: '(?<![\\p{L}\\p{N}])', after: '(?![\\p{L}\\p{N}])' }), 'iu');

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
    if (typeof value === 'string') for (const email of fieldEmailsIn(value)) addEmail(email, ctx.frontmatterStrings.find((f) => f.text === value)?.line ?? 1, `frontmatter.${key}`, value);
  }
  for (const key of URL_KEYS) {
    const value = frontmatterValue(ctx, [key])?.value;
    if (typeof value === 'string') addUrl(value.trim(), ctx.frontmatterStrings.find((f) => f.text === value.trim())?.line ?? 1, `frontmatter.${key}`, value);
  }
  // Keys named for their use beyond those: "contact_emails", "contact_details.email", "applicationFormUrl".
  for (const { key, text, line } of ctx.frontmatterStrings) {
    const use = keyUse(key);
    if (use === 'email') for (const email of fieldEmailsIn(text)) addEmail(email, line, `frontmatter.${key}`, text);
    // "how_to_apply: - jobs@acme.org", "apply_url: mailto:jobs@acme.org": a field named for applying that holds an address and nothing else.
    else if ((use === 'apply' || use === 'url') && BARE_ADDRESS.test(text)) for (const email of emailsIn(text)) addEmail(email, line, `frontmatter.${key}`, text);
    else if (use === 'url') addUrl(text, line, `frontmatter.${key}`, text);
    // Whatever its key ("jazz_url", "emploi_url"), a URL on an applicant tracker's apply path, or a lone URL on a tracker or form host, is where to apply.
    else if (ATS_APPLY_URL.test(text) || (LONE_URL.test(text) && onApplyHost(text))) addUrl(text, line, `frontmatter.${key}`, text);
    // A data file's prose ("text: Please send your CV to dev@acme.io"): its addresses are read as the body's are.
    else if (text.includes('@') && !EMAIL_KEY_FORMS.has(keyForm(key))) for (const email of proseApplyEmails(text)) addEmail(email, line, `frontmatter.${key}`, text);
  }

  // Needed only to resolve a placeholder address (few postings have one), and parsing URLs is not cheap.
  let domain: string | null | undefined;
  const keywords = lineKeywords(ctx);
  const [http, obfuscatedAt, bareAt, spelledDot] = [HTTP, OBFUSCATED_AT, BARE_AT, SPELLED_DOT].map((group) => keywordBit(ctx, group)) as [number, number, number, number];
  // An address in a section whose heading is about applying ("## Apply now!", "## Bewerbung", "## Candidatura") is offered for applying.
  const applyHeadings = new Map<number, boolean>();
  const underApplyHeading = (lineNumber: number): boolean => {
    let heading: (typeof ctx.headings)[number] | undefined;
    for (const h of ctx.headings) if (h.line <= lineNumber) heading = h; else break;
    // The posting's own heading ("# Application Developer") names the job, not a section.
    if (!heading || heading.depth === 1 || heading.line === ctx.evidence.title?.line) return false;
    let says = applyHeadings.get(heading.line);
    if (says === undefined) applyHeadings.set(heading.line, says = heading.text.length <= APPLY_HEADING && (APPLY_HEADING_WORDS.test(heading.text) || APPLY_HEADING_WHOLE.test(heading.text)) && !NOT_APPLY.test(heading.text));
    return says;
  };
  ctx.text.forEach((line, index) => {
    // Most lines have no address, link or obfuscation word: the patterns below run only on those that do.
    const mask = keywords[index]!;
    // "recruit＠acme.co.jp", "recruit★acme.co.jp（★を@に…）": the "@" as Japanese and Chinese pages write it.
    const text = line.text.includes('＠') || line.text.includes('を') ? withPlainAt(line.text) : line.text;
    const hasAt = text.includes('@');
    const hasUrl = (mask & http) !== 0 && line.plain.includes('http');
    const mayBeObfuscated = (mask & obfuscatedAt) !== 0 || ((mask & bareAt) !== 0 && ((mask & spelledDot) !== 0 || text.includes(' AT ')));
    if (!hasAt && !hasUrl && !mayBeObfuscated) return;
    // Privacy words rule an address out in a line of its own ("W sprawach dotyczących ochrony danych … pisząc:",
    // "Datenschutzbeauftragter: dpo@…"), not inside the sentence that asks to apply ("CV wraz ze zgodą … RODO … na:").
    const privacyLine = (plain: string): boolean => NOT_APPLY.test(plain) && !ASKS_FOR_APPLICATION.test(plain);
    const ownLineOut = privacyLine(line.plain);
    const ownLineAsks = lazily(() => ASKS_FOR_APPLICATION.test(line.plain));
    const isApplyContext = lazily(() => {
      const context = contextOf(ctx, index, text, addresses);
      // An address whose own line asks to apply ("Apply at backend@…") is read whatever the lines above speak of ("billing APIs").
      return (hasApplyWords(context.join(' ')) || underApplyHeading(line.line)) && !ownLineOut && (ownLineAsks() || !context.some(privacyLine));
    });
    // The posting asks to apply to this address: on its own line, the line above ("Bitte sende deinen Lebenslauf an:"),
    // or its section's heading ("## How to apply"); then a sales or marketing mailbox is where to apply too.
    const askedHere = lazily(() => ownLineAsks() || (index > 0 && ASKS_FOR_APPLICATION.test(ctx.text[index - 1]!.plain)) || underApplyHeading(line.line));
    const addresses = hasAt ? emailsIn(text) : [];
    for (const email of addresses) {
      const mailbox = email.split('@')[0]!;
      const jobsMailbox = JOBS_MAILBOX.test(mailbox);
      const mailboxReadable = !PRIVACY_MAILBOX.test(mailbox) && (!NOT_APPLY_MAILBOX.test(mailbox) || askedHere());
      if ((jobsMailbox || (mailboxReadable && isApplyContext() && !onlyForQuestions(text, email))) && !ownLineOut) addEmail(email, line.line, 'text.email', line.plain);
    }
    for (const found of mayBeObfuscated ? obfuscatedEmailsIn(line.plain) : []) addEmail(found.email, line.line, 'text.email-obfuscated', found.text);
    // "info @ acme.com": spaces around the "@", read as a plain address is, in an apply context, for a mailbox named like one
    // only (lower case): a capitalised word is a person or a role at a company ("Engineer @ booking.com"), any other word
    // reads "@" as "at".
    for (const found of hasAt ? spacedEmailsIn(text) : []) {
      if (!SPACED_MAILBOXES.has(found.mailbox)) continue;
      if ((JOBS_MAILBOX.test(found.mailbox) || (isApplyContext() && !onlyForQuestions(text, found.email))) && !ownLineOut) addEmail(found.email, line.line, 'text.email-spaced', found.text);
    }
    // A bare address after "Apply:" / "Apply via" (Markdown makes no link of it).
    if (hasUrl) {
      // Any bare URL on an applicant tracker or a job board's posting page is where to apply, wherever it stands.
      for (const url of line.plain.match(/https?:\/\/[^\s<>()"'\]]{3,300}/g) ?? []) {
        if (onApplyHost(url) || onBoardPosting(url) || (isApplyContext() && !NOT_APPLY.test(line.plain))) addUrl(url, line.line, 'text.apply-url', line.plain);
      }
    }
    PLACEHOLDER.lastIndex = 0;
    for (const match of hasAt ? text.matchAll(PLACEHOLDER) : []) {
      if (domain === undefined) domain = siteDomain(ctx);
      if (domain) {
        addEmail(`${match[1]}@${domain}`, line.line, 'text.email-placeholder', match[0]);
        warn(ctx, 'email-resolved', { text: match[0], email: `${match[1]}@${domain}` }, line.line);
      } else {
        warn(ctx, 'email-unresolved', { text: match[0] }, line.line);
      }
    }
  });

  const title = ctx.fields.title;
  // The first body line with each source line number, for the links' context.
  const plainByLine = new Map<number, string>();
  if (ctx.links.length) for (const l of ctx.text) if (!plainByLine.has(l.line)) plainByLine.set(l.line, l.plain);
  for (const link of ctx.links) {
    if (!/^https?:/i.test(link.url)) continue;
    const line = plainByLine.get(link.line) ?? '';
    const context = `${link.text} ${line}`;
    const byPath = /\/(?:apply|application|jobs?|careers?|vacatures?|stellen|emplois?|bewerben|vagas?|job|job_positions?|positions?|openings?|vacanc(?:y|ies)|offres?|ofertas?)(?:\/|$|\?)|wanted\.co\.kr\/wd\/|greenhouse\.io|lever\.co|workable\.com|teamtailor\.com|recruitee\.com|personio\.|smartrecruiters\.com|docs\.google\.com\/forms|forms\.gle|typeform\.com|airtable\.com\/shr/i.test(link.url);
    // An apply URL, or apply words around a link that is a form or on an apply path; the cheaper tests first.
    const byUrl = (byPath && /apply|application|greenhouse|lever|workable|teamtailor|forms|typeform|airtable/i.test(link.url)) || onApplyHost(link.url) || onBoardPosting(link.url) || saysApply(link.text);
    if (byUrl || ((byPath || /\b(?:apply|application|form|formular\w*|formulario|formulaire|formulár\w*|bewerb\w*|postuler)\b/iu.test(context)) && hasApplyWords(context) && !NOT_APPLY.test(line) && !/^mailto:/i.test(link.url))) {
      addUrl(link.url, link.line, 'link.apply', `${link.text} ${link.url}`);
    } else if (byPath && title && namesTitle(link.text, title)) {
      // The posting's own page on a job board: a link on a job path named by its title ("[Acme - Backend Engineer](…/jobs/123)").
      addUrl(link.url, link.line, 'link.posting', `${link.text} ${link.url}`);
    } else if (invitesContact(link.text, line)) {
      // An invitation to write, made a link ("[contact me](https://twitter.com/…)", "[私にコンタクト](…)してください").
      addUrl(link.url, link.line, 'link.contact', `${link.text} ${link.url}`);
    }
  }

  const own = urls.length ? undefined : ownPageLink(ctx, COMMON_HOSTS);
  if (own) addUrl(own.url, own.line, 'link.own-page', `${own.text} ${own.url}`);

  ctx.fields.apply = { emails, urls };
  const found = evidence as { line: number; rule: string; text: string } | null;
  if (found) cite(ctx, 'apply', found.line, found.rule, found.text, found.rule.startsWith('frontmatter') ? 0.9 : 0.75);
}

/** The addresses of a front-matter text that the words around each (its sentence, up to 200 characters before) invite the reader to write to. */
function proseApplyEmails(text: string): string[] {
  return emailsIn(text).filter((email) => {
    const at = text.toLowerCase().indexOf(email.toLowerCase());
    const around = text.slice(Math.max(0, at - 200), at + email.length + 40);
    const jobsMailbox = JOBS_MAILBOX.test(email.split('@')[0]!);
    return (jobsMailbox || (hasApplyWords(around) && !QUESTIONS.test(around))) && !NOT_APPLY.test(around);
  });
}

/**
 * Is a link an invitation to write: its own text says so ("contact me", "コンタクト") and it sits in a
 * sentence (a menu's lone "Contact" link is not one).
 */
function invitesContact(text: string, line: string): boolean {
  if (!text || text.length > 40 || line.trim().length < text.length + 20) return false;
  return contactInvitation.test(text) && !NOT_APPLY.test(line);
}
const contactInvitation = new RegExp(`(?:${contactLinkWords.map(escapeRegExp).join('|')})`, 'iu');

/**
 * The words an address is read with: its line and the line above; for a short line (an address on
 * its own, a name, a phone number) the lines above it too, as far as its contact block goes.
 */
function contextOf(ctx: ExtractContext, index: number, text: string, addresses: string[]): string[] {
  // The line's length without its addresses (each as long as where it was read).
  const short = addresses.reduce((rest, email) => rest - email.length, text.trim().length) <= CONTACT_BLOCK_LINE;
  const first = Math.max(0, index - (short ? CONTACT_BLOCK_LINES_ABOVE : 1));
  const context = [ctx.text[index]!.plain];
  for (let above = index - 1; above >= first; above--) {
    const line = ctx.text[above]!;
    context.unshift(line.plain);
    // A short block ends at the first line that says something (apply words or not).
    if (short && line.plain.length > CONTACT_BLOCK_LINE) break;
  }
  return context;
}

/** What a front-matter key names by its words: an apply address ("contact_emails"), an apply URL ("applicationFormUrl"), or neither. */
function keyUse(key: string): 'email' | 'url' | 'apply' | null {
  const parts = key.split(/[._\s-]+|(?<=[a-z])(?=[A-Z])/).map((part) => part.toLowerCase()).filter(Boolean).filter((part) => !/^\d+$/.test(part));
  const last = parts[parts.length - 1];
  if (last === undefined) return null;
  const before = parts.slice(0, -1);
  if (emailKeyWords.email.includes(last) && before.some((part) => emailKeyWords.owner.includes(part))) return 'email';
  if (urlKeyWords.link.includes(last) && before.some((part) => urlKeyWords.apply.includes(part))) return 'url';
  return parts.some((part) => urlKeyWords.apply.includes(part)) ? 'apply' : null;
}

/** A field's value that is one address and nothing else ("jobs@acme.org", "mailto:jobs@acme.org"). */
const BARE_ADDRESS = /^\s*(?:mailto:)?[A-Za-z0-9][A-Za-z0-9._%+-]{0,63}@[A-Za-z0-9.-]{1,200}\.[A-Za-z]{2,18}\s*$/;
// A field named for an address holds one: " at " there is its "@" ("email: jobs at acme.org"), as it is in no prose.
const FIELD_AT = /^\s*([A-Za-z0-9][A-Za-z0-9._%+-]{0,63})\s{1,3}(?:at|AT|\[at\]|\(at\))\s{1,3}((?:[A-Za-z0-9-]{1,63}\.){1,5}[A-Za-z]{2,18})\s*$/;

/** The addresses of a field named for one: plain, obfuscated, or "name at host.org" as the whole value. */
function fieldEmailsIn(value: string): string[] {
  const plain = emailsIn(value);
  if (plain.length) return plain;
  const whole = FIELD_AT.exec(value);
  if (whole && !personAtCompany(whole[1]!, whole[2]!, value)) return [`${whole[1]}@${whole[2]}`.toLowerCase()];
  return obfuscatedEmailsIn(value).map((found) => found.email);
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
