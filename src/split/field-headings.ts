/** Does a heading name a field of a posting ("Location", "Standort", "Contact", "Kontakt") rather than a role? */
import { locationLabels } from '../extract/tables/places.js';
import { postingFieldHeadings } from './tables.js';

const FIELD_HEADINGS = new Set([...locationLabels, ...Object.values(postingFieldHeadings).flat()].map((label) => label.toLowerCase()));

export function namesPostingField(heading: string): boolean {
  return FIELD_HEADINGS.has(heading.toLowerCase().replace(/[*_`#:：]+/g, ' ').replace(/\s+/g, ' ').trim());
}
