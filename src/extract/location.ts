/**
 * Locations and remote policy.
 *
 * Places come from location fields first (front matter location, address
 * keys, "Location:" / "Standort:" / "Miesto:" lines, aggregator badges, the
 * title's "(Remote, Germany)"); only when none is given are places named in
 * the body read, and then only from the gazetteer (tables/places.ts). Names
 * are matched case-sensitively as whole words.
 *
 * Remote policy: phrases per language, weighted (tables/words.ts); a location
 * field saying "(Hybrid)" or "remote: no" outweighs prose. At least one strong
 * phrase is needed, so a passing "remotely" decides nothing. Two strong
 * policies at once become a remote-conflict warning. Regions and time zones
 * are read from the lines that talk about remote work or hours.
 */
import type { Location } from '../schema/posting.js';
import { cite, warn, type ExtractContext } from './context.js';
import { notWorkplacePhrases, places, regionLines, type Place } from './tables/places.js';
import { remotePhrases } from './tables/words.js';
import { codePointAt, codePointBefore, escapeRegExp, filterable, filterForm, firstWord, isLetterOrDigit, isWordCodePoint, mayContain, phraseFinder, phrasePattern, sentences, wordHash, words } from './text.js';
import { keywordGroup, lineKeywords } from './tree.js';

type Policy = 'remote' | 'hybrid' | 'onsite';
interface Signal { policy: Policy; weight: number; line: number; text: string; rule: string }

const LOCATION_KEYS = /^(?:location|locations|job_location|joblocation|city|place|office|address|addressLocality|addressRegion|addressCountry|country|region|ort|standort|lieu|ubicacion|ubicación|localização|plaats|miesto|jobLocation\..*|location\..*)$/i;
const LOCATION_LABEL = /^(?:location|locations|based in|office|work location|job location|standort|arbeitsort|einsatzort|lieu|localisation|ubicación|localización|localização|local|locatie|standplaats|miesto|miesto práce|勤務地)\s{0,2}:\s{0,2}(.{2,160})$/iu;
const BADGE = /🌎\s{0,2}([^`]{2,80})/u;
// CJK characters, as a class body for CJK and FIRST_WORD_START_OR_CJK (isCjkUnit() tests the same range by number).
const CJK_RANGES = '\\u3000-\\u9fff\\uac00-\\ud7af';
const CJK = new RegExp(`[${CJK_RANGES}]`, 'u');

/**
 * One pattern matching any of the strings anywhere, no boundaries: a
 * prefilter run on a lower-cased filterForm. Written as a trie ("remot(?:e|o)")
 * so the engine follows one branch per character instead of trying every
 * string at every position.
 */
function substringPattern(strings: readonly string[]): RegExp {
  interface Node { end: boolean; next: Map<string, Node> }
  const root: Node = { end: false, next: new Map() };
  for (const string of new Set(strings)) {
    let node = root;
    for (const ch of string) {
      let child = node.next.get(ch);
      if (!child) node.next.set(ch, (child = { end: false, next: new Map() }));
      node = child;
    }
    node.end = true;
  }
  const source = (node: Node): string => {
    // A string that ends here makes the rest optional; any further match would only be longer.
    if (node.end) return '';
    const branches = [...node.next].map(([ch, child]) => escapeRegExp(ch) + source(child));
    return branches.length === 1 ? branches[0]! : `(?:${branches.join('|')})`;
  };
  return new RegExp(source(root));
}

const POLICIES = Object.keys(remotePhrases) as Policy[];
/**
 * The remote-policy phrases of one policy and weight, as a whole-word test
 * (what a text without a filterForm is searched with), heaviest first.
 */
interface PolicyClass { weight: number; test: (text: string, form: string | null) => boolean }
const policyClasses = Object.fromEntries(POLICIES.map((policy) => {
  const weights = [...new Set(remotePhrases[policy].map(([, weight]) => weight))].sort((a, b) => b - a);
  return [policy, weights.map((weight): PolicyClass => {
    const phrases = remotePhrases[policy].filter(([, w]) => w === weight).map(([phrase]) => phrase);
    return { weight, test: wholePhrasesTest(phrases) };
  })];
})) as Record<Policy, PolicyClass[]>;

/** Does a text (with its filterForm) contain one of the phrases as whole words, case-insensitively? */
function wholePhrasesTest(phrases: string[]): (text: string, form: string | null) => boolean {
  const finder = phraseFinder(phrases);
  return (text, form) => finder.find(text, 0, form) !== null;
}

// Every remote-policy phrase lower-cased, by its first code unit, for one scan of a filterForm that finds them
// all (null when one folds unlike its lower case or is empty: then the policy classes are tested one by one).
interface PolicyPhrase { text: string; policy: Policy; weight: number }
const policyPhrases: PolicyPhrase[] = POLICIES.flatMap((policy) => remotePhrases[policy].map(([phrase, weight]) => ({ text: phrase.toLowerCase(), policy, weight })));
const scannable = Object.values(remotePhrases).flat().every(([phrase]) => filterable(phrase) && phrase.length > 0);
const policyPhrasesByFirstUnit = new Map<number, PolicyPhrase[]>();
for (const phrase of policyPhrases) {
  const code = phrase.text.charCodeAt(0);
  const group = policyPhrasesByFirstUnit.get(code);
  if (group) group.push(phrase);
  else policyPhrasesByFirstUnit.set(code, [phrase]);
}
// Where a phrase may start: a trie of them all, one branch per character.
const POLICY_PHRASE_START = scannable ? new RegExp(substringPattern(policyPhrases.map((phrase) => phrase.text)).source, 'g') : null;

/**
 * Per policy, the heaviest weight of its phrases found in the text as whole
 * words, case-insensitively (0: none), written into `weights`.
 */
function policyWeights(text: string, form: string | null, weights: Record<Policy, number>): void {
  weights.remote = weights.hybrid = weights.onsite = 0;
  if (form === null || POLICY_PHRASE_START === null) {
    for (const policy of POLICIES) {
      for (const { weight, test } of policyClasses[policy]) if (test(text, form)) { weights[policy] = weight; break; }
    }
    return;
  }
  // As the policy classes' phrase finders match: at each place a phrase starts in the filterForm, whole words in the text.
  const start = POLICY_PHRASE_START;
  start.lastIndex = 0;
  let found: RegExpExecArray | null;
  while ((found = start.exec(form))) {
    const index = found.index;
    start.lastIndex = index + 1;
    if (isWordCodePoint(codePointBefore(text, index))) continue;
    for (const phrase of policyPhrasesByFirstUnit.get(form.charCodeAt(index))!) {
      if (phrase.weight > weights[phrase.policy] && form.startsWith(phrase.text, index) && !isWordCodePoint(codePointAt(text, index + phrase.text.length))) {
        weights[phrase.policy] = phrase.weight;
      }
    }
  }
}

const DAYS_A_WEEK = /\b(?:\d|one|two|three|four|deux|trois|quatre|zwei|drei|vier|dos|tres|dois|twee|drie|1-2|2-3|1–2|2–3)\s{0,2}(?:days?|jours?|tage?n?|dagen|días|dias|dni|dní)\s{0,2}(?:a|per|par|pro|por|in the|each|in der|de la)?\s{0,2}(?:week|semaine|woche|semana|týždeň|týždenne|týždni)\b/iu;
const OFFICE_OR_HOME = /\b(?:télétravail\w*|remote|office|bureaux?|büro|homeoffice|home office|oficina|escritório|kantoor|thuis|kancelári\w*)\b/iu;

// Words every DAYS_A_WEEK / OFFICE_OR_HOME match contains, lower-cased: most lines have none and skip the patterns.
const DAY_WORDS = ['day', 'jour', 'tag', 'dag', 'día', 'dia', 'dni', 'dní'];
const OFFICE_WORDS = ['télétravail', 'remote', 'office', 'bureau', 'büro', 'oficina', 'escritório', 'kantoor', 'thuis', 'kancelári'];

// Words every remote-policy signal of a line needs (its phrases, or an office word for "2 days a week in the office"): most lines have none.
const POLICY_WORDS = Object.values(remotePhrases).flat().every(([phrase]) => filterable(phrase))
  ? Object.values(remotePhrases).flat().map(([phrase]) => phrase.toLowerCase()).concat(OFFICE_WORDS)
  : null;

/**
 * Keywords one of which each string contains, few and rare: the one-word strings; for each other string
 * not containing one of those, its longest word, or the whole string when that word is short ("vor ort",
 * not "ort"); less the keywords that contain another (the shorter one is found whenever they are).
 */
function coverWords(strings: readonly string[]): string[] {
  const chosen = strings.filter((string) => words(string).length <= 1);
  for (const string of strings) {
    if (chosen.some((keyword) => string.includes(keyword))) continue;
    const longest = words(string).reduce((a, b) => (b.length > a.length ? b : a), '');
    chosen.push(longest.length >= 5 ? longest : string);
  }
  const unique = [...new Set(chosen)];
  return unique.filter((keyword) => !unique.some((other) => other !== keyword && keyword.includes(other)));
}
// Keyword groups of the body lines (tree.ts finds them all in one pass per line, shared with the other extractors):
// a line without any of a group's keywords skips what needs them. 0: no group, always look.
const POLICY_KEYWORDS = POLICY_WORDS ? keywordGroup(coverWords(POLICY_WORDS)) : 0;
// Lower-cased, what every time-zone pattern but the numeric ones needs ("Eastern Time", "time zone", "UTC+2", "London hours").
const ZONE_KEYWORDS = keywordGroup(['time', 'hours', 'zone', 'utc', 'gmt']);
const DIGIT_KEYWORDS = keywordGroup(['0', '1', '2', '3', '4', '5', '6', '7', '8', '9']);
const REGION_LINE = /\b(?:only considering|candidates (?:from|in)|residents|based in|located in|anywhere)\b/i;
const REGION_LINE_KEYWORDS = keywordGroup(['only considering', 'candidates from', 'candidates in', 'residents', 'based in', 'located in', 'anywhere']);

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
];

const FIELD_WORDS = ['remote', 'hybrid', 'onsite', 'on-site'];

// Every label has a colon and every badge a globe: most lines have neither and skip the patterns.
function locationLabel(plain: string): RegExpExecArray | null {
  return plain.includes(':') ? LOCATION_LABEL.exec(plain) : null;
}
function badgeOf(text: string): RegExpExecArray | null {
  return text.includes('🌎') ? BADGE.exec(text) : null;
}

/**
 * The time-zone patterns a text may match, one bit per pattern in order, from
 * what each cannot match without (the text; whether it may have a ZONE_KEYWORDS
 * word, "zone" in any case, a digit): most lines have none and skip them all.
 */
function timezoneCandidates(text: string, zoneWords: boolean, zone: boolean, digits: boolean): number {
  let bits = 0;
  if (digits && /\d\s?[ap]m/i.test(text)) bits |= 1 << 0; // "… 1pm PT"
  if (digits && /±|\+\/?-/.test(text)) bits |= 1 << 4;
  if (!zoneWords) return bits;
  const time = text.includes('time');
  if ((time || text.includes('Time')) && /Eastern|Pacific|Central|Mountain/.test(text)) bits |= 1 << 1;
  if (zone) bits |= 1 << 2;
  if (text.includes('UTC') || text.includes('GMT')) bits |= 1 << 3;
  if (time || text.includes('hours')) bits |= 1 << 5;
  return bits;
}

/** Set locations and the remote policy, regions and time zones. */
export function extractLocation(ctx: ExtractContext): void {
  const fieldPlaces = locationFields(ctx);
  const locations = fieldPlaces.length ? fieldPlaces : bodyPlaces(ctx);
  ctx.fields.locations = dedupe(locations.map((l) => l.location)).slice(0, 8);
  if (locations[0]) cite(ctx, 'locations', locations[0].line, locations[0].rule, locations[0].text, fieldPlaces.length ? 0.9 : 0.6);
  extractRemote(ctx);
}

interface Found { location: Location; line: number; rule: string; text: string }

/** Places from the fields that name the work location. */
function locationFields(ctx: ExtractContext): Found[] {
  const found: Found[] = [];
  const read = (text: string, line: number, rule: string) => {
    for (const place of placesIn(text)) found.push({ location: place, line, rule, text });
  };
  for (const item of ctx.frontmatterStrings) if (LOCATION_KEYS.test(item.key.split('.').slice(-1)[0]!) || LOCATION_KEYS.test(item.key)) read(item.text, item.line, `frontmatter.${item.key}`);
  if (ctx.hints.location) read(ctx.hints.location.text, ctx.hints.location.line, 'title.location');
  for (const line of ctx.text) {
    const label = locationLabel(line.plain);
    if (label) read(label[1]!, line.line, 'text.location-label');
    const badge = badgeOf(line.text);
    if (badge) read(badge[1]!, line.line, 'text.location-badge');
  }
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

const isNotWorkplace = wholePhrasesTest(notWorkplacePhrases);
// The kept sentences are joined with a space after their closing stop: no name spanning ". " can appear across a dropped one.
const NAME_SPANS_SENTENCES = places.some((place) => /[.!?;]\s/u.test(place.name));

/** A body line without its legal boilerplate sentences ("participates in E-Verify for U.S. Employees"). */
function workplaceText(text: string): string {
  if (!isNotWorkplace(text, filterForm(text))) return text;
  return sentences(text).filter((sentence) => !isNotWorkplace(sentence, filterForm(sentence))).join(' ');
}

// Only the places whose first word the text has are searched. CJK names have no word boundaries:
// they are searched in every text with a CJK character.
const placeIsCjk = places.map((place) => CJK.test(place.name));
const cjkPlaces = places.flatMap((_, index) => (placeIsCjk[index] ? [index] : []));
const wordlessPlaces: number[] = [];
// The other places by the wordHash() of their first word: a text's words are hashed as they are read, none is cut out.
const placesByFirstWordHash = new Map<number, Array<{ word: string; indexes: number[] }>>();
places.forEach((place, index) => {
  if (placeIsCjk[index]) return;
  const word = firstWord(place.name);
  if (word === null) { wordlessPlaces.push(index); return; }
  const hash = wordHash(word);
  const entries = placesByFirstWordHash.get(hash) ?? [];
  placesByFirstWordHash.set(hash, entries);
  const entry = entries.find((e) => e.word === word);
  if (entry) entry.indexes.push(index);
  else entries.push({ word, indexes: [index] });
});
// Per code unit that starts a first word, the lengths of those words (bit n: length n, bit 31: 31 or more): most
// capitalized words ("We", "The") are ruled out without looking them up.
const firstWordLengths = new Uint32Array(0x10000);
for (const entries of placesByFirstWordHash.values()) for (const { word } of entries) firstWordLengths[word.charCodeAt(0)]! |= 1 << Math.min(word.length, 31);
// The scan below jumps from one such unit to the next (and to the first CJK character, if any).
const firstUnits = [...firstWordLengths.keys()].filter((code) => firstWordLengths[code]).map((code) => `\\u${code.toString(16).padStart(4, '0')}`).join('');
const FIRST_WORD_START = new RegExp(`[${firstUnits}]`, 'g');
const FIRST_WORD_START_OR_CJK = new RegExp(`[${firstUnits}${CJK_RANGES}]`, 'g');
// "ABOUT US" is not the United States: short all-capital names are skipped in shouted text.
const placeIsShortCapitals = places.map((place) => place.name.length <= 3 && /^[A-Z.]+$/.test(place.name));

/** Is this UTF-16 unit one the CJK pattern matches? */
function isCjkUnit(code: number): boolean {
  return (code >= 0x3000 && code <= 0x9fff) || (code >= 0xac00 && code <= 0xd7af);
}

// Candidate place indexes of the current placesIn call, deduplicated by stamping each with the call's number.
const candidateStamps = new Uint32Array(places.length);
let callNumber = 0;
let candidates: number[] = [];
function addCandidates(list: readonly number[]): void {
  for (const index of list) {
    if (candidateStamps[index] === callNumber) continue;
    candidateStamps[index] = callNumber;
    candidates.push(index);
  }
}

/** Indexes of the places whose first word is a word of the text (or that are searched in it anyway), in table order. */
function placeCandidates(text: string): number[] {
  callNumber = (callNumber + 1) >>> 0;
  if (callNumber === 0) { candidateStamps.fill(0); callNumber = 1; }
  candidates = [];
  addCandidates(wordlessPlaces);
  const length = text.length;
  let cjkSeen = false;
  let jump = FIRST_WORD_START_OR_CJK;
  jump.lastIndex = 0;
  while (jump.test(text)) {
    const start = jump.lastIndex - 1;
    const code = text.charCodeAt(start);
    let end = start + 1;
    if (!cjkSeen && isCjkUnit(code)) {
      cjkSeen = true;
      addCandidates(cjkPlaces);
      // From here on only first words are looked for (this character too, should it start one).
      if (!firstWordLengths[code]) { jump = FIRST_WORD_START; jump.lastIndex = end; continue; }
    }
    let hash = code;
    for (; end < length; end++) {
      const next = text.charCodeAt(end);
      if (!isLetterOrDigit(next)) break;
      // CJK characters are letters: the jump to the word's end must not pass over the first one.
      if (!cjkSeen && next >= 0x3000 && isCjkUnit(next)) { cjkSeen = true; addCandidates(cjkPlaces); }
      hash = (Math.imul(hash, 31) + next) | 0;
    }
    jump = cjkSeen ? FIRST_WORD_START : FIRST_WORD_START_OR_CJK;
    jump.lastIndex = end;
    // Inside a word, not at its start (the rest of the word starts none either).
    if (start > 0 && isLetterOrDigit(text.charCodeAt(start - 1))) continue;
    if (!((firstWordLengths[code]! >>> Math.min(end - start, 31)) & 1)) continue;
    const entries = placesByFirstWordHash.get(hash);
    if (entries) for (const { word, indexes } of entries) if (word.length === end - start && text.startsWith(word, start)) addCandidates(indexes);
  }
  return candidates.length > 1 ? candidates.sort((a, b) => a - b) : candidates;
}

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
    if (placeIsShortCapitals[index] && (shouting ??= !/\p{Ll}/u.test(text))) continue;
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

function extractRemote(ctx: ExtractContext): void {
  const signals: Signal[] = [];
  for (const item of ctx.frontmatterStrings) {
    const key = item.key.toLowerCase();
    if (/(?:^|\.)(?:remote|is_remote|isremote|telecommute)$/.test(key)) {
      const value = item.text.toLowerCase();
      const policy: Policy | null = /^(?:yes|true|full|fully|100%|remote)$/.test(value) ? 'remote' : /^(?:no|false|none)$/.test(value) ? 'onsite' : /^(?:partial|partly|hybrid|some)$/.test(value) ? 'hybrid' : null;
      if (policy) signals.push({ policy, weight: 5, line: item.line, text: `${item.key}: ${item.text}`, rule: `frontmatter.${item.key}` });
    } else if (/^(?:joblocationtype)$/.test(key) && /telecommute/i.test(item.text)) {
      signals.push({ policy: 'remote', weight: 5, line: item.line, text: item.text, rule: `frontmatter.${item.key}` });
    } else if (LOCATION_KEYS.test(key.split('.').pop() ?? '') || /^(?:description|summary|subtitle|employment_type|type)$/.test(key)) {
      phraseSignals(item.text, item.line, `frontmatter.${item.key}`, LOCATION_KEYS.test(key.split('.').pop() ?? '') ? 2 : 0, signals);
    }
  }
  if (ctx.hints.location) phraseSignals(ctx.hints.location.text, ctx.hints.location.line, 'title.location', 2, signals);
  const zones: Zones = { list: [], first: null };
  for (const item of ctx.frontmatterStrings) {
    const form = filterForm(item.text);
    readTimezones(item.text, item.line, true, form === null ? /zone/i.test(item.text) : form.includes('zone'), /\d/.test(item.text), zones);
  }
  // One pass over the body for phrases and time zones, lower-casing only the lines that may have some.
  const keywords = lineKeywords(ctx);
  for (let index = 0; index < ctx.text.length; index++) {
    const line = ctx.text[index]!;
    const mask = keywords[index]!;
    const policyWords = POLICY_KEYWORDS === 0 || (mask & POLICY_KEYWORDS) !== 0;
    const zoneWords = (mask & ZONE_KEYWORDS) !== 0;
    const digits = (mask & DIGIT_KEYWORDS) !== 0;
    if (!policyWords && !zoneWords && !digits) continue;
    if (policyWords) {
      const form = filterForm(line.plain);
      const label = locationLabel(line.plain);
      const badge = badgeOf(line.text);
      // "Remote." as a line, or "Acme · Remote (US only) · Part-time": a stated fact, not prose.
      const fieldish = label || badge || (mayContain(form, FIELD_WORDS) && /(?:^|\s[·•|]\s)(?:remote|hybrid|on-?site)\b/iu.test(line.plain));
      phraseSignals(line.plain, line.line, fieldish ? 'text.location-field' : 'text.phrase', fieldish ? 2 : 0, signals, form);
    }
    readTimezones(line.plain, line.line, zoneWords, zoneWords && /zone/i.test(line.plain), digits, zones);
  }
  const score: Record<Policy, number> = { remote: 0, hybrid: 0, onsite: 0 };
  const strongest: Partial<Record<Policy, Signal>> = {};
  for (const signal of signals) {
    score[signal.policy] += signal.weight;
    if (!strongest[signal.policy] || strongest[signal.policy]!.weight < signal.weight) strongest[signal.policy] = signal;
  }
  const strong = (Object.keys(score) as Policy[]).filter((p) => (strongest[p]?.weight ?? 0) >= 3);
  ctx.fields.remote.timezones = zones.list.slice(0, 6);
  if (!strong.length) {
    if (zones.first) cite(ctx, 'remote', zones.first.line, 'text.timezone', zones.first.text, 0.8);
    return;
  }
  // A field ("Location: ... (Hybrid)", "remote: no") settles it; otherwise the highest score, hybrid on a tie.
  const best = strong.sort((a, b) => (strongest[b]!.weight - strongest[a]!.weight) || (score[b] - score[a]) || (a === 'hybrid' ? -1 : b === 'hybrid' ? 1 : 0))[0]!;
  ctx.fields.remote.policy = best;
  const evidence = strongest[best]!;
  cite(ctx, 'remote', evidence.line, evidence.rule, evidence.text, evidence.weight >= 5 ? 0.95 : 0.8);
  const rivals = strong.filter((p) => p !== best && strongest[p]!.weight >= 3 && strongest[best]!.weight < 5);
  if (rivals.length) {
    warn(ctx, 'remote-conflict', { policies: [best, ...rivals].map((p) => `${p} (line ${strongest[p]!.line})`).join(', ') }, strongest[rivals[0]!]!.line);
  }
  if (best === 'remote') ctx.fields.remote.regions = remoteRegions(ctx, signals);
}

const weightsFound: Record<Policy, number> = { remote: 0, hybrid: 0, onsite: 0 };

function phraseSignals(text: string, line: number, rule: string, bonus: number, signals: Signal[], form = filterForm(text)): void {
  policyWeights(text, form, weightsFound);
  for (const policy of POLICIES) {
    // The heaviest weight with a phrase in the text.
    let best = weightsFound[policy];
    if (policy === 'remote' && best > 0 && /\b(?:no|not|non|kein|pas de|sin|sem|geen)\s+(?:remote|telecommut\w*|télétravail|remoto)\b/iu.test(text)) continue;
    if (policy === 'hybrid' && best < 3 && mayContain(form, DAY_WORDS) && mayContain(form, OFFICE_WORDS) && DAYS_A_WEEK.test(text) && OFFICE_OR_HOME.test(text)) best = 3;
    // "(full-time, remote, worldwide)", "(Remote)": a bracketed job fact, not prose.
    if (policy === 'remote' && best < 3 && mayContain(form, ['remote']) && /\((?:[^()\n]{0,60}[,;/]\s?)?remote(?:\s?[,;/][^()\n]{0,60})?\)/iu.test(text)) best = 3;
    if (best > 0) signals.push({ policy, weight: best + (best >= 1 ? bonus : 0), line, text, rule });
  }
}

/** Regions where remote work is allowed, from the lines that talk about remote work. */
function remoteRegions(ctx: ExtractContext, signals: Signal[]): string[] {
  const lines = new Set(signals.filter((s) => s.policy === 'remote').map((s) => s.text));
  for (const line of ctx.text) {
    const badge = badgeOf(line.text);
    if (badge) lines.add(badge[1]!);
  }
  const keywords = lineKeywords(ctx);
  ctx.text.forEach((line, index) => {
    if ((keywords[index]! & REGION_LINE_KEYWORDS) !== 0 && REGION_LINE.test(line.plain)) lines.add(line.plain);
  });
  const regions: string[] = [];
  for (const raw of lines) {
    // "anywhere in the EU" is the EU, not the world.
    const text = raw.replace(/\banywhere\s+(?:in|within|from)\s+(?:the\s+)?(?!world|globe)/giu, '');
    for (const [label, aliases, pattern] of regionPatterns) {
      if (regions.includes(label) || !aliases.some((alias) => text.includes(alias))) continue;
      pattern.lastIndex = 0;
      if (pattern.test(text)) regions.push(label);
    }
  }
  return regions;
}

interface Zones { list: string[]; first: { line: number; text: string } | null }

/** Time-zone requirements as written ("11am - 1pm PT", "US Eastern Time", "CET ± 2h"), added to what was read so far. */
function readTimezones(plain: string, line: number, zoneWords: boolean, zone: boolean, digits: boolean, zones: Zones): void {
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
