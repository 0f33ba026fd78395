/**
 * Postings of a known job feed (split/data-feed-shapes.ts): a file whose list
 * of maps holds a feed's marks is read by the feed's paths, with its values
 * turned as a reader expects them: HTML escaped as entities decoded, epoch
 * seconds and milliseconds as dates, flags and workplace types as a remote
 * policy, employment codes as the record's types, pay with its period. The
 * fields a feed does not name are read as any data item's (split/data.ts).
 */
import { isMap, isScalar, isSeq, type Document, type Node, type YAMLMap } from 'yaml';
import { toPlainData } from '../formats/frontmatter.js';
import { decodeEntities } from '../extract/entities.js';
import { feedCurrencyCodes, feedEmploymentCodes, feedPeriodWords, feedShapes, type FeedField, type FeedPath, type FeedSalary, type FeedShape } from './data-feed-shapes.js';
import { textLines } from './data-text-lines.js';
import type { DataItem } from './data.js';

/** A posting read by a feed's paths: fields with their lines, and the description's parts with their nodes. */
export interface FeedItem {
  map: YAMLMap;
  fields: Record<string, unknown>;
  lines: Record<string, number>;
  /** Parts of the description in order, each with its node (for its lines) and a heading put before it. */
  parts: Array<{ text: string; node: Node; heading?: string }>;
  /** The fields the feed names: an item's own reading of them is replaced, present or not. */
  named: string[];
}

/** The node at a dotted path under `node` (a list's item by its index). */
function nodeAt(node: Node | null | undefined, path: string): Node | undefined {
  let at: Node | null | undefined = node;
  for (const key of path ? path.split('.') : []) {
    if (isMap(at)) at = at.items.find((pair) => isScalar(pair.key) && String(pair.key.value) === key)?.value as Node | undefined;
    else if (isSeq(at) && /^\d+$/.test(key)) at = at.items[Number(key)] as Node | undefined;
    else return undefined;
  }
  return at ?? undefined;
}

const valueOf = (node: Node | undefined): unknown => (node ? toPlainData((node as { toJSON?: () => unknown }).toJSON?.() ?? (isScalar(node) ? node.value : null)) : undefined);
const stated = (value: unknown): boolean => value !== undefined && value !== null && value !== '' && !(Array.isArray(value) && !value.length);

/** Does the map hold every mark ("key", or "key=value")? */
function holdsMarks(map: YAMLMap, marks: readonly string[]): boolean {
  return marks.every((mark) => {
    const [path, expected] = mark.split('=');
    const value = valueOf(nodeAt(map, path!));
    // A key with no value (a deleted comment's `text: null`) is no mark; an empty list is one (Arbeitnow's `job_types: []`).
    return expected === undefined ? value !== undefined && value !== null : String(value) === expected;
  });
}

/** The postings of a known feed in the document, or undefined when its shape is none of the known feeds'. */
export function feedItems(document: Document): { shape: FeedShape; items: FeedItem[] } | undefined {
  const root = document.contents as Node | null;
  for (const shape of feedShapes) {
    // The feed's list where it keeps it; else the root, as a list saved alone or as one posting saved alone.
    for (const container of [nodeAt(root, shape.list), root]) {
      const maps = isSeq(container) ? container.items.filter((item): item is YAMLMap => isMap(item)) : isMap(container) && container === root ? [container] : [];
      const marked = maps.filter((map) => holdsMarks(map, shape.marks));
      // A list is the feed's when most of its maps are (Remote OK's first item is its legal notice).
      if (!marked.length || marked.length * 2 < maps.length) continue;
      const postings = shape.thread ? inThread(marked, root, shape.thread) : marked;
      if (!postings) continue;
      return { shape, items: postings.map((map) => feedItem(map, root, shape)) };
    }
  }
  return undefined;
}

/**
 * The items of a thread of postings ("Who is hiring?"): none in a thread of another title (a Show HN's comments, job seekers'
 * "Who wants to be hired?"), undefined when no item states its thread's title (not the feed's: read as any data list).
 */
function inThread(maps: YAMLMap[], root: Node | null, thread: NonNullable<FeedShape['thread']>): YAMLMap[] | undefined {
  const titled = maps.map((map) => ({ map, title: read(map, root, thread.path)?.value })).filter(({ title }) => typeof title === 'string' && title.trim());
  return titled.length ? titled.filter(({ title }) => thread.title.test(title as string)).map(({ map }) => map) : undefined;
}

function feedItem(map: YAMLMap, root: Node | null, shape: FeedShape): FeedItem {
  const item: FeedItem = { map, fields: {}, lines: {}, parts: [], named: [...Object.keys(shape.fields)] };
  const set = (field: string, value: unknown, node: Node | undefined): void => {
    item.fields[field] = value;
    item.lines[field] = rangeStart(node) ?? rangeStart(map)!;
  };
  for (const [field, paths] of Object.entries(shape.fields) as Array<[FeedField, FeedPath[]]>) {
    for (const path of paths) {
      const found = read(map, root, path);
      const value = found && turned(field, found.value);
      if (found && stated(value)) {
        set(field, value, found.node);
        break;
      }
    }
  }
  if (shape.remote || shape.allRemote) item.named.push('remote');
  const policy = remotePolicy(map, shape);
  if (policy) set('remote', policy.value, policy.node);
  const salary = shape.salary && feedSalary(map, shape.salary);
  if (salary) {
    item.named.push('salary');
    set('salary', salary.value, salary.node);
  }
  for (const path of shape.description) {
    const node = nodeAt(map, path);
    const text = typeof valueOf(node) === 'string' ? htmlOf(valueOf(node) as string) : '';
    if (text) {
      item.parts.push({ text, node: node! });
      break;
    }
  }
  for (const section of shape.sections ?? []) {
    const node = nodeAt(map, section.path);
    const value = valueOf(node);
    if (section.titled && Array.isArray(value) && isSeq(node)) {
      for (const [index, entry] of value.entries()) {
        const heading = textOf((entry as Record<string, unknown>)?.[section.titled.heading]);
        const content = textOf((entry as Record<string, unknown>)?.[section.titled.content]);
        // Lever's lists hold bare <li> elements: a list of their own.
        if (content) item.parts.push({ text: htmlOf(/^\s*<li\b/i.test(content) ? `<ul>${content}</ul>` : content), node: node.items[index] as Node, heading });
      }
    } else if (typeof value === 'string' && value.trim()) item.parts.push({ text: htmlOf(value), node: node!, heading: section.heading });
  }
  return item;
}

const rangeStart = (node: Node | undefined): number | undefined => node?.range?.[0];
const textOf = (value: unknown): string | undefined => (typeof value === 'string' && value.trim() ? value.trim() : undefined);

/** A path's value: "^" reads from the file's root, a list of paths is joined ("Aarhus, Central Denmark"). */
function read(map: YAMLMap, root: Node | null, path: FeedPath): { value: unknown; node: Node | undefined } | undefined {
  if (Array.isArray(path)) {
    const parts = path.map((part) => read(map, root, part)).filter((part) => part && typeof part.value === 'string' && part.value.trim());
    return parts.length ? { value: parts.map((part) => (part!.value as string).trim()).join(', '), node: parts[0]!.node } : undefined;
  }
  const node = path.startsWith('^') ? nodeAt(root, path.slice(1)) : nodeAt(map, path);
  const value = valueOf(node);
  return value === undefined ? undefined : { value, node };
}

/** A value as the record reads it: dates from epoch figures, employment codes as types, countries' codes upper-cased. */
function turned(field: FeedField, value: unknown): unknown {
  // A date that does not read as one is not stated, so the feed's next path for it is tried (review28b).
  if (field === 'date') return typeof value === 'number' || (typeof value === 'string' && /^\d{9,13}$/.test(value.trim())) ? epochDate(Number(value)) : value;
  if (field === 'employment_type') return Array.isArray(value) ? value.map(employmentOf).filter(Boolean).join(', ') : employmentOf(value);
  if (field === 'country') return typeof value === 'string' && /^[a-z]{2}$/i.test(value) ? value.toUpperCase() : value;
  if (Array.isArray(value)) return value.filter((part) => typeof part === 'string' && part.trim()).join('; ');
  return value;
}

/** Epoch seconds or milliseconds (by size) as an ISO date; none outside 1990-2100, which no posting was written in. */
function epochDate(value: number): string | undefined {
  const ms = value > 1e11 ? value : value * 1000;
  const year = new Date(ms).getUTCFullYear();
  return Number.isFinite(ms) && year >= 1990 && year <= 2100 ? new Date(ms).toISOString().slice(0, 10) : undefined;
}

/**
 * An employment code ("FullTime", "full_time", "fulltime_permanent") as the record's type; other text as it is. The code is
 * the value's first word or words whole: Lever's commitment is free text, and "Internal Transfer" is no "intern" (review28a).
 */
function employmentOf(value: unknown): string {
  if (typeof value !== 'string') return '';
  const words = value.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase().split(/[^a-z]+/).filter(Boolean);
  const heads = words.map((_, index) => words.slice(0, index + 1).join(''));
  return feedEmploymentCodes.find(([code]) => heads.includes(code))?.[1] ?? value;
}

/** The policy the feed states: a flag that is true, or a workplace type as written ("hybrid", "OnSite"). */
function remotePolicy(map: YAMLMap, shape: FeedShape): { value: unknown; node: Node | undefined } | undefined {
  for (const { path, policy } of shape.remote ?? []) {
    const node = nodeAt(map, path);
    const value = valueOf(node);
    if (policy && (value === true || value === 'true')) return { value: policy, node };
    // Lever's "unspecified" states nothing.
    if (!policy && typeof value === 'string' && value.trim() && !/^unspecified$/i.test(value.trim())) return { value, node };
  }
  return shape.allRemote ? { value: 'remote', node: undefined } : undefined;
}

/** Pay as a schema.org MonetaryAmount (extract/structured-read.ts readSalary), with its period. */
function feedSalary(map: YAMLMap, salary: FeedSalary): { value: unknown; node: Node | undefined } | undefined {
  let node = nodeAt(map, salary.path);
  if (salary.component) {
    const list = nodeAt(node, salary.component.list);
    node = isSeq(list) ? (list.items.find((item) => String(valueOf(nodeAt(item as Node, salary.component!.typeKey))) === salary.component!.type) as Node | undefined) : undefined;
  }
  const figures = valueOf(node) as Record<string, unknown> | undefined;
  if (!figures || typeof figures !== 'object') return undefined;
  const figure = (key: string): number | undefined => {
    const value = typeof figures[key] === 'string' ? Number((figures[key] as string).replace(/[\s,]/g, '')) : figures[key];
    return typeof value === 'number' && Number.isFinite(value) && value > 0 ? value : undefined;
  };
  const [min, max] = [figure(salary.min), figure(salary.max)];
  if (min === undefined && max === undefined) return undefined;
  const pick = (keys: string[] | undefined): string | undefined => keys?.map((key) => (key.startsWith('=') ? key.slice(1) : textOf(figures[key]))).find(Boolean);
  const interval = pick(salary.period);
  const unitText = interval ? feedPeriodWords.find(([pattern]) => pattern.test(interval.replace(/[-_]/g, ' ')))?.[1] : undefined;
  const code = pick(salary.currency)?.toUpperCase();
  const currency = code && (feedCurrencyCodes[code] ?? code);
  return { value: { ...(currency ? { currency } : {}), value: { ...(min !== undefined ? { minValue: min } : {}), ...(max !== undefined ? { maxValue: max } : {}), ...(unitText ? { unitText } : {}) } }, node };
}

/** A description as HTML: one escaped as entities ("&lt;p&gt;", Greenhouse's `content`) decoded once. */
function htmlOf(text: string): string {
  const trimmed = text.trim();
  return !/<[a-z][^<>]*>/i.test(trimmed) && /&lt;\/?[a-z][^&]*&gt;/i.test(trimmed) ? decodeEntities(trimmed) : trimmed;
}

/** A feed's posting: the fields its feed names in place of the generic item's reading of them (`item`), its description from its parts. */
export function feedDataItem(feed: FeedItem, item: DataItem, lineAt: (offset: number) => number): DataItem {
  const fields = { ...item.fields };
  const lines = { ...item.lines };
  for (const field of feed.named) {
    delete fields[field];
    delete lines[field];
  }
  for (const [field, value] of Object.entries(feed.fields)) {
    fields[field] = value;
    lines[field] = lineAt(feed.lines[field]!);
  }
  if (!feed.parts.length) return { ...item, fields, lines };
  const parts: string[] = [];
  const descriptionLines: number[] = [];
  for (const { text, node, heading } of feed.parts) {
    if (parts.length) descriptionLines.push(descriptionLines.at(-1)!);
    parts.push(heading ? `<h2>${escapeHtml(heading)}</h2>\n${text}` : text);
    descriptionLines.push(...textLines(parts.at(-1)!, node, lineAt, heading ? 1 : 0));
  }
  return { ...item, fields, lines, description: parts.join('\n\n'), descriptionLines };
}

/** A heading's text as HTML text: a list's "Languages: <Go> and <Rust>" is words, not tags (review28b). */
const escapeHtml = (text: string): string => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
