/**
 * What an HTML page says of itself in its head: the <title>, OpenGraph's
 * og:title and og:site_name, application-name. The cleaned body never holds
 * these (the head is blanked), but job pages put the role and the employer
 * there ("Data Engineer | Acme", og:site_name "Acme"). They become title and
 * company candidates, named as such in the evidence. JSON-LD JobPosting
 * objects (<script type="application/ld+json">) are read from anywhere in the
 * page; one that does not parse is reported, never fatal. Microdata JobPosting
 * items (microdata.ts) are read the same way, and structuredValues() gives a
 * property from each, with the source named in the rule (`microdata:title`).
 */
import { decodeHTML } from 'entities';
import { microdataPostings } from './microdata.js';
import { rdfaPostings } from './rdfa.js';
import { pageStatePostings } from './page-state.js';
import { GENERIC_SITE_NAMES } from './structured-tables.js';
import { closingLabels, postedLabels } from './tables/dates.js';
import { opensOtherJobs } from './title-page-names.js';
import { escapeRegExp } from './text.js';

export interface PageText { text: string; line: number }
export interface JsonLdPosting {
  data: Record<string, unknown>;
  line: number;
  /** Lines of single properties, where known (microdata). */
  lines?: Record<string, number>;
}
export interface PageMeta {
  title?: PageText;
  ogTitle?: PageText;
  siteName?: PageText;
  /** The page's own summary (meta description, og:description): "Coopérative des ambulanciers du Grand Ouest: Régulateur." */
  description?: PageText;
  /** schema.org JobPosting objects from JSON-LD scripts (inside @graph and arrays too). */
  jobPostings?: JsonLdPosting[];
  /** JSON-LD scripts that do not parse: a warning each, never a failure. */
  jsonLdErrors?: Array<{ line: number; reason: string }>;
  /** schema.org JobPosting items written as microdata, shaped like their JSON-LD form. */
  microdataPostings?: JsonLdPosting[];
  /** schema.org JobPosting items written as RDFa (`typeof`, `property`), shaped like their JSON-LD form. */
  rdfaPostings?: JsonLdPosting[];
  /** JobPosting-shaped objects of the page's embedded state (Next.js's __NEXT_DATA__, page-state.ts). */
  statePostings?: JsonLdPosting[];
  /** The one date the page marks as its own by an element's class or itemprop ("<span class=\"date\">2023.07.07</span>"). */
  dated?: PageText;
  /** The page's publication time as its head states it (Open Graph's article:published_time, a CMS's post page). */
  published?: PageText;
  /** The alt text of the page's first logo image (an <img> whose file path names a logo) in a link to the page's own home: the cleaned body drops a page's header. */
  logo?: PageText;
  /** The copyright line of the page's footer ("© 2026 Nordlicht GmbH"): the cleaned body drops a page's footer. */
  footerCopyright?: PageText;
  /** The text of a link to the page's own home in its header, marked as the brand ("<a class="logo" href="/">Nordlicht</a>"). */
  headerBrand?: PageText;
}

/** A JobPosting property as stated by one kind of structured data. */
export interface StructuredValue { value: unknown; rule: string; line: number }

/** The kinds of structured data, with the prefix of their rules, in the order they are proposed. */
const STRUCTURED_SOURCES = [['jsonld', 'jobPostings'], ['microdata', 'microdataPostings'], ['rdfa', 'rdfaPostings'], ['state', 'statePostings']] as const;
type StructuredPrefix = (typeof STRUCTURED_SOURCES)[number][0];

/** The one JobPosting of each kind of structured data that holds exactly one (only then does it say which job the page is). */
export function structuredPostings(page: PageMeta): Array<JsonLdPosting & { prefix: StructuredPrefix }> {
  const found: Array<JsonLdPosting & { prefix: StructuredPrefix }> = [];
  for (const [prefix, key] of STRUCTURED_SOURCES) {
    const postings = page[key] ?? [];
    if (postings.length === 1) found.push({ ...postings[0]!, prefix });
  }
  return found;
}

/** A JobPosting property from each kind of structured data that holds exactly one posting: rule `jsonld:title`, `microdata:title`. */
export function structuredValues(page: PageMeta, property: string): StructuredValue[] {
  const values: StructuredValue[] = [];
  for (const posting of structuredPostings(page)) {
    const value = posting.data[property];
    if (value !== undefined && value !== null && value !== '') values.push({ value, rule: `${posting.prefix}:${property}`, line: posting.lines?.[property] ?? posting.line });
  }
  return values;
}

/** How much of a page is read for its head. */
const HEAD_CHARS = 64 * 1024;
const TITLE = /<title\b[^>]*>([^<]{1,300})<\/title\s*>/i;
const META = /<meta\b[^>]*>/gi;
/** "$html_title = '…';", "$this->pageTitle = '…';": a title variable of a PHP template, the value in quotes. */
const PHP_TITLE = /^[ \t]*\$(?:this->)?\w{0,20}title\s*=\s*(?:'([^'\n]{2,200})'|"([^"\n$]{2,200})")\s*;/im;

/** The page's own title and site name, when the text is an HTML page; {} otherwise. */
export function pageMeta(sourceText: string): PageMeta {
  const meta: PageMeta = sourceText.includes('application/ld+json') ? jsonLd(sourceText) : {};
  const microdata = sourceText.includes('itemscope') ? microdataPostings(sourceText) : [];
  if (microdata.length) meta.microdataPostings = microdata;
  const rdfa = sourceText.includes('typeof') ? rdfaPostings(sourceText) : [];
  if (rdfa.length) meta.rdfaPostings = rdfa;
  const state = pageStatePostings(sourceText);
  if (state.length) meta.statePostings = state;
  const dated = sourceText.includes('<') && (DATE_ATTRIBUTE.test(sourceText) || TIME_WITH_DATETIME.test(sourceText)) ? datedElement(sourceText) : undefined;
  if (dated) meta.dated = dated;
  const head = sourceText.slice(0, HEAD_CHARS);
  const lineAt = (index: number): number => head.slice(0, index).split('\n').length;
  const logo = head.includes('<img') ? logoImage(head, sourceText) : undefined;
  if (logo) meta.logo = { text: logo.alt, line: lineAt(logo.index) };
  const copyright = /<footer\b/i.test(sourceText) ? footerCopyright(sourceText) : undefined;
  if (copyright) meta.footerCopyright = copyright;
  const brand = head.includes('<header') || head.includes('<HEADER') ? headerBrand(head) : undefined;
  if (brand) meta.headerBrand = { text: brand.text, line: lineAt(brand.index) };
  if (!head.includes('<title') && !head.includes('og:') && !head.includes('application-name') && !head.includes('article:') && !head.includes('<?')) return meta;
  // A PHP template may set the page's title in a variable its layout prints ("$html_title = 'Jobs at Acme';").
  const title = TITLE.exec(head) ?? (head.includes('<?') ? PHP_TITLE.exec(head) : null);
  const titleText = title ? clean(title[1] ?? title[2]!) : '';
  if (title && titleText) meta.title = { text: titleText, line: lineAt(title.index) };
  for (const match of head.matchAll(META)) {
    const tag = match[0];
    const name = /\b(?:property|name)\s*=\s*["']([^"']+)["']/i.exec(tag)?.[1]?.toLowerCase();
    const content = /\bcontent\s*=\s*(?:"([^"]*)"|'([^']*)')/i.exec(tag);
    const text = clean(content?.[1] ?? content?.[2] ?? '');
    if (!name || !text) continue;
    if ((name === 'og:title' || name === 'twitter:title') && !meta.ogTitle) meta.ogTitle = { text, line: lineAt(match.index) };
    if ((name === 'og:site_name' || name === 'application-name') && !meta.siteName && !isGenericSiteName(text)) meta.siteName = { text, line: lineAt(match.index) };
    if ((name === 'description' || name === 'og:description') && !meta.description) meta.description = { text, line: lineAt(match.index) };
    if (name === 'article:published_time' && !meta.published) meta.published = { text, line: lineAt(match.index) };
  }
  return meta;
}

// An element a page marks as its date (board posts, WordPress and job-board themes): "<span class="date">2023.07.07</span>",
// "<label class="post-date">", "<li class="date-posted" itemprop="datePosted">", "<time class="entry-date published" datetime="…">".
const DATE_ATTRIBUTE = /\b(?:class\s*=\s*["'][^"'<>]{0,80}\b(?:date|post-date|date-posted|posted|posted-on|entry-date|published|pubdate|publish-date|job-date)\b|itemprop\s*=\s*["']?date(?:Posted|Published)\b)/i;
const DATED_ELEMENT = /<(time|span|div|p|li|label|small|em|dd|td)\b([^<>]{0,300})>\s{0,40}([^<>]{4,40}?)\s{0,40}<\/\1\s*>/gi;
// A class that dates something else: the closing date, a start, an event.
const OTHER_DATE = /\b(?:deadline|closing|close|expir\w*|start|end|until|valid\w*|apply|event|update\w*|modified|birth)\b/i;
const DATETIME = /\bdatetime\s*=\s*["']?(\d{4}-\d{2}-\d{2})/i;

// The label that says what a date is often sits outside its element ("Closing date: <span class="date">2024-05-31</span>").
const CLOSING_LABEL = new RegExp(`(?:${Object.values(closingLabels).flat().map(escapeRegExp).join('|')})\\s{0,3}[:：]?\\s{0,3}$`, 'iu');
// A <time> whose label says it is the posting's date ("Posted: <time datetime="2024-03-05">March 5</time>", a <dt>Date
// posted</dt> before it): its datetime holds the year that its text may leave out.
const POSTED_LABEL = new RegExp(`(?:${Object.values(postedLabels).flat().map(escapeRegExp).join('|')})\\s{0,3}[:：]?\\s{0,3}$`, 'iu');
const TIME_WITH_DATETIME = /<time\b[^<>]{0,300}\bdatetime\s*=/i;
const OTHER_DATE_LABEL = new RegExp(`${OTHER_DATE.source}\\s{0,3}(?:date\\s{0,3})?[:：]?\\s{0,3}$`, 'iu');

/** The text right before the element, on its line (tags dropped): where its label stands. */
function labelBefore(sourceText: string, index: number): string {
  return sourceText.slice(Math.max(0, index - 120), index).split('\n').pop()!.replace(/<[^<>]*>/g, ' ').replace(/\s+/g, ' ').trimEnd().slice(-60);
}

/** A closing, start or other date's label right before the element, on its line (tags dropped). */
function labelledOtherDate(sourceText: string, index: number): boolean {
  const before = labelBefore(sourceText, index);
  return CLOSING_LABEL.test(before) || OTHER_DATE_LABEL.test(before);
}

// Blocks whose dates are someone else's: a comment, a review, a list of related or other jobs (class or id words).
const OTHERS_CLASS = /\b(?:class|id)\s*=\s*["'](?:[^"'<>]{0,200}?[\s_-])?(?:comments?|reviews?|replies|related|similar|other|more|recent)(?=["'\s_-])/i;
const TAG_OR_HEADING = /<h[1-6]\b[^<>]{0,400}>([^<>]{1,120})<\/h[1-6]\s*>|<(\/?)(div|section|aside|article|main|ul|ol|li|dl|table|body)\b([^<>]{0,400})>/gi;
/** How far back a labelled <time>'s enclosing blocks are looked for. */
const OTHERS_WINDOW = 4000;

/**
 * The element at `index` sits in a block that dates something else: an open block (within OTHERS_WINDOW before it)
 * whose class says comments, reviews or related/other jobs, or under an "Other jobs" heading whose block is still open.
 */
function inOthersBlock(sourceText: string, index: number): boolean {
  const window = sourceText.slice(Math.max(0, index - OTHERS_WINDOW), index);
  type Block = { tag: string; attributes: string };
  const open: Block[] = [];
  let heading: { text: string; within: Block | undefined } | undefined;
  for (const match of window.matchAll(TAG_OR_HEADING)) {
    if (match[1] !== undefined) heading = { text: match[1], within: open[open.length - 1] };
    else if (!match[2]) open.push({ tag: match[3]!.toLowerCase(), attributes: match[4]! });
    else {
      const at = open.map((block) => block.tag).lastIndexOf(match[3]!.toLowerCase());
      if (at !== -1) open.length = at;
    }
  }
  if (open.some((block) => OTHERS_CLASS.test(block.attributes))) return true;
  if (!heading || (heading.within && !open.includes(heading.within))) return false;
  return opensOtherJobs(clean(heading.text));
}

/** The page's one marked date, as its datetime attribute or its text ("2023.07.07"); none when it marks two or more. */
function datedElement(sourceText: string): PageText | undefined {
  const found = new Map<string, number>();
  for (const match of sourceText.matchAll(DATED_ELEMENT)) {
    const attributes = match[2]!;
    const labelledPosted = match[1]!.toLowerCase() === 'time' && DATETIME.test(attributes) && POSTED_LABEL.test(labelBefore(sourceText, match.index!)) && !inOthersBlock(sourceText, match.index!);
    if (!(DATE_ATTRIBUTE.test(attributes) || labelledPosted) || OTHER_DATE.test(attributes.replace(/\bdatetime\s*=\s*["'][^"']*["']/i, ''))) continue;
    if (labelledOtherDate(sourceText, match.index)) continue;
    const text = DATETIME.exec(attributes)?.[1] ?? clean(match[3]!);
    if (!/\d/.test(text)) continue;
    if (!found.has(text)) found.set(text, sourceText.slice(0, match.index).split('\n').length);
    if (found.size > 1) return undefined;
  }
  const [first] = found;
  return first ? { text: first[0], line: first[1] } : undefined;
}

const IMG = /<img\b[^>]{0,400}>/gi;
const ATTRIBUTE = (name: string): RegExp => new RegExp(`\\b${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)')`, 'i');
const [SRC, ALT] = [ATTRIBUTE('src'), ATTRIBUTE('alt')];
/**
 * The image is inside a link to the home page: an <a> still open before it whose href is "/", "./", "index.html" or the
 * like, or a site root ("https://host/", group 1) that must be the page's own host (ownHosts).
 */
const HOME_LINK_BEFORE = /<a\b[^>]*\bhref\s*=\s*["'](?:\.{0,2}\/|(?:\.{0,2}\/)*index\.(?:html?|php)|https?:\/\/([^"'\/]+)\/?)["'][^>]*>(?:(?!<\/a>)[\s\S])*$/iu;
const OWN_URL = /<link\b[^>]*\brel\s*=\s*["']canonical["'][^>]*>|<meta\b[^>]*\bproperty\s*=\s*["']og:url["'][^>]*>/gi;
const URL_HOST = /https?:\/\/([^"'\/\s:?#]+)/i;
const EMAIL_HOST = /[\w.%+-]+@([a-z0-9-]+(?:\.[a-z0-9-]+)+)/gi;
const bareHost = (host: string): string => host.toLowerCase().replace(/^www\./u, '');
/** The host or a subdomain of it, or a parent of it ("jobs.acme.example" beside "acme.example"). */
const isOwnHost = (host: string, own: ReadonlySet<string>): boolean => [...own].some((h) => host === h || host.endsWith(`.${h}`) || h.endsWith(`.${host}`));

/** The page's own hosts: its canonical and og:url addresses' and its email addresses' (a partner's logo links to a host the page does not write from). */
function ownHosts(sourceText: string): Set<string> {
  const hosts = new Set<string>();
  for (const tag of sourceText.slice(0, HEAD_CHARS).matchAll(OWN_URL)) {
    const host = URL_HOST.exec(tag[0])?.[1];
    if (host) hosts.add(bareHost(host));
  }
  for (const address of sourceText.matchAll(EMAIL_HOST)) hosts.add(bareHost(address[1]!));
  return hosts;
}

/**
 * The page's first image whose file path names a logo ("img/logo-gray.png", "assets/logo-mark.svg"; a query's "?logo=" is a
 * badge's), with its alt text: the brand a page's header shows ("<a href="index.html"><img src="img/logo.png" alt="Acme">").
 */
function logoImage(head: string, sourceText: string): { alt: string; index: number } | undefined {
  let own: Set<string> | undefined;
  for (const match of head.matchAll(IMG)) {
    // Only a logo that links to the site's home page is the site's brand ("<a href="index.html"><img …>"); a client's or partner's logo links elsewhere.
    const home = HOME_LINK_BEFORE.exec(head.slice(Math.max(0, match.index! - 300), match.index));
    if (!home) continue;
    if (home[1] && !isOwnHost(bareHost(home[1]), (own ??= ownHosts(sourceText)))) continue;
    const src = SRC.exec(match[0]);
    const path = (src?.[1] ?? src?.[2] ?? '').split(/[?#]/u)[0]!;
    if (!/logo/iu.test(path)) continue;
    const alt = ALT.exec(match[0]);
    const text = clean(alt?.[1] ?? alt?.[2] ?? '');
    return text ? { alt: text, index: match.index! } : undefined;
  }
  return undefined;
}

const FOOTER_OPEN = /<footer\b[^<>]{0,400}>/gi;
const FOOTER_CLOSE = /<\/footer\s*>/gi;
/** Tags that end a line of a footer's text; inline tags ("<span>© 2026</span> <span>Acme</span>") do not. */
const FOOTER_LINE_BREAK = /<\/?(?:p|div|li|ul|ol|br|section|h[1-6]|nav|td|tr|table|dd|dt|address)\b[^<>]{0,400}>/gi;
const COPYRIGHT_MARK = /©|&copy;|&#169;|\([cC]\)|copyright/iu;

/** The first copyright line of the page's last <footer> (a page's own footer closes it; an article's footer comes earlier). */
function footerCopyright(sourceText: string): PageText | undefined {
  let open: RegExpExecArray | undefined;
  for (const match of sourceText.matchAll(FOOTER_OPEN)) open = match;
  if (!open) return undefined;
  const start = open.index! + open[0].length;
  FOOTER_CLOSE.lastIndex = start;
  const end = Math.min(FOOTER_CLOSE.exec(sourceText)?.index ?? sourceText.length, start + 20_000);
  const footer = sourceText.slice(start, end);
  let from = 0;
  const pieces: Array<{ text: string; at: number }> = [];
  for (const tag of footer.matchAll(FOOTER_LINE_BREAK)) {
    pieces.push({ text: footer.slice(from, tag.index), at: from });
    from = tag.index! + tag[0].length;
  }
  pieces.push({ text: footer.slice(from), at: from });
  for (const piece of pieces) {
    if (!COPYRIGHT_MARK.test(piece.text)) continue;
    const text = clean(piece.text.replace(/<[^<>]{0,400}>/g, ' '));
    if (text && text.length <= 200) return { text, line: sourceText.slice(0, start + piece.at).split('\n').length + (piece.text.match(/^\s*/u)![0].split('\n').length - 1) };
  }
  return undefined;
}

const HEADER = /<header\b[^<>]{0,400}>([\s\S]{0,8000}?)<\/header\s*>/i;
/** A link to the home page ("/", "./", "index.html") marked as the site's brand by its class or id. */
const BRAND_LINK = /<a\b(?=[^<>]{0,400}\bhref\s*=\s*["'](?:\.{0,2}\/|(?:\.{0,2}\/)*index\.(?:html?|php))["'])(?=[^<>]{0,400}\b(?:class|id)\s*=\s*["'][^"']{0,120}\b(?:logo|brand|site-title|site-name|navbar-brand)\b)[^<>]{0,400}>([^<>]{2,60})<\/a\s*>/iu;

/** The brand's text in the page's header: a home link marked as the logo or brand, written as text, not an image. */
function headerBrand(head: string): { text: string; index: number } | undefined {
  const header = HEADER.exec(head);
  if (!header) return undefined;
  const link = BRAND_LINK.exec(header[1]!);
  const text = link ? clean(link[1]!) : '';
  return text ? { text, index: header.index + header[0].indexOf(link![0]) } : undefined;
}

/** A site name that names a publishing tool or a kind of page, not an employer (structured-tables.ts). */
export function isGenericSiteName(text: string): boolean {
  return GENERIC_SITE_NAMES.has(text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim());
}

/** Entities decoded, whitespace collapsed; template code ("<?php", "{{") is no text. */
function clean(raw: string): string {
  const text = decodeHTML(raw).replace(/\s+/g, ' ').trim();
  return /<\?|\{\{|\{%|<%/.test(text) ? '' : text;
}

const JSON_LD = /<script\b[^>]*type\s*=\s*["']?application\/ld\+json["']?[^>]*>([\s\S]*?)<\/script\s*>/gi;

/** The JobPosting objects of a page's JSON-LD scripts, and the scripts that do not parse. */
export function jsonLd(text: string): PageMeta {
  const jobPostings: JsonLdPosting[] = [];
  const jsonLdErrors: Array<{ line: number; reason: string }> = [];
  for (const match of text.matchAll(JSON_LD)) {
    const line = text.slice(0, match.index).split('\n').length;
    let data: unknown;
    try {
      data = JSON.parse(match[1]!.trim());
    } catch (error) {
      jsonLdErrors.push({ line, reason: (error as Error).message.split('\n')[0]!.slice(0, 120) });
      continue;
    }
    for (const item of jobPostingsIn(data, 0)) jobPostings.push({ data: item, line });
  }
  return { ...(jobPostings.length ? { jobPostings } : {}), ...(jsonLdErrors.length ? { jsonLdErrors } : {}) };
}

/** JobPosting objects in a JSON-LD value: itself, its @graph, array items ("@type" may be a list). */
function jobPostingsIn(value: unknown, depth: number): Array<Record<string, unknown>> {
  if (depth > 4 || value === null || typeof value !== 'object') return [];
  if (Array.isArray(value)) return value.flatMap((item) => jobPostingsIn(item, depth + 1));
  const record = value as Record<string, unknown>;
  const types = ([] as unknown[]).concat(record['@type'] ?? []);
  if (types.some((type) => typeof type === 'string' && /(?:^|[/:])JobPosting$/.test(type))) return [record];
  return jobPostingsIn(record['@graph'], depth + 1);
}

/** A JSON-LD property as text: a string, or the `name` of an object ("hiringOrganization": {"name": …}). */
export function jsonLdText(value: unknown): string | undefined {
  if (typeof value === 'string') return decodeHTML(value).replace(/\s+/g, ' ').trim() || undefined;
  if (Array.isArray(value)) return jsonLdText(value[0]);
  if (value && typeof value === 'object') return jsonLdText((value as Record<string, unknown>).name);
  return undefined;
}
