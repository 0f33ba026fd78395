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
import { filterable, filterForm, FirstWordIndex, firstWord, lazily, mayContain, phrasePattern, sentences, words } from './text.js';

type Policy = 'remote' | 'hybrid' | 'onsite';
interface Signal { policy: Policy; weight: number; line: number; text: string; rule: string }

const LOCATION_KEYS = /^(?:location|locations|job_location|joblocation|city|place|office|address|addressLocality|addressRegion|addressCountry|country|region|ort|standort|lieu|ubicacion|ubicación|localização|plaats|miesto|jobLocation\..*|location\..*)$/i;
const LOCATION_LABEL = /^(?:location|locations|based in|office|work location|job location|standort|arbeitsort|einsatzort|lieu|localisation|ubicación|localización|localização|local|locatie|standplaats|miesto|miesto práce|勤務地)\s{0,2}:\s{0,2}(.{2,160})$/iu;
const BADGE = /🌎\s{0,2}([^`]{2,80})/u;
const CJK = /[\u3000-\u9fff\uac00-\ud7af]/u;
/** One remote-policy phrase and its pattern, compiled on first use. */
interface PolicyPhrase { weight: number; pattern: () => RegExp }
const policyPatterns = Object.fromEntries(
  (Object.keys(remotePhrases) as Policy[]).map((policy) => [policy, remotePhrases[policy].map(([phrase, weight]): PolicyPhrase => ({
    weight,
    pattern: lazily(() => phrasePattern([phrase], 'iu')),
  }))]),
) as Record<Policy, PolicyPhrase[]>;
// A whole-word phrase can only match a line that has its first word: most lines are tested against none.
// Phrases with characters that fold unlike their lower case are always tested.
const policyIndexes = Object.fromEntries(
  (Object.keys(remotePhrases) as Policy[]).map((policy) => [policy, new FirstWordIndex(remotePhrases[policy].map(([phrase]) => (filterable(phrase) ? firstWord(phrase.toLowerCase()) : null)))]),
) as Record<Policy, FirstWordIndex>;
const regionPatterns = regionLines.map((line) => {
  const [label, ...aliases] = line.split('|');
  return [label!, phrasePattern(aliases, 'u')] as const;
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

// What each time-zone pattern cannot match without (same order): most lines have none and skip them.
const TIMEZONE_GUARDS: Array<(text: string) => boolean> = [
  (text) => /\d/.test(text),
  (text) => /Eastern|Pacific|Central|Mountain/.test(text),
  (text) => /zone/i.test(text),
  (text) => text.includes('UTC') || text.includes('GMT'),
  (text) => /\d/.test(text),
  (text) => text.includes('time') || text.includes('hours'),
];

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
    for (const place of placesIn(workplaceText(line.plain))) found.push({ location: place, line: line.line, rule: 'text.gazetteer', text: line.plain });
    if (found.length >= 8) break;
  }
  return found;
}

const NOT_WORKPLACE = phrasePattern(notWorkplacePhrases, 'iu');

/** A body line without its legal boilerplate sentences ("participates in E-Verify for U.S. Employees"). */
function workplaceText(text: string): string {
  if (!NOT_WORKPLACE.test(text)) return text;
  return sentences(text).filter((sentence) => !NOT_WORKPLACE.test(sentence)).join(' ');
}

// Only the places whose first word the text has are searched (CJK names have no word boundaries: always searched).
const placeIndex = new FirstWordIndex(places.map((place) => (CJK.test(place.name) ? null : firstWord(place.name))));

/**
 * Every gazetteer place in a text, as a record location, in reading order.
 * A plain substring search with letter boundaries checked by hand (CJK names
 * have none); a longer name wins over a shorter one inside it.
 */
export function placesIn(text: string): Location[] {
  const hits: Array<{ at: number; end: number; place: Place }> = [];
  const shouting = !/\p{Ll}/u.test(text);
  for (const index of FirstWordIndex.ordered(placeIndex.candidates(text))) {
    const place = places[index]!;
    // "ABOUT US" is not the United States.
    if (shouting && place.name.length <= 3 && /^[A-Z.]+$/.test(place.name)) continue;
    let from = 0;
    for (;;) {
      const at = text.indexOf(place.name, from);
      if (at === -1) break;
      from = at + 1;
      const end = at + place.name.length;
      if (!CJK.test(place.name) && (/[\p{L}\p{N}]/u.test(text[at - 1] ?? '') || /[\p{L}\p{N}]/u.test(text[end] ?? ''))) continue;
      if (hits.some((h) => at >= h.at && end <= h.end)) continue;
      hits.push({ at, end, place });
      break; // one mention of a place is enough
    }
  }
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
  for (const line of ctx.text) {
    const label = locationLabel(line.plain);
    const badge = badgeOf(line.text);
    // "Remote." as a line, or "Acme · Remote (US only) · Part-time": a stated fact, not prose.
    const fieldish = label || badge || (mayContain(filterForm(line.plain), FIELD_WORDS) && /(?:^|\s[·•|]\s)(?:remote|hybrid|on-?site)\b/iu.test(line.plain));
    phraseSignals(line.plain, line.line, fieldish ? 'text.location-field' : 'text.phrase', fieldish ? 2 : 0, signals);
  }
  const score: Record<Policy, number> = { remote: 0, hybrid: 0, onsite: 0 };
  const strongest: Partial<Record<Policy, Signal>> = {};
  for (const signal of signals) {
    score[signal.policy] += signal.weight;
    if (!strongest[signal.policy] || strongest[signal.policy]!.weight < signal.weight) strongest[signal.policy] = signal;
  }
  const strong = (Object.keys(score) as Policy[]).filter((p) => (strongest[p]?.weight ?? 0) >= 3);
  const zones = timezones(ctx);
  ctx.fields.remote.timezones = zones.list;
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

const DAYS_A_WEEK = /\b(?:\d|one|two|three|four|deux|trois|quatre|zwei|drei|vier|dos|tres|dois|twee|drie|1-2|2-3|1–2|2–3)\s{0,2}(?:days?|jours?|tage?n?|dagen|días|dias|dni|dní)\s{0,2}(?:a|per|par|pro|por|in the|each|in der|de la)?\s{0,2}(?:week|semaine|woche|semana|týždeň|týždenne|týždni)\b/iu;
const OFFICE_OR_HOME = /\b(?:télétravail\w*|remote|office|bureaux?|büro|homeoffice|home office|oficina|escritório|kantoor|thuis|kancelári\w*)\b/iu;

// Words every DAYS_A_WEEK / OFFICE_OR_HOME match contains, lower-cased: most lines have none and skip the patterns.
const DAY_WORDS = ['day', 'jour', 'tag', 'dag', 'día', 'dia', 'dni', 'dní'];
const OFFICE_WORDS = ['télétravail', 'remote', 'office', 'bureau', 'büro', 'oficina', 'escritório', 'kantoor', 'thuis', 'kancelári'];

function phraseSignals(text: string, line: number, rule: string, bonus: number, signals: Signal[]): void {
  const form = filterForm(text);
  const formWords = form === null ? null : words(form);
  for (const policy of Object.keys(policyPatterns) as Policy[]) {
    let best = 0 as number;
    const phrases = policyPatterns[policy];
    const tried = formWords === null ? phrases.keys() : policyIndexes[policy].candidatesOf(formWords);
    for (const index of tried) {
      const { weight, pattern } = phrases[index]!;
      if (weight > best && pattern().test(text)) best = weight;
    }
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
  for (const line of ctx.text) if (BADGE.test(line.text)) lines.add(BADGE.exec(line.text)![1]!);
  for (const line of ctx.text) if (/\b(?:only considering|candidates (?:from|in)|residents|based in|located in|anywhere)\b/i.test(line.plain)) lines.add(line.plain);
  const regions: string[] = [];
  for (const raw of lines) {
    // "anywhere in the EU" is the EU, not the world.
    const text = raw.replace(/\banywhere\s+(?:in|within|from)\s+(?:the\s+)?(?!world|globe)/giu, '');
    for (const [label, pattern] of regionPatterns) {
      pattern.lastIndex = 0;
      if (pattern.test(text) && !regions.includes(label)) regions.push(label);
    }
  }
  return regions;
}

/** Time-zone requirements as written ("11am - 1pm PT", "US Eastern Time", "CET ± 2h"). */
function timezones(ctx: ExtractContext): { list: string[]; first: { line: number; text: string } | null } {
  const out: string[] = [];
  let first: { line: number; text: string } | null = null;
  const texts = [...ctx.frontmatterStrings.map((f) => ({ plain: f.text, line: f.line })), ...ctx.text];
  for (const { plain, line } of texts) {
    if (plain.length > 2000) continue;
    for (const [index, pattern] of TIMEZONE_PATTERNS.entries()) {
      if (!TIMEZONE_GUARDS[index]!(plain)) continue;
      pattern.lastIndex = 0;
      for (const match of plain.matchAll(pattern)) {
        if (out.includes(match[0].trim())) continue;
        out.push(match[0].trim());
        first ??= { line, text: plain };
      }
    }
  }
  return { list: out.slice(0, 6), first };
}
