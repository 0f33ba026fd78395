/**
 * A static look at a config pattern before any value meets it: the two shapes
 * behind most catastrophic backtracking, judged the way safe-regex and ESLint's
 * regexp/no-super-linear-backtracking do, kept conservative (a false refusal
 * stops a user's run; a shape let through still meets the time budget).
 *
 * 1. A repeated group that holds a quantifier of variable count ("(a+)+",
 *    "(\w+\s?)*", "(a?a?)*": star height above 1). Allowed when every
 *    iteration is pinned by a separator: each alternative of the group starts
 *    (or each ends) with one character, not quantified, that nothing else in
 *    the group can match ("(-[a-z]+)*", "([a-z0-9]+\.)+"), so a text splits
 *    into iterations one way only.
 * 2. A repeated group with two alternatives of single characters (no
 *    quantifier, no group inside) where the shorter can match the start of the
 *    longer: "(a|a)*", "(a|ab)*", "(\w|\d)+", "(.|\s)*". Alternatives with
 *    quantifiers are judged by 1.
 *
 * The pattern is read as JavaScript reads it without flags (how zod compiles a
 * JSON Schema `pattern`): character classes and escapes are single characters,
 * so "[+*]" and "\+" quantify nothing, and "{" only opens a counted repeat
 * when one follows ("{2}", "{1,}", "{1,3}").
 */

interface Term { atom: Atom; min: number; max: number }
type Atom = { kind: 'char'; source: string } | { kind: 'group'; alternatives: Term[][]; source: string } | { kind: 'assertion' };

/**
 * Why the pattern can take exponential time, or undefined when neither shape is seen. `chars` may be shared by the
 * patterns of one schema (each character's set is then worked out once).
 */
export function backtrackingShape(pattern: string, chars: CharSets = charSets()): string | undefined {
  const alternatives = parsePattern(pattern);
  if (!alternatives) return undefined; // not a pattern we can read: RegExp itself judges it
  const groups: Array<Extract<Atom, { kind: 'group' }> & { repeated: boolean }> = [];
  const collect = (terms: Term[][]) => {
    for (const term of terms.flat()) {
      if (term.atom.kind !== 'group') continue;
      groups.push({ ...term.atom, repeated: term.max > 1 });
      collect(term.atom.alternatives);
    }
  };
  collect(alternatives);
  for (const group of groups) {
    if (!group.repeated) continue;
    const inner = termsUnder(group.alternatives);
    if (inner.some((term) => term.min !== term.max) && !pinnedBySeparator(group.alternatives, chars)) {
      return `repeats a group that holds a quantifier ("${group.source}")`;
    }
    if (alternativesOverlap(group.alternatives, chars)) return `repeats a group whose alternatives can match the same text ("${group.source}")`;
  }
  return undefined;
}

/** Every term inside the alternatives, at any depth. */
function termsUnder(alternatives: Term[][]): Term[] {
  return alternatives.flat().flatMap((term) => [term, ...(term.atom.kind === 'group' ? termsUnder(term.atom.alternatives) : [])]);
}

export type CharSets = (source: string) => Uint8Array;

/** Which UTF-16 code units a one-character source matches, each source worked out once, on first use. */
export function charSets(): CharSets {
  const known = new Map<string, Uint8Array>();
  let everyUnit: string | undefined; // all 65,536 code units, made only when a group needs judging
  return (source) => {
    let set = known.get(source);
    if (set) return set;
    set = new Uint8Array(0x10000);
    try {
      const regex = new RegExp(source, 'g');
      everyUnit ??= Array.from({ length: 0x10000 }, (_, code) => String.fromCharCode(code)).join('');
      for (let match = regex.exec(everyUnit); match; match = regex.exec(everyUnit)) {
        set[match.index] = 1;
        if (match[0] === '') regex.lastIndex++; // never loop on an empty match
      }
    } catch {
      set.fill(1); // unreadable: assume it matches everything (the careful answer for both checks)
    }
    known.set(source, set);
    return set;
  };
}

const intersect = (a: Uint8Array, b: Uint8Array) => a.some((on, code) => on === 1 && b[code] === 1);

/** Every alternative starts (or every one ends) with a lone character no other character of the group can match. */
function pinnedBySeparator(alternatives: Term[][], chars: CharSets): boolean {
  const isSeparator = (term: Term | undefined) => term?.atom.kind === 'char' && term.min === 1 && term.max === 1;
  for (const end of ['first', 'last'] as const) {
    const separators = alternatives.map((terms) => terms.filter((term) => term.atom.kind !== 'assertion').at(end === 'first' ? 0 : -1));
    if (!separators.every(isSeparator)) continue;
    const sets = separators.map((term) => chars((term!.atom as { source: string }).source));
    const others = termsUnder(alternatives).filter((term) => term.atom.kind === 'char' && !separators.includes(term));
    const apart = sets.every((set, index) => sets.slice(index + 1).every((other) => !intersect(set, other)));
    if (apart && others.every((term) => sets.every((set) => !intersect(set, chars((term.atom as { source: string }).source))))) return true;
  }
  return false;
}

/** Two alternatives of plain single characters where the shorter can match the longer's start. */
function alternativesOverlap(alternatives: Term[][], chars: CharSets): boolean {
  const plain = alternatives
    .filter((terms) => terms.length > 0 && terms.every((term) => term.atom.kind === 'char' && term.min === 1 && term.max === 1))
    .map((terms) => terms.map((term) => chars((term.atom as { source: string }).source)));
  for (let i = 0; i < plain.length; i++) {
    for (let j = i + 1; j < plain.length; j++) {
      const [short, long] = plain[i]!.length <= plain[j]!.length ? [plain[i]!, plain[j]!] : [plain[j]!, plain[i]!];
      if (short.every((set, index) => intersect(set, long[index]!))) return true;
    }
  }
  return false;
}

/** The pattern as alternatives of terms; undefined where it cannot be read (an unbalanced bracket). */
export function parsePattern(pattern: string): Term[][] | undefined {
  let at = 0;
  const alternation = (): Term[][] | undefined => {
    const alternatives: Term[][] = [[]];
    while (at < pattern.length && pattern[at] !== ')') {
      if (pattern[at] === '|') {
        at++;
        alternatives.push([]);
        continue;
      }
      const start = at;
      const atom = readAtom();
      if (!atom) return undefined;
      const count = readQuantifier();
      if (atom.kind === 'group') atom.source = pattern.slice(start, at);
      alternatives.at(-1)!.push({ atom, ...(count ?? { min: 1, max: 1 }) });
    }
    return alternatives;
  };
  const readAtom = (): Atom | undefined => {
    const char = pattern[at]!;
    if (char === '^' || char === '$') {
      at++;
      return { kind: 'assertion' };
    }
    if (char === '(') {
      at++;
      const lookaround = /^\?<?[=!]/.exec(pattern.slice(at));
      const opening = lookaround ?? /^\?(?::|<[^>]*>)/.exec(pattern.slice(at));
      at += opening ? opening[0].length : 0;
      const alternatives = alternation();
      if (!alternatives || pattern[at] !== ')') return undefined;
      at++;
      return lookaround ? { kind: 'assertion' } : { kind: 'group', alternatives, source: '' };
    }
    const start = at;
    if (char === '[') {
      at += pattern[at + 1] === '^' ? 2 : 1;
      while (at < pattern.length && pattern[at] !== ']') at += pattern[at] === '\\' ? 2 : 1;
      if (at >= pattern.length) return undefined;
      at++;
    } else if (char === '\\') {
      const escaped = /^\\(?:[bB])/.test(pattern.slice(at));
      const length = /^\\(?:x[0-9a-fA-F]{2}|u[0-9a-fA-F]{4}|c[a-zA-Z]|0[0-7]{0,2}|[\s\S])/.exec(pattern.slice(at))?.[0].length ?? 1;
      at += length;
      if (escaped) return { kind: 'assertion' };
    } else {
      at++;
    }
    return { kind: 'char', source: pattern.slice(start, at) };
  };
  const readQuantifier = (): { min: number; max: number } | undefined => {
    const counted = /^(?:([*+?])|\{(\d+)(,(\d*))?\})\??/.exec(pattern.slice(at));
    if (!counted) return undefined;
    at += counted[0].length;
    if (counted[1]) return { min: counted[1] === '+' ? 1 : 0, max: counted[1] === '?' ? 1 : Infinity };
    const min = Number(counted[2]);
    return { min, max: counted[3] === undefined ? min : counted[4] ? Number(counted[4]) : Infinity };
  };
  const alternatives = alternation();
  return alternatives && at === pattern.length ? alternatives : undefined;
}
