/**
 * Keyword groups found in a line in one pass: an Aho–Corasick automaton over
 * the lower-cased text (keywordIndex().scan), beside the plain reading it
 * stands for (keywordsInPlain: each keyword looked for with indexOf). The
 * two are held to the same answers by tests/extract-matchers.property.test.ts,
 * which also holds the automaton's packed table to its dense one.
 */
import { filterable } from '../text.js';
import { packedCell, packRows, type PackedRows, type RowEntries } from './packed-rows.js';

/**
 * Keyword groups that extractors declare: lower-case substrings such that a
 * text whose filter form (text.ts filterForm) has none of a group's keywords
 * cannot match the extractor's patterns. All groups are found in one pass
 * over each line's filter form with an Aho–Corasick automaton (a
 * KeywordIndex, built once from every extractor's groups by index.ts and
 * kept on the context), instead of one alternation pattern per extractor
 * (those cost time at every position).
 */
export interface KeywordGroup {
  readonly keywords: readonly string[];
  /** When given, an occurrence counts only if this accepts what follows it in the filter form (`end` is the index after the keyword). */
  readonly followedBy?: (form: string, end: number) => boolean;
}

/** Groups one index holds: a mask is a 32-bit integer (the sign bit is the 32nd group: `&` and `|` read all 32). */
export const MAX_KEYWORD_GROUPS = 32;

/**
 * Set, with every group bit (-1: all 32), for a text that may have no filter form (a character lower-casing and case folding disagree on): no prefilter.
 * With 32 groups a text holding every group's keyword scans as -1 too; readers that take -1 for "no filter form" then run the plain check, which is right, only slower.
 */
export const NO_FILTER_FORM = -1;

/** Digits, ASCII and full-width ("時給１０００円"): every extractor that looks for figures asks for these same keywords, so they share one group's bit. */
export const DIGIT_CHARACTERS: readonly string[] = Object.freeze([...'0123456789', ...'０１２３４５６７８９']);

/** A keyword group, as a value (frozen): an extractor declares it, index.ts lists it in the KeywordIndex. */
export function keywordGroup(keywords: readonly string[], followedBy?: KeywordGroup['followedBy']): KeywordGroup {
  return Object.freeze(followedBy ? { keywords: Object.freeze([...keywords]), followedBy } : { keywords: Object.freeze([...keywords]) });
}

/** Every extractor's keyword groups as one scan. */
export interface KeywordIndex {
  /** The bits of the groups with a keyword in the text's filter form (NO_FILTER_FORM when it may have none). */
  scan(text: string): number;
  /** A group's bit in scan() masks (0 for null: no prefilter, always look). */
  bit(group: KeywordGroup | null): number;
}

/** Each group's bit: groups with the same keywords (and no followedBy) share one; at most MAX_KEYWORD_GROUPS bits. */
export function keywordBitsOf(groups: ReadonlyArray<KeywordGroup | null>): { distinct: KeywordGroup[]; bits: Map<KeywordGroup, number> } {
  const distinct: KeywordGroup[] = [];
  const bits = new Map<KeywordGroup, number>();
  for (const group of groups) {
    if (group === null || bits.has(group)) continue;
    // Two extractors asking for the same words share one group (both location and salary want digits).
    const same = group.followedBy ? -1 : distinct.findIndex((known) => !known.followedBy && known.keywords.join('\0') === group.keywords.join('\0'));
    if (same !== -1) { bits.set(group, 1 << same); continue; }
    if (distinct.length === MAX_KEYWORD_GROUPS) throw new Error(`at most ${MAX_KEYWORD_GROUPS} keyword groups`);
    distinct.push(group);
    bits.set(group, 1 << (distinct.length - 1));
  }
  return { distinct, bits };
}

/** The index of these groups: groups with the same keywords (and no followedBy) share one bit. */
export function keywordIndex(groups: ReadonlyArray<KeywordGroup | null>): KeywordIndex {
  const { distinct, bits } = keywordBitsOf(groups);
  const scanLower = keywordScanner(distinct);
  return Object.freeze({
    // The lower-cased copy is also flat: the scan reads it much faster than a text built by concatenation.
    scan: (text: string) => scanLower(text.toLowerCase()),
    bit: (group: KeywordGroup | null) => {
      if (group === null) return 0;
      const bit = bits.get(group);
      if (bit === undefined) throw new Error(`keyword group not in the index: ${group.keywords.slice(0, 3).join(', ')}`);
      return bit;
    },
  });
}

// Whether a character of a lower-cased text can be part of a filter form, found on first sight (0 while
// unknown, 1 yes, 2 no). The characters lower-casing and case folding disagree on lower-case to one of
// them, to a combining dot above (İ) or to a final sigma (Σ): a lower-cased text with none of these is
// the filter form of its text.
const formCharacters = new Uint8Array(65536);

function formCharacter(code: number): boolean {
  if (formCharacters[code] === 0) formCharacters[code] = code !== 0x307 && code !== 0x3c2 && filterable(String.fromCharCode(code)) ? 1 : 2;
  return formCharacters[code] === 1;
}

/** A scan of a lower-cased text for all keyword groups at once (NO_FILTER_FORM when the text may have no filter form). */
function keywordScanner(groups: readonly KeywordGroup[]): (lower: string) => number {
  const automaton = keywordAutomaton(groups.map((group) => group.keywords));
  const { symbols, found, fail } = automaton;
  const { rootRow, children: { base, check, value } } = packedTransitions(automaton);
  let unchecked = 0;
  const checked: Array<[bit: number, followedBy: (form: string, end: number) => boolean]> = [];
  groups.forEach(({ followedBy }, index) => {
    if (followedBy) checked.push([1 << index, followedBy]);
    else unchecked |= 1 << index;
  });
  return (lower) => {
    // Read into locals once: the loop runs for every character of every line.
    const unitSymbols = symbols;
    const endings = found;
    const rootTransitions = rootRow;
    const failure = fail;
    const rowBase = base;
    const rowOf = check;
    const cells = value;
    let state = 0;
    let groupsFound = 0;
    for (let i = 0, length = lower.length; i < length; i++) {
      const code = lower.charCodeAt(i);
      if (code >= 128 && !formCharacter(code)) return NO_FILTER_FORM;
      const symbol = unitSymbols[code]!;
      // The state's child on the symbol, else its failure state's, ... else the root's transition.
      for (;;) {
        if (state === 0) { state = rootTransitions[symbol]!; break; }
        const at = rowBase[state]! + symbol;
        if (rowOf[at] === state + 1) { state = cells[at]!; break; }
        state = failure[state]!;
      }
      const ending = endings[state]!;
      if (ending === 0) continue;
      groupsFound |= ending & unchecked;
      if ((ending & ~unchecked & ~groupsFound) === 0) continue;
      for (const [bit, followedBy] of checked) if ((ending & bit) !== 0 && (groupsFound & bit) === 0 && followedBy(lower, i + 1)) groupsFound |= bit;
    }
    return groupsFound;
  };
}

/**
 * A textbook Aho–Corasick automaton: each code unit that occurs in a keyword
 * is a symbol 1..k (width is k + 1), any other unit is symbol 0 (no keyword
 * has it); children[state] lists the trie's children as [symbol, child]
 * pairs in the order they were made, fail[state] is the failure state, and
 * found[state] holds the groups of every keyword that ends in the state
 * (state 0 is the root).
 */
interface KeywordAutomaton {
  readonly symbols: Uint16Array;
  readonly width: number;
  readonly children: readonly RowEntries[];
  readonly fail: Int32Array;
  readonly found: Int32Array;
}

function keywordAutomaton(groups: readonly (readonly string[])[]): KeywordAutomaton {
  const symbols = new Uint16Array(65536);
  let width = 1;
  for (const keyword of groups.flat()) {
    for (let i = 0; i < keyword.length; i++) if (symbols[keyword.charCodeAt(i)] === 0) symbols[keyword.charCodeAt(i)] = width++;
  }
  // The trie of the keywords (state 0 is the root), each state with the groups of the keywords ending there.
  // Pairs in arrays, not a Map per state (about 8,000 states, most with one child): with the loops below
  // indexed, the index's first build takes 0.73x the instructions (#18). The root's children, which every
  // failure chain ends at, are also kept by symbol. No state but the root is 0, so 0 is "no child".
  const children: Array<Array<[symbol: number, child: number]>> = [[]];
  const rootChild = new Int32Array(width);
  const childOf = (state: number, symbol: number): number => {
    if (state === 0) return rootChild[symbol]!;
    // Indexed, not for-of: this runs once per process, mostly in the interpreter, where iterators cost.
    const row = children[state]!;
    for (let i = 0; i < row.length; i++) if (row[i]![0] === symbol) return row[i]![1];
    return 0;
  };
  const ending = [0];
  groups.forEach((keywords, group) => {
    for (const keyword of keywords) {
      let state = 0;
      for (let i = 0; i < keyword.length; i++) {
        const symbol = symbols[keyword.charCodeAt(i)]!;
        let child = childOf(state, symbol);
        if (child === 0) {
          child = children.length;
          children.push([]);
          ending.push(0);
          children[state]!.push([symbol, child]);
          if (state === 0) rootChild[symbol] = child;
        }
        state = child;
      }
      ending[state]! |= 1 << group;
    }
  });
  // Failure links and found groups, breadth first, through the trie (a failure state is always nearer the root).
  const found = new Int32Array(children.length);
  const fail = new Int32Array(children.length);
  const step = (from: number, symbol: number): number => {
    for (let state = from; ; state = fail[state]!) {
      const child = childOf(state, symbol);
      if (child !== 0) return child;
      if (state === 0) return 0;
    }
  };
  found[0] = ending[0]!;
  const queue = [0];
  for (let head = 0; head < queue.length; head++) {
    const state = queue[head]!;
    const row = children[state]!;
    for (let i = 0; i < row.length; i++) {
      const symbol = row[i]![0];
      const child = row[i]![1];
      fail[child] = state === 0 ? 0 : step(fail[state]!, symbol);
      found[child] = ending[child]! | found[fail[child]!]!;
      queue.push(child);
    }
  }
  return { symbols, width, children, fail, found };
}

/**
 * The automaton's transitions as one dense table (the plain layout, which the
 * scan used before the packed one): a state's row is a copy of its failure
 * state's row with its own children written over, filled the first time it
 * is asked for. states × width cells of 2 bytes (1.6 MB for every
 * extractor's groups), so the scan reads packedTransitions instead.
 */
function denseTransitions({ width, children, fail }: KeywordAutomaton): (state: number, symbol: number) => number {
  const next = children.length <= 0xffff ? new Uint16Array(children.length * width) : new Uint32Array(children.length * width);
  const rowReady = new Uint8Array(children.length);
  const fillRow = (state: number): void => {
    const row = state * width;
    if (state !== 0) {
      const from = fail[state]!;
      if (rowReady[from] === 0) fillRow(from);
      next.copyWithin(row, from * width, from * width + width);
    }
    for (const [symbol, child] of children[state]!) next[row + symbol] = child;
    rowReady[state] = 1;
  };
  return (state, symbol) => {
    if (rowReady[state] === 0) fillRow(state);
    return next[state * width + symbol]!;
  };
}

/**
 * The same transitions kept small: the root's row whole, and every other
 * state's trie children packed (packed-rows.ts); a state without a child on
 * a symbol moves as its failure state does (at most as many failure steps
 * as characters read over a text, so a scan stays linear).
 */
function packedTransitions({ width, children }: KeywordAutomaton): { rootRow: Uint16Array | Uint32Array; children: PackedRows } {
  const rootRow = children.length <= 0xffff ? new Uint16Array(width) : new Uint32Array(width);
  for (const [symbol, child] of children[0]!) rootRow[symbol] = child;
  return { rootRow, children: packRows(children.map((of, state) => (state === 0 ? [] : of)), width) };
}

/** A transition read from packedTransitions, the plain way. */
function packedStep(packed: ReturnType<typeof packedTransitions>, fail: Int32Array, from: number, symbol: number): number {
  for (let state = from; ; state = fail[state]!) {
    if (state === 0) return packed.rootRow[symbol]!;
    const child = packedCell(packed.children, state, symbol);
    if (child !== -1) return child;
  }
}

/** Both layouts of the groups' automaton, for the differential test: each state's transition on each symbol. */
export function keywordTransitions(groups: ReadonlyArray<KeywordGroup | null>): { states: number; width: number; dense: (state: number, symbol: number) => number; packed: (state: number, symbol: number) => number } {
  const automaton = keywordAutomaton(keywordBitsOf(groups).distinct.map((group) => group.keywords));
  const packed = packedTransitions(automaton);
  return { states: automaton.children.length, width: automaton.width, dense: denseTransitions(automaton), packed: (state, symbol) => packedStep(packed, automaton.fail, state, symbol) };
}

/**
 * What keywordIndex(groups).scan(text) answers, the plain way: NO_FILTER_FORM
 * when the lower-cased text has a character that is no filter-form character,
 * else the bits (keywordBitsOf: groups with the same keywords share one; pass
 * them when asking often) of the groups with a keyword in it, where followedBy accepts it.
 */
export function keywordsInPlain(groups: ReadonlyArray<KeywordGroup | null>, text: string, bits = keywordBitsOf(groups).bits): number {
  const lower = text.toLowerCase();
  for (let i = 0; i < lower.length; i++) if (lower.charCodeAt(i) >= 128 && !formCharacter(lower.charCodeAt(i))) return NO_FILTER_FORM;
  let found = 0;
  for (const group of groups) {
    if (group === null) continue;
    const has = group.keywords.some((keyword) => {
      for (let at = lower.indexOf(keyword); at !== -1; at = lower.indexOf(keyword, at + 1)) {
        if (!group.followedBy || group.followedBy(lower, at + keyword.length)) return true;
      }
      return false;
    });
    if (has) found |= bits.get(group)!;
  }
  return found;
}
