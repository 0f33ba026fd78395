/**
 * What of an HTML page is the posting: boilerplate dropped, then the main content found.
 *
 * Design note: a job page wraps the posting in navigation, a site header and
 * footer, cookie banners, sidebars and an application form. Those go first,
 * by the tables below (elements, ARIA roles, class and id words). Then the
 * main content is, in order: the first <main> or [role=main], the one
 * <article>, or the smallest block that holds nearly all of the page's text
 * outside links. Each is taken only when what it leaves out is small or
 * mostly links, so a page with the role's details in a side column keeps
 * them. A page-level <h1> left outside the main content is kept before it
 * (job pages often put the title in a banner above <main>), and links to
 * apply left outside it are kept after it, and so are a sidebar's short
 * lines that name an email address (where to send a CV).
 */
import type { Element, ElementContent, Root, RootContent } from 'hast';
import { bannerOf, labelledFacts, MAX_FACTS, textOf } from './html-facts.js';

/** Elements that are never the posting (forms keep their text; their controls go). */
export const BOILERPLATE_ELEMENTS = new Set([
  'script', 'style', 'noscript', 'template', 'svg', 'head', 'nav', 'aside', 'iframe', 'object', 'embed', 'canvas',
  'dialog', 'button', 'input', 'select', 'option', 'textarea', 'label', 'datalist', 'menu',
]);
/** Page furniture, dropped unless inside an <article> or <main> (where they belong to the posting). */
export const PAGE_FURNITURE = new Set(['header', 'footer']);
/**
 * Class or id words of a page's footer written as a <div> (dropped like <footer>, outside <article> and <main>): a whole
 * word "footer", "footer-wrapper", "site-footer", "page_footer"; a posting's own "job-footer" or a card's "card-footer" is no page's.
 */
export const FOOTER_CLASS = /(?:^|\s)(?:(?:site|page|main|global)[-_]?)?footer(?:[-_][\w-]*)?(?:$|\s)/i;
/** ARIA roles that are never the posting. */
export const BOILERPLATE_ROLES = new Set(['navigation', 'banner', 'contentinfo', 'complementary', 'search', 'dialog', 'alertdialog', 'menu', 'menubar']);
/** Words in a class or id that mark consent banners and share bars. */
export const BOILERPLATE_CLASS = /(?:^|[\s_-])(?:cookies?|cookie-?(?:banner|notice|bar|consent)|consent|gdpr|onetrust|cc-window|share-?(?:bar|buttons)|social-?share|skip-?link)(?:$|[\s_-])/i;
/** Inline styles that hide an element. */
const HIDDEN_STYLE = /display\s*:\s*none|visibility\s*:\s*hidden/i;

/** How much a main-content candidate may leave out when what it leaves is not mostly links. */
export const MAIN_KEEPS = 0.8;
/** What is left out must be at least this share links to be dropped regardless of its size. */
export const LINK_HEAVY = 0.5;
/** ... and, for the densest block, hold this many links (a menu, not one "apply" link). */
export const MENU_LINKS = 4;
/** Links left outside the main content that are kept after it: where to apply. */
export const APPLY_LINK = /^mailto:|apply|bewerb|candidat|postul|solliciteer|ansok|aplik/i;

export interface PruneResult {
  pixels: number;
  /** How the main content was chosen: "main", "article", "densest" or "page". */
  main: string;
}

/** Drop boilerplate and tracking pixels, then narrow the tree to its main content, in place. */
export function pruneToMainContent(tree: Root, isTrackingImage: (element: Element) => boolean): PruneResult {
  let pixels = 0;
  // A side box's label/value facts (location, hours, pay) are the posting's though the box is not.
  const sideFacts: Element[] = [];
  const prune = (parent: Root | Element, inArticle: boolean): void => {
    parent.children = (parent.children as RootContent[]).filter((child) => {
      if (child.type === 'comment' || child.type === 'doctype') return false;
      if (child.type !== 'element') return true;
      if (isBoilerplate(child, inArticle)) {
        if (isSideBox(child)) sideFacts.push(...labelledFacts(child));
        return false;
      }
      if (child.tagName === 'img' && isTrackingImage(child)) {
        pixels++;
        return false;
      }
      prune(child, inArticle || child.tagName === 'article' || child.tagName === 'main');
      return true;
    }) as never;
  };
  prune(tree, false);
  const main = findMain(tree);
  if (main) {
    const banner = headingOutside(tree, main.element);
    const facts = newFacts([...sideFacts, ...factsOutside(tree, main.element, banner[0])], textOf(main.element));
    tree.children = [...banner, main.element, ...facts, ...applyLinksOutside(tree, main.element)];
  } else if (sideFacts.length) tree.children = [...tree.children, ...newFacts(sideFacts, textOf(tree))];
  return { pixels, main: main?.how ?? 'page' };
}

function isBoilerplate(element: Element, inArticle: boolean): boolean {
  if (BOILERPLATE_ELEMENTS.has(element.tagName)) return true;
  if (!inArticle && PAGE_FURNITURE.has(element.tagName) && !hasDescendant(element, 'h1')) return true;
  if (!inArticle && element.tagName === 'div' && FOOTER_CLASS.test(classWords(element)) && !hasDescendant(element, 'h1')) return true;
  const props = element.properties;
  const role = typeof props.role === 'string' ? props.role.toLowerCase() : '';
  if (BOILERPLATE_ROLES.has(role) && !(role === 'banner' && hasDescendant(element, 'h1'))) return true;
  if (props.hidden !== undefined && props.hidden !== false && props.hidden !== null) return true;
  if (props.ariaHidden === 'true') return true;
  if (typeof props.style === 'string' && HIDDEN_STYLE.test(props.style)) return true;
  const classes = classWords(element);
  return classes !== ' ' && BOILERPLATE_CLASS.test(classes);
}

function classWords(element: Element): string {
  const { className, id } = element.properties;
  return [...(Array.isArray(className) ? className : []), typeof id === 'string' ? id : ''].join(' ');
}

interface TextSize { text: number; links: number; linkCount: number }

/** Characters of text under each element, and how many of them are link text. */
function measure(tree: Root): Map<Element | Root, TextSize> {
  const sizes = new Map<Element | Root, TextSize>();
  const visit = (node: Root | Element, inLink: boolean): TextSize => {
    const size = { text: 0, links: 0, linkCount: node.type === 'element' && node.tagName === 'a' ? 1 : 0 };
    for (const child of node.children as Array<ElementContent | RootContent>) {
      if (child.type === 'text') {
        const length = child.value.replace(/\s+/g, ' ').trim().length;
        size.text += length;
        if (inLink) size.links += length;
      } else if (child.type === 'element') {
        const inner = visit(child, inLink || child.tagName === 'a');
        size.text += inner.text;
        size.links += inner.links;
        size.linkCount += inner.linkCount;
      }
    }
    sizes.set(node, size);
    return size;
  };
  visit(tree, false);
  return sizes;
}

/** The main content element and how it was found; undefined when the whole page is the content. */
function findMain(tree: Root): { element: Element; how: string } | undefined {
  const sizes = measure(tree);
  const total = sizes.get(tree)!;
  if (total.text === 0) return undefined;
  const elements: Element[] = [];
  const collect = (node: Root | Element): void => {
    for (const child of node.children) if (child.type === 'element') (elements.push(child), collect(child));
  };
  collect(tree);
  const leavesLittle = (element: Element): boolean => {
    const size = sizes.get(element)!;
    const outside = { text: total.text - size.text, links: total.links - size.links };
    return size.text > 0 && (size.text >= MAIN_KEEPS * total.text || outside.links >= LINK_HEAVY * outside.text);
  };
  const main = elements.find((e) => e.tagName === 'main' || e.properties.role === 'main');
  if (main && leavesLittle(main)) return { element: main, how: 'main' };
  const articles = elements.filter((e) => e.tagName === 'article');
  if (articles.length === 1 && leavesLittle(articles[0]!)) return { element: articles[0]!, how: 'article' };
  // The smallest block holding MAIN_KEEPS of the text outside links, when what it leaves is mostly links.
  const ownText = total.text - total.links;
  let densest: Element | undefined;
  for (const element of elements) {
    if (!/^(?:div|section|td|article|main)$/.test(element.tagName)) continue;
    const size = sizes.get(element)!;
    if (size.text - size.links < MAIN_KEEPS * ownText) continue;
    if (!densest || size.text < sizes.get(densest)!.text) densest = element;
  }
  if (!densest) return undefined;
  const size = sizes.get(densest)!;
  const outside = { text: total.text - size.text, links: total.links - size.links, linkCount: total.linkCount - size.linkCount };
  const menus = outside.text > 0 && outside.links >= LINK_HEAVY * outside.text && outside.linkCount >= MENU_LINKS;
  return menus ? { element: densest, how: 'densest' } : undefined;
}

/**
 * The page's first <h1>, when it is outside the main content (job pages put the title in a banner), with the short
 * lines of its banner ("Fulltime 40 uur per week." under the title): bannerOf in html-facts.ts.
 */
function headingOutside(tree: Root, main: Element): Element[] {
  if (hasDescendant(main, 'h1')) return [];
  let found: Element | undefined;
  let ancestors: Element[] = [];
  const visit = (node: Root | Element, path: Element[]): void => {
    for (const child of node.children) {
      if (found || child.type !== 'element' || child === main) continue;
      if (child.tagName === 'h1') (found = child), (ancestors = path);
      else visit(child, [...path, child]);
    }
  };
  visit(tree, []);
  if (!found) return [];
  // Only the blocks that do not hold the main content can be the banner.
  const outer = ancestors.findIndex((element) => element === main || hasNode(element, main));
  return [bannerOf(found, outer === -1 ? ancestors : ancestors.slice(outer + 1))];
}

/** Side boxes: their facts are kept though the box goes. */
function isSideBox(element: Element): boolean {
  return element.tagName === 'aside' || (typeof element.properties.role === 'string' && element.properties.role.toLowerCase() === 'complementary');
}

/** Label/value facts in the blocks left outside the main content and the banner (a sidebar column). */
function factsOutside(tree: Root, main: Element, banner: Element | undefined): Element[] {
  const facts: Element[] = [];
  const visit = (node: Root | Element): void => {
    for (const child of node.children) {
      if (child.type !== 'element' || child === main || child === banner || facts.length >= MAX_FACTS) continue;
      if (hasNode(child, main) || (banner && hasNode(child, banner))) visit(child);
      else facts.push(...labelledFacts({ type: 'root', children: [child] }));
    }
  };
  visit(tree);
  return facts;
}

/** Facts the main content does not already state, each once. */
function newFacts(facts: Element[], mainText: string): Element[] {
  const seen = new Set([mainText.replace(/\s+/g, ' ')]);
  const out: Element[] = [];
  for (const fact of facts) {
    const text = textOf(fact).replace(/\s+/g, ' ').trim();
    // An address is kept as a note of its own (applyLinksOutside).
    if (ADDRESS.test(text) || [...seen].some((known) => known.includes(text))) continue;
    seen.add(text);
    out.push(fact);
    if (out.length >= MAX_FACTS) break;
  }
  return out;
}

function hasNode(element: Element, node: Element): boolean {
  return element.children.some((child) => child === node || (child.type === 'element' && hasNode(child, node)));
}

/** Links to apply outside the main content, as one paragraph; and short lines of a sidebar that name an address ("简历投至：hr@acme.com"), each a paragraph. */
function applyLinksOutside(tree: Root, main: Element): Element[] {
  const links: Element[] = [];
  const notes: Element[] = [];
  const visit = (node: Root | Element): void => {
    for (const child of node.children) {
      if (child.type !== 'element' || child === main) continue;
      const href = typeof child.properties.href === 'string' ? child.properties.href : '';
      if (child.tagName === 'a' && href && (APPLY_LINK.test(href) || APPLY_LINK.test(textOf(child)))) links.push(child);
      else if (isAddressNote(child)) notes.push({ type: 'element', tagName: 'p', properties: {}, children: [...child.children] });
      else visit(child);
    }
  };
  visit(tree);
  const notesAfter = notes.slice(0, MAX_ADDRESS_NOTES);
  if (!links.length) return notesAfter;
  const children = links.flatMap((link, i) => (i ? [{ type: 'text', value: ' ' } as const, link] : [link]));
  return [{ type: 'element', tagName: 'p', properties: {}, children }, ...notesAfter];
}

/** A block of text only (no inner blocks) of one short line holding an email address. */
const ADDRESS = /[\w.+-]+@[\w-]+(?:\.[\w-]+)+/;
const MAX_ADDRESS_NOTE = 200;
const MAX_ADDRESS_NOTES = 3;
function isAddressNote(element: Element): boolean {
  if (!['div', 'p', 'span', 'li', 'td'].includes(element.tagName)) return false;
  if (element.children.some((child) => child.type === 'element' && !['a', 'span', 'strong', 'b', 'em', 'br'].includes(child.tagName))) return false;
  const text = textOf(element).replace(/\s+/g, ' ').trim();
  return text.length <= MAX_ADDRESS_NOTE && ADDRESS.test(text);
}


function hasDescendant(element: Element, tagName: string): boolean {
  return element.children.some((child) => child.type === 'element' && (child.tagName === tagName || hasDescendant(child, tagName)));
}
