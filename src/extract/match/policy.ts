/**
 * The remote-policy phrases of tables/remote.ts found in a text, two ways
 * held to the same answers by tests/extract-matchers.property.test.ts: the
 * plain one tests each policy's phrases with a PhraseFinder
 * (policyWeightsByClass); the fast one scans a lower-cased copy once for
 * where any phrase starts (a trie pattern) and checks the boundaries by
 * hand (policyWeights).
 */
import { remotePhrases } from '../tables/remote.js';
import { codePointAt, codePointBefore, escapeRegExp, filterable, filterableCore, isWordCodePoint, lazily } from '../text.js';
import { phraseFinder } from './phrases.js';

export type Policy = 'remote' | 'hybrid' | 'onsite';

/**
 * The source of one pattern matching any of the strings anywhere, no boundaries: a
 * prefilter run on a lower-cased filterForm. Written as a trie ("remot(?:e|o)")
 * so the engine follows one branch per character instead of trying every
 * string at every position.
 */
function substringSource(strings: readonly string[]): string {
  interface Node { end: boolean; next: Map<string, Node> }
  const root: Node = { end: false, next: new Map() };
  for (const string of new Set(strings)) {
    let node = root;
    for (const ch of string) {
      let child = node.next.get(ch);
      if (!child) node.next.set(ch, (child = { end: false, next: new Map() }));
      node = child;
    }
    node.end = true;
  }
  const source = (node: Node): string => {
    // A string that ends here makes the rest optional; any further match would only be longer.
    if (node.end) return '';
    const branches = [...node.next].map(([ch, child]) => escapeRegExp(ch) + source(child));
    return branches.length === 1 ? branches[0]! : `(?:${branches.join('|')})`;
  };
  return source(root);
}

// Kana, CJK ideographs and half-width kana: a phrase with one of these needs no word boundaries.
const CJK_CHARACTER = /[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff66-\uff9f]/u;
const isCjkPhrase = (phrase: string): boolean => CJK_CHARACTER.test(phrase);

export const POLICIES = Object.keys(remotePhrases) as Policy[];
/**
 * The remote-policy phrases of one policy and weight, as a whole-word test
 * (what a text without a filterForm is searched with), heaviest first.
 */
interface PolicyClass { weight: number; test: (text: string, form: string | null) => boolean }
const policyClasses = Object.fromEntries(POLICIES.map((policy) => {
  const weights = [...new Set(remotePhrases[policy].map(([, weight]) => weight))].sort((a, b) => b - a);
  return [policy, weights.map((weight): PolicyClass => {
    const phrases = remotePhrases[policy].filter(([, w]) => w === weight).map(([phrase]) => phrase);
    return { weight, test: wholePhrasesTest(phrases) };
  })];
})) as Record<Policy, PolicyClass[]>;

/** Does a text (with its filterForm) contain one of the phrases, case-insensitively: as whole words, or anywhere for a CJK phrase? */
function wholePhrasesTest(phrases: string[]): (text: string, form: string | null) => boolean {
  const worded = phrases.filter((phrase) => !isCjkPhrase(phrase));
  const finder = worded.length ? phraseFinder(worded) : null;
  const cjk = phrases.filter(isCjkPhrase).map((phrase) => phrase.toLowerCase());
  return (text, form) => {
    if (finder && finder.find(text, 0, form) !== null) return true;
    if (!cjk.length) return false;
    const lower = form ?? text.toLowerCase();
    return cjk.some((phrase) => lower.includes(phrase));
  };
}

// Every remote-policy phrase lower-cased, by its first code unit, for one scan of a filterForm that finds them
// all (null when one is empty: then the policy classes are tested one by one). A phrase that folds unlike its
// lower case (Greek "τηλεργασία") is left out of the scan: it is tested on its own, only in a text whose form
// holds its filterable core (text.ts filterableCore), which every text it matches in does.
interface PolicyPhrase { text: string; policy: Policy; weight: number; cjk: boolean }
interface UnscannedPhrase { core: string; policy: Policy; weight: number; test: (text: string, form: string | null) => boolean }
const allPhrases = POLICIES.flatMap((policy) => remotePhrases[policy].map(([phrase, weight]) => ({ phrase, policy, weight })));
const policyPhrases: PolicyPhrase[] = allPhrases.filter(({ phrase }) => filterable(phrase))
  .map(({ phrase, policy, weight }) => ({ text: phrase.toLowerCase(), policy, weight, cjk: isCjkPhrase(phrase) }));
const unscannedPhrases: UnscannedPhrase[] = allPhrases.filter(({ phrase }) => !filterable(phrase))
  .map(({ phrase, policy, weight }) => ({ core: filterableCore(phrase), policy, weight, test: wholePhrasesTest([phrase]) }));
const scannable = policyPhrases.every((phrase) => phrase.text.length > 0) && unscannedPhrases.every((phrase) => phrase.core.length > 0);
const policyPhrasesByFirstUnit = new Map<number, PolicyPhrase[]>();
for (const phrase of policyPhrases) {
  const code = phrase.text.charCodeAt(0);
  const group = policyPhrasesByFirstUnit.get(code);
  if (group) group.push(phrase);
  else policyPhrasesByFirstUnit.set(code, [phrase]);
}
// Where a phrase may start: a trie of them all, one branch per character (built on first use: a large pattern).
const POLICY_PHRASE_START = scannable ? lazily(() => new RegExp(substringSource(policyPhrases.map((phrase) => phrase.text)), 'g')) : null;

/**
 * Per policy, the heaviest weight of its phrases found in the text as whole
 * words, case-insensitively (0: none), written into `weights`.
 */
export function policyWeights(text: string, form: string | null, weights: Record<Policy, number>): void {
  if (form === null || POLICY_PHRASE_START === null) {
    policyWeightsByClass(text, form, weights);
    return;
  }
  weights.remote = weights.hybrid = weights.onsite = 0;
  // As the policy classes' phrase finders match: at each place a phrase starts in the filterForm, whole words in the text.
  const start = POLICY_PHRASE_START();
  start.lastIndex = 0;
  let found: RegExpExecArray | null;
  while ((found = start.exec(form))) {
    const index = found.index;
    start.lastIndex = index + 1;
    const bounded = !isWordCodePoint(codePointBefore(text, index));
    for (const phrase of policyPhrasesByFirstUnit.get(form.charCodeAt(index))!) {
      if (phrase.weight <= weights[phrase.policy] || !form.startsWith(phrase.text, index)) continue;
      if (phrase.cjk || (bounded && !isWordCodePoint(codePointAt(text, index + phrase.text.length)))) weights[phrase.policy] = phrase.weight;
    }
  }
  for (const phrase of unscannedPhrases) {
    if (phrase.weight > weights[phrase.policy] && form.includes(phrase.core) && phrase.test(text, form)) weights[phrase.policy] = phrase.weight;
  }
}

/** policyWeights() the plain way: each policy's phrase tests, heaviest first (the reference the scan is tested against). */
export function policyWeightsByClass(text: string, form: string | null, weights: Record<Policy, number>): void {
  weights.remote = weights.hybrid = weights.onsite = 0;
  for (const policy of POLICIES) {
    for (const { weight, test } of policyClasses[policy]) if (test(text, form)) { weights[policy] = weight; break; }
  }
}
