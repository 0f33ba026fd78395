/**
 * Postings in data: a JSON or YAML file (one posting object, an array, a
 * `jobs:`-like list, arrays under a key), or a page's front matter holding a
 * `jobs:` list. Both are read with the `yaml` package (JSON is YAML 1.2), so
 * every key keeps its source line.
 *
 * An item is a posting when it has a title key and one more field a job has
 * (company, location, date, a link, pay, a contract type, a description); an
 * item whose only title key is "name" needs two, since lists of people and
 * of steps have names too, unless the name reads as a job title. A
 * work history (start and end dates, or descriptions of work done) is a
 * résumé, not a list of postings.
 */
import { isMap, isScalar, isSeq, parseDocument, YAMLParseError, type Document, type Node, type YAMLMap } from 'yaml';
import { depthExceeds, MAX_FRONT_MATTER_DEPTH, toPlainData } from '../formats/frontmatter.js';
import { looksLikeJobTitle } from '../extract/title-clean.js';
export { dataFormatOf } from './data-format.js';
import { lineFinder } from './line-finder.js';
import { feedDataItem, feedItems } from './data-feeds.js';
import { textLines } from './data-text-lines.js';
import { indentQuotedRunOns } from './lenient-yaml.js';
import { employmentPhrases } from '../extract/tables/employment.js';
import { companyMapKeys, dataFields, descriptionFields, entryFields, listedTitleKeys, firstPersonWords, FIRST_PERSON_WORDS_OF_A_LIFE, jobOnlyKeys, kindsOutweighedByJobEvidence, OTHER_KIND_WEIGHT, otherKindKeys, pastWorkStart, personKeys, postingEvidenceFields, postingListKeys, postingMapFields, sectionFields, workHistoryKeys } from './tables.js';

/** One posting of a data file: its fields under the extractors' keys, each with its source line, and its description. */
export interface DataItem {
  /** Mapped fields (title, company, location, date, apply_url, …) -> value. */
  fields: Record<string, unknown>;
  /** Mapped field -> the source line of the item's own key. */
  lines: Record<string, number>;
  /** Description and section fields joined: HTML or Markdown. */
  description: string;
  /** The file line of each line of `description` (a JSON string's lines are all its one line). */
  descriptionLines: number[];
  /** First source line of the item. */
  line: number;
  /** Last source line of the item. */
  endLine: number;
}

export type DataParse = { ok: true; document: Document; value: unknown; indentedLine?: number } | { ok: false; reason: string; line?: number; column?: number; tooDeep?: boolean };

/**
 * Parse a data file's text; a syntax error gives a reason with its line. A
 * file that parses only with its quoted values' run-on lines indented (as
 * Jekyll reads it, split/lenient-yaml.ts) is read so, with the first such
 * line in `indentedLine`.
 */
export function parseData(text: string): DataParse {
  const parsed = parseStrict(text);
  if (parsed.ok || parsed.tooDeep) return parsed;
  const indented = indentQuotedRunOns(text);
  const again = indented && parseStrict(indented.text);
  return again && again.ok ? { ...again, indentedLine: indented.line } : parsed;
}

function parseStrict(text: string): DataParse {
  try {
    const document = parseDocument(text, { uniqueKeys: false, logLevel: 'silent', prettyErrors: true });
    const error = document.errors[0];
    if (error) {
      return { ok: false, reason: error.message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, ''), line: error.linePos?.[0]?.line, column: error.linePos?.[0]?.col };
    }
    const value = toPlainData(document.toJS({ maxAliasCount: 100 }));
    if (depthExceeds(value, MAX_FRONT_MATTER_DEPTH)) return { ok: false, reason: `more than ${MAX_FRONT_MATTER_DEPTH} levels`, line: 1, tooDeep: true };
    return { ok: true, document, value };
  } catch (error) {
    if (error instanceof RangeError || /call stack/i.test(String((error as Error)?.message))) return { ok: false, reason: 'nested too deeply', line: 1, tooDeep: true };
    if (error instanceof YAMLParseError) return { ok: false, reason: error.message.split('\n')[0]!, line: error.linePos?.[0]?.line };
    throw error;
  }
}

/**
 * The postings of a data file, in file order: the root when it is one
 * posting, the items of a root array, or the items of arrays under keys (two
 * levels down at most: `{companies: {acme: [...]}}`).
 */
export function dataItems(document: Document, text: string): DataItem[] {
  const lineAt = lineFinder(text);
  // A known job feed (Greenhouse, Lever, Ashby, …) is read by its own paths (split/data-feeds.ts).
  const feed = feedItems(document);
  if (feed) return feed.items.map((item) => feedDataItem(item, itemOf(item.map, lineAt), lineAt));
  const root = document.contents as Node | null;
  const found: DataItem[] = [];
  // The root's company, place and date are the page's: they carry over to every posting under it.
  collectLists(root, 0, found, lineAt, isMap(root) ? carriedBy(root, lineAt) : undefined);
  // A root with a title and a description over a list of two postings or more ("title: 採用情報", "positions: [...]")
  // is their page, not a posting of its own, when its list is named as postings or its title names no job:
  // a posting's own "benefits:", "steps:" or "related_jobs:" lists are no postings in its place.
  if (isMap(root) && isPostingMap(root) && (found.length < 2 || !isPageOfPostings(root))) return [itemOf(root, lineAt)];
  return found;
}

/** A root that holds a `jobs:`-like key, or a posting map whose title reads as no job ("採用情報", "Careers"). */
function isPageOfPostings(root: YAMLMap): boolean {
  if (root.items.some((pair) => isScalar(pair.key) && postingListKeys.includes(String(pair.key.value).toLowerCase()))) return true;
  const keys = keysOf(root);
  return !looksLikeJobTitle(String(keys.get(postingKeyOf(keys, 'title')!)!.value));
}

/** The postings listed in front matter under a `jobs:`-like key (the front matter's own text, its first line at `firstLine`). */
export function frontmatterItems(frontmatterText: string, firstLine: number): DataItem[] {
  const parsed = parseData(frontmatterText);
  if (!parsed.ok || !isMap(parsed.document.contents)) return [];
  const lineAt = lineFinder(frontmatterText, firstLine - 1);
  const found: DataItem[] = [];
  const page = carriedBy(parsed.document.contents, lineAt);
  for (const pair of parsed.document.contents.items) {
    const key = isScalar(pair.key) ? String(pair.key.value).toLowerCase() : '';
    if (postingListKeys.includes(key)) collectLists(pair.value as Node, 1, found, lineAt, page, true);
  }
  return found;
}

/** Fields an enclosing entry states for the postings under it: the employer a `companies:` key or an entry names, the date a batch was posted. */
interface Inherited { fields: Record<string, unknown>; lines: Record<string, number> }

/**
 * Arrays of posting maps under `node`, depth-first in file order. A list of
 * entries that are no postings but hold a `jobs:`-like list of their own
 * (`[{company: acme, jobs: [...]}]`, batches by date) is read through: each
 * entry's company, place and date carry over to the postings under it,
 * unless a posting names its own.
 */
function collectLists(node: Node | null, depth: number, found: DataItem[], lineAt: (offset: number) => number, inherited?: Inherited, namedForJobs = false): void {
  if (isSeq(node)) {
    const allMaps = node.items.filter((item) => isMap(item));
    const namesRoles = allMaps.some((item) => { const title = keysOf(item as YAMLMap).get('title')?.value; return typeof title === 'string' && looksLikeJobTitle(title); });
    const posting = node.items.filter((item): item is YAMLMap => isMap(item) && (isPostingMap(item, namesRoles) || (namedForJobs && isListedPosting(item))));
    // A list of maps all titled as jobs ("title: DevOps Engineer", a status, labels) is a list of postings that state only their titles.
    const titled = posting.length ? [] : allMaps.filter((item): item is YAMLMap => isTitledAsJob(item as YAMLMap));
    const maps = titled.length >= 2 && titled.length === allMaps.length ? titled : posting;
    // A list is a list of postings when most of its maps are postings (a list of steps with one "title" is not).
    if (!maps.length && depth < 4) {
      for (const entry of allMaps) collectEntry(entry as YAMLMap, depth, found, lineAt, inherited);
      return;
    }
    if (!maps.length || maps.length * 2 <= allMaps.length || isWorkHistory(maps)) return;
    for (const map of maps) {
      const item = itemOf(map, lineAt);
      for (const [field, value] of Object.entries(inherited?.fields ?? {})) {
        if (item.fields[field] === undefined) Object.assign(item, { fields: { ...item.fields, [field]: value }, lines: { ...item.lines, [field]: inherited!.lines[field]! } });
      }
      found.push(item);
    }
    return;
  }
  if (!isMap(node) || depth >= 3) return;
  for (const pair of node.items) {
    const key = isScalar(pair.key) ? String(pair.key.value) : '';
    const byCompany = companyMapKeys.includes(key.toLowerCase()) && isMap(pair.value);
    if (byCompany) {
      for (const inner of (pair.value as YAMLMap).items) {
        const name = isScalar(inner.key) ? String(inner.key.value).trim() : '';
        const company = name ? withField(inherited, 'company', name, lineAt((inner.key as Node).range?.[0] ?? 0)) : inherited;
        collectLists(inner.value as Node | null, depth + 2, found, lineAt, company);
      }
    } else collectLists(pair.value as Node | null, depth + 1, found, lineAt, inherited, postingListKeys.includes(key.toLowerCase()));
  }
}

/** An entry of a list that is no posting: its `jobs:`-like lists are read, with what the entry states for them all (tables.ts entryFields). */
function collectEntry(entry: YAMLMap, depth: number, found: DataItem[], lineAt: (offset: number) => number, inherited?: Inherited): void {
  const lists = entry.items.filter((pair) => isScalar(pair.key) && postingListKeys.includes(String(pair.key.value).toLowerCase()) && isSeq(pair.value));
  if (!lists.length) return;
  const carried = carriedBy(entry, lineAt, inherited);
  for (const pair of lists) collectLists(pair.value as Node, depth + 1, found, lineAt, carried, true);
}

/** What a map that holds postings states for them all (tables.ts entryFields), over what an enclosing one stated. */
function carriedBy(map: YAMLMap, lineAt: (offset: number) => number, inherited?: Inherited): Inherited | undefined {
  const keys = keysOf(map);
  let carried = inherited;
  for (const field of entryFields) {
    const alias = aliasOf(keys, field);
    const value = alias && keys.get(alias)!.value;
    if (alias && (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean')) carried = withField(carried, field, value, lineAt(keys.get(alias)!.keyNode.range?.[0] ?? 0));
  }
  return carried;
}

const withField = (inherited: Inherited | undefined, field: string, value: unknown, line: number): Inherited =>
  ({ fields: { ...inherited?.fields, [field]: value }, lines: { ...inherited?.lines, [field]: line } });

/** A map's scalar fields by normalized key ("company_name" -> "companyname"). */
function keysOf(map: YAMLMap): Map<string, { value: unknown; node: Node; keyNode: Node }> {
  const keys = new Map<string, { value: unknown; node: Node; keyNode: Node }>();
  for (const pair of map.items) {
    if (!isScalar(pair.key)) continue;
    const key = String(pair.key.value).toLowerCase().replace(/[\s_-]+/g, '');
    if (!keys.has(key)) keys.set(key, { value: toPlainData((pair.value as Node | null)?.toJSON?.() ?? (isScalar(pair.value) ? pair.value.value : null)), node: pair.value as Node, keyNode: pair.key as Node });
  }
  return keys;
}

const aliasOf = (keys: ReturnType<typeof keysOf>, field: string) => dataFields[field]!.find((alias) => statesField(keys, alias, field));
/** Does the map state the field under this key? A yes or no ("directApply: true") states a flag, never a title, a place or a link. */
function statesField(keys: ReturnType<typeof keysOf>, alias: string, field: string): boolean {
  const value = keys.get(alias)?.value;
  const flag = typeof value === 'boolean' || (typeof value === 'string' && /^(?:true|false|yes|no)$/i.test(value.trim()));
  return value !== undefined && value !== null && value !== '' && (!flag || flagFields.has(field));
}
/** Fields a yes or no states. */
const flagFields = new Set(['remote', 'open', 'active', 'closed', 'expired', 'filled', 'status']);

/** A résumé's jobs: most descriptions tell work done ("Responsible for…", "Managed…") or speak of their writer ("I have learned…"). */
function isWorkHistory(maps: YAMLMap[]): boolean {
  const told = maps.map((map) => descriptionFields.map((key) => keysOf(map).get(key)?.value).find((value) => typeof value === 'string') as string | undefined).filter(Boolean);
  return told.length > 0 && told.filter((text) => pastWorkStart.test(text!.trim()) || speaksOfItsWriter(text!)).length * 2 > told.length;
}

const FIRST_PERSON = new RegExp(`(?<![\\p{L}\\p{N}'’])(?:${Object.values(firstPersonWords).flat().map((word) => word.replace(/'/g, "['’]")).join('|')})(?![\\p{L}\\p{N}'’])`, 'giu');
const speaksOfItsWriter = (text: string): boolean => (text.match(FIRST_PERSON)?.length ?? 0) >= FIRST_PERSON_WORDS_OF_A_LIFE;

/** A résumé's keys (start, end, duration); a `duration` that names a contract type ("Full Time", "Tiempo Completo") is a job's. */
const holdsWorkHistory = (keys: ReturnType<typeof keysOf>): boolean => workHistoryKeys.some((key) => keys.has(key) && !namesEmploymentType(keys.get(key)!.value));
const namesEmploymentType = (value: unknown): boolean => typeof value === 'string' && employmentPhrases.has(value.trim().toLowerCase());

/** Fields that a team member, an event or an office states as often as a job. */
const placeOrDate = ['location', 'date'];

function isPostingMap(map: YAMLMap, listNamesRoles = false): boolean {
  const keys = keysOf(map);
  if (holdsWorkHistory(keys) || otherKindOf(keys) !== undefined) return false;
  const titleKey = postingKeyOf(keys, 'title');
  const title = titleKey && keys.get(titleKey)!.value;
  if (typeof title !== 'string' || !title.trim() || title.length > 200) return false;
  const evidence = postingEvidenceFields.filter((field) => postingKeyOf(keys, field));
  const described = descriptionFields.some((key) => typeof keys.get(key)?.value === 'string');
  const more = evidence.length + (described ? 1 : 0);
  // "name" names people and steps too: it counts as a title when it reads like one, or beside two more job fields.
  if (titleKey === 'name' && !looksLikeJobTitle(title)) return more >= 2;
  // A team page's "name: Ada, role: Founder": a person's role, unless a key of a job's own says otherwise.
  const named = keys.get('name')?.value;
  if (titleKey === 'role' && typeof named === 'string' && !looksLikeJobTitle(named) && !evidence.some((field) => !placeOrDate.includes(field))) return false;
  // An event's title with its date and place ("Career fair", 2026-03-01, Berlin): a title that names no role needs a job's
  // own field, unless the list's other titles name roles (a "Baker" among nurses is a job, among fairs and open days none).
  if (!described && !listNamesRoles && !looksLikeJobTitle(title) && evidence.every((field) => placeOrDate.includes(field))) return false;
  return more >= 1;
}

/**
 * A map of a list named for jobs ("stellen:", "vacantes:", "vagas:") keyed in the list's language ("titel", "puesto",
 * "cargo", "functie"): a posting when its title names a role and it states a field a job has or a description, or when it
 * states a field only a job has (contract, pay, a way to apply); and it is no other kind.
 */
function isListedPosting(map: YAMLMap): boolean {
  const keys = keysOf(map);
  if (holdsWorkHistory(keys) || otherKindOf(keys) !== undefined) return false;
  const titleKey = listedTitleKeys.find((alias) => statesField(keys, alias, 'title'));
  const title = titleKey && keys.get(titleKey)!.value;
  if (typeof title !== 'string' || !title.trim() || title.length > 200) return false;
  // A title that names no role ("Vervuld", an office, a ranking's place) needs a field only a job has: a contract, pay, a way to apply (review26a).
  const stated = postingEvidenceFields.filter((field) => aliasOf(keys, field));
  if (!looksLikeJobTitle(title)) return stated.some((field) => !placeOrDate.includes(field));
  return stated.length > 0 || descriptionFields.some((key) => typeof keys.get(key)?.value === 'string');
}

/** The key under which the map states the field as a posting's (tables.ts postingMapFields: a team's "titel" or a talk's "time" says no job). */
const postingKeyOf = (keys: ReturnType<typeof keysOf>, field: string) => postingMapFields[field]!.find((alias) => statesField(keys, alias, field));

/** A map whose title (never a person's name) reads as a job title, and that holds none of a person's keys (a team page's "title: Senior Engineer" beside a photo). */
function isTitledAsJob(map: YAMLMap): boolean {
  const keys = keysOf(map);
  const title = keys.get('title')?.value;
  return typeof title === 'string' && title.length <= 120 && looksLikeJobTitle(title) && !personKeys.some((key) => keys.has(key)) && !holdsWorkHistory(keys)
    && otherKindOf(keys) === undefined;
}

/**
 * The kind of thing a map is when its keys are another kind's (tables.ts otherKindKeys: a schedule's
 * time and room, a persona's goals, a person's bio) and it holds no key only a job has; else undefined.
 * Beside a place and a description, a person's light keys (photo, github) do not count.
 */
export function otherKindOf(keys: ReadonlyMap<string, { value: unknown }>): string | undefined {
  const stated = (key: string) => { const value = keys.get(key)?.value; return value !== undefined && value !== null && value !== ''; };
  if (jobOnlyKeys.some(stated)) return undefined;
  // A place and a description are a job's: beside them only another kind's weighty keys count.
  const jobEvidence = postingMapFields.location!.some(stated) && descriptionFields.some(stated);
  for (const [kind, weights] of Object.entries(otherKindKeys)) {
    const light = jobEvidence && kindsOutweighedByJobEvidence.includes(kind) ? OTHER_KIND_WEIGHT : 0;
    const weight = Object.entries(weights).reduce((sum, [key, w]) => sum + (stated(key) && w >= light ? w : 0), 0);
    if (weight >= OTHER_KIND_WEIGHT) return kind;
  }
  return undefined;
}

function itemOf(map: YAMLMap, lineAt: (offset: number) => number): DataItem {
  const keys = keysOf(map);
  const fields: Record<string, unknown> = {};
  const lines: Record<string, number> = {};
  for (const field of Object.keys(dataFields)) {
    const alias = aliasOf(keys, field);
    if (!alias) continue;
    const entry = keys.get(alias)!;
    fields[field] = entry.value;
    lines[field] = lineAt(entry.keyNode.range?.[0] ?? 0);
  }
  const parts: string[] = [];
  const descriptionLines: number[] = [];
  const add = (text: string, node: Node, headed = 0): void => {
    if (parts.length) descriptionLines.push(descriptionLines.at(-1)!);
    parts.push(text);
    descriptionLines.push(...textLines(text, node, lineAt, headed));
  };
  for (const key of descriptionFields) {
    const entry = keys.get(key);
    if (typeof entry?.value !== 'string' || !entry.value.trim()) continue;
    add(entry.value.trim(), entry.node);
  }
  for (const [key, heading] of Object.entries(sectionFields)) {
    const value = keys.get(key)?.value;
    const text = Array.isArray(value) ? value.filter((v) => typeof v === 'string').map((v) => `- ${v}`).join('\n') : typeof value === 'string' ? value.trim() : '';
    if (!text) continue;
    const html = /<[a-z][^<>]*>/i.test(text);
    add(html ? `<h2>${heading}</h2>\n${text}` : `## ${heading}\n\n${text}`, keys.get(key)!.node, html ? 1 : 2);
  }
  const line = lineAt(map.range?.[0] ?? 0);
  return { fields, lines, description: parts.join('\n\n'), descriptionLines, line, endLine: lineAt(map.range?.[1] ?? 0) };
}
