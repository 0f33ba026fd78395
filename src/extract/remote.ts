/**
 * Remote policy: remote, hybrid or onsite.
 *
 * Phrases per language, weighted (tables/remote.ts, remote-phrases.ts); a
 * location field saying "(Hybrid)" or "remote: no" outweighs prose. At
 * least one strong phrase is needed, so a passing "remotely" decides
 * nothing. Two strong policies at once become a remote-conflict warning.
 * Regions and time zones are read from the lines that talk about remote
 * work or hours (remote-regions.ts).
 */
import { cite, warn, type ExtractContext } from './context.js';
import { phraseSignals, POLICY_KEYWORDS, type Policy, type Signal } from './remote-phrases.js';
import { DIGIT_KEYWORDS, readTimezones, remoteRegions, ZONE_KEYWORDS, type Zones } from './remote-regions.js';
import { filterForm, mayContain } from './text.js';
import { lineKeywords } from './tree.js';
import { badgeOf, labelledLine, LOCATION_KEYS, locationLabel, type Found } from './workplace.js';

const FIELD_WORDS = ['remote', 'hybrid', 'onsite', 'on-site'];

/**
 * Set the remote policy, regions and time zones. `workplace` gives the work
 * place the posting names (a location field, or "our office in Berlin"), if
 * any: with no remote or hybrid work stated, the work is onsite there.
 */
export function extractRemote(ctx: ExtractContext, workplace: () => Found | null): void {
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
      // "Remote." as a line, "Acme · Remote (US only) · Part-time" or "Job Location" then "Remote": a stated fact, not prose.
      const fieldish = label || badge || (mayContain(form, FIELD_WORDS) && /(?:^|\s[·•|]\s)(?:remote|hybrid|on-?site)\b/iu.test(line.plain))
        || (index > 0 && labelledLine(ctx.text, index - 1) === line) || (index > 1 && labelledLine(ctx.text, index - 2) === line);
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
    // A place of work and not a word of remote work, even a weak one: onsite, with less confidence than a phrase.
    const place = signals.some((signal) => signal.policy !== 'onsite') ? null : workplace();
    if (place) {
      ctx.fields.remote.policy = 'onsite';
      cite(ctx, 'remote', place.line, `work-place.${place.rule}`, place.text, place.rule === 'text.office' ? 0.5 : 0.6);
    } else if (zones.first) cite(ctx, 'remote', zones.first.line, 'text.timezone', zones.first.text, 0.8);
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
