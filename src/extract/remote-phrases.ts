/**
 * Remote-policy phrases (tables/remote.ts) found in a text, as weighted
 * signals. Phrases match case-insensitively as whole words; a phrase with a
 * Japanese or Chinese character matches anywhere, since those scripts put
 * no spaces between words ("日本国内のみリモート勤務可"). Two ways to
 * find them, held to the same answers by a differential test: the plain
 * one tests each policy's phrases with a PhraseFinder; the fast one scans
 * a lower-cased copy once for where any phrase starts (a trie pattern) and
 * checks the boundaries by hand.
 */
import { remotePhrases, remoteShareWords } from './tables/remote.js';
import { codePointAt, codePointBefore, escapeRegExp, filterable, filterForm, isWordCodePoint, mayContain, phraseFinder, phrasePattern, words } from './text.js';
import { keywordGroup } from './tree.js';

export type Policy = 'remote' | 'hybrid' | 'onsite';
/** One reading of a policy: its weight (3 strong, 1 weak, plus field bonuses), where and how it was read. */
export interface Signal { policy: Policy; weight: number; line: number; text: string; rule: string; field?: boolean }

/**
 * One pattern matching any of the strings anywhere, no boundaries: a
 * prefilter run on a lower-cased filterForm. Written as a trie ("remot(?:e|o)")
 * so the engine follows one branch per character instead of trying every
 * string at every position.
 */
function substringPattern(strings: readonly string[]): RegExp {
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
  return new RegExp(source(root));
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
// all (null when one folds unlike its lower case or is empty: then the policy classes are tested one by one).
interface PolicyPhrase { text: string; policy: Policy; weight: number; cjk: boolean }
const policyPhrases: PolicyPhrase[] = POLICIES.flatMap((policy) => remotePhrases[policy].map(([phrase, weight]) => ({ text: phrase.toLowerCase(), policy, weight, cjk: isCjkPhrase(phrase) })));
const scannable = Object.values(remotePhrases).flat().every(([phrase]) => filterable(phrase) && phrase.length > 0);
const policyPhrasesByFirstUnit = new Map<number, PolicyPhrase[]>();
for (const phrase of policyPhrases) {
  const code = phrase.text.charCodeAt(0);
  const group = policyPhrasesByFirstUnit.get(code);
  if (group) group.push(phrase);
  else policyPhrasesByFirstUnit.set(code, [phrase]);
}
// Where a phrase may start: a trie of them all, one branch per character.
const POLICY_PHRASE_START = scannable ? new RegExp(substringPattern(policyPhrases.map((phrase) => phrase.text)).source, 'g') : null;

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
  const start = POLICY_PHRASE_START;
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
}

/** policyWeights() the plain way: each policy's phrase tests, heaviest first (the reference the scan is tested against). */
export function policyWeightsByClass(text: string, form: string | null, weights: Record<Policy, number>): void {
  weights.remote = weights.hybrid = weights.onsite = 0;
  for (const policy of POLICIES) {
    for (const { weight, test } of policyClasses[policy]) if (test(text, form)) { weights[policy] = weight; break; }
  }
}

const DAYS_A_WEEK = /\b(?:\d|one|two|three|four|deux|trois|quatre|zwei|drei|vier|dos|tres|dois|twee|drie|1-2|2-3|1–2|2–3)\s{0,2}(?:days?|jours?|tage?n?|dagen|días|dias|dni|dní)\s{0,2}(?:a la|a|per|par|pro|por|in the|each|in der|de la|w)?\s{0,2}(?:week|semaine|woche|semana|týždeň|týždenne|týždni|tygodniu)\b/iu;
const OFFICE_OR_HOME = /\b(?:télétravail\w*|remote|office|bureaux?|büro|homeoffice|home office|oficina|escritório|kantoor|thuis|kancelári\w*|biur\w*|zdaln\w*)\b/iu;

// Words every DAYS_A_WEEK / OFFICE_OR_HOME match contains, lower-cased: most lines have none and skip the patterns.
const DAY_WORDS = ['day', 'jour', 'tag', 'dag', 'día', 'dia', 'dni', 'dní'];
const OFFICE_WORDS = ['télétravail', 'remote', 'office', 'bureau', 'büro', 'oficina', 'escritório', 'kantoor', 'thuis', 'kancelári', 'biur', 'zdaln'];
// "40% teletrabajo": a share of remote work below 100% is hybrid (the share is read by remoteShare()).
const REMOTE_SHARE = new RegExp(`(?<![\\d.,])(\\d{1,3})\\s?%\\s{0,2}(?:(?:de|of|du|en)\\s)?${phrasePattern(remoteShareWords, 'iu').source}`, 'iu');
const NEGATED_REMOTE = /\b(?:no|not|non|kein|keine|pas de|sin|sem|geen|bez)\s+(?:remote|telecommut\w*|télétravail|remoto|teletrabajo|homeoffice|home office|pracy zdalnej)\b/iu;

// Words every remote-policy signal of a line needs (its phrases, or an office word for "2 days a week in the office"): most lines have none.
const POLICY_WORDS = Object.values(remotePhrases).flat().every(([phrase]) => filterable(phrase))
  ? Object.values(remotePhrases).flat().map(([phrase]) => phrase.toLowerCase()).concat(OFFICE_WORDS)
  : null;

/**
 * Keywords one of which each string contains, few and rare: the one-word strings; for each other string
 * not containing one of those, its longest word, or the whole string when that word is short ("vor ort",
 * not "ort"); less the keywords that contain another (the shorter one is found whenever they are).
 */
function coverWords(strings: readonly string[]): string[] {
  const chosen = strings.filter((string) => words(string).length <= 1);
  for (const string of strings) {
    if (chosen.some((keyword) => string.includes(keyword))) continue;
    const longest = words(string).reduce((a, b) => (b.length > a.length ? b : a), '');
    chosen.push(longest.length >= 5 ? longest : string);
  }
  const unique = [...new Set(chosen)];
  return unique.filter((keyword) => !unique.some((other) => other !== keyword && keyword.includes(other)));
}
// Keyword groups of the body lines (tree.ts finds them all in one pass per line, shared with the other extractors):
// a line without any of a group's keywords skips what needs them. 0: no group, always look.
export const POLICY_KEYWORDS = POLICY_WORDS ? keywordGroup(coverWords(POLICY_WORDS)) : null;
/**
 * The policies a text states, as signals: per policy the heaviest phrase
 * found (plus `bonus` for a field such as a location line), with the day
 * counts ("2 days a week in the office") and bracketed facts ("(Remote)").
 */
export function phraseSignals(text: string, line: number, rule: string, bonus: number, signals: Signal[], form = filterForm(text)): void {
  const weights: Record<Policy, number> = { remote: 0, hybrid: 0, onsite: 0 };
  policyWeights(text, form, weights);
  if (weights.remote > 0 && NEGATED_REMOTE.test(text)) weights.remote = 0;
  const share = text.includes('%') ? remoteShare(text) : null;
  // "2 days a week in the office", "40% teletrabajo": hybrid work stated in numbers.
  if (weights.hybrid < 3 && share !== null && share < 100) weights.hybrid = 3;
  if (weights.hybrid < 3 && mayContain(form, DAY_WORDS) && mayContain(form, OFFICE_WORDS) && DAYS_A_WEEK.test(text) && OFFICE_OR_HOME.test(text)) weights.hybrid = 3;
  // A line that states hybrid work qualifies its own remote words ("parte en teletrabajo", "40% teletrabajo").
  if (weights.hybrid >= 3 && weights.remote <= 3) weights.remote = 0;
  // "(full-time, remote, worldwide)", "(Remote)": a bracketed job fact, not prose.
  if (weights.remote > 0 && weights.remote < 3 && mayContain(form, ['remote']) && /\((?:[^()\n]{0,60}[,;/]\s?)?remote(?:\s?[,;/][^()\n]{0,60})?\)/iu.test(text)) weights.remote = 3;
  for (const policy of POLICIES) {
    const weight = weights[policy];
    if (weight > 0) signals.push({ policy, weight: weight + bonus, line, text, rule, ...(bonus > 0 ? { field: true } : {}) });
  }
}

/** The share of remote work a text states ("40% teletrabajo" -> 40), or null. */
function remoteShare(text: string): number | null {
  const match = REMOTE_SHARE.exec(text);
  return match ? Number(match[1]) : null;
}
