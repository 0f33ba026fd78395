/**
 * Places and remote words in a title's parts: "(Remote, Germany)", "- Berlin"
 * and "Remote or Dublin" name where the job is, not the title or the company.
 */
import { places } from './tables/places.js';
import { titleDecorationWords } from './tables/titles.js';

export const REMOTE_WORDS = /\b(?:remote|hybrid|on-?site|onsite|worldwide|anywhere|homeoffice|home office|télétravail|remoto|thuiswerken)\b/iu;

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


const DECORATION_WORDS = new Set(Object.values(titleDecorationWords).flat());
const REMOTE_WORD_ONLY = new RegExp(`^(?:fully\\s+|full\\s+|100\\s?%\\s+)?(?:${REMOTE_WORDS.source})$`, 'iu');

/** Only remote and contract words ("Remote", "Remote, Full-time", "Hybrid"): no place, which after a comma may be a title's territory. */
export function isWorkModeWords(text: string): boolean {
  const parts = text.split(/\s*[,/|]\s*/u).map((part) => part.trim()).filter(Boolean);
  return parts.length > 0 && parts.every((part) => DECORATION_WORDS.has(part.toLowerCase()) || REMOTE_WORD_ONLY.test(part));
}
