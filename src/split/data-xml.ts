/**
 * An XML job feed as data: the root element's content becomes a map (an
 * element of elements), a scalar (an element of text, CDATA or mixed markup,
 * kept as written) or a list (an element repeated under its parent), built as
 * `yaml` nodes whose ranges are offsets into the XML text, so the data
 * readers (split/data.ts, split/data-feeds.ts) read a feed's postings and
 * point their evidence at the feed's lines as they do for JSON and YAML.
 * Indeed's `<source><job>`, LinkedIn's, Personio's `<workzag-jobs><position>`,
 * Recruitee's and XING's feeds, an RSS `<channel><item>` list all come out
 * as the maps their documentation describes (split/data-feed-shapes.ts).
 * A damaged or truncated feed keeps what parsed, with the first fault's line;
 * undefined entities (an HTML `&nbsp;` in a feed's text) are left as written,
 * and a bare `&` ("R&D", "Sales & Marketing", common in hand-made and CMS
 * feeds) is the character it looks like, not the start of an entity.
 */
import { createRequire } from 'node:module';
import type { SaxesParser as SaxesParserType, SaxesTag } from 'saxes';
import { Document, Pair, Scalar, YAMLMap, YAMLSeq, type Node } from 'yaml';
import { xmlItemElements, xmlRootsOfNoFeed } from './tables.js';

/** An element being read: its children in order, its text, where its content starts and ends. */
interface XmlElement {
  name: string;
  attributes: Record<string, string>;
  children: XmlElement[];
  text: string;
  /** Non-space text beside child elements: mixed content (XHTML), kept as its source. */
  mixed: boolean;
  start: number;
  contentStart: number;
  contentEnd: number;
  end: number;
}

export type XmlDataParse = { ok: true; document: Document; value: unknown; fault?: { line: number; reason: string } } | { ok: false; reason: string; line: number; column?: number; tooDeep?: boolean };

const require = createRequire(import.meta.url);
// saxes is CommonJS, loaded on the first XML file: start-up and every other format never need it.
const saxes = (): { SaxesParser: typeof SaxesParserType } => require('saxes') as { SaxesParser: typeof SaxesParserType };

/** A `&` that starts no entity (`&name;`, `&#n;`, `&#xh;`): stood in for by one private-use character, so offsets and lines stay. */
const BARE_AMPERSAND = /&(?![A-Za-z_][\w.-]*;|#\d+;|#x[\da-fA-F]+;)/g;
const AMPERSAND_STAND_IN = '\uE026';
const restoreAmpersands = (value: string): string => value.replaceAll(AMPERSAND_STAND_IN, '&');
/** Child elements that make an element's content HTML (a description written as XHTML), kept as its source. */
const HTML_ELEMENTS = /^(?:p|div|ul|ol|li|br|h[1-6]|strong|em|b|i|a|span|table|tr|td|th|tbody|thead)$/i;

/** Elements nested deeper are not read (a feed is three or four levels deep). */
const MAX_DEPTH = 24;

/** Parse an XML feed's text into a document of data; a text with no root element is no data. */
export function parseXmlData(text: string): XmlDataParse {
  const parser = new (saxes().SaxesParser)({ position: true });
  const stack: XmlElement[] = [];
  let root: XmlElement | undefined;
  let fault: { line: number; reason: string } | undefined;
  let tagStart = 0;
  let depth = 0;
  parser.on('error', (error) => {
    // An HTML entity in a feed's text is left as written, for the HTML reader to decode.
    if (!fault && !/undefined entity/i.test(error.message)) fault = { line: parser.line, reason: error.message.replace(/^(?:[^:]*:)?\d+:\d+:\s*/, '') };
  });
  parser.on('opentagstart', () => { tagStart = text.lastIndexOf('<', parser.position); });
  parser.on('opentag', (tag: SaxesTag) => {
    depth++;
    const element: XmlElement = { name: localName(tag.name), attributes: attributesOf(tag), children: [], text: '', mixed: false, start: tagStart, contentStart: parser.position, contentEnd: parser.position, end: parser.position };
    if (depth > MAX_DEPTH) return;
    const parent = stack.at(-1);
    if (parent) parent.children.push(element);
    else if (!root) root = element;
    else return;
    stack.push(element);
  });
  const addText = (value: string): void => {
    const element = depth <= MAX_DEPTH ? stack.at(-1) : undefined;
    if (!element) return;
    element.text += restoreAmpersands(value);
  };
  parser.on('text', addText);
  parser.on('cdata', addText);
  parser.on('closetag', (tag) => {
    depth--;
    if (depth + 1 > MAX_DEPTH) return;
    const element = stack.pop();
    if (!element) return;
    element.end = parser.position;
    element.contentEnd = tag.isSelfClosing ? element.contentStart : Math.max(element.contentStart, text.lastIndexOf('</', parser.position - 1));
  });
  try {
    parser.write(text.replace(BARE_AMPERSAND, AMPERSAND_STAND_IN)).close();
  } catch (error) {
    fault ??= { line: parser.line, reason: String((error as Error)?.message ?? error) };
  }
  // A truncated feed: what is still open ends where the text ends.
  for (const element of stack) element.contentEnd = element.end = text.length;
  if (!root) return { ok: false, reason: fault?.reason ?? 'no root element', line: fault?.line ?? 1 };
  const document = new Document();
  document.contents = (xmlRootsOfNoFeed.includes(root.name.toLowerCase()) ? new YAMLMap() : nodeOf(root, text)) as never;
  return { ok: true, document, value: document.toJS(), ...(fault ? { fault } : {}) };
}

/** "job:company" -> "company": a namespace's prefix names no field. */
const localName = (name: string): string => name.slice(name.indexOf(':') + 1);

function attributesOf(tag: SaxesTag): Record<string, string> {
  const attributes: Record<string, string> = {};
  for (const [name, value] of Object.entries(tag.attributes)) {
    if (!/^xmlns\b/.test(name)) attributes[localName(name)] = restoreAmpersands(typeof value === 'string' ? value : value.value);
  }
  return attributes;
}

function nodeOf(element: XmlElement, text: string): Node {
  const hasText = element.text.trim() !== '';
  // Mixed content (XHTML in a description: text beside elements, HTML elements only, Atom's
  // `type="xhtml"`) is kept as its source; a text or CDATA value as its text.
  const markup = hasText || /^x?html$/i.test(element.attributes.type ?? '') || element.children.some((child) => HTML_ELEMENTS.test(child.name));
  if (element.children.length && !markup) return mapOf(element, text);
  const value = element.children.length ? text.slice(element.contentStart, element.contentEnd).trim() : element.text.trim();
  // An empty element of attributes: Atom's `<link href="…"/>` is its link, others a map of their attributes.
  if (!value && element.attributes.href) return scalar(element.attributes.href, element.start, element.end);
  if (!value && Object.keys(element.attributes).length) return mapOf(element, text);
  return scalar(value, valueStart(text, element), Math.max(valueStart(text, element), element.contentEnd));
}

/** Where a value's text starts: past the spaces and a CDATA section's opening, so its lines count from its first line of text. */
function valueStart(text: string, element: XmlElement): number {
  const content = text.slice(element.contentStart, element.contentEnd);
  const skipped = /^\s*(?:<!\[CDATA\[\s*)?/.exec(content)![0].length;
  return element.contentStart + skipped;
}

function scalar(value: string, start: number, end: number): Scalar {
  const node = new Scalar(value);
  node.range = [start, end, end];
  return node;
}

/** Attributes first, then child elements by name: a name repeated, or one of a list's item elements, is a list. */
function mapOf(element: XmlElement, text: string): YAMLMap {
  const map = new YAMLMap();
  map.range = [element.start, element.end, element.end];
  const byName = new Map<string, XmlElement[]>();
  for (const child of element.children) byName.set(child.name, [...(byName.get(child.name) ?? []), child]);
  for (const [name, value] of Object.entries(element.attributes)) {
    if (!byName.has(name)) map.items.push(new Pair(scalar(name, element.start, element.start), scalar(value, element.start, element.contentStart)));
  }
  for (const [name, children] of byName) {
    const key = scalar(name, children[0]!.start, children[0]!.start);
    // A `<position>` of text is a title, one of elements a posting.
    if (children.length === 1 && !(children[0]!.children.length && xmlItemElements.includes(name.toLowerCase()))) {
      map.items.push(new Pair(key, nodeOf(children[0]!, text)));
      continue;
    }
    const list = new YAMLSeq();
    list.range = [children[0]!.start, children.at(-1)!.end, children.at(-1)!.end];
    list.items = children.map((child) => nodeOf(child, text));
    map.items.push(new Pair(key, list));
  }
  return map;
}
