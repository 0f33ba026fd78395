/**
 * General evidence for the company, read from how any posting speaks of its
 * employer rather than from one phrase:
 * - a definition at a line's start: "Acme is a …", "Acme ist ein …",
 *   "Acme est une …" (tables/company-evidence.ts, per language). Weak alone
 *   (0.35: "Kubernetes is a …" defines a tool the same way), it counts when
 *   another reading names the same company;
 * - repetition: a name that another reading proposes and that the text writes
 *   on three or more other lines gets a weak reading of its own (0.4), so two
 *   weak readings that agree (a definition and repetition) outweigh one
 *   stronger reading alone.
 */
import type { ExtractContext } from './context.js';
import { sectionPhrases } from './tables/sections.js';
import { placesIn } from './location.js';
import { normalizeHeading } from './title-clean.js';
import type { Candidate } from './candidates.js';
import { ASIDE, NAME } from './company-rules.js';
import { alternation, lazily } from './text.js';
import { namesWithTail, soleLongerForm, writesAsWord } from './match/name-mentions.js';
import { aboutSentenceOpeners, countryNamesAfterName, definitionVerbs, notDefinitionSubjects, organisationWordsAfterName } from './tables/company-evidence.js';
import { nameConnectors } from './tables/companies.js';
import { titleLabels } from './tables/titles.js';
import { legalFormsAfter, nameArticles } from './tables/companies.js';

type Add = (name: string, line: number, rule: string, text: string, confidence: number) => void;

/** "Acme is a", "Acme GmbH ist ein", "Acme — это": a name, then a definition's verb and article, at the line's start. */
const DEFINITION = new RegExp(`^${NAME}${ASIDE}\\s+(?:${alternation(Object.values(definitionVerbs).flat())})(?![\\p{L}\\p{N}])`, 'u');
const NOT_SUBJECT = new Set(Object.values(notDefinitionSubjects).flat());
const LIST_ITEM = /^\s*(?:[-*+•]|\d{1,2}[.)])\s/u;
/** A definition's line starts with a capital: a cheap test before the pattern. */
const STARTS_CAPITAL = /^\p{Lu}/u;

/** The subject of a definition at a line's start ("Acme is a …"), 0.35. */
export function definitionCompanies(ctx: Pick<ExtractContext, 'text'>, add: Add): void {
  for (const line of ctx.text) {
    const plain = line.plain.trimStart();
    if (!STARTS_CAPITAL.test(plain) || LIST_ITEM.test(line.text)) continue;
    const name = DEFINITION.exec(plain)?.[1];
    if (!name || NOT_SUBJECT.has(name.split(/\s/u)[0]!.toLowerCase())) continue;
    add(name, line.line, 'body.defines', plain, 0.35);
  }
}

/** "Fieldwise builds farm software": a name opening a sentence, then a lower-case word (its verb). */
const SUBJECT = new RegExp(`^(?:(?:${alternation(nameArticles)})\\s+)?${NAME}${ASIDE}\\s+\\p{Ll}`, 'u');
const NOT_ABOUT_SUBJECT = new Set([...NOT_SUBJECT, ...Object.values(aboutSentenceOpeners).flat()]);
/** The company section's headings as written whole ("About us", "Über uns"); "About Acme" names its company itself (heading.about). */
const ABOUT_US = new Set(sectionPhrases.filter(([kind]) => kind === 'company').flatMap(([, phrases]) => phrases).map(normalizeHeading));

/**
 * The subject of the first sentence under an "About us" heading ("## Über uns" /
 * "Die Acme GmbH entwickelt…"): 0.6 when the text names it elsewhere too, else
 * 0.35, a weak reading that needs another to agree. A place ("Berlin is…") is no subject here.
 */
export function aboutSectionSubjects(ctx: Pick<ExtractContext, 'text' | 'headings'>, add: Add): void {
  const headingLines = new Set(ctx.headings.map((heading) => heading.line));
  for (const heading of ctx.headings) {
    if (!ABOUT_US.has(normalizeHeading(heading.text))) continue;
    const first = ctx.text.find((line) => line.line > heading.line && line.plain.trim());
    if (!first || headingLines.has(first.line) || LIST_ITEM.test(first.text)) continue;
    const name = SUBJECT.exec(first.plain.trimStart())?.[1];
    if (!name || NOT_ABOUT_SUBJECT.has(name.split(/\s/u)[0]!.toLowerCase()) || placesIn(name).length) continue;
    // Alone it is weak: "Climate change is…", "Die Energiewende braucht…" open with a capitalised noun too.
    add(name, first.line, 'section.about-subject', first.plain, writtenElsewhere(ctx, name, first.line) ? 0.6 : 0.35);
  }
}

/** At least this many other lines must write a name for its repetition to count. */
const REPEATED_LINES = 3;

/** A weak reading (0.4) for each proposed name that the text writes on three or more other lines, as a word. */
export function repeatedNames(ctx: Pick<ExtractContext, 'text'>, candidates: ReadonlyArray<Candidate<string>>, add: Add): void {
  // A domain's mention counts its own repetitions already.
  const seen = new Set(candidates.filter((candidate) => candidate.rule === 'domain.mention').map((candidate) => candidate.value));
  for (const candidate of candidates) {
    const name = candidate.value;
    // A name all in lower case ("apps like inlang") is as often a word or a product: repetition says nothing of it.
    if (seen.has(name) || !/\P{Ll}/u.test(name.replace(/[\s\p{P}\p{N}]/gu, '')) || !/^[\p{L}\p{N}]/u.test(name)) continue;
    seen.add(name);
    const lines = linesWriting(ctx, name, candidate.line);
    if (lines.length >= REPEATED_LINES) add(name, lines[0]!.line, 'body.repeated', `${name} (${lines.length} lines)`, 0.4);
  }
}

/** The lines other than `except` that write a name as a word ("Matrix" in "Matrix.org" or "Acme-Cloud" is part of a longer name). */
function linesWriting(ctx: Pick<ExtractContext, 'text'>, name: string, except: number): ExtractContext['text'] {
  return ctx.text.filter((line) => line.line !== except && line.plain.includes(name) && writesAsWord(line.plain, name));
}

/** Whether a line other than `except` writes the name. */
export const writtenElsewhere = (ctx: Pick<ExtractContext, 'text'>, name: string, except: number): boolean => linesWriting(ctx, name, except).length > 0;

/** A legal form or an organisation word after a name ("s.r.o.", "GmbH", "Foundation"), then no letter or digit. */
const LEGAL_TAIL = `,?[ ](?:${alternation(legalFormsAfter)})`;
const ORGANISATION_TAIL = `[ ](?:${alternation(Object.values(organisationWordsAfterName).flat())})`;
const FULL_NAME_TAIL = `(?:${LEGAL_TAIL}|${ORGANISATION_TAIL})(?![\\p{L}\\p{N}])`;
/** "Software Engineering Italia": a subsidiary's country right after the name, then perhaps its legal form. */
const COUNTRY_TAIL = `[ ](?:${alternation(Object.values(countryNamesAfterName).flat())})(?:${LEGAL_TAIL})?(?![\\p{L}\\p{N}])`;
/** "Wiringa" written "Wiringa Technische Groothandel": up to two capitalised words may come between the name and its tail. */
const GROWN_TAIL = `(?:(?:[ ]\\p{Lu}[\\p{L}\\p{N}&'’.-]*){0,2}${FULL_NAME_TAIL}|${COUNTRY_TAIL})`;
/** The tail alone, tried where the text writes a name: one pattern for every name (match/name-mentions.ts). */
const fullNameTail = lazily(() => new RegExp(GROWN_TAIL, 'uy'));

/**
 * The chosen name as the text writes it in full: with its legal form or an
 * organisation word after it ("Neohunter" -> "Neohunter s.r.o.", "Eclipse" ->
 * "Eclipse Foundation", "Wiringa" -> "Wiringa Technische Groothandel", two
 * capitalised words between at most), when the text writes one such longer form only. An
 * organisation word may name another body ("Acme Labs, our research arm"),
 * so that form counts only when the text writes it on as many lines as the
 * bare name.
 */
export function writtenInFull(ctx: Pick<ExtractContext, 'text'>, name: string): string {
  if (FULL_END.test(name)) return name;
  const tail = fullNameTail();
  // "GmbH \& Co. KG": a Markdown escape is no part of the name.
  const full = soleLongerForm(ctx.text, name, (line) => namesWithTail(line.replace(/\\&/gu, '&'), name, tail));
  return full && (LEGAL_FORM_END.test(full.form) || full.fullLines >= full.bareLines) ? full.form : name;
}
/** A name that ends with a legal form. */
const LEGAL_FORM_END = new RegExp(`${LEGAL_TAIL}(?![\\p{L}\\p{N}])$`, 'u');
/** A name that already ends with a legal form or an organisation word. */
const FULL_END = new RegExp(`${FULL_NAME_TAIL}$`, 'u');

/**
 * Is the line a heading that opens a section: prose or a list right under it ("## So sind wir" then a paragraph,
 * "### Titel" then the role's name)? An employer's name under a title stands alone or above another heading
 * ("### Grafana Labs" then "#### 💰 €117,420 …").
 */
export function opensSection(ctx: ExtractContext, line: number): boolean {
  const heading = ctx.headings.find((h) => h.line === line);
  if (!heading) return false;
  const after = ctx.text.find((l) => l.line > line);
  if (!after || after.line > line + 2 || ctx.headings.some((h) => h.line === after.line)) return false;
  if (LIST_ITEM_START.test(after.text)) return true;
  // A longer line under a heading that is a field's label ("Titel") or a phrase, not a name ("So sind wir": a
  // lower-case word other than a name's connector); "## Sonnenweg" then a sentence may still be the employer.
  const words = heading.text.trim().split(/\s+/);
  const phrase = words.some((word) => /^\p{Ll}/u.test(word) && !nameConnectors.includes(word));
  return after.plain.trim().length > 2 * heading.text.length && (phrase || TITLE_LABELS.has(heading.text.trim().toLowerCase()));
}
const TITLE_LABELS = new Set(Object.values(titleLabels).flat());
const LIST_ITEM_START = /^\s*(?:[-*+•]|\d{1,2}[.)])\s/u;
