/**
 * Remote-policy phrases (tables/remote.ts) found in a text, as weighted
 * signals. Phrases match case-insensitively as whole words; a phrase with a
 * Japanese or Chinese character matches anywhere, since those scripts put
 * no spaces between words ("日本国内のみリモート勤務可"). The phrases are
 * found by match/policy.ts (a fast scan beside its plain reference).
 */
import { POLICIES, policyWeights, type Policy } from './match/policy.js';
import { anywhereValues, notPolicyPhrases, remotePhrases, remoteRefusals, remoteShareWords } from './tables/remote.js';
import { escapeRegExp, filterableCore, filterForm, firstWord, mayContain, sentences } from './text.js';
import { phrasePattern } from './match/phrases.js';
import { keywordGroup } from './tree.js';
import { POLICY_COVER_WORDS } from './tables/prefilter-keywords.js';
import { RULED_OUT_WORDS, withoutRuledOut } from './remote-negation.js';

export type { Policy };
/** One reading of a policy: its weight (3 strong, 1 weak, plus field bonuses), where and how it was read. */
export interface Signal { policy: Policy; weight: number; line: number; text: string; rule: string; field?: boolean }

// One to four days (five in the office is a week of it). Also cs "2 dny v týdnu", sv "2 dagar i veckan", no "2 dager i uken", da "2 dage om ugen", fi "2 päivää viikossa", ru "2 дня в неделю", tr "haftada 2 gün".
const DAYS_A_WEEK = /(?<![\p{L}\p{N}])(?:(?:[1-4]|one|two|three|four|deux|trois|quatre|zwei|drei|vier|dos|tres|dois|twee|drie|due|tre|quattro|1-2|2-3|1–2|2–3)\s{0,2}(?:days?|jours?|tage?n?|dagen|días|dias|dni|dní|dny|deň|dagar|dager|dage|giorni|giorno|päivää?|дня|дней|день)\s{0,2}(?:a la|a|per|par|pro|por|in the|each|in der|de la|w|alla|v|i|om|в)?\s{0,2}(?:week|semaine|woche|semana|týždeň|týždenne|týždni|tygodniu|settimana|týdnu|týdně|veckan|uken|ugen|viikossa|неделю)|haftada\s{0,2}[1-4]\s{0,2}gün)(?![\p{L}\p{N}])/iu;
// "週2日出社", "每周三天到岗": some days a week in the office or at home, in Japanese and Chinese (no word boundaries).
const CJK_DAYS_A_WEEK = /(?:週|周|每周|每週)\s?[0-9０-９一二三四五]\s?(?:日|天)[^。\n]{0,6}?(?:出社|出勤|到岗|到崗|在宅|リモート|远程|遠端|办公室|辦公室)/u;
const FULL_REMOTE_POSSIBLE = /(?:フル|完全)リモート(?:勤務|ワーク)?(?:も)?可/u;
// ko "주 2회 출근", "주 3일 재택": some days a week in the office or at home (주 week, 일 days, 회 times).
const KO_DAYS_A_WEEK = /주\s?[1-4]\s?(?:일|회)[^.\n]{0,6}?(?:출근|재택|원격|사무실)/u;
const OFFICE_OR_HOME = /(?<![\p{L}\p{N}])(?:télétravail\p{L}*|remote|office|bureaux?|büro|homeoffice|home office|oficina|escritório|kantoor|thuis|kancelá\p{L}*|biur\p{L}*|zdaln\p{L}*|smart working|ufficio|sede|kontor\p{L}*|toimisto\p{L}*|офис\p{L}*|удал\p{L}*|ofis\p{L}*|hjemme\p{L}*|hemifrån|etä\p{L}*|thuiswerk\p{L}*|from home|teletrabajo|teletrabalho|remot[oa]|vanuit huis|distans\p{L}*)(?![\p{L}\p{N}])/iu;

// Words every DAYS_A_WEEK / OFFICE_OR_HOME match contains, lower-cased: most lines have none and skip the patterns.
const DAY_WORDS = ['day', 'jour', 'tag', 'dag', 'día', 'dia', 'dni', 'dní', 'dny', 'deň', 'giorn', 'päivä', 'дн', 'день', 'gün'];
const OFFICE_WORDS = ['télétravail', 'remote', 'office', 'bureau', 'büro', 'oficina', 'escritório', 'kantoor', 'thuis', 'kancelá', 'biur', 'zdaln', 'smart working', 'ufficio', 'sede',
  'kontor', 'toimisto', 'офис', 'удал', 'ofis', 'hjemme', 'hemifrån', 'etä', '출근', '재택', '원격', '사무실',
  // "Work from home 2 days a week", "Teletrabajo 2 días a la semana", "2 dagen per week vanuit huis", "distansarbete 2 dagar i veckan";
  // not "casa" or "at home" alone: "Feel at home", home care name no place of work (review26a)
  'from home', 'teletraba', 'remot', 'vanuit huis', 'distans'];
// "Puesto 100% remoto, 4 días a la semana": a whole share of remote work with the days a week is a remote job's week, no hybrid one.
const WHOLE_SHARE = /(?<![\d.,])100\s?%/u;
// "40% teletrabajo": a share of remote work below 100% is hybrid (the share is read by remoteShare()).
const REMOTE_SHARE = new RegExp(`(?<![\\d.,])(\\d{1,3})\\s?%\\s{0,2}(?:(?:de|of|du|en)\\s)?${phrasePattern(remoteShareWords, 'iu').source}`, 'iu');
// "Smart working 100%", "Homeoffice zu 100 %": the share written after the words.
const REMOTE_SHARE_AFTER = new RegExp(`${phrasePattern(remoteShareWords, 'iu').source}\\s{0,2}(?:(?:al|a|zu|à|at)\\s)?(\\d{1,3})\\s?%`, 'iu');
// English states remote work as a predicate of the job ("This role is remote.", "The position is fully Remote") or says
// where, as a clause or sentence of its own ("Full-time, remote in Europe", "… in Go. Remote within Germany."); not of the team
// ("half is remote"), not a question ("Is remote work possible?"), not a noun's modifier ("a remote team").
const REMOTE_PREDICATE = new RegExp(String.raw`(?:(?<![\p{L}\p{N}])(?:[Rr]ole|[Pp]osition|[Jj]ob|[Oo]pening|[Vv]acancy|[Oo]pportunity|[Tt]his|[Ii]t)\s+(?:is|will be)\s+(?:fully\s+|entirely\s+|100\s?%\s+)?[Rr]emote(?![\p{L}\p{N}-]|\s*\?|\s+(?:work|working|friendly|first|options?|possible|positions?|roles?|jobs?|teams?|company)(?![\p{L}\p{N}]))|(?:^|[,;(·|]\s*|[.!?]\s+)[Rr]emote\s+(?:in|within|across|throughout)\s+(?:the\s+)?\p{Lu})`, 'u');
// Working from home "anywhere" ("Work from home, anywhere in Germany", "Homeoffice, überall in Deutschland"): no office to come to.
const ANYWHERE = phrasePattern(anywhereValues.filter((value) => value !== 'world'), 'iu');
// "no remote", "nessun lavoro da remoto", "sin trabajo remoto": remote work ruled out (the phrase tables/remote.ts lists as onsite).
// "nicht zu 100 % im Homeoffice", "not 100% remote": the share between the negation and the word.
const NEGATED_REMOTE = /\b(?:no|not|non|kein|keine|nicht|pas de|sin|sem|geen|bez|nessun|niente|senza|ei)\s+(?:(?:zu\s)?100\s?%\s(?:im\s)?)?(?:(?:lavoro|trabajo|trabalho)\s+(?:da\s+)?)?(?:remote|telecommut\w*|télétravail|remoto|teletrabajo|homeoffice|home office|pracy zdalnej|smart working|etätyötä)\b/iu;

// "… thuiswerken is niet mogelijk", "Práci na dálku nenabízíme": a sentence that refuses after its remote words (tables/remote.ts).
const REFUSED = phrasePattern(remoteRefusals, 'iu');
const NEGATED_POSSIBILITY = /\b(?:no|not|kein\w*|nicht)\s+(?:(?:the\s+)?(?:possibility|option)\s+(?:to|of)\s+(?:work(?:ing)?\s+)?remote(?:ly)?|remote-?arbeit)\b/iu;

// "Hybrid Mobile Apps", "hybrid cloud": technology, not a work mode (tables/remote.ts); a line without a first word of one has none.
const NOT_POLICY = new RegExp(String.raw`(?<![\p{L}\p{N}])(?:${notPolicyPhrases.map(escapeRegExp).join('|')})(?![\p{L}\p{N}])`, 'giu');
const NOT_POLICY_FIRST_WORDS = [...new Set(notPolicyPhrases.map((phrase) => firstWord(phrase.toLowerCase())!))];

// Words every remote-policy signal of a line needs (its phrases, or an office word for "2 days a week in the office"): most lines have none.
// A phrase that lower-cases unlike it folds (Greek "τηλεργασία") is covered by its filterable core ("τηλεργα").
// Null when a phrase has no core (then no prefilter). tables/prefilter-keywords.ts holds their cover words (match/cover-words.ts).
export function policyWords(): string[] | null {
  const cores = Object.values(remotePhrases).flat().map(([phrase]) => filterableCore(phrase));
  return cores.every((core) => core.length > 0) ? cores.concat(OFFICE_WORDS) : null;
}
// Keyword groups of the body lines (tree.ts finds them all in one pass per line, shared with the other extractors):
// a line without any of a group's keywords skips what needs them. 0: no group, always look.
export const POLICY_KEYWORDS = POLICY_COVER_WORDS ? keywordGroup(POLICY_COVER_WORDS) : null;
/**
 * The policies a text states, as signals: per policy the heaviest phrase
 * found (plus `bonus` for a field such as a location line), with the day
 * counts ("2 days a week in the office") and bracketed facts ("(Remote)").
 */
export function phraseSignals(written: string, line: number, rule: string, bonus: number, signals: Signal[], writtenForm = filterForm(written)): void {
  const weights: Record<Policy, number> = { remote: 0, hybrid: 0, onsite: 0 };
  // "Remote work is not possible", "Nie oferujemy pracy zdalnej": the clause that rules remote work out states none (remote-negation.ts).
  const text = mayContain(writtenForm, RULED_OUT_WORDS) ? withoutRuledOut(written, remoteOrHybridWeight) : written;
  const form = text === written ? writtenForm : filterForm(text);
  const read = mayContain(form, NOT_POLICY_FIRST_WORDS) ? withoutTechTerms(text) : text;
  policyWeights(read, read === text ? form : filterForm(read), weights);
  if (weights.remote < 3 && mayContain(form, ['remote']) && REMOTE_PREDICATE.test(text)) weights.remote = 3;
  if (weights.hybrid > 0 && weights.hybrid < 3 && weights.remote < 3 && ANYWHERE.test(text)) [weights.remote, weights.hybrid] = [3, 0];
  if (weights.remote > 0 && NEGATED_REMOTE.test(text)) weights.remote = 0;
  if (weights.remote > 0 && REFUSED.test(text)) weights.remote = remoteOutsideRefusals(text);
  // "no possibility to work remotely", "keine Remote-Arbeit möglich": the possibility ruled out, onsite.
  if (weights.hybrid > 0 && NEGATED_POSSIBILITY.test(text)) [weights.hybrid, weights.remote, weights.onsite] = [0, 0, Math.max(weights.onsite, 3)];
  if (text !== written && weights.remote === 0 && weights.hybrid === 0) weights.onsite = Math.max(weights.onsite, 3);
  const share = text.includes('%') ? remoteShare(text) : null;
  if (weights.remote < 3 && share === 100 && !NEGATED_REMOTE.test(text)) weights.remote = 3;
  // "2 days a week in the office", "40% teletrabajo": hybrid work stated in numbers.
  if (weights.hybrid < 3 && share !== null && share < 100) weights.hybrid = 3;
  if (weights.hybrid < 3 && (text.includes('週') || text.includes('周')) && CJK_DAYS_A_WEEK.test(text)) weights.hybrid = 3;
  if (weights.hybrid < 3 && text.includes('주') && KO_DAYS_A_WEEK.test(text)) weights.hybrid = 3;
  if (weights.hybrid < 3 && mayContain(form, DAY_WORDS) && mayContain(form, OFFICE_WORDS) && DAYS_A_WEEK.test(text) && OFFICE_OR_HOME.test(text) && !WHOLE_SHARE.test(text)) weights.hybrid = 3;
  // ja "フルリモート勤務可能" (full remote possible) holds "リモート勤務可能" (remote possible, hybrid): the full remote work is what is possible.
  if (weights.hybrid >= 3 && text.includes('リモート') && FULL_REMOTE_POSSIBLE.test(text)) weights.hybrid = 0;
  // A line that states hybrid work qualifies its own remote words ("parte en teletrabajo", "40% teletrabajo").
  if (weights.hybrid >= 3 && weights.remote <= 3) weights.remote = 0;
  // "(full-time, remote, worldwide)", "(Remote)", "(Remote - US)": a bracketed job fact, not prose.
  if (weights.remote > 0 && weights.remote < 3 && mayContain(form, ['remote']) && /\((?:[^()\n]{0,60}(?:[,;/]\s?|\s[-–—]\s))?remote(?:(?:\s?[,;/]|\s[-–—]\s)[^()\n]{0,60})?\)/iu.test(text)) weights.remote = 3;
  for (const policy of POLICIES) {
    const weight = weights[policy];
    if (weight > 0) signals.push({ policy, weight: weight + bonus, line, text: written, rule, ...(bonus > 0 ? { field: true } : {}) });
  }
}

/** The remote weight of the text's sentences that refuse nothing. */
function remoteOutsideRefusals(text: string): number {
  const kept = sentences(text).filter((sentence) => !REFUSED.test(sentence)).join(' ');
  const weights: Record<Policy, number> = { remote: 0, hybrid: 0, onsite: 0 };
  policyWeights(kept, filterForm(kept), weights);
  return weights.remote;
}

/** The weight of a text's remote and hybrid phrases: a clause that rules remote work out lowers it. */
function remoteOrHybridWeight(text: string): number {
  const weights: Record<Policy, number> = { remote: 0, hybrid: 0, onsite: 0 };
  policyWeights(text, filterForm(text), weights);
  return weights.remote + weights.hybrid;
}

/** The text with its technology terms ("hybrid mobile apps") blanked out, the same length. */
function withoutTechTerms(text: string): string {
  return text.replace(NOT_POLICY, (term) => ' '.repeat(term.length));
}

/** The share of remote work a text states ("40% teletrabajo" -> 40), or null. */
function remoteShare(text: string): number | null {
  const match = REMOTE_SHARE.exec(text) ?? REMOTE_SHARE_AFTER.exec(text);
  return match ? Number(match[match.length - 1]) : null;
}
