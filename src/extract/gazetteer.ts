/**
 * The gazetteer search: every place of tables/places.ts a text names.
 * Names are matched case-sensitively as whole words (CJK names anywhere,
 * those scripts have no spaces); only the places whose first word the text
 * has are tried, found in one pass over the text (match/places.ts).
 */
import type { Location } from '../schema/posting.js';
import { placeCandidates, placeIsCjk, placeIsShortCapitals } from './match/places.js';
import { places, type Place } from './tables/places.js';
import { isLetterOrDigit, lazily } from './text.js';

/**
 * Every gazetteer place in a text, as a record location, in reading order.
 * A plain substring search with letter boundaries checked by hand (CJK names
 * have none); a longer name wins over a shorter one inside it.
 */
export function placesIn(text: string): Location[] {
  const hits: Array<{ at: number; end: number; place: Place }> = [];
  let shouting: boolean | undefined;
  for (const index of placeCandidates(text)) {
    const place = places[index]!;
    // A value that is the code alone ("US" as a list item or a country field) is no shouted text.
    if (placeIsShortCapitals[index] && (shouting ??= !/\p{Ll}/u.test(text)) && text.trim() !== place.name) continue;
    const bounded = !placeIsCjk[index];
    let from = 0;
    for (;;) {
      const at = text.indexOf(place.name, from);
      if (at === -1) break;
      from = at + 1;
      const end = at + place.name.length;
      if (bounded && ((at > 0 && isLetterOrDigit(text.charCodeAt(at - 1))) || (end < text.length && isLetterOrDigit(text.charCodeAt(end))))) continue;
      if (hits.some((h) => at >= h.at && end <= h.end)) continue;
      hits.push({ at, end, place });
      break; // one mention of a place is enough
    }
  }
  if (!hits.length) return [];
  return hits
    .sort((a, b) => a.at - b.at)
    .map(({ place }) => ({ text: place.name, ...(place.city ? { city: place.city } : {}), ...(place.region ? { region: place.region } : {}), country: place.country }));
}

/** A name without case or accents: Greek drops its tonos in capitals ("ΑΘΗΝΑ" is Αθήνα), as French may its accents ("MÜNCHEN", "SÃO PAULO" keep theirs). */
const folded = (name: string): string => name.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
const PLACES_BY_FOLDED = lazily(() => {
  const byName = new Map<string, Place>();
  // Longest first (the table's order): a shorter name folding alike does not replace it.
  for (const place of places) if (!byName.has(folded(place.name))) byName.set(folded(place.name), place);
  return byName;
});
const PART_GLUE = /\s*(?:[,/|·;()（）]|\s[-–—]\s)\s*/u;

/**
 * The places of a location field's value written in capitals ("Πόλη: ΑΘΗΝΑ", "Location: BERLIN, GERMANY"), which
 * placesIn, matching names as written, does not find: each part between commas, slashes or brackets that is wholly a
 * place's name without case or accents. Only a field's value: shouted words in prose ("NICE TO HAVE") name no place.
 */
export function placesInCapitals(value: string): Location[] {
  if (value.length > 80 || /\p{Ll}/u.test(value) || !/\p{Lu}.*\p{Lu}/u.test(value)) return [];
  const found: Location[] = [];
  for (const part of value.split(PART_GLUE)) {
    const place = part.trim().length >= 3 ? PLACES_BY_FOLDED().get(folded(part.trim())) : undefined;
    if (place) found.push({ text: part.trim(), ...(place.city ? { city: place.city } : {}), ...(place.region ? { region: place.region } : {}), country: place.country });
  }
  return found;
}
