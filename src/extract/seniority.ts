/**
 * Seniority, chosen from candidates (candidates.ts): a front matter level
 * ("level: Senior", "junior: true"), the title's words (tables/words.ts,
 * several languages), a level label in the text ("Level: Senior", "Уровень:
 * Middle", "разработчика уровня Middle") and, last, an internship: a posting
 * whose only employment type is INTERN is for an intern. Nothing else in the
 * body counts: "work with senior engineers" says nothing about this job.
 */
import type { Seniority } from '../schema/posting.js';
import { settle, type Candidate } from './candidates.js';
import { frontmatterLine, frontmatterValue, type ExtractContext } from './context.js';
import { fieldKeys } from './tables/field-keys.js';
import { languageLevelWords, seniorityLabels, seniorityLevelWords, seniorityWords } from './tables/words.js';
import { escapeRegExp, filterForm, lazily, mayContain } from './text.js';
import { phraseSet } from './match/phrase-set.js';
import { titleWordsLanguage } from './language-words.js';
import { internReadsInternal } from './language-posting.js';

const anyOf = (words: readonly string[]): string => [...words].sort((a, b) => b.length - a.length).map(escapeRegExp).join('|');
// "Level: Senior" as a line of its own; "уровня Middle" ("of level Middle") inside one.
// A table row ("| Tecrübe seviyesi | Intermediate/Senior |") states it as a label line does.
const LEVEL_LABEL = lazily(() => new RegExp(String.raw`^\|?\s{0,2}(?:${anyOf(seniorityLabels)})\s{0,2}[:：|]\s{0,2}(.{2,60}?)\s{0,2}\|?$`, 'iu'));
const LEVEL_HEADING = lazily(() => new RegExp(String.raw`^(?:${anyOf(seniorityLabels)})\s{0,2}[:：]?$`, 'iu'));
const LEVEL_WORD = lazily(() => new RegExp(String.raw`(?<![\p{L}])(?:${anyOf(seniorityLevelWords)})\s{1,2}(\S{2,20})`, 'iu'));
// One word and no figure, with an optional "level" ("Senior Level", "Mid-level", "Entry Level", "Intern"): a second word
// is no level's ("Java Lead" names a skill and a role).
const LEVEL_ONLY = /^\s{0,2}(\p{L}[\p{L}+]*(?:[\s-]level)?)\s{0,2}$/iu;
const labelKeywords = [...seniorityLabels, ...seniorityLevelWords].map((word) => word.toLowerCase());
const LANGUAGE_LEVELS = new Set(languageLevelWords);
const LABEL_KEYWORDS = lazily(() => phraseSet(labelKeywords));

/**
 * Could one of these lines hold a level label? False only when no line passes levelLabels()'s own
 * prefilter, read from the lines joined: one lower-casing and one pass over the text instead of one
 * per line (most postings have no label word at all). Joined by "\n", the lines' filter forms are the
 * joined text's (\n is neither cased nor case-ignorable), and a form is null for the text when it is for a line.
 */
export function mayHoldLevelLabel(lines: readonly string[]): boolean {
  const form = filterForm(lines.join('\n'));
  return form === null || LABEL_KEYWORDS().anyIn(form);
}

/** The plain reading of mayHoldLevelLabel: does some line pass the prefilter on its own? */
export function someLineMayHoldLevelLabel(lines: readonly string[]): boolean {
  return lines.some((line) => mayContain(filterForm(line), labelKeywords));
}

/** Set seniority from the best of its candidates. */
export function extractSeniority(ctx: ExtractContext): void {
  const candidates: Array<Candidate<Seniority>> = [];
  const level = frontmatterValue(ctx, fieldKeys.seniority);
  const fromLevel = level && typeof level.value === 'string' ? seniorityOf(level.value) : null;
  if (level && fromLevel) {
    candidates.push({ value: fromLevel, source: 'frontmatter', rule: `frontmatter.${level.key}`, line: frontmatterLine(ctx, level.key), text: String(level.value), confidence: 0.9 });
  }
  // "experience: Senior Level", "experience: Intern": a key that mostly holds years, here holding only a level.
  const experience = fromLevel ? null : frontmatterValue(ctx, fieldKeys.experience);
  const onlyLevel = experience && typeof experience.value === 'string' ? LEVEL_ONLY.exec(experience.value)?.[1] : undefined;
  const fromExperience = onlyLevel ? seniorityOf(onlyLevel) : null;
  if (experience && fromExperience) {
    candidates.push({ value: fromExperience, source: 'frontmatter', rule: `frontmatter.${experience.key}`, line: frontmatterLine(ctx, experience.key), text: String(experience.value), confidence: 0.85 });
  }
  const junior = frontmatterValue(ctx, ['junior']);
  if (junior && (junior.value === true || junior.value === 'true')) {
    candidates.push({ value: 'junior', source: 'frontmatter', rule: 'frontmatter.junior', line: frontmatterLine(ctx, 'junior'), text: 'junior: true', confidence: 0.9 });
  }
  const title = ctx.fields.title;
  const fromTitle = title ? seniorityOf(title, () => internReadsInternal(ctx)) : null;
  if (title && fromTitle) candidates.push({ value: fromTitle, source: 'heading', rule: 'title.words', line: ctx.evidence.title?.line ?? 0, text: title, confidence: 0.8 });
  candidates.push(...levelLabels(ctx));
  if (ctx.fields.employmentType.length === 1 && ctx.fields.employmentType[0] === 'INTERN') {
    const evidence = ctx.evidence.employmentType;
    candidates.push({ value: 'intern', source: 'body', rule: 'employment.intern', line: evidence?.line ?? 0, text: evidence?.text || 'INTERN', confidence: 0.6 });
  }
  const best = settle(ctx, 'seniority', candidates);
  if (best) ctx.fields.seniority = best.value;
}

/** The first level label of the body that names a seniority. */
function levelLabels(ctx: ExtractContext): Array<Candidate<Seniority>> {
  if (!mayHoldLevelLabel(ctx.text.map((line) => line.plain))) return [];
  for (const [index, line] of ctx.text.entries()) {
    if (line.plain.length > 500 || !mayContain(filterForm(line.plain), labelKeywords)) continue;
    // A label standing alone as a heading or line, its value on the next line ("#### Nível" / "- Sênior"), as location labels are read.
    if (LEVEL_HEADING().test(line.plain)) {
      const next = ctx.text.slice(index + 1, index + 3).find((l) => /[\p{L}\p{N}]/u.test(l.plain));
      const found = next && next.plain.length <= 40 ? seniorityOf(next.plain) : null;
      if (found) return [{ value: found, source: 'body', rule: 'text.level-heading', line: next!.line, text: `${line.plain} ${next!.plain}`, confidence: 0.7 }];
      continue;
    }
    const inSentence = LEVEL_WORD().exec(line.plain)?.[1];
    const value = LEVEL_LABEL().exec(line.plain)?.[1] ?? (inSentence && !LANGUAGE_LEVELS.has(inSentence.toLowerCase().replace(/[^\p{L}-]/gu, '')) ? inSentence : undefined);
    const found = value ? seniorityOf(value) : null;
    if (found) return [{ value: found, source: 'body', rule: 'text.level-label', line: line.line, text: line.plain, confidence: 0.7 }];
  }
  return [];
}

const INTERN_LAST = /(?<![\p{L}])(?:intern|internship)\s*(?:\([^()]{0,40}\))?[\s.!]*$/iu;

/**
 * The seniority a title's words state, or null. `internal` tells whether the posting's lower-case "intern" is
 * "internal" (language-posting.ts), asked only for a title ending in "intern" whose own words do not settle it.
 */
export function seniorityOf(title: string, internal: () => boolean = () => false): Seniority | null {
  // English puts a compound's head last: a "Staff Accountant Intern" is an intern, whatever rank or role words come before.
  const intern = INTERN_LAST.exec(title);
  if (!intern) return tableSeniority(title);
  const head = title.slice(0, intern.index);
  const fromHead = tableSeniority(head);
  if (fromHead === 'intern') return fromHead;
  // German, Dutch and Scandinavian "intern" is internal ("Referent Unternehmenskommunikation intern", "Recruiter intern"):
  // not an intern in a title of another language's role words, nor where a posting in one of those languages writes
  // it in lower case or with no English role word before it (unless it also writes its own internship word).
  const words = titleWordsLanguage(head);
  if (words === 'other') return fromHead;
  const adjective = /^intern(?!ship)/u.test(intern[0]) || words === null;
  return adjective && internal() ? fromHead : 'intern';
}

function tableSeniority(title: string): Seniority | null {
  // Most titles have none of a pattern's keywords: those patterns (slow, case-insensitive Unicode) are not run.
  const form = filterForm(title);
  for (const [pattern, seniority, keywords] of seniorityWords) if (mayContain(form, keywords) && pattern.test(title)) return seniority;
  return null;
}
