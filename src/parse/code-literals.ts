/**
 * Data literals in a code file, read as data and never run: the object and array literals a JavaScript or TypeScript
 * module assigns or exports (`export const jobs = [{ title: "…" }]`, `module.exports = {…}`) and the dict and list
 * literals a Python module assigns (`vacancy = {"name": "…", "premium": False}`). A small tolerant reader, written for
 * this rather than a JavaScript parser: it reads only literals (strings, numbers, true/false/null and their Python
 * spellings, adjacent or `+`-joined strings, tuples as lists) and passes over anything else (a call, an identifier,
 * an arrow function, a spread, an interpolated template) as a value it cannot read, which drops that one key or
 * element, never the literal. It recovers where a hand-edited file is not valid code: a key met inside an array
 * closes the array (its `]` was forgotten), a closer of the wrong kind or the file's end closes what is open.
 */
import { tokenize, type CodeLanguage, type Token } from './code-tokens.js';

export type LiteralNode =
  | { kind: 'scalar'; value: string | number | boolean | null; line: number; column: number }
  | LiteralArray
  | { kind: 'object'; entries: LiteralEntry[]; line: number; column: number };

export interface LiteralArray { kind: 'array'; items: LiteralNode[]; line: number; column: number }

export interface LiteralEntry { key: string; line: number; column: number; value: LiteralNode }

/** A literal assigned or exported at the file's top level, with the tokens' index span it took. */
export interface FoundLiteral { node: LiteralNode; start: Token; end: Token }

/** Deeper than this, a literal's values are passed over (no data file nests so deep; a stack must not overflow). */
const MAX_DEPTH = 40;
const CLOSERS = new Set(['}', ']', ')']);
const CONSTANTS: Record<string, boolean | null> = { true: true, false: false, True: true, False: false, null: null, None: null, undefined: null };

/** The language a code file's literals are written in, by its name; undefined for a file of neither. */
export function codeLanguageOf(path: string): CodeLanguage | undefined {
  if (/\.(?:[cm]?[jt]s|jsx|tsx)$/i.test(path)) return 'js';
  if (/\.pyw?$/i.test(path)) return 'python';
  return undefined;
}

/**
 * Every object or array literal that follows `=`, `return`, `export default` or `module.exports =` in the file, in
 * order; one inside another is found as part of it, never again on its own.
 */
export function codeLiterals(text: string, language: CodeLanguage): FoundLiteral[] {
  const tokens = tokenize(text, language);
  const found: FoundLiteral[] = [];
  for (let at = 0; at < tokens.length - 1; at++) {
    const token = tokens[at]!;
    const opens = token.text === '=' || token.text === 'return' || (token.text === 'default' && tokens[at - 1]?.text === 'export');
    const next = tokens[at + 1]!;
    if (!opens || (next.text !== '{' && next.text !== '[')) continue;
    const reader = new Reader(tokens, at + 1);
    const node = reader.value(0);
    if (node && node.kind !== 'scalar') found.push({ node, start: next, end: tokens[Math.min(reader.at, tokens.length) - 1]! });
    at = reader.at - 1;
  }
  return found;
}

class Reader {
  constructor(private readonly tokens: Token[], public at: number) {}

  private peek = (ahead = 0): Token | undefined => this.tokens[this.at + ahead];

  /** The value at the reader's place, or undefined (its tokens passed over) when it is no literal. */
  value(depth: number): LiteralNode | undefined {
    const token = this.peek();
    if (!token) return undefined;
    if (depth > MAX_DEPTH) return this.skip();
    let node: LiteralNode | undefined;
    if (token.text === '{' && token.kind === 'punct') node = this.object(depth);
    else if (token.text === '[' && token.kind === 'punct') node = this.array(depth);
    else if (token.text === '(' && token.kind === 'punct') node = this.group(depth);
    else if (token.kind === 'string') node = this.strings();
    else if (token.kind === 'number') node = this.number();
    else if (token.text === '-' && this.peek(1)?.kind === 'number') { this.at++; node = this.number(true); }
    else if (token.kind === 'word' && token.text in CONSTANTS) { this.at++; node = { kind: 'scalar', value: CONSTANTS[token.text]!, line: token.line, column: token.column }; }
    // What follows a value in a list is a comma or a closer: anything else makes it part of an expression (a call, `a || b`).
    // The statement's own literal is read whatever follows it (JavaScript needs no semicolon before the next statement).
    if (node && (depth === 0 || this.endsValue())) return node;
    return this.skip();
  }

  private endsValue(): boolean {
    const next = this.peek();
    // A key after it ("buttontext:") begins its parent's next entry: an array's `]` was forgotten (array() closes it there).
    const key = (next?.kind === 'word' || next?.kind === 'string') && this.peek(1)?.text === ':' && this.peek(1)?.kind === 'punct';
    return !next || next.text === ',' || CLOSERS.has(next.text) || next.text === ';' || key || (next.kind === 'word' && (next.text === 'as' || next.text === 'satisfies'));
  }

  /** Pass over an expression to the next comma or closer at its own level; it has no value. */
  private skip(): undefined {
    let depth = 0;
    for (; this.at < this.tokens.length; this.at++) {
      const token = this.tokens[this.at]!;
      if (token.kind !== 'punct') continue;
      if (token.text === '{' || token.text === '[' || token.text === '(') depth++;
      else if (CLOSERS.has(token.text)) {
        if (depth === 0) return undefined;
        depth--;
      } else if (token.text === ',' && depth === 0) return undefined;
    }
    return undefined;
  }

  private object(depth: number): LiteralNode {
    const open = this.tokens[this.at++]!;
    const entries: LiteralEntry[] = [];
    while (this.at < this.tokens.length) {
      const token = this.peek()!;
      if (token.text === '}' && token.kind === 'punct') { this.at++; break; }
      // A closer of another kind closes this object too: a bracket was left open inside it.
      if (CLOSERS.has(token.text) && token.kind === 'punct') break;
      if (token.text === ',' && token.kind === 'punct') { this.at++; continue; }
      const key = this.key();
      if (key === undefined || this.peek()?.text !== ':') { this.skip(); continue; }
      this.at++;
      const value = this.value(depth + 1);
      if (value) entries.push({ key, line: token.line, column: token.column, value });
    }
    return { kind: 'object', entries, line: open.line, column: open.column };
  }

  /** A key: a word, a string or a number; a computed key (`[x]`), a spread or a method is none. */
  private key(): string | undefined {
    const token = this.peek()!;
    if (token.kind === 'word' || token.kind === 'number' || (token.kind === 'string' && token.value !== undefined)) {
      this.at++;
      return token.kind === 'string' ? token.value : token.text;
    }
    return undefined;
  }

  /** An array up to its `closer` (`)` for a tuple); `commas` says whether a comma stood at its own level. */
  private array(depth: number, closer = ']'): LiteralArray & { commas: boolean } {
    const open = this.tokens[this.at++]!;
    const items: LiteralNode[] = [];
    let commas = false;
    while (this.at < this.tokens.length) {
      const token = this.peek()!;
      if (token.text === closer && token.kind === 'punct') { this.at++; break; }
      if (CLOSERS.has(token.text) && token.kind === 'punct') break;
      if (token.text === ',' && token.kind === 'punct') { this.at++; commas = true; continue; }
      // A key where an element belongs ("jobs: [ {…}, buttontext: {…}"): the array's `]` was forgotten, the key is its parent's.
      if (depth > 0 && (token.kind === 'word' || token.kind === 'string') && this.peek(1)?.text === ':' && this.peek(1)?.kind === 'punct') break;
      const item = this.value(depth + 1);
      if (item) items.push(item);
    }
    return { kind: 'array', items, line: open.line, column: open.column, commas };
  }

  /** `(a, b)` and `(a,)`, Python's tuples, are lists; `(x)` is x. */
  private group(depth: number): LiteralNode | undefined {
    const list = this.array(depth, ')');
    if (this.tokens[this.at - 1]?.text !== ')') return undefined;
    const { commas, ...node } = list;
    return commas ? node : node.items.length === 1 ? node.items[0] : undefined;
  }

  /** A string, and those joined to it: Python's adjacent strings, `+` between strings in either language. */
  private strings(): LiteralNode | undefined {
    const first = this.peek()!;
    let value: string | undefined = '';
    for (;;) {
      const token = this.peek();
      if (token?.kind !== 'string') break;
      value = value === undefined || token.value === undefined ? undefined : value + token.value;
      this.at++;
      if (this.peek()?.text === '+' && this.peek(1)?.kind === 'string') this.at++;
    }
    return value === undefined ? undefined : { kind: 'scalar', value, line: first.line, column: first.column };
  }

  private number(negative = false): LiteralNode {
    const token = this.tokens[this.at++]!;
    const value = Number(token.text.replace(/_/g, '').replace(/n$/, ''));
    return { kind: 'scalar', value: negative ? -value : value, line: token.line, column: token.column };
  }
}
