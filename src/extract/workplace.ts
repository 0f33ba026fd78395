/**
 * Where a posting states its work place as a field rather than in prose:
 * front matter location keys, "Location:" / "Standort:" / "勤務地：" label
 * lines and aggregator badges ("🌎 Remote (EU)"). Read by the places and
 * by the remote policy alike.
 */

import type { Location } from '../schema/posting.js';
import type { TextLine } from './context.js';
import { locationLabels } from './tables/places.js';
import { escapeRegExp } from './text.js';

/** A place read, with where it was read. */
export interface Found { location: Location; line: number; rule: string; text: string }

/** Front matter keys (their last part) that hold a work location. */
export const LOCATION_KEYS = /^(?:location|locations|job_location|joblocation|city|place|office|address|addressLocality|addressRegion|addressCountry|country|region|ort|standort|lieu|ubicacion|ubicación|localização|plaats|miesto|jobLocation\..*|location\..*)$/i;
// A label, a colon (full-width too, as Japanese and Chinese write it) or a spaced dash ("Локация – Москва", as
// Russian label lines write it, "Занятость – полная" too), the value.
const LABEL_WORDS = [...locationLabels].sort((a, b) => b.length - a.length).map(escapeRegExp).join('|');
const LOCATION_LABEL = new RegExp(`^(?:${LABEL_WORDS})(?:\\s{0,2}[:：]|\\s{1,2}[–—-])\\s{0,2}(.{2,160})$`, 'iu');
const LABEL_HEADING = new RegExp(`^(?:${LABEL_WORDS})\\s{0,2}[:：]?$`, 'iu');
const BADGE = /🌎\s{0,2}([^`]{2,80})/u;

/** Does this front matter key (a dotted path) name a work location? */
export function isLocationKey(key: string): boolean {
  return LOCATION_KEYS.test(key.split('.').pop() ?? '') || LOCATION_KEYS.test(key);
}

// Every label has a colon and every badge a globe: most lines have neither and skip the patterns.

const SPACED_DASH = /\s[–—-]/u;

/** "Location: Berlin", "Локация – Москва" -> the match, its value in [1]. */
export function locationLabel(plain: string): RegExpExecArray | null {
  return plain.includes(':') || plain.includes('：') || SPACED_DASH.test(plain) ? LOCATION_LABEL.exec(plain) : null;
}

/**
 * A label standing alone as a heading or line ("Job Location", "Arbeitsort"),
 * with its value on the next line: that line, or null.
 */
export function labelledLine(lines: readonly TextLine[], index: number): TextLine | null {
  const label = lines[index]!.plain;
  if (label.length > 40 || !LABEL_HEADING.test(label)) return null;
  // A setext underline ("-------") is no value.
  for (const next of lines.slice(index + 1, index + 3)) if (/[\p{L}\p{N}]/u.test(next.plain)) return next.plain.length <= 160 ? next : null;
  return null;
}

/** "🌎 Remote (EU)" -> the match, its value in [1]. */
export function badgeOf(text: string): RegExpExecArray | null {
  return text.includes('🌎') ? BADGE.exec(text) : null;
}
