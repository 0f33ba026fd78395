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
import { placesIn } from './gazetteer.js';
import { keyForm, keyForms } from './tables/field-keys.js';

/** A place read, with where it was read. */
export interface Found { location: Location; line: number; rule: string; text: string }

/** Front matter keys (their last part) that hold a work location. */
// The keys of a place, shared with data items (tables/field-keys.ts): the location's and the country's, and any key under `jobLocation.` or `location.`.
const PLACE_KEYS = new Set([...keyForms('location'), ...keyForms('country')]);
export const LOCATION_KEYS = { test: (key: string): boolean => PLACE_KEYS.has(keyForm(key)) || /^(?:jobLocation|location)\./i.test(key) };
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

/** "Location: Berlin", "Локация – Москва", "■勤務地：東京", "【勤務地】東京", "Arbeitsort | Hamburg" -> the match, its value in [1]. */
export function locationLabel(plain: string): RegExpExecArray | null {
  // A bar may be a table row's cell break or just a separator after a colon label ("**Location:** Munich | **Type:** …").
  const row = plain.includes('|') ? tableRowLabel(plain) : null;
  if (row) return row;
  const text = withoutLabelMark(plain);
  return text.includes(':') || text.includes('：') || SPACED_DASH.test(text) ? LOCATION_LABEL.exec(text) : null;
}

// A table row as a th/td or dt/dd pair renders it ("Arbeitsort | Hamburg", "| 勤務地 | | 東京都新宿区 |", "工作地点 | 上海 | 工作性质 | 全职"):
// the first cell is the label, the next filled cell its value.
const TABLE_ROW = /^\|?\s{0,3}([^|]{1,40}?)\s{0,3}(?:\|\s{0,3})+([^|]{2,160}?)\s{0,3}(?:\||$)/u;
/**
 * A row whose first cell is a location label, read as "label: value". Only a value the gazetteer knows: a table's
 * header row ("Standort | Gehalt | Start") holds labels, not a place.
 */
function tableRowLabel(plain: string): RegExpExecArray | null {
  const row = TABLE_ROW.exec(plain);
  if (!row || !placesIn(row[2]!).length) return null;
  return LOCATION_LABEL.exec(`${withoutLabelMark(row[1]!)}: ${row[2]!}`);
}

// Japanese, Korean and Chinese pages set a label off by a glyph or lenticular brackets rather than a colon
// ("■勤務地" over "東京", "▶근무지" over "서울", "【工作地点】上海"): the glyph or brackets mark the label as a colon does.
const LABEL_GLYPH = /^[▶▷►▸■□●○◆◇★☆◎◉▼▽▪・※]\s{0,2}/u;
const BRACKETED_LABEL = /^[【［〔]\s{0,2}([^】］〕\n]{1,16}?)\s{0,2}[】］〕]\s{0,2}/u;
/** "■勤務地" -> "勤務地", "【勤務地】東京" -> "勤務地：東京"; any other line as it is. */
export function withoutLabelMark(plain: string): string {
  // Every such mark is past U+2000: most lines start below it and are returned at once.
  if (!plain || plain.charCodeAt(0) < 0x2000) return plain;
  const text = plain.replace(LABEL_GLYPH, '');
  const bracketed = BRACKETED_LABEL.exec(text);
  if (!bracketed) return text;
  const rest = text.slice(bracketed[0].length);
  return rest ? `${bracketed[1]}：${rest}` : bracketed[1]!;
}

/**
 * A label standing alone as a heading or line ("Job Location", "Arbeitsort"),
 * with its value on the next line: that line, or null.
 */
export function labelledLine(lines: readonly TextLine[], index: number): TextLine | null {
  const label = withoutLabelMark(lines[index]!.plain);
  if (label.length > 40 || !LABEL_HEADING.test(label)) return null;
  // A setext underline ("-------") is no value.
  for (const next of lines.slice(index + 1, index + 3)) if (/[\p{L}\p{N}]/u.test(next.plain)) return next.plain.length <= 160 ? next : null;
  return null;
}

/** "🌎 Remote (EU)" -> the match, its value in [1]. */
export function badgeOf(text: string): RegExpExecArray | null {
  return text.includes('🌎') ? BADGE.exec(text) : null;
}
