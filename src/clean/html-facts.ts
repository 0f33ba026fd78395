/**
 * Facts of the posting that a page sets outside its main content: a side box
 * (<aside>, a sidebar column) of label/value pairs (a <dl>, two-cell table
 * rows, "Location: Berlin" chips), and the lines under the title in the
 * page's banner ("Fulltime 40 uur per week."). They are kept as short
 * paragraphs after the main content (the banner before it). Navigation,
 * footers, forms and contact boxes never give facts, and neither does a
 * chip that is all link ("Jobs in Berlin" is a menu, not the work place).
 */
import type { Element, ElementContent, Root } from 'hast';
import { opensOtherJobs } from '../extract/title-page-names.js';

/** A label of at most this many characters, a value of at most this many: a fact, not a paragraph. */
export const MAX_FACT_LABEL = 40;
export const MAX_FACT_VALUE = 120;
/** At most this many facts from outside the main content (a side box lists a handful). */
export const MAX_FACTS = 12;
/** A banner (the block holding the page's <h1>) longer than this is a page section, not a title with its chips. */
export const MAX_BANNER_TEXT = 400;

/** Elements whose label/value lines are never the posting's: the site's navigation, footer, forms and controls. */
const NO_FACTS = new Set(['nav', 'footer', 'form', 'menu', 'button', 'select', 'option', 'label', 'input', 'textarea', 'dialog', 'address', 'script', 'style', 'template']);
/** Class or id words of blocks whose label/value lines are the site's: contact boxes, footers, menus, lists of other jobs. */
export const NOT_POSTING_FACTS = /(?:^|[\s_-])(?:footer|copyright|contacts?|kontakt|address|breadcrumbs?|menu|navbar|navigation|social|newsletter|search|login|cart|related|similar|other|more|recent|archive|categories|tags?)(?:$|[\s_-])/i;
/** "Label: value" on one line, the label short and wordy. */
const LABEL_VALUE = new RegExp(`^[^:：\\n]{2,${MAX_FACT_LABEL}}[:：]\\s*\\S[^\\n]{0,${MAX_FACT_VALUE}}$`, 'u');
/** "Other jobs", "Weitere Jobs", "Offres similaires" (tables/title-marks.ts), compared at the start of a heading ("Other jobs you may like"). */
const HEADING = /^h[1-6]$/;
const BLOCKS = new Set(['div', 'p', 'section', 'article', 'ul', 'ol', 'li', 'dl', 'dt', 'dd', 'table', 'thead', 'tbody', 'tr', 'td', 'th', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'aside', 'main', 'figure', 'blockquote', 'pre']);

const collapse = (text: string): string => text.replace(/\s+/g, ' ').trim();

export function textOf(node: Element | ElementContent | Root): string {
  if (node.type === 'text') return node.value;
  return node.type === 'element' || node.type === 'root' ? (node.children as ElementContent[]).map(textOf).join('') : '';
}

function linkTextOf(node: Element | ElementContent): string {
  if (node.type !== 'element') return '';
  return node.tagName === 'a' ? textOf(node) : node.children.map(linkTextOf).join('');
}

/** Mostly link text: a menu entry, not a stated fact. */
function allLinks(node: Element): boolean {
  const text = collapse(textOf(node)).length;
  return text > 0 && collapse(linkTextOf(node)).length >= 0.5 * text;
}

function classWords(element: Element): string {
  const { className, id } = element.properties;
  return [...(Array.isArray(className) ? className : []), typeof id === 'string' ? id : ''].join(' ');
}

const paragraph = (children: ElementContent[]): Element => ({ type: 'element', tagName: 'p', properties: {}, children });

/** A heading over a list of other postings, or a block holding only such a heading ("<div class=box-title><h3>Similar jobs</h3></div>"). */
function headsOtherJobs(element: Element): boolean {
  const inner = element.children.filter((c): c is Element => c.type === 'element');
  if (!HEADING.test(element.tagName)) return inner.length === 1 && HEADING.test(inner[0]!.tagName) && headsOtherJobs(inner[0]!);
  return opensOtherJobs(collapse(textOf(element)));
}

/**
 * Label/value pairs under an element, each as a paragraph "label: value" holding the page's own nodes (their lines kept).
 * A box whose own class says other jobs gives none, and nor does what follows an "Other jobs" heading in its block.
 */
export function labelledFacts(root: Element | Root): Element[] {
  if (root.type === 'element' && NOT_POSTING_FACTS.test(classWords(root))) return [];
  const facts: Element[] = [];
  const visit = (node: Element | Root): void => {
    for (const child of node.children) {
      if (facts.length >= MAX_FACTS || child.type !== 'element') continue;
      if (headsOtherJobs(child)) break;
      if (NO_FACTS.has(child.tagName) || NOT_POSTING_FACTS.test(classWords(child))) continue;
      if (child.tagName === 'dl') facts.push(...definitionFacts(child));
      else if (child.tagName === 'tr') facts.push(...rowFact(child));
      else if (!child.children.some((c) => c.type === 'element' && BLOCKS.has(c.tagName))) facts.push(...chipFact(child));
      else visit(child);
    }
  };
  visit(root);
  return facts.slice(0, MAX_FACTS);
}

/** A <dl>'s dt and the dd after it. */
function definitionFacts(list: Element): Element[] {
  const out: Element[] = [];
  const items = list.children.flatMap((c) => (c.type === 'element' && c.tagName === 'div' ? c.children : [c])).filter((c): c is Element => c.type === 'element');
  items.forEach((item, i) => {
    const value = items[i + 1];
    if (item.tagName !== 'dt' || value?.tagName !== 'dd') return;
    const [label, text] = [collapse(textOf(item)).replace(/[:：]$/u, ''), collapse(textOf(value))];
    if (label.length < 2 || label.length > MAX_FACT_LABEL || !text || text.length > MAX_FACT_VALUE || allLinks(value)) return;
    out.push(paragraph([...item.children.filter(notColon), { type: 'text', value: ': ' }, ...value.children]));
  });
  return out;
}

/** A table row of two cells: a label and its value. */
function rowFact(row: Element): Element[] {
  const cells = row.children.filter((c): c is Element => c.type === 'element' && (c.tagName === 'td' || c.tagName === 'th'));
  if (cells.length !== 2) return [];
  const [label, value] = [collapse(textOf(cells[0]!)).replace(/[:：]$/u, ''), collapse(textOf(cells[1]!))];
  if (label.length < 2 || label.length > MAX_FACT_LABEL || !value || value.length > MAX_FACT_VALUE || allLinks(cells[1]!)) return [];
  return [paragraph([...cells[0]!.children.filter(notColon), { type: 'text', value: ': ' }, ...cells[1]!.children])];
}

/** A block of phrasing that reads "Label: value". */
function chipFact(element: Element): Element[] {
  const text = collapse(textOf(element));
  return LABEL_VALUE.test(text) && !allLinks(element) ? [paragraph([...element.children])] : [];
}

/** A label's own trailing colon goes: the fact adds one. */
function notColon(node: ElementContent): boolean {
  return !(node.type === 'text' && /^\s*[:：]\s*$/u.test(node.value));
}

/**
 * The page's banner: the largest block holding the <h1> and not the main content, when it is short; its links go
 * (a menu beside the title), its <h1> and the lines under it stay. Just the <h1> when the block is long.
 */
export function bannerOf(h1: Element, ancestors: readonly Element[]): Element {
  let banner = h1;
  for (const ancestor of [...ancestors].reverse()) {
    if (ancestor.tagName === 'body' || ancestor.tagName === 'html' || NO_FACTS.has(ancestor.tagName)) break;
    const text = collapse(textOf(ancestor)).length - collapse(linkTextOf(ancestor)).length;
    if (text > MAX_BANNER_TEXT) break;
    banner = ancestor;
  }
  return banner === h1 ? h1 : withoutLinks(banner, h1);
}

/** A copy of the element without its links, images and forms, except inside `keep`. */
function withoutLinks(element: Element, keep: Element): Element {
  const children: ElementContent[] = [];
  for (const child of element.children) {
    if (child.type !== 'element' || child === keep) children.push(child);
    else if (child.tagName !== 'a' && child.tagName !== 'img' && !NO_FACTS.has(child.tagName)) children.push(withoutLinks(child, keep));
  }
  return { ...element, children };
}
