/**
 * Canonical text: what two copies of one posting still share after
 * different encodings, mojibake repair, line endings, template tags and
 * tracking links. Both the fingerprint and the near-duplicate shingles read
 * it, so they agree on what counts as "the same words".
 *
 * Steps: tracking parameters are dropped from URLs; the text is folded
 * (NFKD, accents and case removed); every run of characters that are not
 * letters or digits becomes one space. Punctuation, quotes (’ or '), bullets
 * and whitespace therefore never make two copies differ.
 */
import { LEGAL_SUFFIXES, TRACKING_PARAM_PREFIXES, TRACKING_PARAMS } from './tables.js';

const trackingNames = new Set(TRACKING_PARAMS);
const legalSuffixes = new Set(LEGAL_SUFFIXES);
const URL_PATTERN = /\bhttps?:\/\/[^\s<>"'`)\]]+/giu;

/** Is this query parameter only tracking? */
export function isTrackingParam(name: string): boolean {
  const lower = name.toLowerCase();
  return trackingNames.has(lower) || TRACKING_PARAM_PREFIXES.some((prefix) => lower.startsWith(prefix));
}

/** The URL without its tracking parameters (and without a "?" left empty); unparsable URLs are kept as written. */
export function stripTracking(url: string): string {
  const query = url.indexOf('?');
  if (query < 0) return url;
  const hash = url.indexOf('#', query);
  const end = hash < 0 ? url.length : hash;
  const kept = url
    .slice(query + 1, end)
    .split('&')
    .filter((pair) => pair && !isTrackingParam(safeDecode(pair.split('=')[0]!)));
  return url.slice(0, query) + (kept.length ? `?${kept.join('&')}` : '') + url.slice(end);
}

/** Every URL in the text with its tracking parameters dropped. */
export function stripTrackingInText(text: string): string {
  return text.includes('://') ? text.replace(URL_PATTERN, stripTracking) : text;
}

/** Lower-case words of the text, accents folded, tracking dropped from URLs. */
export function canonicalWords(text: string): string[] {
  const folded = stripTrackingInText(text).normalize('NFKD').replace(/\p{M}+/gu, '').toLowerCase();
  return folded.split(/[^\p{L}\p{N}]+/u).filter(Boolean);
}

/** The canonical text: canonical words joined by one space (the plain reading canonicalText stands for). */
export function canonicalTextPlain(text: string): string {
  return canonicalWords(text).join(' ');
}

// ASCII needs no NFKD and has no marks, and its letters and digits lower-cased are [a-z0-9].
const NOT_ASCII = /[^\x00-\x7f]/;

/**
 * canonicalTextPlain() without the array of words: each run of what is not a letter or digit becomes
 * one space, the ends trimmed (every character trim() drops is such a run's). Every record's fingerprint
 * reads its whole description this way (tests/fingerprint.property.test.ts holds the two together).
 */
export function canonicalText(text: string): string {
  const stripped = stripTrackingInText(text);
  if (!NOT_ASCII.test(stripped)) return stripped.toLowerCase().replace(/[^a-z0-9]+/g, ' ').trim();
  return stripped.normalize('NFKD').replace(/\p{M}+/gu, '').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}

/** A company name as compared: canonical words without a trailing legal form ("Acme GmbH" = "ACME"). */
export function canonicalCompany(name: string): string {
  const words = canonicalWords(name);
  while (words.length > 1 && legalSuffixes.has(words[words.length - 1]!)) words.pop();
  return words.join(' ');
}

function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}
