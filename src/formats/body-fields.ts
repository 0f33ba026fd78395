/**
 * Front matter that holds the body. Headless CMSs and some site generators
 * keep the whole posting in a field (`content.default_content`, `body`,
 * `description_html`) and leave the Markdown body empty. When the body is
 * empty or trivial, the first field of BODY_KEYS that holds text becomes the
 * body, with its lines mapped to the source as well as the syntax allows: a
 * YAML literal block (`|`) or a TOML multi-line string keeps line for line;
 * any other value maps every line to the field's key line.
 */

/** Keys that may hold the body, in order of preference; dotted keys are nested, case is ignored. */
export const BODY_KEYS = [
  'content.default_content', 'body_html', 'bodyHtml', 'content_html', 'contentHtml', 'description_html', 'descriptionHtml',
  'job_description_html', 'html', 'body', 'content', 'job_description', 'jobDescription', 'description', 'text', 'details',
];

/** A body with fewer letters and digits than this is trivial (a stray include, a heading alone). */
export const TRIVIAL_BODY_CHARS = 40;
/** A field must hold at least this many letters and digits to be taken as the posting (not a summary line). */
export const MIN_FIELD_CHARS = 200;

export interface BodyField {
  key: string;
  text: string;
  /** The source line of the field's key. */
  keyLine: number;
  /** True when value line n is source line keyLine + n (a literal block). */
  lineForLine: boolean;
}

const WORD_CHARS = /[\p{L}\p{N}]/gu;

function wordChars(text: string, atLeast: number): boolean {
  let count = 0;
  WORD_CHARS.lastIndex = 0;
  while (WORD_CHARS.exec(text)) if (++count >= atLeast) return true;
  return false;
}

/** True when the body says too little to be the posting. */
export function isTrivialBody(body: string): boolean {
  return !wordChars(body, TRIVIAL_BODY_CHARS);
}

/** The front-matter field holding the body, or undefined. `source` is the whole file's text. */
export function bodyField(frontmatter: Record<string, unknown>, source: string, bodyLine: number): BodyField | undefined {
  for (const key of BODY_KEYS) {
    const value = valueAt(frontmatter, key.split('.'));
    if (typeof value !== 'string' || !wordChars(value, MIN_FIELD_CHARS)) continue;
    const frontLines = source.split('\n', Math.max(bodyLine - 1, 1));
    const keyIndex = keyLineIndex(frontLines, key.split('.'));
    if (keyIndex === undefined) return { key, text: value, keyLine: 1, lineForLine: false };
    const keyText = frontLines[keyIndex]!;
    // `key: |` (YAML literal) and `key = """` (TOML multi-line) put the value's lines on the next lines.
    const lineForLine = /[:=]\s*(?:\|[-+0-9]*|"""|''')\s*$/.test(keyText);
    return { key, text: value, keyLine: keyIndex + 1, lineForLine };
  }
  return undefined;
}

function valueAt(data: unknown, parts: string[]): unknown {
  let value = data;
  for (const part of parts) {
    if (value === null || typeof value !== 'object' || Array.isArray(value)) return undefined;
    const record = value as Record<string, unknown>;
    const actual = Object.keys(record).find((candidate) => candidate.toLowerCase() === part.toLowerCase());
    value = actual === undefined ? undefined : record[actual];
  }
  return value;
}

/** The index of the line declaring the last part of a dotted key, each part found after the one before. */
function keyLineIndex(lines: string[], parts: string[]): number | undefined {
  let from = 0;
  let found: number | undefined;
  for (const part of parts) {
    // `key:` (YAML), `key =` (TOML), `"key":` (JSON) or a TOML table `[key]`.
    const declares = new RegExp(`^\\s*\\[?\\s*["']?${part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}["']?\\s*[:=\\]]`, 'i');
    found = undefined;
    for (let i = from; i < lines.length; i++) {
      if (declares.test(lines[i]!)) {
        found = i;
        break;
      }
    }
    if (found === undefined) return undefined;
    from = found + 1;
  }
  return found;
}
