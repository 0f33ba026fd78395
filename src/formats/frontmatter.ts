/**
 * Front matter through gray-matter, with safe engines only: the `yaml`
 * package for YAML, smol-toml for TOML, JSON.parse for JSON. Every
 * code-bearing language (gray-matter evaluates `---js` by default) is
 * replaced by an engine that refuses, so such a file is an error.
 */
import matter from 'gray-matter';
import { parseDocument, YAMLParseError } from 'yaml';
import { parse as parseToml, TomlError } from 'smol-toml';

export class FrontMatterError extends Error {
  constructor(
    message: string,
    readonly ruleId: 'front-matter-syntax' | 'front-matter-code' | 'front-matter-not-object' | 'front-matter-too-deep',
    /** Line and column inside the front matter block (1-based). */
    readonly line?: number,
    readonly column?: number,
    readonly language?: string,
  ) {
    super(message);
  }
}

export const CODE_LANGUAGES = ['js', 'javascript', 'coffee', 'coffeescript', 'cson', 'ts', 'typescript', 'eval', 'jsx', 'tsx', 'mjs', 'cjs', 'node', 'livescript', 'ls', 'python', 'py', 'ruby', 'rb', 'php', 'perl', 'lua', 'sh', 'bash', 'shell'];

/** Front matter nested deeper than this is refused: no posting needs it, and deep nesting costs stack. */
export const MAX_FRONT_MATTER_DEPTH = 64;

function refuse(language: string) {
  return () => {
    throw new FrontMatterError(`front matter in "${language}" is code`, 'front-matter-code', undefined, undefined, language);
  };
}

/** Warnings the YAML parser had (an unknown tag...), kept on the parsed data under a symbol that no copy carries on. */
export const YAML_WARNINGS = Symbol('yaml warnings');

export interface FrontMatterWarning {
  reason: string;
  line?: number;
  column?: number;
}

/** A CRLF file's front matter reaches the engines with its closing line's CR left on ("status: \"open\"\r"): not part of the data. */
const withoutLastCr = (source: string): string => (source.endsWith('\r') ? source.slice(0, -1) : source);

function yamlEngine(raw: string): unknown {
  const source = withoutLastCr(raw);
  try {
    // The parser's own warnings would be printed raw on stderr (escape sequences included): they are collected instead.
    const options = { maxAliasCount: 100, prettyErrors: true, uniqueKeys: false, logLevel: 'silent' } as const;
    const document = parseDocument(source, options);
    if (document.errors.length) throw document.errors[0];
    const data = document.toJS(options) as unknown;
    if (document.warnings.length && data !== null && typeof data === 'object') {
      const warnings: FrontMatterWarning[] = document.warnings.map((warning) => ({
        reason: warning.message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, ''),
        line: warning.linePos?.[0]?.line,
        column: warning.linePos?.[0]?.col,
      }));
      Object.defineProperty(data, YAML_WARNINGS, { value: warnings, enumerable: false });
    }
    return data;
  } catch (error) {
    if (error instanceof RangeError) throw tooDeep(error);
    if (error instanceof YAMLParseError) {
      // The parser reports its own stack overflow as a parse error.
      if (/call stack/i.test(error.message)) throw tooDeep(new RangeError('Maximum call stack size exceeded'));
      const pos = error.linePos?.[0];
      const reason = error.message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '');
      throw new FrontMatterError(reason, 'front-matter-syntax', pos?.line, pos?.col);
    }
    throw new FrontMatterError(String((error as Error).message ?? error), 'front-matter-syntax');
  }
}

function tomlEngine(raw: string): unknown {
  const source = withoutLastCr(raw);
  try {
    // TOML integers are 64-bit: those past 2^53 come as BigInt (toPlainData keeps them as strings) instead of failing the file.
    return parseToml(source, { integersAsBigInt: 'asNeeded' });
  } catch (error) {
    if (error instanceof TomlError) {
      const reason = error.message.split('\n')[0]!.replace(/^Invalid TOML document: /, '');
      throw new FrontMatterError(reason, 'front-matter-syntax', error.line, error.column);
    }
    throw new FrontMatterError(String((error as Error).message ?? error), 'front-matter-syntax');
  }
}

function jsonEngine(source: string): unknown {
  try {
    return JSON.parse(source);
  } catch (error) {
    throw jsonSyntaxError(error as Error, source);
  }
}

/**
 * JSON.parse's error as a front-matter-syntax error at its line and column in
 * `source` (as YAML's and TOML's are), not "at position 18". V8 gives a
 * position for most errors; for "Unexpected token" it gives none, so the
 * shortest prefix of the source that fails with that error finds it.
 */
export function jsonSyntaxError(error: Error, source: string): FrontMatterError {
  const given = / at position (\d+)/.exec(error.message);
  const position = given ? Number(given[1]) : /^Unexpected end of JSON/.test(error.message) ? source.trimEnd().length : unexpectedTokenAt(source);
  // The source V8 quotes after the token ("…" is not valid JSON) goes; a newline as the token is shown as \n.
  const reason = error.message.replace(/ at position \d+[\s\S]*$/, '').replace(/, (?:\.\.\.)?"[\s\S]*$/, '').replace(/\r/g, '\\r').replace(/\n/g, '\\n');
  if (position === undefined) return new FrontMatterError(reason, 'front-matter-syntax');
  const lineStart = source.lastIndexOf('\n', position - 1);
  return new FrontMatterError(reason, 'front-matter-syntax', source.slice(0, position).split('\n').length, position - lineStart);
}

/** Where JSON.parse meets an unexpected character: a prefix that stops before it fails otherwise (at its end). */
function unexpectedTokenAt(source: string): number | undefined {
  const failsThere = (end: number) => {
    try {
      JSON.parse(source.slice(0, end));
      return false;
    } catch (error) {
      return /^Unexpected token/.test((error as Error).message);
    }
  };
  if (!failsThere(source.length)) return undefined;
  let low = 0;
  let high = source.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (failsThere(middle)) high = middle;
    else low = middle + 1;
  }
  return low - 1;
}

function tooDeep(_error: RangeError): FrontMatterError {
  return new FrontMatterError(`more than ${MAX_FRONT_MATTER_DEPTH} levels`, 'front-matter-too-deep', 1);
}

// A null prototype: a language named "constructor" or "__proto__" must not find an engine on Object.prototype.
const engines: Record<string, { parse: (source: string) => unknown; stringify?: () => never }> = Object.assign(Object.create(null) as object, {
  yaml: { parse: yamlEngine },
  yml: { parse: yamlEngine },
  toml: { parse: tomlEngine },
  json: { parse: jsonEngine },
});
for (const language of CODE_LANGUAGES) engines[language] = { parse: refuse(language) };

/**
 * The engines for the usual opening line, a bare delimiter: gray-matter then
 * uses the default language (yaml or toml) and nothing else. gray-matter
 * copies the table it is given three times per call, so the whole table
 * (every code language) cost more than parsing a short block. JavaScript is
 * refused here too, in case gray-matter ever looks it up.
 */
const bareDelimiterEngines = Object.fromEntries(['yaml', 'toml', 'javascript'].map((name) => [name, engines[name]]));

/** The engines handed to gray-matter (read-only; exported so tests can call gray-matter with them directly). */
export const frontMatterEngines: Readonly<typeof engines> = engines;

export interface FrontMatterSplit {
  data: Record<string, unknown>;
  /** The body after the closing delimiter. */
  content: string;
  /** The language gray-matter read (yaml, toml, json). */
  language: string;
  /** What the YAML parser warned about, with lines inside the block. */
  warnings?: FrontMatterWarning[];
}

/** Split and parse front matter. Throws FrontMatterError for bad input. */
export function splitFrontMatter(text: string, delimiter: '---' | '+++', language: 'yaml' | 'toml'): FrontMatterSplit {
  const lineEnd = text.search(/\r?\n/);
  const declared = text.slice(delimiter.length, lineEnd === -1 ? undefined : lineEnd).trim().toLowerCase();
  if (declared && !Object.hasOwn(engines, declared)) {
    throw new FrontMatterError(`front matter language "${declared}" is not supported`, CODE_LANGUAGES.includes(declared) ? 'front-matter-code' : 'front-matter-syntax', 1, undefined, declared);
  }
  let file: matter.GrayMatterFile<string>;
  try {
    // Options are always passed: gray-matter then neither reads nor fills its cache.
    // A declared language, or an opening line without a newline (which gray-matter reads differently), gets every engine.
    const given = declared === '' && lineEnd !== -1 ? bareDelimiterEngines : engines;
    file = matter(text, { delimiters: delimiter, language, engines: given as never });
  } catch (error) {
    if (error instanceof FrontMatterError) throw error;
    if (error instanceof RangeError) throw tooDeep(error);
    throw new FrontMatterError((error as Error).message, 'front-matter-syntax');
  }
  const data = file.data as unknown;
  if (depthExceeds(data, MAX_FRONT_MATTER_DEPTH)) {
    throw new FrontMatterError(`more than ${MAX_FRONT_MATTER_DEPTH} levels`, 'front-matter-too-deep', 1);
  }
  if (data === null || data === undefined) return { data: {}, content: file.content, language: file.language };
  if (typeof data !== 'object' || Array.isArray(data)) {
    throw new FrontMatterError('front matter is not a key/value mapping', 'front-matter-not-object', 1);
  }
  const warnings = (data as { [YAML_WARNINGS]?: FrontMatterWarning[] })[YAML_WARNINGS];
  return { data: toPlainData(data) as Record<string, unknown>, content: file.content, language: file.language, ...(warnings ? { warnings } : {}) };
}

/** True when `value` nests deeper than `limit` levels (recursion stops at the limit). */
export function depthExceeds(value: unknown, limit: number): boolean {
  if (value === null || typeof value !== 'object') return false;
  if (limit <= 0) return true;
  const children = Array.isArray(value) ? value : Object.values(value as object);
  for (let i = 0; i < children.length; i++) if (depthExceeds(children[i], limit - 1)) return true;
  return false;
}

/**
 * A deep copy made of JSON-safe plain data: dates become ISO strings, keys
 * that could reach a prototype are kept as data on null-prototype-free copies.
 */
export function toPlainData(value: unknown, depth = 0): unknown {
  if (depth > 64) return null;
  if (value === null || typeof value === 'string' || typeof value === 'boolean') return value;
  if (typeof value === 'number') return Number.isFinite(value) ? value : String(value);
  if (typeof value === 'bigint') return value.toString();
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? null : value.toISOString();
  if (Array.isArray(value)) return value.map((item) => toPlainData(item, depth + 1));
  if (typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const key of Object.keys(value)) {
      const item = toPlainData((value as Record<string, unknown>)[key], depth + 1);
      // Assignment makes the same own data property as defineProperty, except for the one accessor on Object.prototype.
      if (key === '__proto__') Object.defineProperty(out, key, { value: item, enumerable: true, writable: true, configurable: true });
      else out[key] = item;
    }
    return out;
  }
  return null;
}
