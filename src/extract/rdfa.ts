/**
 * schema.org JobPosting written as RDFa (Lite 1.1): `vocab="https://schema.org/"
 * typeof="JobPosting"` with `property="title"`, `property="hiringOrganization"
 * typeof="Organization"` > `property="name"`, … (schema.org's own pages give each
 * type's example in microdata, RDFa and JSON-LD alike). Each posting becomes a
 * plain object shaped like its JSON-LD form, as microdata.ts makes one, so the
 * same readers take candidates from it (page-meta.ts structuredValues, rules
 * `rdfa:<property>`). A property is read bare (`title`), with the `schema:`
 * prefix or as a schema.org IRI; another vocabulary's (`og:title`, `dc:date`)
 * is none. Values follow RDFa's rules: `content`, then a link's `href`, `src` or
 * `resource` (on an element that opens no item), `<time datetime>`, else the text.
 */
import type { Element } from 'hast';
import { elementText, postingsIn, type ItemSyntax, type MicrodataPosting } from './microdata.js';

/** Cheap test before any parsing: only a page naming the type in a `typeof` can hold such an item. */
const MAY_HOLD = /typeof\s*=\s*["']?[^"'>]*JobPosting/i;
const JOB_POSTING_TYPE = /^(?:schema:|https?:\/\/schema\.org\/)?JobPosting$/;
/** A schema.org property's name: bare, `schema:`-prefixed or an IRI; undefined for another vocabulary's. */
const SCHEMA_PROPERTY = /^(?:schema:|https?:\/\/schema\.org\/)?([A-Za-z]+)$/;
const LINK_ATTRIBUTES = ['href', 'src', 'resource'] as const;

/** The JobPosting items of an HTML page in RDFa, outermost first; [] for other text or pages too big for a tree. */
export const rdfaPostings = (html: string): MicrodataPosting[] => postingsIn(RDFA, html);

const words = (value: unknown): string[] => (typeof value === 'string' ? value.split(/\s+/).filter(Boolean) : Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : []);
const typesOf = (element: Element): string[] => words(element.properties.typeof);
/** The schema.org property names an element states (`property="title schema:name"`). */
const propertiesOf = (element: Element): string[] => words(element.properties.property).map((name) => SCHEMA_PROPERTY.exec(name)?.[1]).filter((name): name is string => name !== undefined);

/** RDFa's names: `property` (schema.org's own, `schema:` or its URL); an element with a `typeof` of its own is a nested item. */
const RDFA: ItemSyntax = {
  mayHold: MAY_HOLD,
  // A JobPosting is an item wherever it sits, a property's value too (WebPage > mainEntity, ItemList > itemListElement).
  isPosting: (element) => typesOf(element).some((type) => JOB_POSTING_TYPE.test(type)),
  namesOf: propertiesOf, isNested: (element) => element.properties.typeof !== undefined, valueOf: (element) => valueOf(element) };

function valueOf(element: Element): string {
  const content = element.properties.content;
  if (typeof content === 'string' || typeof content === 'number') return String(content).trim();
  for (const attribute of LINK_ATTRIBUTES) {
    const value = element.properties[attribute];
    if (typeof value === 'string') return value.trim();
  }
  const datetime = element.tagName === 'time' ? element.properties.dateTime : undefined;
  if (typeof datetime === 'string') return datetime.trim();
  return elementText(element);
}
