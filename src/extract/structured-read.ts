/**
 * Readers of schema.org JobPosting properties, as JSON-LD or microdata state
 * them, into record values. Each reads one property's value, which pages
 * write in many shapes (a string or an object, one or a list, numbers as
 * text, a MonetaryAmount with its QuantitativeValue or with the figures
 * flattened into it), and returns undefined for what it cannot read: a
 * value read wrong is worse than none.
 */
import type { EmploymentType, Location, Salary } from '../schema/posting.js';
import { employmentTypes } from '../schema/posting.js';
import { employmentWords } from './tables/employment.js';
import { countryLines } from './tables/places.js';
import { regionLines } from './tables/remote.js';
import { placesIn } from './gazetteer.js';
import { lazily } from './text.js';
import { REMOTE_LOCATION_TYPES, UNIT_PERIODS } from './structured-tables.js';

type Data = Record<string, unknown>;

const isData = (value: unknown): value is Data => value !== null && typeof value === 'object' && !Array.isArray(value);
/** A property's values as a list (one value or an array of them). */
const listOf = (value: unknown): unknown[] => (value === undefined || value === null ? [] : Array.isArray(value) ? value : [value]);
/** A string or number as trimmed text; undefined for anything else or for empty text. */
export function textOf(value: unknown): string | undefined {
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  if (typeof value !== 'string') return undefined;
  return value.replace(/\s+/g, ' ').trim() || undefined;
}
/** A name: text, or an object's `name`. */
const nameOf = (value: unknown): string | undefined => (isData(value) ? textOf(value.name) : textOf(value));

/** A figure: a number, or text of digits with thousands separators ("85,000", "85 000"). */
function figureOf(value: unknown): number | undefined {
  if (typeof value === 'number') return Number.isFinite(value) && value >= 0 ? value : undefined;
  const text = textOf(value)?.replace(/[\s,\u00a0\u202f]/g, '');
  return text && /^\d+(?:\.\d+)?$/.test(text) ? Number(text) : undefined;
}

/** baseSalary (MonetaryAmount, its QuantitativeValue, or a bare figure) as a record salary. */
export function readSalary(value: unknown): Salary | undefined {
  const amount = isData(value) ? value : { value };
  const inner = isData(amount.value) ? amount.value : amount;
  const exact = figureOf(inner.value);
  let min = figureOf(inner.minValue) ?? exact ?? null;
  let max = figureOf(inner.maxValue) ?? exact ?? null;
  if (min === null && max === null) return undefined;
  if (min !== null && max !== null && min > max) [min, max] = [max, min];
  const code = textOf(amount.currency ?? inner.currency)?.toUpperCase();
  const currency = code && /^[A-Z]{3}$/.test(code) ? code : null;
  const unit = textOf(inner.unitText ?? amount.unitText)?.toLowerCase();
  const period = unit ? UNIT_PERIODS[unit] ?? null : null;
  const figures = min === max ? `${min}` : `${min ?? ''}-${max ?? ''}`;
  return { min, max, currency, period, text: [figures, currency, period && `/ ${period}`].filter(Boolean).join(' ') };
}

const SCHEMA_TYPES = new Set<string>(employmentTypes);
/** Free-text employment words, longest first, so "b2b contract" is read before "contract". */
const FREE_WORDS = lazily(() => [...employmentWords].sort((a, b) => b[0].length - a[0].length));

/** employmentType (schema.org values, or free text such as "Full-time, Contract") as record types, in order, once each. */
export function readEmploymentTypes(value: unknown): EmploymentType[] {
  const types: EmploymentType[] = [];
  const add = (type: EmploymentType): void => { if (!types.includes(type)) types.push(type); };
  for (const item of listOf(value)) {
    for (const part of (textOf(item) ?? '').split(/\s*[,;/|]\s*/)) {
      const schema = part.toUpperCase().replace(/[\s-]+/g, '_');
      if (SCHEMA_TYPES.has(schema)) {
        add(schema as EmploymentType);
        continue;
      }
      const words = ` ${part.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim()} `;
      const found = FREE_WORDS().find(([phrase]) => words.includes(` ${phrase.replace(/[^\p{L}\p{N}]+/gu, ' ')} `));
      if (found) add(found[1]);
    }
  }
  return types;
}

/** jobLocationType: true when it says the job is remote (TELECOMMUTE). */
export function readTelecommute(value: unknown): boolean {
  return listOf(value).some((item) => REMOTE_LOCATION_TYPES.has((textOf(item) ?? '').toLowerCase()));
}

/** Country names of every language in the gazetteer -> ISO code, and region names -> the record's region. */
const PLACE_NAMES = lazily(() => {
  const names = new Map<string, string>();
  for (const line of regionLines) {
    const [region, ...words] = line.split('|');
    for (const word of words) names.set(word.toLowerCase(), region!);
  }
  for (const line of countryLines) {
    const [code, ...words] = line.split('|');
    for (const word of words) names.set(word.toLowerCase(), code!);
  }
  return names;
});
const COUNTRY_CODES = lazily(() => new Set(countryLines.map((line) => line.split('|')[0]!)));

/** A country as an ISO 3166-1 code: a code ("DE", "de"), a name in any language the gazetteer knows, or a Country object. */
export function countryCode(value: unknown): string | undefined {
  const name = nameOf(value) ?? (isData(value) ? textOf(value.identifier) : undefined);
  if (!name) return undefined;
  if (/^[A-Za-z]{2}$/.test(name)) return COUNTRY_CODES().has(name.toUpperCase()) ? name.toUpperCase() : undefined;
  const code = PLACE_NAMES().get(name.toLowerCase());
  return code && COUNTRY_CODES().has(code) ? code : undefined;
}

/** applicantLocationRequirements (Country, AdministrativeArea, names or codes) as remote regions; names it cannot read are left out. */
export function readRegions(value: unknown): string[] {
  const regions: string[] = [];
  for (const item of listOf(value)) {
    const name = nameOf(item);
    if (!name) continue;
    const region = countryCode(item) ?? PLACE_NAMES().get(name.toLowerCase());
    if (region && !regions.includes(region)) regions.push(region);
  }
  return regions;
}

/** jobLocation (Places with a PostalAddress, a PostalAddress, or text) as record locations. */
export function readLocations(value: unknown): Location[] {
  const locations: Location[] = [];
  for (const item of listOf(value)) {
    const address = isData(item) && item.address !== undefined ? item.address : item;
    const location = isData(address) ? addressLocation(address) : placesIn(textOf(address) ?? '')[0];
    if (location && !locations.some((l) => l.text === location.text)) locations.push(location);
  }
  return locations;
}

/** The country of a place the gazetteer knows by this whole name ("Tampere": FI), else undefined. */
const knownCountry = (name: string | undefined): string | undefined =>
  name ? placesIn(name).find((place) => place.text === name.trim())?.country : undefined;

function addressLocation(address: Data): Location | undefined {
  const city = textOf(address.addressLocality);
  const region = textOf(address.addressRegion);
  // A locality or region the gazetteer knows names its country where the address gives none ("addressLocality": "Tampere").
  const country = countryCode(address.addressCountry) ?? knownCountry(city) ?? knownCountry(region);
  const countryText = nameOf(address.addressCountry);
  const text = [city, region, countryText].filter(Boolean).join(', ') || textOf(address.name);
  if (!text) return undefined;
  return { text, ...(city ? { city } : {}), ...(region ? { region } : {}), ...(country ? { country } : {}) };
}

/** identifier (a PropertyValue with name/propertyID and value, or bare text) as the organisation's id for the job. */
export function readIdentifier(value: unknown): { name?: string; value: string } | undefined {
  const item = listOf(value)[0];
  if (!isData(item)) {
    const text = textOf(item);
    return text ? { value: text } : undefined;
  }
  const id = textOf(item.value);
  if (!id) return undefined;
  const name = textOf(item.name) ?? textOf(item.propertyID);
  return { ...(name ? { name } : {}), value: id };
}

/** Where to apply: applicationContact's email and url, and the posting's url when directApply says it takes applications. */
export function readApply(data: Data): { emails: string[]; urls: string[] } {
  const emails: string[] = [];
  const urls: string[] = [];
  const addUrl = (url: string | undefined): void => {
    if (!url) return;
    if (/^mailto:/i.test(url)) addEmail(url.slice(7).split('?')[0]);
    else if (/^https?:\/\/\S+$/i.test(url) && !urls.includes(url)) urls.push(url);
  };
  const addEmail = (email: string | undefined): void => {
    const address = email?.trim().toLowerCase();
    if (address && /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(address) && !emails.includes(address)) emails.push(address);
  };
  for (const contact of listOf(data.applicationContact)) {
    if (!isData(contact)) continue;
    addEmail(textOf(contact.email));
    addUrl(textOf(contact.url));
  }
  const direct = data.directApply === true || String(data.directApply).toLowerCase() === 'true';
  if (direct) addUrl(textOf(data.url));
  return { emails, urls };
}

/** experienceRequirements as years: an OccupationalExperienceRequirements with monthsOfExperience (text says more, and is read as text). */
export function readExperience(value: unknown): { min: number } | undefined {
  for (const item of listOf(value)) {
    const months = isData(item) ? figureOf(item.monthsOfExperience) : undefined;
    if (months !== undefined && months > 0 && months <= 600) return { min: Math.round((months / 12) * 10) / 10 };
  }
  return undefined;
}

/** inLanguage as a BCP 47 code ("en", "de-CH", or a Language object's alternateName); a language's name is not read. */
export function readLanguage(value: unknown): string | undefined {
  const item = listOf(value)[0];
  const code = isData(item) ? textOf(item.alternateName) ?? textOf(item.identifier) : textOf(item);
  if (!code || !/^[a-zA-Z]{2,3}(?:[-_][a-zA-Z0-9]{2,8})*$/.test(code)) return undefined;
  const [language, ...rest] = code.replace(/_/g, '-').split('-');
  return [language!.toLowerCase(), ...rest.map((part) => (part.length === 2 ? part.toUpperCase() : part))].join('-');
}

/** hiringOrganization's own web address: sameAs, else url. */
export function readCompanyUrl(value: unknown): string | undefined {
  const organization = listOf(value)[0];
  if (!isData(organization)) return undefined;
  return [...listOf(organization.sameAs), ...listOf(organization.url)].map(textOf).find((url): url is string => !!url && /^https?:\/\/\S+$/i.test(url));
}
