/**
 * A code file's data literal as the data path reads it (split/data.ts): the first literal the code assigns or exports
 * (code-literals.ts) that holds postings by the data rules is written out as JSON, each key and value on its own
 * source line and near its own column, every other line blank; the YAML reader takes JSON as it is, so every item
 * keeps its lines. A value given in several languages (`{en: "Working Student", de: "Werkstudent*in"}`) is read in one.
 */
import { codeLanguageOf, codeLiterals, type LiteralNode } from './code-literals.js';
import { dataItems, parseData } from '../split/data.js';
import { dataFields, descriptionFields } from '../split/tables.js';
import { keyForm } from '../extract/tables/field-keys.js';

/**
 * Language codes a site keys its translations by (ISO 639-1, with a region or script after them: "pt-BR",
 * "zh_Hant"); an object keyed by two of them or more, and nothing else, is one value in several languages.
 */
const LANGUAGE_CODES = new Set(['en', 'de', 'fr', 'es', 'it', 'nl', 'pt', 'ru', 'uk', 'pl', 'cs', 'sk', 'sv', 'da', 'no', 'nb', 'nn', 'fi', 'et',
  'lv', 'lt', 'hu', 'ro', 'bg', 'el', 'tr', 'ar', 'he', 'fa', 'hi', 'ja', 'zh', 'ko', 'vi', 'th', 'id', 'ms', 'ca', 'eu', 'gl', 'hr', 'sr', 'sl',
  'is', 'ga', 'lb', 'be', 'ka', 'hy', 'az', 'kk', 'ur', 'bn', 'ta', 'tl', 'sw']);
const LANGUAGE_KEY = /^([a-z]{2})(?:[-_][A-Za-z]{2,4})?$/;
/** English: where a value is also given in another language, the site's own is that other one, English its translation. */
const TRANSLATION_LANGUAGE = 'en';

const titleKeys = new Set(dataFields.title!);
/** Keys of a job's other fields: a map needs one beside its title to be weighed (a config's `name` and `version` are none). */
const jobKeys = new Set([...Object.entries(dataFields).filter(([field]) => field !== 'title').flatMap(([, keys]) => keys), ...descriptionFields]);
/** Literals weighed by the data rules at most, in a file of many (a bundle): each is parsed as a data file is. */
const MAX_LITERALS_WEIGHED = 50;

/** The JSON text of the file's first data literal that holds postings (blank elsewhere), or undefined. */
export function literalDataText(text: string, path: string): string | undefined {
  const language = codeLanguageOf(path);
  if (!language) return undefined;
  let weighed = 0;
  for (const { node } of codeLiterals(text, language)) {
    const data = inOneLanguage(node);
    if (!holdsJobLikeMap(data)) continue;
    if (++weighed > MAX_LITERALS_WEIGHED) break;
    // Weighed on the literal's own lines; the file's text, every line kept, is written for the one that holds postings.
    const pieces = jsonPieces(data);
    const own = pieces.slice(node.line).map((piece) => piece ?? '').join('\n');
    const parsed = parseData(own);
    if (!parsed.ok || !dataItems(parsed.document, own).length) continue;
    return text.split('\n').map((line, index) => (pieces[index] ?? '').padEnd(line.replace(/\r$/, '').length)).join('\n');
  }
  return undefined;
}

/** The node with each value given in several languages read in one: the first that is not English, else the first. */
function inOneLanguage(node: LiteralNode): LiteralNode {
  if (node.kind === 'array') return { ...node, items: node.items.map(inOneLanguage) };
  if (node.kind !== 'object') return node;
  const codes = node.entries.map((entry) => LANGUAGE_KEY.exec(entry.key)?.[1]);
  if (node.entries.length >= 2 && codes.every((code) => code !== undefined && LANGUAGE_CODES.has(code))) {
    const chosen = node.entries[Math.max(0, codes.findIndex((code) => code !== TRANSLATION_LANGUAGE))]!;
    return inOneLanguage(chosen.value);
  }
  return { ...node, entries: node.entries.map((entry) => ({ ...entry, value: inOneLanguage(entry.value) })) };
}

/** Does the literal hold a map with a title's key and a key of a job's other fields (before the data rules are asked)? */
function holdsJobLikeMap(node: LiteralNode): boolean {
  if (node.kind === 'array') return node.items.some(holdsJobLikeMap);
  if (node.kind !== 'object') return false;
  const keys = node.entries.map((entry) => keyForm(entry.key));
  if (keys.some((key, index) => titleKeys.has(key) && node.entries[index]!.value.kind === 'scalar') && keys.some((key) => jobKeys.has(key))) return true;
  return node.entries.some((entry) => holdsJobLikeMap(entry.value));
}

/**
 * The node as JSON pieces by source line: each piece on its source line at its source column (or after what that
 * line holds already); a line the node does not reach has none.
 */
function jsonPieces(node: LiteralNode): string[] {
  const out: string[] = [];
  let last = node.line;
  const put = (line: number, column: number, piece: string) => {
    const at = Math.max(line, last);
    const held = out[at] ?? '';
    out[at] = (held.length < column && at === line ? held.padEnd(column) : held) + piece;
    last = at;
  };
  const write = (value: LiteralNode): void => {
    if (value.kind === 'scalar') return put(value.line, value.column, JSON.stringify(value.value));
    const [open, close] = value.kind === 'array' ? ['[', ']'] : ['{', '}'];
    put(value.line, value.column, open);
    if (value.kind === 'array') {
      value.items.forEach((item, index) => {
        if (index) put(last, 0, ',');
        write(item);
      });
    } else {
      value.entries.forEach((entry, index) => {
        put(entry.line, entry.column, `${index ? ',' : ''}${JSON.stringify(entry.key)}:`);
        write(entry.value);
      });
    }
    put(last, 0, close);
  };
  write(node);
  return out;
}
