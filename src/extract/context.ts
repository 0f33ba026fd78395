/**
 * What every extractor reads (front matter, source-mapped body lines, the
 * Markdown tree, headings, links) and writes (fields with evidence, warnings).
 */
import type { Root } from 'mdast';
import type { BodyLine } from '../document.js';
import type { Evidence, Posting } from '../schema/posting.js';
import { messageText, type RuleId } from '../messages.js';
import { memoized } from './text.js';
import { keyForm } from './tables/field-keys.js';
import type { PageMeta } from './page-meta.js';
import type { KeywordIndex } from './match/keywords.js';
import { LineForms } from './match/line-forms.js';
import type { PostingDomain } from './company-domain.js';

export type Fields = Omit<Posting, 'id' | 'description' | 'fingerprint' | 'source' | 'evidence' | 'warnings'>;

export interface Heading { depth: number; text: string; line: number }
export interface Link { url: string; text: string; line: number }
/** A body line as a reader sees it: link targets, emphasis and code marks removed. */
export interface TextLine { text: string; plain: string; line: number }
/** A string value of the front matter, with its dotted key and source line. */
export interface FrontmatterString { key: string; text: string; line: number }
/** What one extractor learned that belongs to another field ("Engineer at Acme" names the company). */
export interface Hints {
  company?: { name: string; line: number; rule: string; text: string };
  location?: { text: string; line: number };
}

export interface ExtractContext {
  path: string;
  frontmatter: Record<string, unknown>;
  /** The whole (repaired) source text's lines, split only as far as asked (front matter lookups read the first few): index 0 is line 1. */
  source: SourceLines;
  /** Cleaned body lines with their source line numbers. */
  lines: BodyLine[];
  tree: Root;
  headings: Heading[];
  links: Link[];
  /** Body lines in reading form (built once; every extractor reads these). */
  text: TextLine[];
  /** Front matter string values, flattened. */
  frontmatterStrings: FrontmatterString[];
  /** frontmatter's top-level keys in their compared form (tables/field-keys.ts keyForm), for frontmatterValue's quick refusals. */
  frontmatterTopKeys: Set<string>;
  /** Every extractor's keyword groups as one scan (tree.ts), built once by index.ts. */
  keywords: KeywordIndex;
  /** keywordsIn() of each line of `text`, found once on first use (tree.ts lineKeywords). */
  keywordMasks?: number[];
  /** The body lines lower-cased and in other forms, made once on first use (lineForms). */
  forms?: LineForms;
  /** The domains the posting gives (company-domain.ts domainsOf), found once on first use: the title and the company both read them. */
  domains?: readonly PostingDomain[];
  /** An HTML page's own title and site name (page-meta.ts); {} for other text. */
  page: PageMeta;
  hints: Hints;
  /** The day a closing date is compared with (YYYY-MM-DD). */
  today: string;
  fields: Fields;
  evidence: Record<string, Evidence>;
  warnings: Posting['warnings'];
}

export function emptyFields(): Fields {
  return {
    title: null,
    company: null,
    locations: [],
    remote: { policy: null, regions: [], timezones: [] },
    employmentType: [],
    seniority: null,
    salary: [],
    equity: null,
    experienceYears: null,
    skills: [],
    apply: { emails: [], urls: [] },
    datePosted: null,
    validThrough: null,
    expired: false,
    identifier: null,
    language: 'und',
    draft: false,
    sections: [],
  };
}

/** Record where a field's value came from. */
export function cite(ctx: ExtractContext, field: string, line: number, rule: string, text: string, confidence = 0.9): void {
  ctx.evidence[field] = { line, rule, text: text.trim().slice(0, 300), confidence };
}

/** Add a warning from the message catalog. */
export function warn(ctx: ExtractContext, code: RuleId, args: Record<string, string | number>, line?: number): void {
  const warning: Posting['warnings'][number] = { code, message: messageText(code, args).text };
  if (line !== undefined && line >= 1) warning.line = line;
  ctx.warnings.push(warning);
}

// The extractors ask with a few constant keys: their compared first parts are kept.
const topPartOf = memoized((key) => keyForm(key.split('.')[0]!));
const partForm = memoized(keyForm);

/**
 * Front-matter value under any of the given keys, compared as tables/field-keys.ts compares them (case, "_", "-" and
 * spaces ignored: `job_type` answers for "jobType"), dotted paths allowed.
 */
export function frontmatterValue(ctx: Pick<ExtractContext, 'frontmatter'> & { frontmatterTopKeys?: Set<string> }, keys: string[]): { key: string; value: unknown } | undefined {
  const frontmatter = ctx.frontmatter as unknown;
  if (typeof frontmatter !== 'object' || frontmatter === null || Array.isArray(frontmatter)) return undefined;
  // Most postings have few keys while the extractors try many: a key whose first part is absent is skipped unwalked.
  const topKeys = ctx.frontmatterTopKeys ?? topKeysOf(frontmatter);
  // Most pages have no front matter at all: no key of the (long) lists is looked at.
  if (topKeys.size === 0) return undefined;
  for (const key of keys) {
    if (!topKeys.has(topPartOf(key))) continue;
    let value: unknown = frontmatter;
    // The key as the front matter writes it where it differs beyond case ("jobType" for `job_type`): its line is found by it.
    const written: string[] = [];
    for (const part of key.split('.')) {
      if (value === null || typeof value !== 'object' || Array.isArray(value)) { value = undefined; break; }
      const record = value as Record<string, unknown>;
      const wanted = partForm(part);
      const actual = Object.keys(record).find((candidate) => partForm(candidate) === wanted);
      value = actual === undefined ? undefined : record[actual];
      written.push(actual === undefined || actual.toLowerCase() === part.toLowerCase() ? part : actual);
    }
    if (value !== undefined && value !== null && value !== '') return { key: written.join('.'), value };
  }
  return undefined;
}

/** The top-level keys of front matter in their compared form (a context keeps them as frontmatterTopKeys). */
export function topKeysOf(frontmatter: object): Set<string> {
  return new Set(Object.keys(frontmatter).map((key) => partForm(key)));
}

/**
 * A text's lines as text.split(/\r?\n|\r/) gives them, split on demand:
 * front matter lookups read the first few lines of a posting, so the rest is
 * never split.
 */
export class SourceLines {
  private readonly lines: string[] = [];
  /** Where the next unsplit line starts in the text; -1 once every line is split. */
  private next = 0;
  /** The next "\r" at or after `next` (text length when none): found once, not per line. */
  private nextReturn = -1;
  /** Lines in lineOfKey's form (start trimmed, lower-cased, one leading quote removed), made as asked. */
  private readonly keyForms: string[] = [];
  /** lineOfKey's answers by wanted key. */
  readonly keyLines = new Map<string, number>();

  /** `lineNumbers[n - 1]` is the file line of line n (a data item's "field: value" lines, split/segments.ts); none: line n is line n. */
  constructor(private readonly text: string, private readonly lineNumbers?: readonly number[]) {}

  /** The file's line number of this text's line `line` (1-based). */
  fileLine(line: number): number {
    return this.lineNumbers?.[line - 1] ?? line;
  }

  /** Line `index` (0-based), or undefined past the last line. */
  at(index: number): string | undefined {
    while (index >= this.lines.length && this.next !== -1) this.splitOne();
    return this.lines[index];
  }

  /** Line `index` in lineOfKey's form, or undefined past the last line. */
  keyFormAt(index: number): string | undefined {
    let form = this.keyForms[index];
    if (form === undefined) {
      const line = this.at(index);
      if (line === undefined) return undefined;
      form = line.trimStart().toLowerCase();
      const first = form.charCodeAt(0);
      if (first === 34 || first === 39) form = form.slice(1);
      // Asked in order from the first line, so the array stays dense.
      this.keyForms[index] = form;
    }
    return form;
  }

  private splitOne(): void {
    const text = this.text;
    const start = this.next;
    if (this.nextReturn < start) {
      this.nextReturn = text.indexOf('\r', start);
      if (this.nextReturn === -1) this.nextReturn = text.length;
    }
    let end = text.indexOf('\n', start);
    if (end === -1 || end > this.nextReturn) end = this.nextReturn;
    if (end === text.length) {
      this.lines.push(start === 0 ? text : text.slice(start));
      this.next = -1;
      return;
    }
    this.lines.push(text.slice(start, end));
    this.next = text.charCodeAt(end) === 13 && text.charCodeAt(end + 1) === 10 ? end + 2 : end + 1;
  }
}

/** The context's body lines in the forms extractors search (match/line-forms.ts), made on first use and kept on the context. */
export function lineForms(ctx: Pick<ExtractContext, 'text' | 'forms'>): LineForms {
  return (ctx.forms ??= new LineForms(ctx.text));
}

// The extractors ask about a few constant keys: each key's pattern is built once.
const keyLinePattern = memoized((top) => new RegExp(`^\\s*["']?${top.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}["']?\\s*[:=]`, 'i'));

/** The file line of the front matter key, found by scanning (front matter starts at line 1). */
export function frontmatterLine(ctx: Pick<ExtractContext, 'source'>, key: string): number {
  return ctx.source.fileLine(frontmatterIndex(ctx, key) + 1);
}

/** The text of the front matter key's line. */
export function frontmatterKeyText(ctx: Pick<ExtractContext, 'source'>, key: string): string | undefined {
  return ctx.source.at(frontmatterIndex(ctx, key));
}

function frontmatterIndex(ctx: Pick<ExtractContext, 'source'>, key: string): number {
  const keyLine = keyLinePattern(key.split('.')[0]!);
  const source = ctx.source;
  for (let index = 0; ; index++) {
    const line = source.at(index);
    if (line === undefined) return 0;
    if (keyLine.test(line)) return index;
  }
}

/** Flatten front matter into string values with dotted keys (arrays and nested maps included). */
export function flattenFrontmatter(ctx: Pick<ExtractContext, 'frontmatter' | 'source'>): FrontmatterString[] {
  const out: FrontmatterString[] = [];
  const source = ctx.source;
  const visit = (value: unknown, key: string, depth: number): void => {
    if (depth > 6 || out.length > 500) return;
    if (typeof value === 'string' || typeof value === 'number') {
      const text = String(value).trim();
      if (text) out.push({ key, text, line: lineOfKey(source, key) });
    } else if (Array.isArray(value)) {
      for (const item of value) visit(item, key, depth + 1);
    } else if (value && typeof value === 'object' && !(value instanceof Date)) {
      for (const [child, inner] of Object.entries(value as Record<string, unknown>)) visit(inner, key ? `${key}.${child}` : child, depth + 1);
    }
  };
  visit(ctx.frontmatter, '', 0);
  return out;
}

/**
 * The line of a flattened key: of a plain key, the first of the first 400 source lines that starts with it, then ":"
 * or "=" (1 when none); of a nested key, its last part's first line at or after its first part's ("experience:" then
 * "  title: 2–5 Jahre"), else its first part's line (a data item's nested value is one line), else as a plain key.
 */
function lineOfKey(source: SourceLines, key: string): number {
  const dot = key.lastIndexOf('.');
  if (dot === -1) return source.fileLine(keyLineFrom(source, key.toLowerCase(), 0) || 1);
  const nested = key.toLowerCase();
  let found = source.keyLines.get(nested);
  if (found === undefined) {
    const last = nested.slice(dot + 1);
    const top = keyLineFrom(source, nested.slice(0, nested.indexOf('.')), 0);
    found = (top && (keyLineFrom(source, last, top - 1) || top)) || keyLineFrom(source, last, 0) || 1;
    source.keyLines.set(nested, found);
  }
  return source.fileLine(found);
}

/** The first source line (1-based) from index `from` on, among the first 400, that starts with the key then ":" or "="; 0 when none. */
function keyLineFrom(source: SourceLines, wanted: string, from: number): number {
  // Keys repeat (every item of a list has its list's key): each is looked up once per posting.
  const cached = from === 0 ? source.keyLines.get(wanted) : undefined;
  if (cached !== undefined) return cached;
  let found = 0;
  for (let i = from; i < 400; i++) {
    const line = source.keyFormAt(i);
    if (line === undefined) break;
    if (line.startsWith(wanted) && KEY_END.test(line.slice(wanted.length))) {
      found = i + 1;
      break;
    }
  }
  if (from === 0) source.keyLines.set(wanted, found);
  return found;
}

const KEY_END = /^["']?\s*[:=]/;
