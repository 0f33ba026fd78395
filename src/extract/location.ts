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
import { employmentLabelOnly, employmentWords } from './tables/employment.js';
import { locationLabels, notPlaceValues, workModeLabels, notWorkplacePhrases, places, streetAfterNumber, streetPrefixes, streetSuffixes, streetWordsAfterName } from './tables/places.js';
import { officeAfterPlace, officeBeforePlace, officePhrases, officeVisitWords, teamPlacePhrases, workPlacePhrases } from './tables/remote.js';
import { alternation, escapeRegExp, filterForm, lazily, sentences } from './text.js';
import { phraseFinder } from './match/phrases.js';
import { placesIn, placesInCapitals } from './gazetteer.js';
import { badgeOf, isLocationKey, labelledLine, locationLabel, type Found } from './workplace.js';
import { postalAddressIn } from './postal.js';
import { columnPairs } from './label-lines.js';
import { structuredPostings } from './page-meta.js';
import { readLocations, readTelecommute } from './structured-read.js';
import { wholeValuePolicy } from './structured-remote.js';

export { placesIn };

/** Set locations, then the remote policy, regions and time zones. */
export function extractLocation(ctx: ExtractContext): void {
  const fieldPlaces = locationFields(ctx);
  const inBody = fieldPlaces.length ? fieldPlaces : bodyPlaces(ctx);
  const named = inBody.length ? inBody : pageTitlePlaces(ctx);
  // An address whose postal code names its country ("Twickenham TW1 3JT"), where no place's name is known.
  const locations = named.length ? named : postalCountries(ctx);
  ctx.fields.locations = dedupe(locations.map((l) => l.location)).slice(0, 8);
  if (locations[0]) cite(ctx, 'locations', locations[0].line, locations[0].rule, locations[0].text, fieldPlaces.length ? 0.9 : 0.6);
  extractRemote(ctx, () => fieldPlaces[0] ?? structuredWorkplace(ctx) ?? officeMention(ctx) ?? statedWorkplace(ctx) ?? titlePlace(ctx) ?? streetAddress(ctx));
}

/**
 * A JSON-LD or microdata JobPosting's jobLocation that names a city or country, where its jobLocationType is not
 * TELECOMMUTE (schema.org's one mark of remote work): the work place the page states as data, as a location field does.
 * applicantLocationRequirements is written for remote jobs only (where applicants may live): beside it the place is none.
 */
function structuredWorkplace(ctx: ExtractContext): Found | null {
  for (const posting of structuredPostings(ctx.page)) {
    if (readTelecommute(posting.data.jobLocationType) || isStated(posting.data.applicantLocationRequirements)) continue;
    const place = readLocations(posting.data.jobLocation).find((l) => (l.city || l.country) && !wholeValuePolicy(l.text));
    if (place) return { location: place, line: posting.lines?.jobLocation ?? posting.line, rule: `${posting.prefix}.jobLocation`, text: place.text };
  }
  return null;
}
const isStated = (value: unknown): boolean => value != null && value !== '' && !(Array.isArray(value) && !value.length);

// "(Standort Bülach)", "(Location: Kloten)" in a title: a label word in brackets, then the value.
const TITLE_PLACE = lazily(() => new RegExp(String.raw`[(（]\s{0,2}(?:${[...locationLabels].sort((a, b) => b.length - a.length).map(escapeRegExp).join('|')})\s{0,2}[:：]?\s{1,2}([^()（）:：]{2,60})[)）]`, 'iu'));
const notPlace = phraseFinder(notPlaceValues);
/** A field value that reads as a place's name: a few words, capitalised or CJK, no colon, nothing that is no place ("Flexible"). */
const PLACE_NAME = /^[\p{Lu}\p{Lo}\d][\p{L}\p{M}\d .,'’\/&-]{1,59}$/u;
// A work-mode label's value may name the hours instead ("Work model: Full-time", "Arbeitsmodell: Vollzeit"): an employment word
// (the unambiguous ones, tables/employment.ts) is no place's name.
const employmentValue = lazily(() => phraseFinder(employmentWords.map(([phrase]) => phrase).filter((phrase) => !employmentLabelOnly.has(phrase))));
// Only the part before a comma: "Bülach, Vollzeit" is a place, then the hours.
const isPlaceName = (value: string): boolean => {
  if (!PLACE_NAME.test(value) || value.split(/\s+/).length > 6) return false;
  const head = value.split(',')[0]!;
  return notPlace.find(value, 0, filterForm(value)) === null && employmentValue().find(head, 0, filterForm(head)) === null;
};
// A work-mode label ("Arbeitsmodell: Schichtarbeit", "Modalidad: Por turnos") names a place only as a known one (locationFields).
const WORK_MODE_LABEL = lazily(() => new RegExp(`^[\\s*_#|【■-]{0,6}(?:${alternation(workModeLabels)})(?![\\p{L}])`, 'iu'));

/**
 * A work place that a location field states by a name the gazetteer does not
 * know ("Standort: Bülach", "location: Kloten", a title's "(Standort
 * Bülach)"): with no remote work stated, enough for onsite work, never a
 * location of the record (no country can be read from it).
 */
function statedWorkplace(ctx: ExtractContext): Found | null {
  const found = (text: string, value: string, line: number, rule: string): Found | null =>
    isPlaceName(value.trim()) ? { location: { text: value.trim() }, line, rule, text } : null;
  for (const item of ctx.frontmatterStrings) {
    const place = isLocationKey(item.key) ? found(item.text, item.text, item.line, `frontmatter.${item.key}`) : null;
    if (place) return place;
  }
  // The title as written: cleaning drops "(Standort X)" from the title itself.
  const titleText = ctx.fields.title ? ctx.evidence.title?.text ?? ctx.fields.title : null;
  const inTitle = titleText ? TITLE_PLACE().exec(titleText) : null;
  const place = inTitle ? found(titleText!, inTitle[1]!, ctx.evidence.title?.line ?? 0, 'title.location-label') : null;
  if (place) return place;
  for (const [index, line] of ctx.text.entries()) {
    const label = locationLabel(line.plain);
    const value = label && !WORK_MODE_LABEL().test(line.plain) ? found(line.plain, label[1]!, line.line, 'text.location-label') : null;
    if (value) return value;
    const column = !label && line.plain.includes('|') ? columnPairs(ctx.text, index).map(locationLabel).find(Boolean) : null;
    const cell = column && !WORK_MODE_LABEL().test(column.input) ? found(line.plain, column[1]!, line.line, 'text.location-column') : null;
    if (cell) return cell;
    // The label as a heading over its value ("## Arbeitsort" over "Im Dreieck 4"), as the fields read it.
    const below = labelledLine(ctx.text, index);
    const heading = below && !WORK_MODE_LABEL().test(line.plain) ? found(below.plain, below.plain, below.line, 'text.location-heading') : null;
    if (heading) return heading;
  }
  return null;
}

/** Places from the fields that name the work location. */
function locationFields(ctx: ExtractContext): Found[] {
  const found: Found[] = [];
  const read = (text: string, line: number, rule: string) => {
    const named = placesIn(text);
    for (const place of named.length ? named : placesInCapitals(text)) found.push({ location: place, line, rule, text });
  };
  for (const item of ctx.frontmatterStrings) if (isLocationKey(item.key)) read(item.text, item.line, `frontmatter.${item.key}`);
  if (ctx.hints.location) read(ctx.hints.location.text, ctx.hints.location.line, 'title.location');
  ctx.text.forEach((line, index) => {
    const label = locationLabel(line.plain);
    if (label) read(label[1]!, line.line, 'text.location-label');
    const badge = badgeOf(line.text);
    if (badge) read(badge[1]!, line.line, 'text.location-badge');
    const icon = iconPlace(line.text);
    if (icon) read(icon, line.line, 'text.location-icon');
    const value = labelledLine(ctx.text, index);
    if (value) read(value.plain, value.line, 'text.location-heading');
    // A cell under a location column's header ("| Location |" over "| Berlin |", "Место работы" over "Санкт-Петербург").
    if (!label && line.plain.includes('|')) {
      for (const pair of columnPairs(ctx.text, index)) {
        const column = locationLabel(pair);
        if (column) read(column[1]!, line.line, 'text.location-column');
      }
    }
  });
  return found;
}

// A card's or a company box's icon, then a place's name alone on the line: "![map marker icon](images/map-marker.png) New Delhi",
// "![](…/14672525980509) 上海", "📍 Berlin". The icon marks the line as the place field, as a label does.
const ICON_THEN_TEXT = /^\s{0,8}(?:!\[[^\]\n]{0,80}\]\([^)\n]{1,500}\)|📍|🏢)\s{0,8}([^\s!][^\n]{0,58})$/u;
const PLACE_GLUE = /[\s,，、/|·()（）.-]+/gu;

/** The text after an icon when it is wholly one or more places' names ("New Delhi", "Berlin, Germany"), else undefined. */
function iconPlace(text: string): string | undefined {
  if (!text.includes('![') && !text.includes('📍') && !text.includes('🏢')) return undefined;
  const value = ICON_THEN_TEXT.exec(text)?.[1]?.trim();
  if (!value || !isPlaceName(value)) return undefined;
  const named = placesIn(value);
  const rest = named.reduce((left, place) => left.replace(place.text, ''), value).replace(PLACE_GLUE, '');
  return named.length && !rest ? value : undefined;
}

/**
 * Gazetteer places named anywhere in the body, when no field names one. A sentence that says where the company's
 * seat, offices, staff or customers are ("headquartered in Quebec, Canada", "offices in the U.S., France, …") names
 * its places after every other sentence's, so a list of offices cannot crowd out "our office in Tokyo".
 */
function bodyPlaces(ctx: ExtractContext): Found[] {
  const found: Found[] = [];
  const elsewhere: Found[] = [];
  for (const line of ctx.text) {
    // Most lines name no place; dropping boilerplate sentences cannot make one appear (see workplaceText).
    const named = NAME_SPANS_SENTENCES ? null : placesIn(line.plain);
    if (named && !named.length) continue;
    const kept = workplaceText(line.plain);
    const add = (places: Location[], to: Found[]) => { for (const place of places) to.push({ location: place, line: line.line, rule: 'text.gazetteer', text: line.plain }); };
    if (!namesElsewhere(kept)) add(named && kept === line.plain ? named : placesIn(kept), found);
    else for (const sentence of sentences(kept)) add(placesIn(sentence), namesElsewhere(sentence) ? elsewhere : found);
    if (found.length >= 8) break;
  }
  return [...found, ...elsewhere].slice(0, Math.max(found.length, 8));
}

const elsewherePlace = phraseFinder(teamPlacePhrases);
const namesElsewhere = (text: string): boolean => elsewherePlace.find(text, 0, filterForm(text)) !== null;

/**
 * An HTML page's <title> or og:title part that is wholly a place's name ("Backend Engineer - Gdańsk | Acme"), as the
 * same words in a heading give, where the body names none. A part that only holds one ("Amsterdam UMC") is a name.
 */
function pageTitlePlaces(ctx: ExtractContext): Found[] {
  for (const meta of [ctx.page.title, ctx.page.ogTitle]) {
    if (!meta) continue;
    const parts = meta.text.split(/\s[|–—-]\s|\s·\s|,\s/u).map((part) => part.trim());
    const named = parts.flatMap((part) => placesIn(part).filter((place) => place.text === part));
    if (named.length) return named.map((location) => ({ location, line: meta.line, rule: 'page.title-place', text: meta.text }));
  }
  return [];
}

const office = phraseFinder([...officePhrases, ...workPlacePhrases]);

/** The first body line that says where the office or the job is and names a place ("Med kontor i Linköping", "sommerjobb i Oslo"), or null. */
function officeMention(ctx: ExtractContext): Found | null {
  for (const line of ctx.text) {
    const around = placeOfficeIn(line.plain);
    if (around) return { location: around, line: line.line, rule: 'text.office', text: line.plain };
    if (office.find(line.plain) === null) continue;
    const [place] = placesIn(workplaceText(line.plain));
    if (place) return { location: place, line: line.line, rule: 'text.office', text: line.plain };
  }
  return null;
}

// A word as written lower case, capitalised or shouted: the place's name between them must keep its capital.
const caseless = (word: string): string => `(?:${escapeRegExp(word)}|${escapeRegExp(word.charAt(0).toUpperCase() + word.slice(1))}|${escapeRegExp(word.toUpperCase())})`;
const PLACE_OFFICE = lazily(() => new RegExp(String.raw`(?<![\p{L}])(?:${officeBeforePlace.map(caseless).join('|')})\s{1,2}(\p{Lu}[\p{L}.'’-]{1,30}(?:\s\p{Lu}[\p{L}.'’-]{1,30}){0,2})\s{1,2}(?:${officeAfterPlace.map(caseless).join('|')})(?![\p{L}])`, 'u'));
const officeVisit = phraseFinder(officeVisitWords);

/**
 * "from our Berlin office", "join our New York offices": the place between the words (tables/remote.ts), when it is wholly a
 * known place and its sentence visits no office ("we meet at our Berlin office twice a year").
 */
function placeOfficeIn(text: string): Location | undefined {
  if (text.length > 1000 || !PLACE_OFFICE().test(text)) return undefined;
  const name = sentences(text).map((sentence) => (officeVisit.find(sentence, 0, filterForm(sentence)) === null ? PLACE_OFFICE().exec(sentence)?.[1] : undefined)).find(Boolean);
  if (!name) return undefined;
  const named = placesIn(name);
  const rest = named.reduce((left, place) => left.replace(place.text, ''), name).replace(PLACE_GLUE, '');
  return named.length && !rest ? named[0] : undefined;
}

/** A city the title names ("VD till Variant Linköping", "Backend Developer Berlin"): the job's place, though no location of the record. */
function titlePlace(ctx: ExtractContext): Found | null {
  const title = ctx.fields.title ? ctx.evidence.title?.text ?? ctx.fields.title : null;
  // A city that opens a longer name ("Boston Consulting Group", "Amsterdam UMC") or follows "at" names an employer, not the place.
  const inName = (text: string, city: string): boolean => {
    const at = text.indexOf(city);
    return at !== -1 && (/^\s\p{Lu}/u.test(text.slice(at + city.length)) || /(?:\bat|@)\s*$/iu.test(text.slice(0, at)));
  };
  const city = title ? placesIn(title).find((place) => place.city && !inName(title, place.text)) : undefined;
  return city ? { location: city, line: ctx.evidence.title?.line ?? 0, rule: 'title.city', text: title! } : null;
}

// A street and house number, as each language writes one (tables/places.ts).
const STREET = lazily(() => new RegExp([
  String.raw`(?<![\p{L}])\p{Lu}[\p{L}-]{2,40}?(?:${alternation(streetSuffixes)})\s{1,2}\d{1,4}[a-z]?(?![\p{L}\d])`,
  String.raw`(?<![\p{L}])(?:${alternation(streetPrefixes)})\s{0,2}\p{Lu}[\p{L}'’. -]{1,40}?,?\s{1,2}\d{1,4}[a-z]?(?![\p{L}\d])`,
  // "12 rue de la Paix": the street's name is capitalised ("the #1 place to work" is no street).
  String.raw`(?<![\p{L}\d])\d{1,4}(?:\s?bis)?,?\s{1,2}(?:${alternation(streetAfterNumber)})\s{1,2}(?:(?:de|du|des|la|le|l['’]|d['’])\s{0,2}){0,2}\p{Lu}[\p{L}'’ -]{1,40}`,
  String.raw`(?<![\p{L}\d])\d{1,5}\s{1,2}\p{Lu}[\p{L}'’-]{1,30}(?:\s\p{Lu}[\p{L}'’-]{1,30}){0,2}\s(?:${alternation(streetWordsAfterName)})(?![\p{L}])`,
].join('|'), 'u'));

/** A street address in the body ("titte innom Hammersborggata 9", "Via Roma 10"): a work place named, though no location of the record. */
function streetAddress(ctx: ExtractContext): Found | null {
  for (const line of ctx.text) {
    const match = streetIn(line.plain);
    if (match) return { location: { text: match[0].trim() }, line: line.line, rule: 'text.street-address', text: line.plain };
  }
  return null;
}
const streetIn = (text: string): RegExpExecArray | null => (text.length > 1000 || !/\d/.test(text) ? null : STREET().exec(text));

/** The countries that address lines' postal codes name ("Twickenham TW1 3JT": GB; an unknown town counts beside a street, whose language may name the country: "Öljytie 2, 37150 Nokia": FI), as locations. */
function postalCountries(ctx: ExtractContext): Found[] {
  const found: Found[] = [];
  ctx.text.forEach((line, index) => {
    if (line.plain.length > 300) return;
    const address = postalAddressIn(line.plain, () => streetIn(line.plain)?.[0] ?? (index > 0 ? streetIn(ctx.text[index - 1]!.plain)?.[0] : undefined) ?? null);
    if (address?.country) found.push({ location: { text: address.text, country: address.country }, line: line.line, rule: 'text.postal-address', text: line.plain });
  });
  return found;
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
