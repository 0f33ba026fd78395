/**
 * The employer on a line near the title, as job boards and aggregators print
 * it: a short line right under the title heading, a short heading under the
 * title ("### Sourcegraph91"), a byline ("Acme · Berlin · Full-time"), a company label alone on its line over
 * its value (a <dl>'s <dt>, a bold label).
 */
import type { ExtractContext } from './context.js';
import { sectionKindOf } from './sections.js';
import { isGenericHeading, looksLikeJobTitle } from './title.js';
import { placesIn } from './location.js';
import { locationLabels } from './tables/places.js';
import { employmentWords } from './tables/employment.js';
import { opensSection, writtenElsewhere } from './company-general.js';
import { AFTER_FORM } from './company-sources.js';
import { ABOUT } from './company-about.js';
import { labelledValue } from './label-lines.js';
import { companyLabels, companyPlaceholders, nameConnectors } from './tables/companies.js';
import { CITY_AND_REGION, isPlace } from './title-place.js';
import { namesOnlyWorkload } from './title-edges.js';
import { alternation, lazily } from './text.js';

type Add = (name: string, line: number, rule: string, text: string, confidence: number, source?: 'heading' | 'byline') => void;
const LABEL_AND_VALUE = /^[\p{L}][\p{L} ]{0,29}\s?[:：]\s*\S/u;
const LIST_ITEM = /^\s*(?:[-*+•]|\d{1,2}[.)])\s/u;
/** Contract and schedule words, compared without accents ("Pelny etat" as a site writes "Pełny etat"). */
const folded = (text: string): string => text.toLowerCase().normalize('NFD').replace(/\p{M}/gu, '').replace(/ł/gu, 'l');
const EMPLOYMENT_WORDS = new Set(employmentWords.map(([phrase]) => folded(phrase)));

/** A short line right under the title heading, as job boards print the employer ("Accountmanager" / "HartingBank"). */
export function lineUnderTitle(ctx: ExtractContext, add: Add): void {
  // A value under a label heading ("## Position" / "Barista") has the next label heading under it ("## Location"), no employer.
  const titleLine = ctx.evidence.title?.rule.startsWith('heading') && ctx.evidence.title.rule !== 'heading.label' ? ctx.evidence.title.line : undefined;
  if (titleLine === undefined) return;
  const next = ctx.text.find((line) => line.line > titleLine && line.line <= titleLine + 3 && !/^[=-]{3,}$/.test(line.plain));
  // A list item under the title ("- C# and Angular") is the posting's content; a section's heading ("## Votre mission")
  // opens a section; a contract word ("Staż", "Full-time") is a tag.
  if (!next || LIST_ITEM.test(next.text) || ctx.headings.some((heading) => heading.line === next.line && sectionKindOf(heading.text) !== 'other')) return;
  if (opensSection(ctx, next.line)) return;
  // An image's alt text ("![Team Photo](…/team.jpg)") names what it shows; a logo's is read by company-logo.ts.
  if (/^\s*!\[[^\]]*\]\([^)]*\)\s*$/u.test(next.text)) return;
  const text = next.plain.trim();
  if (EMPLOYMENT_WORDS.has(folded(text))) return;
  if (text.split(/\s+/).length > 4 || text.length > 50 || /\d/.test(text) || looksLikeJobTitle(text) || placesIn(text).length) return;
  if (!/^\p{Lu}/u.test(text) || /[.:!?。：！？]$/u.test(text) || ABOUT.test(text)) return;
  // "Location: Reno, NV", "Type: Full-time": a field's label and value; "Reno, NV": a city and its state's code.
  if (LABEL_AND_VALUE.test(text) || CITY_AND_REGION.test(text)) return;
  // "Jane Doe, Acme": a person and the employer; a name is written across a comma only before its legal form ("Acme, Inc.").
  if (acrossComma(text)) return;
  // "Secteurs | Côtes-d'Armor", "Vollzeit · Berlin": parts a bar or a dot separates are a tag line (a byline's parts are read
  // by bylineUnderTitle below), no name: a name is not written across a separator.
  if (/\s[|·•]\s/u.test(text)) return;
  add(text, next.line, 'text.under-title', text, 0.65, 'byline');
}

/** Is the text two things a comma parts ("Jane Doe, Acme"), rather than a name and its legal form ("Acme, Inc.")? */
const acrossComma = (text: string): boolean => /,\s/u.test(text) && !AFTER_FORM.test(text) && !FIRM_OF_PARTNERS.test(text);
/** "Baker, Botts & Co", "Müller, Schmidt & Partner": a firm named after its partners, commas and all (review27a). */
const FIRM_OF_PARTNERS = /,\s[^,]+\s&\s*\p{Lu}[\p{L}.]*$/u;

/** Aggregator pages put the company on a short heading right under the title ("### Sourcegraph91"). */
export function aggregatorLine(ctx: ExtractContext, add: Add): void {
  const [first, second] = ctx.headings;
  if (!first || !second || first.depth > 2 || second.depth <= first.depth || second.line - first.line > 2) return;
  // Under a careers page's own heading ("# 인재 채용", "# Jobs") a short heading names a team or a role, not the employer.
  if (isGenericHeading(first.text)) return;
  const text = second.text.trim();
  // A heading that ends as a sentence does ("重新定义……全球。", "Why us?") is a slogan, not a name.
  // "### O Tobie", "## Über dich": a section about the reader, not a name.
  if (/[!?:。：！？]$/u.test(text) || ABOUT.test(text) || opensSection(ctx, second.line)) return;
  // "#### San Francisco, CA" under the title is the place, not the employer; "### Jane Doe, Acme" a person and the employer.
  if (!text || acrossComma(text) || text.split(/\s+/).length > 5 || sectionKindOf(text) !== 'other' || looksLikeJobTitle(text) || isGenericHeading(text) || placesIn(text).length) return;
  // A counter glued to the name by the site ("Sourcegraph91") goes when the bare name is used in the text.
  const bare = text.replace(/\d+$/, '');
  const name = bare !== text && ctx.text.some((l) => l.plain.includes(bare)) ? bare : text;
  // A heading the text never writes again may be a section's or a slogan: it counts less.
  add(name, second.line, 'heading.company-under-title', text, writtenElsewhere(ctx, name, second.line) ? 0.8 : 0.6, 'heading');
}

/**
 * A byline near the top: "Acme · Berlin, Germany · Full-time" or
 * "**Acme** – Lyon, France". The first part names the company when the others
 * are places, remote words or contract words.
 */
export function bylineUnderTitle(ctx: ExtractContext, add: Add): void {
  for (const line of ctx.text.slice(0, 6)) {
    // No separator with a space either side, one part.
    // A table row ("| Location | Berlin |") is no byline.
    if (!BYLINE_SEPARATOR.test(line.plain) || line.plain.startsWith('|')) continue;
    const parts = line.plain.split(/\s+[·•|–—-]\s+/u).map((p) => p.trim()).filter(Boolean);
    if (parts.length < 2 || parts[0]!.split(/\s+/).length > 5 || parts[0]!.length > 60) continue;
    const [first, ...rest] = parts as [string, ...string[]];
    // The cheap tests first (all of them are pure).
    if (/\d/.test(first) || looksLikeJobTitle(first) || placesIn(first).length) continue;
    // "主な勤務先 | 東京周辺", "Standort | Berlin": a table row's label and value, not a byline.
    if (isLocationLabel(first)) continue;
    const describesJob = rest.some((part) => /\b(?:remote|hybrid|on-?site|full[- ]time|part[- ]time|contract|télétravail|cdi|cdd|vollzeit|teilzeit)\b/iu.test(part) || placesIn(part).length > 0);
    if (describesJob) {
      add(first, line.line, 'text.byline', line.plain, 0.8, 'byline');
      return;
    }
  }
}

const BYLINE_SEPARATOR = /\s[·•|–—-]\s/;
const LOCATION_LABELS = new Set(locationLabels.map((label) => label.toLowerCase()));
const CJK_LOCATION_LABELS = locationLabels.filter((label) => /^[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u.test(label));
/** A work-location field's label ("Standort", "勤務地"), or a CJK compound ending in one ("主な勤務先": main place of work). */
const isLocationLabel = (text: string): boolean => LOCATION_LABELS.has(text.toLowerCase().replace(/[:：]$/u, '')) || CJK_LOCATION_LABELS.some((label) => text.endsWith(label));

const COMPANY_LABEL = lazily(() => new RegExp(`^(?:${alternation(Object.values(companyLabels).flat())})$`, 'iu'));

const PLACEHOLDERS = new Set(companyPlaceholders);
const CONNECTORS = new Set(nameConnectors);
/**
 * A label's value that can name the employer: no place ("Amsterdam"), workload or contract ("Vollzeit"), work mode, placeholder
 * ("Confidential"), nor a phrase (two lower-case words after the first, not a name's "of"/"de": "im Auftrag unseres Kunden").
 */
export function namesEmployer(value: string): boolean {
  const lower = value.toLowerCase();
  if (PLACEHOLDERS.has(lower) || isPlace(value) || namesOnlyWorkload(value) || EMPLOYMENT_WORDS.has(folded(value)) || /^(?:remote|hybrid|remoto|híbrido|télétravail|home ?office)$/iu.test(value)) return false;
  return value.split(/\s+/u).slice(1).filter((word) => /^\p{Ll}/u.test(word) && !CONNECTORS.has(word)).length < 2;
}

/**
 * "Company" over "Acme" (a definition list's term and its description, a bold label): the label's value (0.8). "Company:
 * Acme" and table rows are read as labelled lines (company-sources.ts); a lone "Company | Blog" is a menu's line, no pair.
 * A list item under the label is a menu's next entry ("* Werkgever" / "+ Credits kaufen"), no value; nor is a sentence.
 */
export function labelAloneCompany(ctx: ExtractContext, add: Add): void {
  for (const [index, line] of ctx.text.slice(0, 60).entries()) {
    if (line.plain.length > 160 || line.plain.includes(':') || line.plain.includes('：')) continue;
    const pair = labelledValue(ctx.text, index, COMPANY_LABEL());
    if (!pair) continue;
    // The label alone on its line (a pair on one line is a labelled line's or a menu's); an HTML page may write both on one source line.
    if (pair.label !== line.plain.replace(/[:：]\s*$/u, '').trim()) continue;
    const valueLine = ctx.text.slice(index + 1, index + 3).find((l) => l.plain.trim() === pair.value);
    if (!valueLine || LIST_ITEM.test(valueLine.text) || /^\s*#/u.test(valueLine.text)) continue;
    if (pair.value.split(/\s+/u).length > 6 || /[.!?。！？]$/u.test(pair.value) || !namesEmployer(pair.value)) continue;
    add(pair.value, pair.line, 'text.label-value', `${pair.label}: ${pair.value}`, 0.8);
  }
}
