/**
 * Where remote work is allowed and when: regions (tables/remote.ts) read
 * from the lines that talk about remote work or where candidates must be,
 * and time-zone requirements as written ("11am - 1pm PT", "CET ± 2h").
 */
import type { ExtractContext } from './context.js';
import { placesIn } from './gazetteer.js';
import type { Signal } from './remote-phrases.js';
import { isRemoteKey } from './structured-remote.js';
import { regionLines, remoteWhereFillers, remoteWherePrepositions, remoteWhereWords, teamPlacePhrases } from './tables/remote.js';
import { alternation, filterForm, lazily, sentences } from './text.js';
import { phraseFinder, phrasePattern } from './match/phrases.js';
import { keywordBit, keywordGroup, lineKeywords } from './tree.js';
import { DIGIT_CHARACTERS } from './match/keywords.js';
import { badgeOf } from './workplace.js';

// Lower-cased, what every time-zone pattern but the numeric ones needs ("Eastern Time", "time zone", "UTC+2", "London hours").
export const ZONE_KEYWORDS = keywordGroup(['time', 'hours', 'zone', 'utc', 'gmt']);
export const DIGIT_KEYWORDS = keywordGroup(DIGIT_CHARACTERS);
const REGION_LINE = /\b(?:only considering|candidates (?:from|in)|residents|based in|located in|anywhere)\b/i;
const REGION_LINE_KEYWORDS = keywordGroup(['only considering', 'candidates from', 'candidates in', 'residents', 'based in', 'located in', 'anywhere']);
/** The keyword groups this file's scans read (index.ts lists every file's). */
export const regionKeywordGroups = [ZONE_KEYWORDS, DIGIT_KEYWORDS, REGION_LINE_KEYWORDS];

// Case-sensitive: a text can match only if it has one of the aliases as written, which is looked for first.
const regionPatterns = regionLines.map((line) => {
  const [label, ...aliases] = line.split('|');
  return [label!, aliases, phrasePattern(aliases, 'u')] as const;
});
const TIMEZONE_PATTERNS = [
  /\b\d{1,2}(?::\d\d)?\s?(?:am|pm)?\s?(?:-|–|—|to)\s?\d{1,2}(?::\d\d)?\s?(?:am|pm)\s?(?:PT|PST|PDT|ET|EST|EDT|CT|CST|MT|MST|CET|CEST|GMT|UTC|BST)\b/giu,
  /\b(?:US\s)?(?:Eastern|Pacific|Central|Mountain)(?:\s(?:Standard|Daylight))?\s(?:Time|time)(?:\s?zones?)?\b/gu,
  /\b(?:US\s)?(?:Pacific|Eastern|Central|Mountain)\stime\s?zones?\b/giu,
  /\b(?:UTC|GMT)\s?[+\-−±]\s?\d{1,2}(?::\d\d)?(?:\s?(?:\.\.|to|-|–)\s?(?:UTC|GMT)\s?[+\-−]\s?\d{1,2}(?::\d\d)?)?\b/gu,
  /\b(?:CET|CEST|EET|WET|PST|EST|IST|JST|AEST|AEDT)\s?(?:±|\+\/-|\+-)\s?\d{1,2}\s?h(?:ours?)?\b/gu,
  /\b(?:Sydney|London|Berlin|Tokyo|New York|Central European|European|Indian|Japan)\s(?:time|timezone|time zone|hours)\b/gu,
  // "PST - AST", "CET to EET": a range of zones.
  /\b(?:PST|PDT|PT|MST|MDT|CST|CDT|EST|EDT|ET|AST|ADT|HST|AKST|GMT|UTC|WET|CET|CEST|EET|EEST|BST|IST|JST|KST|AEST|AEDT)\s?(?:-|–|—|to)\s?(?:PST|PDT|PT|MST|MDT|CST|CDT|EST|EDT|ET|AST|ADT|HST|AKST|GMT|UTC|WET|CET|CEST|EET|EEST|BST|IST|JST|KST|AEST|AEDT)\b/gu,
];

/**
 * The time-zone patterns a text may match, one bit per pattern in order, from
 * what each cannot match without (the text; whether it may have a ZONE_KEYWORDS
 * word, "zone" in any case, a digit): most lines have none and skip them all.
 */
function timezoneCandidates(text: string, zoneWords: boolean, zone: boolean, digits: boolean): number {
  let bits = 0;
  if (digits && /\d\s?[ap]m/i.test(text)) bits |= 1 << 0; // "… 1pm PT"
  if (digits && /±|\+\/?-/.test(text)) bits |= 1 << 4;
  if (/T\s?(?:-|–|—|to)\s?[A-Z]/.test(text)) bits |= 1 << 6; // "PST - AST"
  if (!zoneWords) return bits;
  const time = text.includes('time');
  if ((time || text.includes('Time')) && /Eastern|Pacific|Central|Mountain/.test(text)) bits |= 1 << 1;
  if (zone) bits |= 1 << 2;
  if (text.includes('UTC') || text.includes('GMT')) bits |= 1 << 3;
  if (time || text.includes('hours')) bits |= 1 << 5;
  return bits;
}

/** Front-matter keys (their last part) of where the job is, whose countries a remote key makes regions; not an address or office. */
const REGION_KEYS = /^(?:location|locations|job_location|joblocation|country|countries|region|regions)$/i;

/** Regions where remote work is allowed, from the lines that talk about remote work. */
export function remoteRegions(ctx: ExtractContext, signals: Signal[]): string[] {
  const remoteSignals = signals.filter((s) => s.policy === 'remote');
  const lines = new Set(remoteSignals.map((s) => s.text));
  // Location fields that say remote ("Localización: España (100% teletrabajo)", "🌎 Remote (Poland)"): their countries are regions.
  const fields = new Set(remoteSignals.filter((s) => s.field).map((s) => s.text));
  for (const line of ctx.text) {
    const badge = badgeOf(line.text);
    if (badge) { lines.add(badge[1]!); fields.add(badge[1]!); }
  }
  const keywords = lineKeywords(ctx);
  const regionLineWords = keywordBit(ctx, REGION_LINE_KEYWORDS);
  ctx.text.forEach((line, index) => {
    if ((keywords[index]! & regionLineWords) !== 0 && REGION_LINE.test(line.plain)) lines.add(line.plain);
  });
  // A list of locations with a remote item ("locations: [Remote, United Kingdom]"): its other items are that item's
  // words, as "Remote (United Kingdom)" would be.
  for (const signal of remoteSignals) {
    if (!signal.field || !signal.rule.startsWith('frontmatter.')) continue;
    const key = signal.rule.slice('frontmatter.'.length);
    const others = ctx.frontmatterStrings.filter((item) => item.key === key && item.text !== signal.text).map((item) => item.text);
    if (!others.length || others.length > 6) continue;
    const joined = `${signal.text} (${others.join(', ')})`;
    lines.add(joined);
    fields.add(joined);
  }
  // Remote work stated by a data key ("remote: true", "location_type: Remote"): the location field's countries are
  // where it may be done, as "Remote (Germany, Poland)" would be ("Berlin, Germany" names an office: no region).
  if (remoteSignals.some((signal) => signal.rule.startsWith('frontmatter.') && isRemoteKey(signal.rule.slice('frontmatter.'.length)))) {
    for (const item of ctx.frontmatterStrings) {
      if (!REGION_KEYS.test(item.key.split('.').pop() ?? '')) continue;
      lines.add(item.text);
      fields.add(item.text);
    }
  }
  const regions: string[] = [];
  for (const raw of lines) {
    const kept = withoutTeamPlaces(raw).replace(TIME_ZONE_NAMES, ' ');
    // "anywhere in the EU" is the EU, not the world; nor is "almost anywhere".
    const text = kept.replace(/\banywhere\s+(?:in|within|from)\s+(?:the\s+)?(?!world|globe)/giu, '').replace(/\b(?:almost|nearly|most)\s+anywhere\b/giu, '');
    for (const [label, aliases, pattern] of regionPatterns) {
      if (regions.includes(label) || !aliases.some((alias) => text.includes(alias))) continue;
      pattern.lastIndex = 0;
      if (pattern.test(text)) regions.push(label);
    }
    // "remote within Germany", "anywhere in Poland": the country the grammar names is where remote work is allowed.
    for (const [, where] of kept.matchAll(REMOTE_WHERE())) {
      const named = placesIn(where!).length ? placesIn(where!) : placesIn(withoutGenitive(where!));
      if (named.some((place) => place.city)) continue;
      for (const place of named) if (!regions.includes(place.country!)) regions.push(place.country!);
    }
    if (!fields.has(raw)) {
      for (const country of listedCountries(text, regions)) regions.push(country);
      continue;
    }
    // "Berlin, Germany (Remote)" names an office as well: its country is no region.
    const named = placesIn(kept);
    if (named.some((place) => place.city)) continue;
    for (const place of named) if (!regions.includes(place.country!)) regions.push(place.country!);
  }
  return regions;
}

// Between two items of one list of places: a comma, a slash, "and"/"or" (per language) or both.
const LIST_JOINER = /^\s{0,2}(?:,|\/|&|;)?\s{0,2}(?:(?:and|or|und|oder|et|ou|y|o|e|en|of|i|lub|или|и|eller|och|og)\s{1,2})?(?:the\s{1,2})?$/iu;

/**
 * Countries listed beside a country region read from prose ("remote for people in the US or Mexico"): the region
 * table knows a few countries by name, the gazetteer all of them; one list names one kind of place, so its other
 * countries are regions as well. A list that names a city names an office, and adds nothing.
 */
function listedCountries(text: string, regions: readonly string[]): string[] {
  const found = regionPatterns.filter(([label]) => /^[A-Z]{2}$/.test(label) && regions.includes(label)).flatMap(([, aliases]) => aliases);
  if (!found.length) return [];
  const named = placesIn(text);
  if (named.some((place) => place.city)) return [];
  const spans = found.flatMap((alias) => spansOf(text, alias));
  const added: string[] = [];
  for (let grew = true; grew; ) {
    grew = false;
    for (const place of named) {
      if (regions.includes(place.country!) || added.includes(place.country!)) continue;
      const at = spansOf(text, place.text).find(([start, end]) => spans.some(([s, e]) => (e <= start && LIST_JOINER.test(text.slice(e, start))) || (end <= s && LIST_JOINER.test(text.slice(end, s)))));
      if (!at) continue;
      added.push(place.country!);
      spans.push(at);
      grew = true;
    }
  }
  return added;
}

/** Where a name occurs in a text as a whole word. */
function spansOf(text: string, name: string): Array<[number, number]> {
  const spans: Array<[number, number]> = [];
  for (let at = text.indexOf(name); at !== -1; at = text.indexOf(name, at + 1)) {
    const end = at + name.length;
    if (/[\p{L}\p{N}]/u.test(text.charAt(at - 1)) || /[\p{L}\p{N}]/u.test(text.charAt(end))) continue;
    spans.push([at, end]);
  }
  return spans;
}

// "remote in", "anywhere within", "Remote (innerhalb", "remoto desde", "télétravail complet depuis" (tables/remote-places.ts):
// the words up to the clause's end name where remote work is allowed.
const REMOTE_WHERE = lazily(() => new RegExp(String.raw`(?<![\p{L}\p{N}])(?:${alternation(remoteWhereWords)})(?:\s{1,2}(?:${alternation(remoteWhereFillers)}))?\s{0,2}[(（]?\s{0,2}(?:${alternation(remoteWherePrepositions)})(?:\s{1,2}|(?<=['’]))([^.,;:!?()\n]{2,40})`, 'giu'));
// German puts a country after "innerhalb" in the genitive ("innerhalb Deutschlands", "Österreichs"): the name without its -s.
const withoutGenitive = (text: string): string => text.replace(/(\p{L}{4,})s(?![\p{L}])/gu, '$1');

// Time-zone names that hold a region's word: "Central European (UTC+1)", "US/Pacific", "Eastern European Time" say when, not where.
const TIME_ZONE_NAMES = /\b(?:(?:Central|Eastern|Western)\s+European(?:\s+(?:Summer\s+)?Time)?|US\/(?:Pacific|Eastern|Central|Mountain|Alaska|Hawaii|Arizona))\b/gu;

const teamPlace = phraseFinder(teamPlacePhrases);
const namesTeamPlace = (text: string): boolean => teamPlace.find(text, 0, filterForm(text)) !== null;

/** A line without the sentences that say where the team, customers or users are. */
function withoutTeamPlaces(text: string): string {
  if (!namesTeamPlace(text)) return text;
  return sentences(text).filter((sentence) => !namesTeamPlace(sentence)).join(' ');
}

export interface Zones { list: string[]; first: { line: number; text: string } | null }

/** Time-zone requirements as written ("11am - 1pm PT", "US Eastern Time", "CET ± 2h"), added to what was read so far. */
export function readTimezones(plain: string, line: number, zoneWords: boolean, zone: boolean, digits: boolean, zones: Zones): void {
  if (plain.length > 2000) return;
  const candidates = timezoneCandidates(plain, zoneWords, zone, digits);
  if (!candidates) return;
  for (let index = 0; index < TIMEZONE_PATTERNS.length; index++) {
    if (!(candidates & (1 << index))) continue;
    const pattern = TIMEZONE_PATTERNS[index]!;
    pattern.lastIndex = 0;
    for (const match of plain.matchAll(pattern)) {
      if (zones.list.includes(match[0].trim())) continue;
      zones.list.push(match[0].trim());
      zones.first ??= { line, text: plain };
    }
  }
}
