/**
 * The one reader of a remote data key: front matter or a data item that
 * states remote work as a field (`remote: true`, `is_remote: no`,
 * `workplace: hybrid`, `jobLocationType: TELECOMMUTE`). Each such key is a
 * field-strength signal for remote.ts, which settles it against the text.
 * A `false` boolean says only "not fully remote" (hybrid work may still be),
 * so it gives no signal; the text "no" or "false" says onsite.
 */
import { frontmatterLine, type ExtractContext } from './context.js';
import type { Policy, Signal } from './remote-phrases.js';
import { REMOTE_FLAG_KEYS, REMOTE_LOCATION_TYPES } from './structured-tables.js';

/** A key's last dotted part, lower-cased, without "_" or "-": "job.is_remote" -> "isremote". */
const keyForm = (key: string) => (key.split('.').pop() ?? '').toLowerCase().replace(/[_-]/g, '');
const FLAG_KEYS = new Set(REMOTE_FLAG_KEYS.map(keyForm));

/** Does this front-matter key state remote work as a field? */
export function isRemoteKey(key: string): boolean {
  return FLAG_KEYS.has(keyForm(key));
}

/** The policy a remote key's value states, or null when it states none. */
export function remoteValuePolicy(value: unknown): Policy | null {
  if (value === true) return 'remote';
  if (typeof value !== 'string' && typeof value !== 'number') return null;
  const text = String(value).trim().toLowerCase();
  if (REMOTE_LOCATION_TYPES.has(text) || /^(?:yes|true|full|fully|100%|fully remote)$/.test(text)) return 'remote';
  if (/^(?:no|false|none|onsite|on-site|on site|office|in office|in-office)$/.test(text)) return 'onsite';
  if (/^(?:partial|partly|hybrid|some)$/.test(text)) return 'hybrid';
  return null;
}

/** Field-strength signals (weight 5) from every remote key of the front matter or data item. */
export function remoteKeySignals(ctx: Pick<ExtractContext, 'frontmatter' | 'frontmatterStrings' | 'source'>): Signal[] {
  const signals: Signal[] = [];
  for (const item of ctx.frontmatterStrings) {
    const policy = isRemoteKey(item.key) ? remoteValuePolicy(item.text) : null;
    if (policy) signals.push({ policy, weight: 5, line: item.line, text: `${item.key}: ${item.text}`, rule: `frontmatter.${item.key}` });
  }
  // Booleans are not among the flattened strings.
  for (const [key, value] of Object.entries(ctx.frontmatter)) {
    if (value === true && isRemoteKey(key)) signals.push({ policy: 'remote', weight: 5, line: frontmatterLine(ctx, key), text: `${key}: true`, rule: `frontmatter.${key}` });
  }
  return signals;
}
