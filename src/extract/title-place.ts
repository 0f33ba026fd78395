/**
 * Places and remote words in a title's parts: "(Remote, Germany)", "- Berlin"
 * and "Remote or Dublin" name where the job is, not the title or the company.
 */
import { places } from './tables/places.js';
import { northAmericanRegionCodes } from './tables/place-values.js';
import { titleRemoteWords } from './tables/titles.js';
import { alternation } from './text.js';

/** A remote or work-mode word of any language (tables/titles.ts), as a whole word. */
export const REMOTE_WORDS = new RegExp(`(?<![\\p{L}\\p{N}_])(?:${alternation(Object.values(titleRemoteWords).flat())})(?![\\p{L}\\p{N}_])`, 'iu');

/** "Remote, Germany", "Berlin / Remote", "Remote or Dublin", "Remote - US": only places and remote words. */
export function isPlaceList(text: string): boolean {
  const parts = text.split(/\s*(?:[,/|]|\bor\b|\boder\b|\bou\b)\s*|\s+[-–—]\s+/iu).filter(Boolean);
  return parts.length > 0 && parts.every((part) => isPlace(part) || REMOTE_WORDS.test(part) && part.split(/\s+/).length <= 3);
}

const placeNames = new Set(places.map((place) => place.name));

/** "Berlin", "Deutschland": a text that is only a place's name (the gazetteer's spelling, any case). */
export const isPlaceName = (text: string): boolean => placeNamesLower.has(text.trim().replace(/[.,]$/u, '').toLowerCase());
const placeNamesLower = new Set(places.map((place) => place.name.toLowerCase()));

export function isPlace(text: string): boolean {
  const trimmed = text.trim().replace(/[.,]$/, '');
  return placeNames.has(trimmed) || /^(?:remote|anywhere|worldwide)$/i.test(trimmed);
}

/** "Reno, NV", "Calgary, AB", "Salt Lake City, UT": a city and a US state's or Canadian province's code, as an address writes them. */
export const CITY_AND_REGION = new RegExp(`^\\p{Lu}[\\p{L}.'’-]*(?: \\p{Lu}[\\p{L}.'’-]*){0,3}, (?:${northAmericanRegionCodes.join('|')})$`, 'u');
