/**
 * Values that are no work place, phrases that name another place than the work place, and street words (moved from places.ts, which re-exports them).
 */

/**
 * Values of a location field that name no place ("Location: Flexible",
 * "Standort: nach Absprache"): such a field says nothing of where the work
 * is. Whole words, case-insensitively.
 */
export const notPlaceValues: string[] = [
  'flexible', 'flexibel', 'tbd', 'tba', 'n/a', 'na', 'various', 'multiple', 'several', 'negotiable', 'global', 'international', 'online', 'any', 'all', 'none',
  'virtual', 'distributed', 'anywhere', 'worldwide', 'home', 'unknown', 'see below', 'nach absprache', 'verschiedene', 'variabel', 'à définir',
  'a convenir', 'a definir', 'indifferente', 'nach vereinbarung', 'dowolna', 'любой', 'не важно', 'europe', 'emea', 'apac', 'americas', 'latam', 'eu', 'asia',
  'cualquier lugar', 'qualquer lugar', 'ovunque', 'überall', 'partout', 'overal', 'wszędzie', 'везде', 'weltweit',
  // working-time schemes under a work-mode label ("勤務形態：フレックスタイム制", "Work mode: Flextime"): hours, not a place
  'flextime', 'flexitime', 'flex time', 'gleitzeit', 'フレックス', 'フレックスタイム', 'フレックスタイム制', '弹性工作', '彈性工作', '弹性工作制', '彈性工作制',
];

/**
 * Legal and hiring boilerplate that names a country without saying where the
 * work is ("E-Verify for U.S. Employees", "authorized to work in the US"):
 * (nor "team members in Italy"): a body sentence with one of these phrases names no work location.
 */
export const notWorkplacePhrases: string[] = [
  'E-Verify', 'equal opportunity', 'equal employment', 'EEO', 'EEOC', 'affirmative action', 'authorized to work', 'authorised to work',
  'authorization to work', 'authorisation to work', 'work authorization', 'work authorisation', 'eligible to work', 'eligibility to work',
  'employment eligibility', 'right to work', 'legally work', 'visa', 'visas', 'sponsorship', 'immigration', 'reasonable accommodation',
  'reasonable accommodations', 'applicable law', 'applicable laws', 'federal law', 'export control', 'export controls', 'background check',
  // Where the team, customers or users are is not where this job is.
  'team members in', 'teammates in', 'colleagues in', 'customers in', 'clients in', 'users in',
];

/**
 * How each language writes a street in an address (issue #13 audit), for a work place named by its address
 * ("titte innom Hammersborggata 9", "Musterstraße 5", "Via Roma 10", "ul. Marszałkowska 10", "12 rue de la Paix",
 * "123 Main Street"). Suffixes join the street's name (no, sv, da, de, nl, hu, fi, et); prefixes stand before it,
 * capitalised as written (it, es, pt, ro, pl, ru, uk, id, el); streetAfterNumber follow a house number (fr).
 */
export const streetSuffixes = [
  // Not "ring": "Spring 2025", "Offering 401k", "Mentoring 1:1" end the same way (review of session 11).
  'gata', 'gaten', 'gate', 'veien', 'vegen', 'gatan', 'vägen', 'gade', 'vej', 'straße', 'strasse', 'str.', 'weg', 'allee', 'platz', 'damm',
  'straat', 'laan', 'plein', 'gracht', 'kade', 'utca', 'katu', 'tie', 'tänav', 'puiestee',
];
export const streetPrefixes = [
  'Via', 'Viale', 'Piazza', 'Corso', 'Calle', 'C/', 'Avenida', 'Avda.', 'Paseo', 'Rua', 'Travessa', 'Strada', 'Str.', 'Bulevardul', 'Calea', 'ul.', 'ulica',
  'al.', 'aleja', 'ул.', 'улица', 'вул.', 'вулиця', 'Jalan', 'Jl.', 'οδός', 'Οδός', 'Λεωφόρος',
];
export const streetAfterNumber = ['rue', 'avenue', 'boulevard', 'bd', 'place', 'allée', 'chemin', 'quai'];
/** en: the street word after the name, the number first ("123 Main Street"). */
export const streetWordsAfterName = ['Street', 'St.', 'Avenue', 'Ave', 'Ave.', 'Road', 'Rd.', 'Boulevard', 'Blvd', 'Blvd.', 'Lane', 'Drive', 'Square'];

/**
 * The postal codes of the US states and Canadian provinces, as an address writes them after a city ("Reno, NV",
 * "Calgary, AB"): such a line is a place, not a name, though "NV" and "AB" are legal forms too (tables/companies.ts).
 */
export const northAmericanRegionCodes = [
  'AL', 'AK', 'AZ', 'AR', 'CA', 'CO', 'CT', 'DE', 'DC', 'FL', 'GA', 'HI', 'ID', 'IL', 'IN', 'IA', 'KS', 'KY', 'LA', 'ME', 'MD', 'MA', 'MI', 'MN',
  'MS', 'MO', 'MT', 'NE', 'NV', 'NH', 'NJ', 'NM', 'NY', 'NC', 'ND', 'OH', 'OK', 'OR', 'PA', 'RI', 'SC', 'SD', 'TN', 'TX', 'UT', 'VT', 'VA', 'WA',
  'WV', 'WI', 'WY', // US
  'AB', 'BC', 'MB', 'NB', 'NL', 'NS', 'NT', 'NU', 'ON', 'PE', 'QC', 'SK', 'YT', // Canada
];
