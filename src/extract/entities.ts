/**
 * HTML character references ("R&amp;D", "jobs&#64;acme.com", "&eacute;")
 * decoded once, where extraction starts (index.ts), in everything the
 * extractors read: the body lines and the front matter. The Markdown tree
 * needs nothing: micromark decodes references in its text and link targets.
 * Decoding uses `entities` (the WHATWG table); a reference must end in ";",
 * so "AT&T" and "?a=1&b=2" stay as written.
 */
import { decodeHTMLStrict } from 'entities';

// A named or numeric character reference, ended by ";".
const ENTITY = /&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});/;

/** The text with its HTML character references decoded; unchanged (the same string) when it has none. */
export function decodeEntities(text: string): string {
  return text.includes('&') && ENTITY.test(text) ? decodeHTMLStrict(text) : text;
}

/** Front matter deep enough to be refused before extraction is not walked further (parse refuses past 64 levels). */
const MAX_DEPTH = 64;

/**
 * Front matter with every string decoded: the value itself when no string
 * changes, else a copy (keys such as "__proto__" kept as own data). Dates,
 * numbers and the like are kept as they are.
 */
export function decodedFrontmatter<T>(value: T, depth = 0): T {
  if (typeof value === 'string') return decodeEntities(value) as T;
  if (depth > MAX_DEPTH || value === null || typeof value !== 'object' || value instanceof Date) return value;
  if (Array.isArray(value)) {
    const items = value.map((item) => decodedFrontmatter(item, depth + 1));
    return (items.some((item, index) => item !== value[index]) ? items : value) as T;
  }
  const record = value as Record<string, unknown>;
  let copy: Record<string, unknown> | null = null;
  const keys = Object.keys(record);
  keys.forEach((key, index) => {
    const decoded = decodedFrontmatter(record[key], depth + 1);
    if (decoded === record[key] || copy !== null) {
      if (copy !== null) define(copy, key, decoded);
      return;
    }
    copy = {};
    for (const earlier of keys.slice(0, index)) define(copy, earlier, record[earlier]);
    define(copy, key, decoded);
  });
  return (copy ?? value) as T;
}

function define(target: Record<string, unknown>, key: string, value: unknown): void {
  Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
}
