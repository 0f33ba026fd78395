/**
 * The one reader of a remote data key: front matter or a data item that
 * states remote work as a field (`remote: true`, `is_remote: no`,
 * `location_type: Hybrid`, `workplaceType: ON_SITE`, `jobLocationType: TELECOMMUTE`). Each such key is a
 * field-strength signal for remote.ts, which settles it against the text.
 * A `false` boolean says only "not fully remote" (hybrid work may still be),
 * so it gives no signal; the text "no" or "false" says onsite.
 */
import { frontmatterLine, type ExtractContext } from './context.js';
import { phraseSignals, type Policy, type Signal } from './remote-phrases.js';
import { REMOTE_FLAG_KEYS, REMOTE_LOCATION_TYPES } from './structured-tables.js';
import { workplaceValues } from './tables/workplace-values.js';
import { remoteFieldContrasts, remoteFieldLabels, remoteFieldRefusals, remoteNegationWords } from './tables/remote.js';
import type { TextLine } from './context.js';
import { labelledValue } from './label-lines.js';
import { escapeRegExp } from './text.js';
import { keyForm } from './tables/field-keys.js';

/** A key's last dotted part as keys are compared (tables/field-keys.ts): "job.is_remote" -> "isremote", "Work Mode" -> "workmode". */
const lastKeyForm = (key: string) => keyForm(key.split('.').pop() ?? '');
const FLAG_KEYS = new Set(REMOTE_FLAG_KEYS.map(lastKeyForm));

/** Does this front-matter key state remote work as a field? */
export function isRemoteKey(key: string): boolean {
  return FLAG_KEYS.has(lastKeyForm(key));
}

/** A field value as its words: "ON_SITE", "OnSite", "on-site" -> "on site". */
const valueForm = (text: string): string =>
  text.trim().replace(/(\p{Ll})(\p{Lu})/gu, '$1 $2').replace(/[_-]+/g, ' ').replace(/\s+/g, ' ').replace(/[.!]+$/u, '').toLowerCase();
const VALUE_POLICIES = new Map<string, Policy>(
  (Object.entries(workplaceValues) as Array<[Policy, string[]]>).flatMap(([policy, values]) => values.map((value) => [valueForm(value), policy] as const)),
);

/** The policy a remote key's value states, or null when it states none. */
export function remoteValuePolicy(value: unknown): Policy | null {
  if (value === true) return 'remote';
  if (typeof value !== 'string' && typeof value !== 'number') return null;
  const text = valueForm(String(value));
  if (REMOTE_LOCATION_TYPES.has(text) || /^(?:yes|true|full|fully|100%)$/.test(text)) return 'remote';
  if (/^(?:no|false|none)$/.test(text)) return 'onsite';
  if (text === 'some') return 'hybrid';
  return VALUE_POLICIES.get(text) ?? null;
}

/**
 * The policy a location value states as a field: the whole value, or one item of it beside places, is a
 * workplace value ("Remote", "Remote, US, UK", "Hybrid / Berlin"); null for prose ("remote-friendly office").
 */
export function locationValuePolicy(text: string): Policy | null {
  if (text.length > 80) return null;
  for (const part of text.split(/\s*[,;|/·•()]\s*|\s+[-–—]\s+/u)) {
    const policy = part ? VALUE_POLICIES.get(valueForm(part)) : undefined;
    if (policy) return policy;
  }
  return null;
}

/** The policy a tag or a title's leading bracket names when it is a workplace value whole ("remote", "Hybrid"), or null. */
export function wholeValuePolicy(text: string): Policy | null {
  return text.length <= 30 ? VALUE_POLICIES.get(valueForm(text)) ?? null : null;
}

/** Field-strength signals (weight 5) from every remote key of the front matter or data item. */
export function remoteKeySignals(ctx: Pick<ExtractContext, 'frontmatter' | 'frontmatterStrings' | 'source'>): Signal[] {
  const signals: Signal[] = [];
  for (const item of ctx.frontmatterStrings) {
    const policy = isRemoteKey(item.key) ? remoteValuePolicy(item.text) ?? phrasedPolicy(item.text) : null;
    if (policy) signals.push({ policy, weight: 5, line: item.line, text: `${item.key}: ${item.text}`, rule: `frontmatter.${item.key}` });
  }
  // Booleans are not among the flattened strings.
  for (const [key, value] of Object.entries(ctx.frontmatter)) {
    if (value === true && isRemoteKey(key)) signals.push({ policy: 'remote', weight: 5, line: frontmatterLine(ctx, key), text: `${key}: true`, rule: `frontmatter.${key}` });
  }
  return signals;
}

const NEGATION = new RegExp(`(?<![\\p{L}])(?:${[...new Set(Object.values(remoteNegationWords).flat())].join('|')})(?![\\p{L}])`, 'iu');
/** A value's parts: "Remote (US only)" -> "Remote", "US only"; "Hybrid, remote not possible" -> "Hybrid", "remote not possible". */
const CONTRAST = new RegExp(`^(?:${remoteFieldContrasts.join('|')})(?![\\p{L}])`, 'iu');
const VALUE_PARTS = /\s*[,;|/·•()]\s*|\s+[-–—]\s+/u;

/**
 * A value worded as a short phrase ("Remote (US only)", "Hybrid – 2 days in office"): the one policy its phrases
 * weigh most, or null. A part that negates its remote words ("Remote not possible") states no remote work.
 */
function phrasedPolicy(text: string): Policy | null {
  if (text.length > 60) return null;
  const found: Signal[] = [];
  phraseSignals(text, 0, 'value', 0, found);
  if (text.split(VALUE_PARTS).some(negatesRemote)) found.splice(0, found.length, ...found.filter((signal) => signal.policy !== 'remote'));
  const top = Math.max(0, ...found.map((signal) => signal.weight));
  const best = found.filter((signal) => signal.weight === top);
  return best.length === 1 ? best[0]!.policy : null;
}

function negatesRemote(part: string): boolean {
  if (!NEGATION.test(part)) return false;
  const found: Signal[] = [];
  phraseSignals(part, 0, 'value', 0, found);
  return found.some((signal) => signal.policy === 'remote');
}

// A remote field's label: a remote workplace value ("Remote", "Télétravail", "Homeoffice") or a label of its own ("Remote work").
const REMOTE_LABEL = new RegExp(`^[*_]{0,2}(?:${[...workplaceValues.remote, ...remoteFieldLabels].sort((a, b) => b.length - a.length).map(escapeRegExp).join('|')})[*_]{0,2}$`, 'iu');
const REFUSALS = new Set(remoteFieldRefusals);

/**
 * Does the line hold a remote field whose answer refuses it ("Remote: No", "Homeoffice: nein", "| Remote | Not possible |",
 * or the label over its answer, as a <dt>/<dd> pair renders)? The answer may go on ("No, onsite in Berlin") only where
 * the rest states no remote or hybrid work ("No, but 2 days of home office a week" is no refusal of it).
 */
export function refusesRemoteField(lines: readonly TextLine[], index: number): boolean {
  const line = lines[index]!;
  if (refuses(labelledValue(lines, index, REMOTE_LABEL)?.value)) return true;
  // "Acme | Backend Engineer | Berlin | Remote: No | Full-time": a field among a header line's parts.
  const parts = line.plain.length <= 200 ? line.plain.split(HEADER_PARTS) : [];
  return parts.length > 2 && parts.some((part) => refuses(labelledValue([{ ...line, plain: part }], 0, REMOTE_LABEL)?.value));
}

// The separators of a one-line header ("Acme | Role | Berlin | Remote: No"), as a Hacker News "who is hiring" post writes it.
const HEADER_PARTS = /\s+[|·•]\s+/u;

/** Does a remote field's answer refuse remote work? */
function refuses(value: string | undefined): boolean {
  if (value === undefined) return false;
  const [answer, ...rest] = value.replace(/[*_]+/gu, '').split(VALUE_PARTS);
  if (!REFUSALS.has(valueForm(answer ?? ''))) return false;
  // "Nein, aber 2 Tage pro Woche möglich", "non, sauf 1 jour par semaine": a refusal that goes on with "but" allows some (review26c).
  if (CONTRAST.test(rest.join(' ').trim())) return false;
  const found: Signal[] = [];
  phraseSignals(rest.join(' '), 0, 'value', 0, found);
  return !found.some((signal) => signal.policy !== 'onsite');
}
