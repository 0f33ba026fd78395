/**
 * Employment type. A field that names the contract (front matter
 * employment_type / contract / time, or any value that is only an employment
 * word; "Job Type:", "Forma:", "Contrat :"; the items under an "Employment
 * Type" heading; the title's "Contract"/"Intern"/"40 Std./Woche") is read
 * first and, when it names a type, is the answer. Otherwise free text counts,
 * but only in sentences that are not about the candidate's past ("4+ years as
 * a full-time coder" is a requirement, not the job's type) or the company's
 * headcount ("five full-time employees"), and only the unambiguous words
 * (tables/employment.ts marks the label-only ones); hours, job size and a
 * stated term come from employment-measures.ts. Chinese and Japanese words are
 * found without word boundaries. Full-time together with part-time or
 * contractor is a conflict warning.
 */
import { employmentTypes, type EmploymentType } from '../schema/posting.js';
import { cite, warn, type ExtractContext } from './context.js';
import { internReadsInternal } from './language-posting.js';
import { MEASURE_KEYWORDS, measuredTypes, titleSizeTypes } from './employment-measures.js';
import { contractHeadings, contractLabels, coordinationWords, copulaWords, employmentLabelOnly, employmentWholeItemOnly, employmentWords, employmentWordsCjk, experienceWordsCjk, headcountWords, hiringWords, negationBreakWords, negationWords, notBesidePermanentWords, peopleNouns, permanentContractWords, prospectPhrases, thisJobNouns } from './tables/employment.js';
import { numberWords } from './tables/words.js';
import { codePointAt, escapeRegExp, filterable, filterableCore, filterForm, firstWord, isLetterCodePoint, isSpace, lazily, memoized, sentences, words } from './text.js';
import { phraseAnywhere, phraseFinder, type PhraseFinder } from './match/phrases.js';
import { keywordBit, keywordGroup, keywordsIn, lineKeywords } from './tree.js';
import { FREE_LINE_KEYWORDS } from './tables/prefilter-keywords.js';
import { keyForm, keyForms } from './tables/field-keys.js';
import { labelledValue } from './label-lines.js';

// The keys of the contract type, shared with data items (tables/field-keys.ts).
const EMPLOYMENT_KEYS = keyForms('employment_type');
const anyOf = (phrases: readonly string[]): string => [...new Set(phrases)].sort((a, b) => b.length - a.length).map(escapeRegExp).join('|');
// "Label: value", or "Label – value" with a spaced en or em dash ("Занятость – полная", "Typ umowy – B2B"); a spaced
// hyphen only after a Cyrillic label, as Russian typewriters write the dash: in English "Schedule - stage builds…" is prose.
const DASH_LABELS = contractLabels.filter((label) => /\p{Script=Cyrillic}/u.test(label));
const LABEL = new RegExp(String.raw`^(?:(?:${anyOf(contractLabels)})(?:\s{0,2}:|\s[–—])|(?:${anyOf(DASH_LABELS)})\s-(?=\s))\s{0,2}(.{2,200})$`, 'iu');
const CONTRACT_LABEL = lazily(() => new RegExp(String.raw`^(?:${anyOf(contractLabels)})$`, 'iu'));
// "You do not have another full-time job", "beside your current full-time job": the candidate's other job, not this one's type.
const OTHER_JOB_BEFORE = /\b(?:another|other|current|existing)\s{1,2}$/iu;
const FTE_AFTER = /^[\s-]{1,2}equivalents?\b/iu;
const OTHER_JOB_AFTER = /^\s{1,2}(?:job|jobs|employment|employer)\b/iu;
const PAST_OR_REQUIREMENT = /\b(?:experience|experienced|worked|working on|background|years?|erfahrung|expérience|experiencia|experiência|skúsenost\w*)\b/iu;
const allWords = employmentWords.map(([phrase]) => phrase);
const freeWords = allWords.filter((w) => !employmentLabelOnly.has(w));
const labelPattern = phraseFinder(allWords);
const freePattern = phraseFinder(freeWords);
const cjkWords = employmentWordsCjk.map(([phrase]) => phrase);
const cjkPattern = phraseAnywhere(cjkWords);
const CJK = /[\u3040-\u30ff\u3400-\u9fff\uf900-\ufaff\uac00-\ud7af]/u;
const CASE_SENSITIVE = new Set(['cdi', 'cdd', 'pj', 'clt', 'mei', 'hpp', 'ип', 'фоп', 'pfa']);
// A sentence has a free employment word only if it has the word's first word (lower-cased); a word with
// characters that fold unlike their lower case (Greek), only if its form holds the word's filterable core.
const freeFirstWords = new Set(freeWords.filter(filterable).map((w) => firstWord(w.toLowerCase())));
const freeCores = freeWords.filter((w) => !filterable(w)).map(filterableCore);
export const mayHaveFreeWord = (form: string | null): boolean =>
  freeFirstWords.has(null) || form === null || freeCores.some((core) => form.includes(core)) || words(form).some((word) => freeFirstWords.has(word));
// A line can hold a free word only if its filter form contains the lower-cased word (or its core): most lines do not, and skip the sentence split.
// Null when a word has no core (then no prefilter). tables/prefilter-keywords.ts holds them less those containing another.
export function freeLineCores(): string[] | null {
  const cores = [...freeWords, ...cjkWords].map(filterableCore);
  return cores.every((core) => core.length > 0) ? cores : null;
}
export const FREE_WORDS = FREE_LINE_KEYWORDS ? keywordGroup(FREE_LINE_KEYWORDS) : null;
const typeOf = new Map([...employmentWords, ...employmentWordsCjk].map(([phrase, type]) => [phrase.toLowerCase(), type]));

const headingFirsts = new Set(contractHeadings.map((heading) => heading.charAt(0).toLowerCase()));
const CONTRACT_HEADING = lazily(() => new RegExp(String.raw`^(?:${anyOf(contractHeadings)})(?![\p{L}\p{N}])`, 'iu'));
// "five full-time employees" counts the company's people: a number before, a word for people after.
const HEADCOUNT_AFTER = lazily(() => new RegExp(String.raw`^\s{1,2}(?:${anyOf(headcountWords)})(?![\p{L}])`, 'iu'));
const NUMBER_BEFORE = lazily(() => new RegExp(String.raw`(?<![\p{L}\d])(?:\d{1,6}|${anyOf(Object.keys(numberWords))})\s{1,2}$`, 'iu'));
const CJK_EXPERIENCE_AFTER = new RegExp(`^.{0,3}(?:${anyOf(experienceWordsCjk)})`, 'u');
// ja 登用 ("正社員登用あり": promotion to regular staff, offered on a part-time job) and 勤続 ("正社員勤続3年": years of service,
// a benefit's term): another status than this job's.
const CJK_OTHER_STATUS_AFTER = /^(?:登用|勤続)/u;
/** Does the key, or its last dotted part, name the employment type? (The same few keys come with every posting: answers are kept.) */
const isEmploymentKey = memoized((dotted) => EMPLOYMENT_KEYS.has(keyForm(dotted.split('.').pop() ?? '')) || EMPLOYMENT_KEYS.has(keyForm(dotted)));

/** `internal`: a lower-case "intern", in German, Dutch and the Scandinavian languages "internal" ("intern besetzt", "Recruiter intern"). */
/** `notBesidePermanent`: a free seasonal or internship word, none beside a permanent contract (tables/employment.ts). */
interface Hit { type: EmploymentType; line: number; text: string; rule: string; requirement?: boolean; permanent?: boolean; internal?: boolean; otherStatus?: boolean; notBesidePermanent?: boolean }

/** Set employmentType as schema.org values, warning when they contradict each other. */
export function extractEmployment(ctx: ExtractContext): void {
  const labelled: Hit[] = [];
  for (const item of ctx.frontmatterStrings) {
    if (isEmploymentKey(item.key)) labelled.push(...labelledTypesIn(item.text, item.line, `frontmatter.${item.key}`));
    // A value that is nothing but an employment word states the type whatever its key ("Duration: Fuldtid").
    else if (item.text.length < 40 && freeWords.includes(item.text.trim().toLowerCase().replace(/\s+/g, ' '))) {
      labelled.push(...typesIn(item.text, freePattern, item.line, `frontmatter.${item.key}`));
    }
  }
  ctx.text.forEach((line, index) => {
    // LABEL needs a colon or a spaced dash.
    const label = line.plain.includes(':') || line.plain.includes('：') || / [–—-] /.test(line.plain) ? LABEL.exec(line.plain.replace('：', ':')) : null;
    if (label) return labelled.push(...labelledTypesIn(label[1]!, line.line, 'text.contract-label'));
    // "| Contrat | Stage |", a <dt>Contrat</dt> over its <dd>Stage</dd>: the same label and value as a table row or two lines.
    const pair = line.plain.length <= 200 && (line.plain.includes('|') || line.plain.length <= 40) ? labelledValue(ctx.text, index, CONTRACT_LABEL()) : undefined;
    if (pair) labelled.push(...labelledTypesIn(pair.value, pair.line, 'text.contract-label'));
  });
  ctx.headings.forEach((section, index) => {
    // The title's own heading names the posting ("# Contract<br>Full-time"), not a section on the contract.
    if (section.line === ctx.evidence.title?.line) return;
    if (!headingFirsts.has(section.text.charAt(0).toLowerCase()) || !CONTRACT_HEADING().test(section.text)) return;
    // The items under the heading: its section ends at the next heading of its rank or above ("## Contratação\nPJ\n## Nossa empresa").
    const end = ctx.headings.slice(index + 1).find((h) => h.depth <= section.depth)?.line ?? Infinity;
    const next = ctx.text.filter((l) => l.line > section.line && l.line < end).slice(0, 4);
    for (const line of next) labelled.push(...labelledTypesIn(line.plain, line.line, 'section.contract'));
  });
  if (ctx.fields.title) {
    const titleWords = labelledTypesIn(ctx.fields.title, ctx.evidence.title?.line ?? 0, 'title.contract-word');
    labelled.push(...titleWords.filter((hit) => hit.type !== 'FULL_TIME'));
    // The title as written: cleaning drops the workload figure ("60-80%") from the title itself.
    const written = ctx.evidence.title?.text ?? ctx.fields.title;
    for (const size of titleSizeTypes(written)) labelled.push({ type: size.type, line: ctx.evidence.title?.line ?? 0, text: written, rule: size.rule });
  }
  // A field that names only the hours ("Part Time") leaves the contract to the text: "a part-time, remote contract position".
  const hoursOnly = labelled.length > 0 && labelled.every((hit) => hit.type === 'FULL_TIME' || hit.type === 'PART_TIME');
  const contractWords = hoursOnly ? freeText(ctx).filter((hit) => (hit.type === 'CONTRACTOR' || hit.type === 'TEMPORARY') && statesThisJob(hit.text)) : [];
  const stated = withoutInternal(ctx, labelled.length ? [...labelled, ...contractWords] : freeText(ctx));
  const read = stated.some((h) => h.permanent) ? stated.filter((h) => !h.notBesidePermanent) : stated;
  // A permanent contract is full-time only where no part-time work is named ("unbefristete Teilzeitstelle").
  const hits = read.some((h) => h.type === 'PART_TIME') ? read.filter((h) => !h.permanent) : read;
  // In the schema's order, not the text's: the same types read from the same words in other lines are the same field.
  const types = employmentTypes.filter((type) => hits.some((h) => h.type === type));
  if (!types.length) return;
  ctx.fields.employmentType = types;
  cite(ctx, 'employmentType', hits[0]!.line, hits[0]!.rule, hits[0]!.text, labelled.length ? 0.9 : 0.7);
  if (types.includes('FULL_TIME') && (types.includes('PART_TIME') || types.includes('CONTRACTOR'))) {
    warn(ctx, 'employment-type-conflict', { types: types.join(', ') }, hits[0]!.line);
  }
}

const JOB_NOUN = `(?:${anyOf(thisJobNouns)})`;
const COPULA = `(?:${anyOf(copulaWords)})`;
const THIS_JOB = lazily(() => new RegExp(String.raw`(?<![\p{L}])(?:${JOB_NOUN}\s{1,2}${COPULA}|${COPULA}\s.{0,40}?(?<![\p{L}])${JOB_NOUN})(?![\p{L}])`, 'iu'));
const NEGATION = lazily(() => new RegExp(String.raw`(?<![\p{L}])(?:${anyOf(negationWords)})(?![\p{L}])`, 'iu'));
// A negation up to four words before the employment word, in its clause, with no preposition between ("not a full-time", "keine
// Vollzeitstelle", "No es un puesto a tiempo completo"; not "No visa sponsorship for full-time roles").
const NEGATED_BEFORE = lazily(() => new RegExp(String.raw`(?<![\p{L}])(?:${anyOf(negationWords)})(?:\s{1,2}(?!(?:${anyOf(negationBreakWords)})(?![\p{L}]))[\p{L}\p{N}'’-]+){0,4}\s{1,2}$`, 'iu'));
// A prospect phrase earlier in the clause ("tijdelijk, met uitzicht op een vast contract", "mit der Option auf Übernahme in ein unbefristetes").
const PROSPECT_BEFORE = lazily(() => new RegExp(String.raw`(?<![\p{L}])(?:${anyOf(prospectPhrases)})(?:\s{0,2}[\p{L}\p{N}'’-]+){0,5}\s{1,2}$`, 'iu'));

/** Does the sentence say what this job is, and not what it is not ("This position is temporary"; tables/employment.ts)? */
function statesThisJob(sentence: string): boolean {
  return THIS_JOB().test(sentence) && !NEGATION().test(sentence);
}

/** A lower-case "intern" is no intern where it reads "internal" (German, Dutch, Scandinavian, language-posting.ts). */
function withoutInternal(ctx: ExtractContext, hits: Hit[]): Hit[] {
  return hits.some((hit) => hit.internal) && internReadsInternal(ctx) ? hits.filter((hit) => !hit.internal) : hits;
}

/** Every type a labelled text names: its words (label-only ones included) and its measures. */
function labelledTypesIn(text: string, line: number, rule: string): Hit[] {
  return [...typesIn(text, labelPattern, line, rule).filter((hit) => !hit.otherStatus), ...measuresIn(text, line, rule)];
}

/** The types a text's hours, job size or term state. */
function measuresIn(text: string, line: number, rule: string): Hit[] {
  return measuredTypes(text).map((measure) => ({ type: measure.type, line, text, rule: rule === 'text.phrase' ? measure.rule : rule }));
}

function freeText(ctx: ExtractContext): Hit[] {
  const hits: Hit[] = [];
  const freeWords = keywordBit(ctx, FREE_WORDS);
  const measureBits = MEASURE_KEYWORDS.reduce((bits, group) => bits | keywordBit(ctx, group), 0);
  const read = (plain: string, line: number, keywords: number): void => {
    if ((keywords & measureBits) !== 0) hits.push(...measuresIn(plain, line, 'text.phrase'));
    if (freeWords !== 0 && (keywords & freeWords) === 0) return;
    for (const sentence of sentences(plain)) {
      const form = filterForm(sentence);
      if (!mayHaveFreeWord(form) && !CJK.test(sentence)) continue;
      for (const hit of typesIn(sentence, freePattern, line, 'text.phrase', form)) if (!hit.requirement) hits.push(hit);
    }
  };
  // A Jekyll/Hugo "excerpt" or "teaser" is the posting's own summary, as remote.ts reads it ("Acme söker … för deltidstjänst i Göteborg").
  for (const item of ctx.frontmatterStrings) if (/^(?:description|summary|subtitle|excerpt|teaser)$/i.test(item.key)) read(item.text, item.line, keywordsIn(ctx, item.text));
  const keywords = lineKeywords(ctx);
  ctx.text.forEach((line, index) => read(line.plain, line.line, keywords[index]!));
  return hits;
}

/** The employment words of a text (found by `pattern`, and CJK words anywhere), each marked when it speaks of a requirement. */
function typesIn(text: string, pattern: PhraseFinder, line: number, rule: string, form = filterForm(text)): Hit[] {
  const hits: Hit[] = [];
  for (let found = pattern.find(text, 0, form); found; found = pattern.find(text, found.end, form)) {
    const matched = text.slice(found.index, found.end);
    const word = matched.toLowerCase().replace(/\s+/g, ' ');
    if (CASE_SENSITIVE.has(word) && matched !== word.toUpperCase()) continue;
    // "stage" is an internship only in French contexts ("un stage", "stage de 6 mois").
    if (word === 'stage' && !/\b(?:un|en|de|du|le)\s+stage\b|\bstage\s+(?:de|d')/iu.test(text) && rule !== 'text.contract-label' && !rule.startsWith('frontmatter')) continue;
    const type = typeOf.get(word) ?? typeOf.get(word.replace(/ /g, '-'));
    if (!type) continue;
    if (employmentWholeItemOnly.has(word) && !isWholeItem(text, found.index, found.end)) continue;
    // "4+ years experience as a full-time coder": the words just before say it is the candidate's past.
    const before = text.slice(Math.max(0, found.index - 40), found.index);
    const after = text.slice(found.end, found.end + 25);
    if (isHeadcount(type, before, after)) continue;
    // "0.4 full time equivalent" is a unit of the job's size (employment-measures.ts), not a full-time job.
    if (type === 'FULL_TIME' && FTE_AFTER.test(after)) continue;
    if (pattern === freePattern && describesPeople(text, found.index, found.end)) continue;
    // "This is not a full-time position", "Nie oferujemy umowy o pracę": the type ruled out; "met uitzicht op vast": a prospect.
    const clause = text.slice(Math.max(0, found.index - 60), found.index);
    if ((pattern === freePattern && NEGATED_BEFORE().test(clause)) || PROSPECT_BEFORE().test(clause)) continue;
    const requirement = PAST_OR_REQUIREMENT.test(before) || experienceFollows(after) || (OTHER_JOB_BEFORE.test(before) && OTHER_JOB_AFTER.test(after));
    hits.push({ type, line, text, rule, requirement, ...(permanentContractWords.has(word) ? { permanent: true } : {}), ...(matched === 'intern' ? { internal: true } : {}),
      ...(pattern === freePattern && notBesidePermanentWords.has(word) ? { notBesidePermanent: true } : {}) });
    // "available full-time and contract": a label-only word joined to this one is stated as plainly (free text only).
    if (pattern === freePattern) {
      const joined = coordinatedLabelWord(text, found.index, found.end);
      if (joined) hits.push({ type: joined, line, text, rule, requirement });
    }
  }
  if (CJK.test(text)) {
    for (let found = cjkPattern.find(text, 0, form); found; found = cjkPattern.find(text, found.end, form)) {
      const type = typeOf.get(text.slice(found.index, found.end))!;
      const after = text.slice(found.end, found.end + 8);
      const otherStatus = CJK_OTHER_STATUS_AFTER.test(after);
      hits.push({ type, line, text, rule, requirement: otherStatus || CJK_EXPERIENCE_AFTER.test(after), ...(otherStatus ? { otherStatus } : {}) });
    }
  }
  return hits;
}

/** Is [start, end) a whole item of a value, only spaces and marks between it and the value's ends or its separators (, ; / |)? */
function isWholeItem(text: string, start: number, end: number): boolean {
  return /(?:^|[,;/|])[\s*_"'“(]*$/u.test(text.slice(0, start)) && /^[\s*_"'”).!]*(?:$|[,;/|])/u.test(text.slice(end));
}

// A joining mark, or a joining word between spaces.
const JOIN_MARKS = coordinationWords.filter((word) => !/\p{L}/u.test(word));
const JOIN_WORDS = coordinationWords.filter((word) => /\p{L}/u.test(word)).sort((a, b) => b.length - a.length);
const JOINER = String.raw`(?:\s{0,2}[${JOIN_MARKS.map(escapeRegExp).join('')}]\s{0,2}|\s{1,2}(?:${JOIN_WORDS.map(escapeRegExp).join('|')})\s{1,2})`;
const JOINED_AFTER = lazily(() => new RegExp(String.raw`^${JOINER}(?:an?\s)?(\p{L}[\p{L}-]*)(?![\p{L}\p{N}])`, 'iu'));
const JOINED_BEFORE = lazily(() => new RegExp(String.raw`(?<![\p{L}\p{N}])(\p{L}[\p{L}-]*)${JOINER}$`, 'iu'));

/** The type of a label-only employment word ("contract", "freelance") joined by "and"/"or"/"/" to the free word at [start, end), or null. */
function coordinatedLabelWord(text: string, start: number, end: number): EmploymentType | null {
  const after = JOINED_AFTER().exec(text.slice(end, end + 30));
  const before = JOINED_BEFORE().exec(text.slice(Math.max(0, start - 30), start));
  for (const [match, pairEnd] of [[after, end + (after?.[0].length ?? 0)], [before, end]] as const) {
    const word = match?.[1]?.toLowerCase();
    if (!word || !employmentLabelOnly.has(word) || CASE_SENSITIVE.has(word)) continue;
    // "full-time and contract engineers": the pair describes other people, not this job.
    if (!PEOPLE_AFTER().test(text.slice(pairEnd, pairEnd + 40))) return typeOf.get(word) ?? null;
  }
  return null;
}
const PEOPLE_AFTER = lazily(() => new RegExp(String.raw`^\s{1,2}(?:\p{L}+\s{1,2})?(?:${anyOf(peopleNouns)})(?![\p{L}\p{N}])`, 'iu'));

/**
 * "We have full-time and contract engineers", "Eligibility: Full-time employees": the word (or the pair it begins) is
 * said of people, the team's or the benefit's, not of this job; unless the sentence before it hires them ("hiring
 * full-time engineers").
 */
function describesPeople(text: string, start: number, end: number): boolean {
  let rest = text.slice(end, end + 60);
  const joined = JOINED_AFTER().exec(rest);
  if (joined && typeOf.has(joined[1]!.toLowerCase())) rest = rest.slice(joined[0].length);
  if (!PEOPLE_AFTER().test(rest)) return false;
  const pairedBefore = JOINED_BEFORE().exec(text.slice(Math.max(0, start - 30), start));
  const head = pairedBefore && typeOf.has(pairedBefore[1]!.toLowerCase()) ? start - pairedBefore[0].length : start;
  return !HIRING().test(text.slice(0, head));
}
const HIRING = lazily(() => new RegExp(String.raw`(?<![\p{L}])(?:${anyOf(hiringWords)})(?![\p{L}])`, 'iu'));

/** "(five full-time employees)": a number of people, the company's size rather than the job's type. */
function isHeadcount(type: EmploymentType, before: string, after: string): boolean {
  return (type === 'FULL_TIME' || type === 'PART_TIME') && HEADCOUNT_AFTER().test(after) && NUMBER_BEFORE().test(before);
}

const EXPERIENCE_WORDS = ['experience', 'erfahrung', 'expérience', 'experiencia'];
const EXPERIENCE_AFTER = lazily(() => new RegExp(String.raw`^\s*(?:\p{L}+\s+){0,2}(?:${EXPERIENCE_WORDS.join('|')})`, 'iu'));

/**
 * EXPERIENCE_AFTER.test(text), read by hand on the lower-cased text (the pattern, case-insensitive, costs
 * a millisecond to compile): spaces, at most two words each followed by spaces, then an experience word.
 * Each run of spaces or letters can only be taken whole; the words are tried two first.
 */
function experienceFollows(text: string): boolean {
  const form = filterForm(text);
  if (form === null) return EXPERIENCE_AFTER().test(text);
  const wordEnds: number[] = [];
  let at = 0;
  while (at < form.length && isSpace(form.charCodeAt(at))) at++;
  wordEnds.push(at);
  for (let word = 0; word < 2; word++) {
    let end = at;
    for (let code = codePointAt(form, end); isLetterCodePoint(code); code = codePointAt(form, end)) end += code > 0xffff ? 2 : 1;
    if (end === at || end >= form.length || !isSpace(form.charCodeAt(end))) break;
    while (end < form.length && isSpace(form.charCodeAt(end))) end++;
    wordEnds.push((at = end));
  }
  return wordEnds.reverse().some((start) => EXPERIENCE_WORDS.some((word) => form.startsWith(word, start)));
}
