/**
 * Signs that a page is a template to fill in, not a posting (posting-kind.ts weighs them): a placeholder title
 * ("Template"), fields left in brackets ("[COMPENSATION]", "# [Job Title]"), fill-in tags in the source
 * ("{{COMPANY_NAME}}") and a GitHub issue template's front matter. The vocabulary is in tables/not-posting.ts.
 */
import { bracketPlaceholder, fieldNameWords, FILL_IN_TAG, issueTemplateKeys, labelledPlaceholder, PLACEHOLDERS_OF_A_TEMPLATE, placeholderTitles, wordPlaceholder } from './tables/not-posting.js';
import { genericLinkText } from '../split/tables.js';

const FIELD_NAME_WORDS = new Set(Object.values(fieldNameWords).flat());

/** A front-matter title that is a placeholder ("Template"; a heading "Job Title" is an issue form's label), and fields left to fill in ("[COMPENSATION]", "[END DATE]", "[TITLE]"). */
export function templateSigns(text: ReadonlyArray<{ plain: string }>, titles: string[], headingTexts: string[]): string[] {
  const headings = new Set([...titles, ...headingTexts].map((heading) => heading.trim()));
  const signs: string[] = [];
  const placeholderTitle = titles.find((heading) => placeholderTitles.includes(heading.trim().toLowerCase()));
  if (placeholderTitle !== undefined) signs.push(`title: ${placeholderTitle}`);
  const fields = new Set<string>();
  for (const { plain } of text) for (const match of plain.matchAll(bracketPlaceholder)) fields.add(match[1]!.trim());
  if (fields.size >= PLACEHOLDERS_OF_A_TEMPLATE) signs.push([...fields].slice(0, 3).map((field) => `[${field}]`).join(' '));
  else {
    // "# [Job Title]", "## About [Company Name]", "[City, Country]": fields to fill in, in any case, one of them in a heading
    // or three of them as labelled values that name a field ("Company Name: [Company Name]", "Location: [City, State]";
    // "Location: [Berlin / Remote]" states a value, and so does a one-word tag, "Location: [Remote]").
    const named = new Map<string, boolean>();
    for (const { plain } of text) {
      const heading = headings.has(plain.trim());
      for (const match of plain.matchAll(wordPlaceholder)) {
        const field = match[1]!.trim();
        if (!genericLinkText.test(field)) named.set(field.toLowerCase(), (named.get(field.toLowerCase()) ?? false) || heading);
      }
    }
    // The labelled values are read only where enough placeholders stand and none in a heading: most pages have neither.
    const labelled = () => new Set(text.map(({ plain }) => labelledPlaceholder.exec(plain)?.[1]?.trim().toLowerCase()).filter((field) => field !== undefined && named.has(field) && /[ ,/]/.test(field) && namesAField(field)));
    if (named.size >= PLACEHOLDERS_OF_A_TEMPLATE && ([...named.values()].some(Boolean) || labelled().size >= PLACEHOLDERS_OF_A_TEMPLATE)) signs.push([...named.keys()].slice(0, 3).map((field) => `[${field}]`).join(' '));
  }
  return signs;
}

/**
 * A bracketed value that names what to write ("company name", "city, state", "nombre de la empresa"), not a stated value
 * ("berlin / remote", "data platform / analytics", "flexible start date, ideally may"): a field's name opens or ends on
 * its field word (an English compound ends on its head noun, a Romance phrase opens on it), not any word among many.
 */
const namesAField = (field: string): boolean => {
  const words = field.split(/[^\p{L}]+/u).filter(Boolean);
  return FIELD_NAME_WORDS.has(words[0]!) || FIELD_NAME_WORDS.has(words.at(-1)!);
};

/**
 * Fields left to fill in as template tags ("{{COMPANY_NAME}}", "{{job_title}}"): the cleaner removes every tag, so
 * they are read from the source. Only names in capitals or with an underscore count (a Liquid page's own
 * `{{ content }}`, `{{ page.title }}` reads data, it leaves nothing to fill in); three different ones make a template.
 */
export function fillInTags(sourceText: string): string[] {
  if (!sourceText.includes('{{')) return [];
  const names = new Set<string>();
  for (const match of sourceText.matchAll(FILL_IN_TAG)) if (/^[A-Z0-9_]+$/.test(match[1]!) || match[1]!.includes('_')) names.add(match[1]!);
  return names.size >= PLACEHOLDERS_OF_A_TEMPLATE ? [[...names].slice(0, 3).map((name) => `{{${name}}}`).join(' ')] : [];
}

export const isIssueTemplate = (keys: ReadonlySet<string> | undefined): boolean =>
  keys !== undefined && issueTemplateKeys.all.every((key) => keys.has(key)) && issueTemplateKeys.any.some((key) => keys.has(key));
