/**
 * Address lines: a postal code and a town ("23758 Oldenburg in Holstein", "00-950 Warszawa", "Twickenham TW1 3JT").
 * A code whose format only one country uses names that country when nothing else names a place. An address line alone
 * infers no onsite work: it is as often the employer's contact or legal address under a remote posting. The formats are data
 * (tables/postal-codes.ts); patterns are compiled on first use and run only on lines with a digit.
 */
import { placesIn } from './gazetteer.js';
import { countriesAfterCode, notTownWords, postalCodeLookAlikes, postalCodesAfterTown, postalCodesBeforeTown, streetCountries } from './tables/postal-codes.js';
import { alternation, lazily } from './text.js';

/** An address line's code and town: `country` when the format names one, `known` when the gazetteer knows the town. */
export interface PostalAddress { text: string; country: string | null; known: boolean }

// A town: a capitalised word with a small letter after its capital ("EUR", "USD" are none), maybe a few more.
const TOWN = String.raw`\p{Lu}[\p{Ll}\p{M}][\p{L}\p{M}'’.-]{0,30}`;
// After the town: the line's end, a separator, or a word that joins a town's second name ("Oldenburg in Holstein",
// "Frankfurt am Main", "Halle (Saale)", "Boulogne-sur-Mer" is one word); anything else is a sentence going on.
const TOWN_END = String.raw`(?=\s{0,2}$|\s{0,2}[,·|;/(–—-]|\s(?:in|am|an der|bei|im|sur|en|del|di|nad|pod)\s\p{Lu})`;
// A code before the town opens the line or follows a separator or a house number ("Im Dreieck 4 23758 Oldenburg", "… · 75008 Paris").
const BEFORE_START = String.raw`(?:^|[,·|;:]\s{0,2}|(?<=\d[a-z]?)\s{1,3})`;
// A code after the town: the town opens the line or a part of it, or the code ends one (or a country's name follows).
const OPENS_PART = /(?:^|[,·|;:(]|\s[-–])\s{0,2}$/u;
const ENDS_PART = lazily(() => new RegExp(String.raw`^(?:\.?\s{0,2}$|\s{0,2}[,·|;/()–—]|\s[-–]\s|\s{1,2}(?:${alternation(countriesAfterCode)})(?![\p{L}\d]))`, 'u'));
const NOT_TOWN = new Set(notTownWords);
const DIGIT = /\d/;

const patterns = lazily(() => ({
  before: postalCodesBeforeTown.map(([code, country]) => ({ country, pattern: new RegExp(`${BEFORE_START}(${code})\\s{1,2}(${TOWN})${TOWN_END}`, 'u') })),
  after: postalCodesAfterTown.map(([code, country]) => ({ country, pattern: new RegExp(`(?<![\\p{L}\\d])(${TOWN}),?\\s{1,2}(${code})(?![\\p{L}\\d])`, 'u') })),
}));
const streetPatterns = lazily(() => streetCountries.map(([street, code, country]) => ({ code, country, pattern: new RegExp(street, 'u') })));

/** The country a shared code's shape and the street's language name together ("37150" beside "Öljytie 2": FI), or null. */
function streetCountry(street: string, code: string): string | null {
  const shape = code.replace(/\d/g, '9');
  return streetPatterns().find((row) => row.code === shape && row.pattern.test(street))?.country ?? null;
}

/**
 * The address a line holds, or null. A code before an unknown town counts where its format names a country or
 * `streetNear` gives a street and number (on the line or the one before), whose language may name the country a
 * shared format does not: "10-100 Mitarbeiter" and "2500 Kunden" are counts, not addresses.
 */
export function postalAddressIn(text: string, streetNear: () => string | null): PostalAddress | null {
  if (!DIGIT.test(text)) return null;
  const { before, after } = patterns();
  for (const { country, pattern } of after) {
    const match = pattern.exec(text);
    if (!match || NOT_TOWN.has(match[1]!) || !addressShaped(text, match)) continue;
    return { text: `${match[1]} ${match[2]}`, country, known: townKnown(match[1]!) };
  }
  for (const { country, pattern } of before) {
    const match = pattern.exec(text);
    if (!match || NOT_TOWN.has(match[2]!)) continue;
    const known = townKnown(text.slice(match.index + match[0].length - match[2]!.length));
    if (country && !postalCodeLookAlikes.has(country)) return { text: `${match[1]} ${match[2]}`, country, known };
    const street = streetNear();
    if (known || street) return { text: `${match[1]} ${match[2]}`, country: country ?? (street ? streetCountry(street, match[1]!) : null), known };
  }
  return null;
}

/** A code after the town where the town opens a part of the line or the code ends one: "Amazon S3 2FA setups" is neither. */
const addressShaped = (text: string, match: RegExpExecArray): boolean =>
  OPENS_PART.test(text.slice(0, match.index)) || ENDS_PART().test(text.slice(match.index + match[0].length));

/** Does the text from the town on open with a city or country the gazetteer knows? */
function townKnown(fromTown: string): boolean {
  const [first] = placesIn(fromTown.slice(0, 60));
  return first !== undefined && fromTown.startsWith(first.text);
}
