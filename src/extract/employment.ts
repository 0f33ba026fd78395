/**
 * Employment type. A field that names the contract (front matter
 * employment_type / contract / time, "Job Type:", "Forma:", "Contrat :",
 * a "Contract" section, the title's "Contract"/"Intern") is read first and, when it
 * names a type, is the answer. Otherwise free text counts, but only in
 * sentences that are not about the candidate's past ("4+ years as a
 * full-time coder" is a requirement, not the job's type), and only the
 * unambiguous words (tables/words.ts marks the label-only ones).
 * Full-time together with part-time or contractor is a conflict warning.
 */
import type { EmploymentType } from '../schema/posting.js';
import { cite, warn, type ExtractContext } from './context.js';
import { employmentLabelOnly, employmentWords } from './tables/words.js';
import { codePointAt, filterable, filterForm, firstWord, isLetterCodePoint, isSpace, lazily, memoized, phraseFinder, type PhraseFinder, sentences, words } from './text.js';
import { keywordGroup, keywordsIn, lineKeywords } from './tree.js';

const EMPLOYMENT_KEYS = /^(?:employment_?type|employmenttype|employment|job_?type|jobtype|type|conditions|contract|contract_?type|type_of_contract|time|work_?type|schedule|commitment|type d'emploi|vertragsart|anstellungsart|forma|tipo de contrato|job type)$/i;
const LABEL = /^(?:job type|employment type|employment|contract type|contract|type of employment|type|schedule|forma|forma spolupráce|typ úväzku|úväzok|contrat|type de contrat|vertragsart|anstellungsart|beschäftigungsart|arbeitszeit|tipo de contrato|contrato|jornada|dienstverband|soort dienstverband|雇用形態)\s{0,2}:\s{0,2}(.{2,200})$/iu;
const PAST_OR_REQUIREMENT = /\b(?:experience|experienced|worked|working on|background|years?|erfahrung|expérience|experiencia|experiência|skúsenost\w*)\b/iu;
const allWords = employmentWords.map(([phrase]) => phrase);
const freeWords = allWords.filter((w) => !employmentLabelOnly.has(w));
const labelPattern = phraseFinder(allWords);
const freePattern = phraseFinder(freeWords);
const CASE_SENSITIVE = new Set(['cdi', 'cdd']);
// A sentence has a free employment word only if it has the word's first word (lower-cased); words
// with characters that fold unlike their lower case are always looked for.
const freeFirstWords = new Set(freeWords.map((w) => (filterable(w) ? firstWord(w.toLowerCase()) : null)));
const mayHaveFreeWord = (form: string | null): boolean => freeFirstWords.has(null) || form === null || words(form).some((word) => freeFirstWords.has(word));
// A line can hold a free word only if its filter form contains the lower-cased word: most lines do not, and skip the sentence split.
const FREE_WORDS = freeWords.every(filterable) ? keywordGroup(freeWords.map((w) => w.toLowerCase())) : 0;
const mayHaveFreeWords = (keywords: number): boolean => FREE_WORDS === 0 || (keywords & FREE_WORDS) !== 0;
const typeOf = new Map(employmentWords.map(([phrase, type]) => [phrase.toLowerCase(), type]));

const CONTRACT_HEADING = /^(?:contrat|contract|vertrag|contrato|conditions|modalités)\b/iu;
/** Does the key, or its last dotted part, name the employment type? (The same few keys come with every posting: answers are kept.) */
const isEmploymentKey = memoized((dotted) => EMPLOYMENT_KEYS.test(dotted.split('.').pop() ?? '') || EMPLOYMENT_KEYS.test(dotted));

interface Hit { type: EmploymentType; line: number; text: string; rule: string; requirement?: boolean }

/** Set employmentType as schema.org values, warning when they contradict each other. */
export function extractEmployment(ctx: ExtractContext): void {
  const labelled: Hit[] = [];
  for (const item of ctx.frontmatterStrings) {
    if (isEmploymentKey(item.key)) labelled.push(...typesIn(item.text, labelPattern, item.line, `frontmatter.${item.key}`));
  }
  for (const line of ctx.text) {
    // LABEL needs a colon.
    const label = line.plain.includes(':') ? LABEL.exec(line.plain) : null;
    if (label) labelled.push(...typesIn(label[1]!, labelPattern, line.line, 'text.contract-label'));
  }
  for (const section of ctx.headings) {
    // The words all start with c, v or m (which no other character folds to).
    const first = section.text.charCodeAt(0) | 0x20;
    if (first !== 0x63 && first !== 0x76 && first !== 0x6d) continue;
    if (!CONTRACT_HEADING.test(section.text)) continue;
    const next = ctx.text.filter((l) => l.line > section.line).slice(0, 4);
    for (const line of next) labelled.push(...typesIn(line.plain, labelPattern, line.line, 'section.contract'));
  }
  if (ctx.fields.title) {
    const titleWords = typesIn(ctx.fields.title, labelPattern, ctx.evidence.title?.line ?? 0, 'title.contract-word');
    labelled.push(...titleWords.filter((hit) => hit.type !== 'FULL_TIME'));
  }
  const hits = labelled.length ? labelled : freeText(ctx);
  const types = [...new Set(hits.map((h) => h.type))];
  if (!types.length) return;
  ctx.fields.employmentType = types;
  cite(ctx, 'employmentType', hits[0]!.line, hits[0]!.rule, hits[0]!.text, labelled.length ? 0.9 : 0.7);
  if (types.includes('FULL_TIME') && (types.includes('PART_TIME') || types.includes('CONTRACTOR'))) {
    warn(ctx, 'employment-type-conflict', { types: types.join(', ') }, hits[0]!.line);
  }
}

function freeText(ctx: ExtractContext): Hit[] {
  const hits: Hit[] = [];
  const read = (plain: string, line: number, keywords: number): void => {
    if (!mayHaveFreeWords(keywords)) return;
    for (const sentence of sentences(plain)) {
      const form = filterForm(sentence);
      if (!mayHaveFreeWord(form)) continue;
      for (const hit of typesIn(sentence, freePattern, line, 'text.phrase', form)) if (!hit.requirement) hits.push(hit);
    }
  };
  for (const item of ctx.frontmatterStrings) if (/^(?:description|summary|subtitle)$/i.test(item.key)) read(item.text, item.line, keywordsIn(item.text));
  const keywords = lineKeywords(ctx);
  ctx.text.forEach((line, index) => read(line.plain, line.line, keywords[index]!));
  return hits;
}

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
    // "4+ years experience as a full-time coder": the words just before say it is the candidate's past.
    const before = text.slice(Math.max(0, found.index - 40), found.index);
    const after = text.slice(found.end, found.end + 25);
    const requirement = PAST_OR_REQUIREMENT.test(before) || experienceFollows(after);
    hits.push({ type, line, text, rule, requirement });
  }
  return hits;
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
