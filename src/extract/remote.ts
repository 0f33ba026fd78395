/**
 * Remote policy: remote, hybrid or onsite.
 *
 * Phrases per language, weighted (tables/remote.ts, remote-phrases.ts); a
 * location field saying "(Hybrid)" or "remote: no" outweighs prose. At
 * least one strong phrase is needed, so a passing "remotely" decides
 * nothing. Each signal is a candidate (candidates.ts settle()): a field
 * outweighs prose, and a phrase among benefits or about the company
 * ("a remote-first company") counts less than one about this job. Two
 * strong policies at once, with no field to settle them, become a
 * remote-conflict warning.
 * Regions and time zones are read from the lines that talk about remote
 * work or hours (remote-regions.ts).
 */
import { settle, type Candidate } from './candidates.js';
import { cite, frontmatterLine, warn, type ExtractContext } from './context.js';
import { sectionKindOf } from './sections.js';
import { isRemoteKey, locationValuePolicy, refusesRemoteField, remoteKeySignals, wholeValuePolicy } from './structured-remote.js';
import { anywhereValues, frontmatterProseKeys, remoteCompanyWords } from './tables/remote.js';
import { phraseSignals, POLICY_KEYWORDS, type Policy, type Signal } from './remote-phrases.js';
import { DIGIT_KEYWORDS, readTimezones, remoteRegions, ZONE_KEYWORDS, type Zones } from './remote-regions.js';
import { filterForm, mayContain } from './text.js';
import { phraseFinder } from './match/phrases.js';
import { keywordBit, lineKeywords } from './tree.js';
import { badgeOf, labelledLine, LOCATION_KEYS, locationLabel, type Found } from './workplace.js';
import { columnPairs, tableRowAsLabel } from './label-lines.js';

const FIELD_WORDS = ['remote', 'hybrid', 'onsite', 'on-site'];
/** Front-matter keys that file a page under topics: a tag "remote" says the job is. */
const TAG_KEYS = /^(?:tags?|categories|category|keywords|labels)$/u;
const LEADING_TAG = /^\s{0,3}[[(【]([^\])】]{2,30})[\])】]/u;

/**
 * Set the remote policy, regions and time zones. `workplace` gives the work
 * place the posting names (a location field, or "our office in Berlin"), if
 * any: with no remote or hybrid work stated, the work is onsite there.
 */
export function extractRemote(ctx: ExtractContext, workplace: () => Found | null): void {
  // Keys that state remote work as a field ("remote: true", "jobLocationType: TELECOMMUTE") have one reader, structured-remote.ts.
  const signals: Signal[] = remoteKeySignals(ctx);
  let tag: Signal | undefined;
  for (const item of ctx.frontmatterStrings) {
    const key = item.key.toLowerCase();
    if (isRemoteKey(key)) continue;
    // A location field, or the posting's prose kept in front matter ("perks.text: … you can work from anywhere"), read as the body is.
    if (LOCATION_KEYS.test(key.split('.').pop() ?? '') && isAnywhere(item.text)) anywhereSignal(item.text, item.line, `frontmatter.${item.key}`, signals);
    // "location: [Remote, US, UK]", "location: Remote, US, UK": the policy stated as the field's value.
    const stated = LOCATION_KEYS.test(key.split('.').pop() ?? '') ? locationValuePolicy(item.text) : null;
    if (stated) signals.push({ policy: stated, weight: 5, line: item.line, text: item.text, rule: `frontmatter.${item.key}`, field: true });
    // "tags: [remote, golang]": a tag of remote work files the posting under it (only remote: "office" or "hybrid" tag other
    // things); read below, only where nothing else states a policy or a place of work.
    if (!tag && TAG_KEYS.test(key.split('.').pop() ?? '') && wholeValuePolicy(item.text) === 'remote') {
      tag = { policy: 'remote', weight: 4, line: item.line, text: item.text, rule: `frontmatter.${item.key}` };
    }
    // A Jekyll/Hugo "excerpt" or "teaser" is the posting's own summary ("We are looking for a DevOps Engineer (on-site).").
    if (LOCATION_KEYS.test(key.split('.').pop() ?? '') || /^(?:description|summary|subtitle|excerpt|teaser|employment_type|type)$/.test(key) || isProseKey(key)) {
      phraseSignals(item.text, item.line, `frontmatter.${item.key}`, LOCATION_KEYS.test(key.split('.').pop() ?? '') ? 2 : 0, signals);
    }
  }
  if (ctx.hints.location) phraseSignals(ctx.hints.location.text, ctx.hints.location.line, 'title.location', 2, signals);
  // "[Remote] Backend Developer", "(Hybrid) Data Analyst": a workplace value bracketed before the title, read as "(Remote)" after it is.
  const leading = ctx.evidence.title ? LEADING_TAG.exec(ctx.evidence.title.text) : null;
  if (leading && wholeValuePolicy(leading[1]!)) phraseSignals(leading[1]!, ctx.evidence.title!.line, 'title.location', 2, signals);
  const zones: Zones = { list: [], first: null };
  for (const item of ctx.frontmatterStrings) {
    const form = filterForm(item.text);
    readTimezones(item.text, item.line, true, form === null ? /zone/i.test(item.text) : form.includes('zone'), /\d/.test(item.text), zones);
  }
  // One pass over the body for phrases and time zones, lower-casing only the lines that may have some.
  const keywords = lineKeywords(ctx);
  const [policyBit, zoneBit, digitBit] = [POLICY_KEYWORDS, ZONE_KEYWORDS, DIGIT_KEYWORDS].map((group) => keywordBit(ctx, group)) as [number, number, number];
  for (let index = 0; index < ctx.text.length; index++) {
    const line = ctx.text[index]!;
    const mask = keywords[index]!;
    const policyWords = policyBit === 0 || (mask & policyBit) !== 0;
    const zoneWords = (mask & zoneBit) !== 0;
    const digits = (mask & digitBit) !== 0;
    // "Location: Worldwide": a field of anywhere holds no policy word.
    const anywhere = line.plain.length <= 60 ? locationLabel(line.plain) : null;
    if (anywhere && isAnywhere(anywhere[1]!)) anywhereSignal(line.plain, line.line, 'text.location-field', signals);
    // "勤務地：リモート", "Location: Telework": a label's workplace value on a line with no policy phrase (those lines skip the reading below).
    const statedAlone = anywhere && !policyWords ? locationValuePolicy(anywhere[1]!) : null;
    if (statedAlone) signals.push({ policy: statedAlone, weight: 5, line: line.line, text: line.plain, rule: 'text.location-field', field: true });
    if (!policyWords && !zoneWords && !digits) continue;
    // "Remote: No", "Télétravail : non", a <dt>Remote</dt> over <dd>No</dd>: the field refuses remote work, as "remote: no" in front matter does.
    const refused = policyWords && refusesRemoteField(ctx.text, index);
    if (refused) signals.push({ policy: 'onsite', weight: 5, line: line.line, text: line.plain, rule: 'text.remote-field', field: true });
    else if (policyWords) {
      const form = filterForm(line.plain);
      // "| Tryb pracy | Zdalna |": a table row's label cell read as "Tryb pracy: Zdalna" (a row of a place is read by locationLabel itself).
      // A cell under a location column's header ("| Location |" over "| Remote |") is such a field too.
      const label = locationLabel(line.plain) ?? (line.plain.includes('|') ? locationLabel(tableRowAsLabel(ctx.text, index, line.plain.trim())) ?? columnLabel(ctx.text, index) : null);
      const badge = badgeOf(line.text);
      // "Job Location" then "Remote", a <dt>Tryb pracy</dt> then its <dd>Zdalna</dd>: the value on a line of its own under its label.
      const underLabel = (index > 0 && labelledLine(ctx.text, index - 1) === line) || (index > 1 && labelledLine(ctx.text, index - 2) === line);
      // "Remote." as a line, "Acme · Remote (US only) · Part-time", "Acme - Remote (Europe) - Full-time" or a value under its label: a stated fact, not prose.
      const fieldish = label || badge || (mayContain(form, FIELD_WORDS) && (/(?:^|\s[·•|\-–—]\s)(?:remote|hybrid|on-?site)\b/iu.test(line.plain) || endsHeaderPart(line.plain))) || underLabel;
      phraseSignals(line.plain, line.line, fieldish ? 'text.location-field' : 'text.phrase', fieldish ? 2 : 0, signals, form);
      // "Forma pracy: zdalna", "Modelo de trabalho: home office", or the value alone under its label: a workplace value states the policy as a field.
      const value = label ? label[1]! : underLabel ? line.plain : null;
      const stated = value ? locationValuePolicy(value) : null;
      if (stated) signals.push({ policy: stated, weight: 5, line: line.line, text: line.plain, rule: 'text.location-field', field: true });
    }
    readTimezones(line.plain, line.line, zoneWords, zoneWords && /zone/i.test(line.plain), digits, zones);
  }
  ctx.fields.remote.timezones = zones.list.slice(0, 6);
  // The place of work, asked once: a tag counts only without one, and the onsite reading below uses the same.
  const taggedPlace = tag && !signals.length ? workplace() : undefined;
  if (tag && taggedPlace === null) signals.push(tag);
  const candidates = policyCandidates(ctx, signals);
  if (!candidates.length) {
    // A place of work and not a word of remote work, even a weak one: onsite, with less confidence than a phrase.
    // A place of work and home office named without a share ("Arbeitsort: Berlin", "* Home office"): hybrid.
    const homeOffice = signals.find((signal) => signal.policy === 'hybrid');
    const place = signals.some((signal) => signal.policy === 'remote') ? null : taggedPlace !== undefined ? taggedPlace : workplace();
    if (place && homeOffice) {
      ctx.fields.remote.policy = 'hybrid';
      settle<Policy>(ctx, 'remote', [{ value: 'hybrid', source: 'body', rule: `work-place+home-office.${place.rule}`, line: homeOffice.line, text: homeOffice.text, confidence: 0.5 }]);
    } else if (place) {
      ctx.fields.remote.policy = 'onsite';
      const source = place.rule.startsWith('frontmatter') ? 'frontmatter' : /^(?:jsonld|microdata|rdfa|state)\./.test(place.rule) ? 'structured' : 'body';
      settle<Policy>(ctx, 'remote', [{ value: 'onsite', source, rule: `work-place.${place.rule}`, line: place.line, text: place.text, confidence: place.rule === 'text.office' ? 0.5 : 0.6 }]);
    } else if (zones.first) cite(ctx, 'remote', zones.first.line, 'text.timezone', zones.first.text, 0.8);
    return;
  }
  const fields = new Set(candidates.filter((c) => c.confidence >= FIELD_CONFIDENCE));
  const best = settle(ctx, 'remote', candidates, {
    // Two policies stated strongly are a conflict, unless a field ("Location: ... (Hybrid)", "remote: no") settles it.
    isRival: (top, other) => !fields.has(top.strongest) && other.strongest.confidence >= STRONG_CONFIDENCE * DEMOTED,
    conflict: (context, choice) => {
      const policies = [choice.best, ...choice.rivals].map((c) => `${c.value} (line ${c.line})`).join(', ');
      warn(context, 'remote-conflict', { policies }, choice.rivals[0]!.line);
    },
  })!;
  ctx.fields.remote.policy = best.value;
  if (best.value === 'remote') ctx.fields.remote.regions = remoteRegions(ctx, signals);
}

/**
 * "Acme | Backend Engineer | London or REMOTE | Full-time": a part of a one-line header (a Hacker News "who is hiring"
 * post's) that ends with a workplace word states it as a field, as one that opens with it does ("REMOTE or London").
 */
function endsHeaderPart(plain: string): boolean {
  const parts = plain.length <= 300 ? plain.split(/\s+[|·•]\s+/u) : [];
  return parts.length > 2 && parts.some((part) => part.length <= 60 && /(?:^|\s)(?:remote|hybrid|on-?site)(?:\s*\([^()]{1,40}\))?$/iu.test(part.trim()));
}

/** Confidence of a field (front matter, a location line) stating a policy: it settles the field. */
const FIELD_CONFIDENCE = 0.95;
/** Confidence of a strong phrase in prose ("fully remote", "hybrid"); weak phrases ("remotely") only add to a policy stated strongly. */
const STRONG_CONFIDENCE = 0.55;
/** Where a phrase talks of the company or its perks rather than this job ("remote-friendly Fridays" among benefits), it counts this much. */
const DEMOTED = 0.7;

/**
 * The policy signals as candidates, hybrid first on a tie ("remote" and
 * "hybrid" on one line is hybrid work). Only policies with a strong signal
 * are proposed; a weak one adds to its policy's strong ones.
 */
function policyCandidates(ctx: ExtractContext, signals: readonly Signal[]): Array<Candidate<Policy>> {
  const strong = new Set(signals.filter((s) => s.weight >= 3).map((s) => s.policy));
  const order: Record<Policy, number> = { hybrid: 0, remote: 1, onsite: 2 };
  return signals
    .filter((signal) => strong.has(signal.policy))
    .map((signal): Candidate<Policy> => {
      const base = signal.weight >= 5 ? FIELD_CONFIDENCE : signal.weight === 4 ? 0.8 : signal.weight === 3 ? STRONG_CONFIDENCE : signal.weight === 2 ? 0.2 : 0.1;
      const demoted = !signal.field && signal.rule === 'text.phrase' && aboutCompanyOrPerks(ctx, signal);
      const source = signal.rule.startsWith('frontmatter') ? 'frontmatter' : signal.rule === 'title.location' ? 'heading' : 'body';
      return { value: signal.policy, source, rule: signal.rule, line: signal.line, text: signal.text, confidence: demoted ? base * DEMOTED : base };
    })
    .sort((a, b) => order[a.value] - order[b.value]);
}

/** Is the signal's line in a benefits or company section, or a sentence about the company ("we are a remote-first company")? */
function aboutCompanyOrPerks(ctx: ExtractContext, signal: Signal): boolean {
  let heading = '';
  for (const h of ctx.headings) if (h.line <= signal.line) heading = h.text; else break;
  const kind = heading ? sectionKindOf(heading) : 'other';
  if (kind === 'benefits' || kind === 'company') return true;
  return companySubject.find(signal.text, 0) !== null;
}

const companySubject = phraseFinder(remoteCompanyWords);
const ANYWHERE = new Set(anywhereValues);
/**
 * Is a location field's whole value "anywhere" ("Anywhere", "Cualquier lugar", "Worldwide.")? A trailing
 * bracketed wish qualifies it without naming a work place ("anywhere (prefer a time zone between US/Pacific
 * and Central European)").
 */
const isAnywhere = (value: string): boolean => {
  const bare = value.trim().replace(/\s*\([^()\n]{0,120}\)$/u, '');
  return bare.length <= 30 && ANYWHERE.has(bare.replace(/[.!*_]+$/u, '').trim().toLowerCase());
};
/** A location field of "anywhere" states remote work as a field does. */
function anywhereSignal(text: string, line: number, rule: string, signals: Signal[]): void {
  signals.push({ policy: 'remote', weight: 5, line, text, rule, field: true });
}
const PROSE_KEYS = new Set(frontmatterProseKeys);
/** A nested front-matter key (the top-level ones are read as fields) whose last part names prose: "perfect-job.text", "about.content". */
// Readers' comments kept in front matter (WordPress exports: "comments.content") are not the posting's words.
const isProseKey = (key: string): boolean =>
  key.includes('.') && PROSE_KEYS.has(key.slice(key.lastIndexOf('.') + 1).toLowerCase()) && !/(?:^|\.)comments?\./i.test(key);

/** The first "header: value" pair of a table row whose header is a location label, read as that label's line. */
function columnLabel(lines: ExtractContext['text'], index: number): RegExpExecArray | null {
  for (const pair of columnPairs(lines, index)) {
    const label = locationLabel(pair);
    if (label) return label;
  }
  return null;
}
