/**
 * Postal codes as each country writes them in an address line (language facts, issue #13): a code before the town
 * ("23758 Oldenburg in Holstein", "75008 Paris", "00-950 Warszawa", "1011 AB Amsterdam", "CH-8001 Zürich") or after
 * it ("Twickenham TW1 3JT", "Toronto, ON M5V 2T6", "Austin, TX 78701"). A code and a town make an address: a place
 * of work named, as a street and number do. Patterns are regular-expression source, matched case-sensitively.
 */

/**
 * Codes written before the town, with the country the format names (null where several countries share it: five
 * digits are German, French, Italian, Spanish, Finnish…; four digits Austrian, Swiss, Belgian, Danish, Norwegian,
 * Hungarian…, and never a year; "110 00" Czech, Slovak, Swedish, Greek). Polish "00-950" is also a range ("10-100
 * Personen") and Dutch "1200 IT" a count and an abbreviation ("1200 IT Spezialisten", "500 HR Leads"): these count
 * only before a town the gazetteer knows or beside a street (postalCodeLookAlikes).
 */
export const postalCodesBeforeTown: Array<[pattern: string, country: string | null]> = [
  // a country letter before the code, as European letters wrote it: "D-10115 Berlin", "A-1010 Wien", "CH-8001 Zürich"
  [String.raw`(?:D|DE)-\d{5}`, 'DE'], [String.raw`(?:A|AT)-\d{4}`, 'AT'], [String.raw`CH-\d{4}`, 'CH'], [String.raw`(?:F|FR)-\d{5}`, 'FR'],
  [String.raw`(?:I|IT)-\d{5}`, 'IT'], [String.raw`(?:B|BE)-\d{4}`, 'BE'], [String.raw`(?:L|LU)-\d{4}`, 'LU'], [String.raw`(?:DK)-\d{4}`, 'DK'],
  // nl four digits (never a leading 0) and two capitals, not a 24-hour time's AM/PM or time zone ("1400 ET Thursday");
  // pt four and three digits; pl two and three digits
  [String.raw`[1-9]\d{3}\s?(?!AM|PM|ET|CT|MT|PT|UT)[A-Z]{2}`, 'NL'], [String.raw`\d{4}-\d{3}`, 'PT'], [String.raw`\d{2}-\d{3}`, 'PL'],
  [String.raw`\d{3}\s\d{2}`, null], [String.raw`\d{5}`, null], [String.raw`(?!19\d\d|20\d\d)\d{4}`, null],
];

/**
 * A code that several countries share names one where the street beside it is written in that country's language
 * (language facts): five digits beside a German "…straße", a Finnish "…katu"/"…tie", an Estonian "…tänav", an Italian
 * "Via …", a French "… rue …"; four digits beside a Norwegian "…gate"/"…veien", a Danish "…vej"/"…gade", a Hungarian
 * "… utca", a Dutch "…straat" (four digits alone are Belgian: a Dutch code has two letters); "110 00" beside a Swedish
 * "…gatan"/"…vägen". A street word two such countries share stays out (Spanish "Calle" in Spain and Mexico, German
 * "Straße" with four digits in Austria and Switzerland, "Jalan" in Indonesia and Malaysia). Each row: the street's
 * pattern (regular-expression source, matched on the street as written), the code's shape (9 for a digit), the country.
 */
export const streetCountries: Array<[street: string, code: string, country: string]> = [
  [String.raw`\p{L}(?:straße|strasse|str\.|weg|allee|platz|damm)\s`, '99999', 'DE'],
  [String.raw`\p{L}(?:katu|tie)\s`, '99999', 'FI'],
  [String.raw`\p{L}(?:tänav|puiestee)\s`, '99999', 'EE'],
  [String.raw`^(?:Via|Viale|Piazza|Corso)\s`, '99999', 'IT'],
  [String.raw`\d\s{1,2}(?:rue|avenue|boulevard|bd|allée|chemin|quai)\s`, '99999', 'FR'],
  [String.raw`\p{L}(?:gate|gata|gaten|veien|vegen)\s`, '9999', 'NO'],
  [String.raw`\p{L}(?:vej|gade)\s`, '9999', 'DK'],
  [String.raw`\p{L}\s(?:utca)\s`, '9999', 'HU'],
  [String.raw`\p{L}(?:straat|laan|plein)\s`, '9999', 'BE'],
  [String.raw`\p{L}(?:gatan|vägen)\s`, '999 99', 'SE'],
];

/** Formats that are also ranges or counts. */
export const postalCodeLookAlikes = new Set(['PL', 'NL']);

/**
 * Codes written after the town, distinctive enough to name their country alone: gb outward and inward code (the
 * inward letters are never C, I, K, M, O or V, and "8GB", "2TB" are sizes), ca letter-digit-letter digit-letter-digit,
 * us a state's two capitals and a ZIP code after a comma.
 */
export const postalCodesAfterTown: Array<[pattern: string, country: string]> = [
  [String.raw`[A-Z]{1,2}\d[A-Z\d]?\s\d(?!GB|TB)[ABD-HJLNP-UW-Z]{2}`, 'GB'],
  [String.raw`(?:[A-Z]{2}\s)?[ABCEGHJ-NPRSTVXY]\d[A-Z]\s?\d[A-Z]\d`, 'CA'],
  [String.raw`(?:AL|AK|AZ|AR|CA|CO|CT|DE|DC|FL|GA|HI|ID|IL|IN|IA|KS|KY|LA|ME|MD|MA|MI|MN|MS|MO|MT|NE|NV|NH|NJ|NM|NY|NC|ND|OH|OK|OR|PA|RI|SC|SD|TN|TX|UT|VT|VA|WA|WV|WI|WY)\s\d{5}(?:-\d{4})?`, 'US'],
];

/**
 * Country names that may follow a code written after the town without a comma ("London EC1A 1BB United Kingdom"). A
 * code after the town counts where the town opens the line or a part of it ("Garfield Road, Twickenham TW1 3JT or
 * email us") or the code ends one: "Experience with Amazon S3 2FA setups" is a sentence, not an address.
 */
export const countriesAfterCode = ['UK', 'U.K.', 'United Kingdom', 'Great Britain', 'England', 'Scotland', 'Wales', 'Northern Ireland', 'Canada', 'USA', 'U.S.A.', 'US', 'United States'];

/**
 * Capitalised words after a code that are no town: money and counts ("40000 Euro", "10000 Mitarbeiter" in German,
 * which capitalises its nouns), and days after a time ("1400 ET Thursday"). Matched as the whole word.
 */
export const notTownWords = [
  'Euro', 'Euros', 'Dollar', 'Dollars', 'Franken', 'Pfund', 'Kronen', 'Kronor', 'Zloty', 'Złoty', 'Rubel', 'Stunden', 'Std', 'Mitarbeiter',
  'Mitarbeitende', 'Kunden', 'Nutzer', 'Menschen', 'Einwohner', 'Zeichen', 'Jahre', 'Tage', 'Wochen', 'Monate',
  'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday', 'Maandag', 'Dinsdag', 'Woensdag', 'Donderdag', 'Vrijdag',
  'Zaterdag', 'Zondag', 'Montag', 'Dienstag', 'Mittwoch', 'Donnerstag', 'Freitag', 'Samstag', 'Sonntag',
];
