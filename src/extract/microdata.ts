/**
 * schema.org JobPosting written as microdata (itemscope itemtype=".../JobPosting"
 * with itemprop="title", "hiringOrganization" > itemprop="name", ...). Each
 * posting becomes a plain object shaped like its JSON-LD form, so the same
 * readers take candidates from either (page-meta.ts structuredValues).
 * Values follow the microdata rules for where an element keeps its value:
 * <meta content>, <a href>, <img src>, <time datetime>, <data value>, else its text.
 */
import type { Element, ElementContent, Root } from 'hast';
import { fitsTree } from '../clean/html-tree.js';
import { htmlModules } from '../clean/html-modules.js';

export interface MicrodataPosting {
  data: Record<string, unknown>;
  line: number;
  /** The source line of each property's element, for evidence. */
  lines: Record<string, number>;
}

/** Where an element keeps its value, by tag name (else its text). */
export const VALUE_ATTRIBUTES: Record<string, string> = {
  meta: 'content', a: 'href', area: 'href', link: 'href', img: 'src', audio: 'src', video: 'src', source: 'src',
  iframe: 'src', embed: 'src', track: 'src', object: 'data', time: 'dateTime', data: 'value', meter: 'value',
};
const JOB_POSTING_TYPE = /(?:^|[/:])JobPosting$/;
/** Cheap test before any parsing: only a page naming the type can hold such an item. */
const MAY_HOLD = /itemtype\s*=\s*["']?[^"'>]*JobPosting/i;

/** The JobPosting items of an HTML page, outermost first; [] for other text or pages too big for a tree. */
export const microdataPostings = (html: string): MicrodataPosting[] => postingsIn(MICRODATA, html);

/** The JobPosting items a syntax marks in a page (microdata here, RDFa in rdfa.ts), read only where its cheap test finds the type. */
export function postingsIn(syntax: ItemSyntax, html: string): MicrodataPosting[] {
  const modules = syntax.mayHold.test(html) && fitsTree(html) ? htmlModules() : null;
  if (!modules) return [];
  const postings: MicrodataPosting[] = [];
  const visit = (node: Root | Element): void => {
    for (const child of node.children) {
      if (child.type !== 'element') continue;
      if (!syntax.isPosting(child)) {
        visit(child);
        continue;
      }
      const lines: Record<string, number> = {};
      postings.push({ data: { '@type': 'JobPosting', ...readItem(syntax, child, 0, lines) }, line: child.position?.start.line ?? 1, lines });
    }
  };
  visit(modules.fromHtml(html));
  return postings;
}

function isJobPosting(element: Element): boolean {
  const types = element.properties.itemType;
  return element.properties.itemScope === true && ([] as unknown[]).concat(types ?? []).some((type) => typeof type === 'string' && JOB_POSTING_TYPE.test(type));
}

/** How a syntax of schema.org in HTML names an element's properties, marks a nested item and gives a value. */
export interface ItemSyntax {
  /** Cheap test before any parsing: only a page naming the type can hold such an item. */
  mayHold: RegExp;
  /** A JobPosting item of its own (not a property's value, where the syntax says so). */
  isPosting(element: Element): boolean;
  namesOf(element: Element): string[];
  isNested(element: Element): boolean;
  valueOf(element: Element): string;
}

const MICRODATA: ItemSyntax = {
  mayHold: MAY_HOLD,
  isPosting: (element) => isJobPosting(element) && !element.properties.itemProp,
  namesOf: (element) => ([] as unknown[]).concat(element.properties.itemProp ?? []).filter((name): name is string => typeof name === 'string'),
  isNested: (element) => element.properties.itemScope === true,
  valueOf: (element) => valueOf(element),
};

/** An item's properties in a syntax (microdata here, RDFa in rdfa.ts): the first value of each name wins; nested items are objects. */
export function readItem(syntax: ItemSyntax, scope: Element, depth: number, lines?: Record<string, number>): Record<string, unknown> {
  const item: Record<string, unknown> = Object.create(null) as Record<string, unknown>;
  const visit = (node: Element): void => {
    for (const child of node.children) {
      if (child.type !== 'element') continue;
      const names = syntax.namesOf(child);
      const nested = syntax.isNested(child);
      if (names.length) {
        const value = nested ? (depth < 4 ? readItem(syntax, child, depth + 1) : {}) : syntax.valueOf(child);
        for (const name of names) {
          if (item[name] !== undefined || value === '') continue;
          item[name] = value;
          if (lines && child.position) lines[name] = child.position.start.line;
        }
      }
      if (!nested) visit(child);
    }
  };
  visit(scope);
  return { ...item };
}

function valueOf(element: Element): string {
  const attribute = VALUE_ATTRIBUTES[element.tagName];
  const value = attribute ? element.properties[attribute] : undefined;
  if (typeof value === 'string' || typeof value === 'number') return String(value).trim();
  return elementText(element);
}

/** An element's text as a value: its blocks apart, spaces collapsed (RDFa's readers share it, rdfa.ts). */
export const elementText = (element: Element): string => textOf(element).replace(/\s+/g, ' ').trim();

function textOf(node: Element | ElementContent): string {
  if (node.type === 'text') return node.value;
  if (node.type !== 'element' || node.tagName === 'script' || node.tagName === 'style') return '';
  const inner = node.children.map(textOf).join('');
  return BLOCK.test(node.tagName) ? ` ${inner} ` : inner;
}

/** Elements whose text is apart from what comes before and after. */
const BLOCK = /^(?:br|p|div|li|ul|ol|dl|dt|dd|h[1-6]|tr|td|th|section|article|header|footer|blockquote|pre|table)$/;
