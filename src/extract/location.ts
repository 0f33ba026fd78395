/**
 * Locations: the places a posting names as its work place.
 *
 * Places come from location fields first (front matter location, address
 * keys, "Location:" / "Standort:" / "Miesto:" lines, aggregator badges, the
 * title's "(Remote, Germany)"; workplace.ts); only when none is given are
 * places named in the body read, and then only from the gazetteer
 * (tables/places.ts), leaving out legal boilerplate and where the team or
 * customers are. Names are matched case-sensitively as whole words; CJK
 * names anywhere. The remote policy is read after them (remote.ts).
 */
import type { Location } from '../schema/posting.js';
import { cite, type ExtractContext } from './context.js';
import { extractRemote } from './remote.js';
import { notWorkplacePhrases, places } from './tables/places.js';
import { officePhrases, workPlacePhrases } from './tables/remote.js';
import { filterForm, sentences } from './text.js';
import { phraseFinder } from './match/phrases.js';
import { placesIn } from './gazetteer.js';
import { badgeOf, isLocationKey, labelledLine, locationLabel, type Found } from './workplace.js';

export { placesIn };

/** Set locations, then the remote policy, regions and time zones. */
export function extractLocation(ctx: ExtractContext): void {
  const fieldPlaces = locationFields(ctx);
  const locations = fieldPlaces.length ? fieldPlaces : bodyPlaces(ctx);
  ctx.fields.locations = dedupe(locations.map((l) => l.location)).slice(0, 8);
  if (locations[0]) cite(ctx, 'locations', locations[0].line, locations[0].rule, locations[0].text, fieldPlaces.length ? 0.9 : 0.6);
  extractRemote(ctx, () => fieldPlaces[0] ?? officeMention(ctx));
}

/** Places from the fields that name the work location. */
function locationFields(ctx: ExtractContext): Found[] {
  const found: Found[] = [];
  const read = (text: string, line: number, rule: string) => {
    for (const place of placesIn(text)) found.push({ location: place, line, rule, text });
  };
  for (const item of ctx.frontmatterStrings) if (isLocationKey(item.key)) read(item.text, item.line, `frontmatter.${item.key}`);
  if (ctx.hints.location) read(ctx.hints.location.text, ctx.hints.location.line, 'title.location');
  ctx.text.forEach((line, index) => {
    const label = locationLabel(line.plain);
    if (label) read(label[1]!, line.line, 'text.location-label');
    const badge = badgeOf(line.text);
    if (badge) read(badge[1]!, line.line, 'text.location-badge');
    const value = labelledLine(ctx.text, index);
    if (value) read(value.plain, value.line, 'text.location-heading');
  });
  return found;
}

/** Gazetteer places named anywhere in the body, when no field names one. */
function bodyPlaces(ctx: ExtractContext): Found[] {
  const found: Found[] = [];
  for (const line of ctx.text) {
    // Most lines name no place; dropping boilerplate sentences cannot make one appear (see workplaceText).
    const named = NAME_SPANS_SENTENCES ? null : placesIn(line.plain);
    if (named && !named.length) continue;
    const kept = workplaceText(line.plain);
    for (const place of named && kept === line.plain ? named : placesIn(kept)) found.push({ location: place, line: line.line, rule: 'text.gazetteer', text: line.plain });
    if (found.length >= 8) break;
  }
  return found;
}

const office = phraseFinder([...officePhrases, ...workPlacePhrases]);

/** The first body line that says where the office or the job is and names a place ("Med kontor i Linköping", "sommerjobb i Oslo"), or null. */
function officeMention(ctx: ExtractContext): Found | null {
  for (const line of ctx.text) {
    if (office.find(line.plain) === null) continue;
    const [place] = placesIn(workplaceText(line.plain));
    if (place) return { location: place, line: line.line, rule: 'text.office', text: line.plain };
  }
  return null;
}

const notWorkplace = phraseFinder(notWorkplacePhrases);
const isNotWorkplace = (text: string): boolean => notWorkplace.find(text, 0, filterForm(text)) !== null;
// The kept sentences are joined with a space after their closing stop: no name spanning ". " can appear across a dropped one.
const NAME_SPANS_SENTENCES = places.some((place) => /[.!?;]\s/u.test(place.name));

/** A body line without its legal boilerplate sentences ("participates in E-Verify for U.S. Employees"). */
function workplaceText(text: string): string {
  if (!isNotWorkplace(text)) return text;
  return sentences(text).filter((sentence) => !isNotWorkplace(sentence)).join(' ');
}

function dedupe(locations: Location[]): Location[] {
  const seen = new Set<string>();
  // "Kyiv, Ukraine" is one place: a bare country goes when one of its cities is named.
  const citiesIn = new Set(locations.filter((l) => l.city).map((l) => l.country));
  return locations.filter((l) => {
    if (!l.city && citiesIn.has(l.country)) return false;
    const key = `${l.city ?? ''}|${l.country ?? ''}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
