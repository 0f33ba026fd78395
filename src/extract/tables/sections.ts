/**
 * Section headings per kind and language. A heading is compared in lower
 * case without punctuation; the first kind with a phrase contained in it wins,
 * so the more specific kinds (niceToHave before requirements) come first.
 * The phrases live per language group beside this file: a new language is one
 * line in each kind it names.
 */
import type { SectionKind } from '../../schema/posting.js';
import { westSectionHeadings } from './sections-west.js';
import { eastSectionHeadings } from './sections-east.js';
import { northAsiaSectionHeadings } from './sections-north-asia.js';

/**
 * The match order of the kinds. "About the Role" describes the job, not the company:
 * aboutRole (kind role) is checked before the company kind's bare "about", the other role headings after it.
 */
export const sectionSlots = [
  'niceToHave', 'compensation', 'benefits', 'process', 'requirements', 'responsibilities', 'aboutRole', 'company', 'role',
] as const;
export type SectionSlot = (typeof sectionSlots)[number];

/** Heading phrases of one language group: slot -> language -> phrases. */
export type SectionHeadings = Partial<Record<SectionSlot, Record<string, string[]>>>;

const kindOfSlot = (slot: SectionSlot): SectionKind => (slot === 'aboutRole' ? 'role' : slot);

// Greek capitals drop the accents ("ΑΠΑΙΤΟΥΜΕΝΑ ΠΡΟΣΟΝΤΑ"): an all-caps heading lower-cases to the unaccented form.
// Turkish capital İ (of i) stays İ in a heading's filter form (text.ts): "İş Tanımı", and capital I (of ı) lower-cases to i ("İŞ TANIMI").
function caseFormsToo(language: string, phrases: string[]): string[] {
  if (language === 'el') return [...phrases, ...phrases.map((p) => p.normalize('NFD').replace(/\p{M}/gu, '').normalize('NFC'))];
  if (language === 'tr') {
    const titled = phrases.map((p) => p.replace(/(^|\s)i/gu, '$1İ'));
    const capitals = phrases.map((p) => p.replace(/ı/gu, '\u0000').replace(/i/gu, 'İ').replace(/\u0000/gu, 'i'));
    return [...phrases, ...titled, ...capitals];
  }
  return phrases;
}

const groups: SectionHeadings[] = [westSectionHeadings, eastSectionHeadings, northAsiaSectionHeadings];

/** Each kind's phrases in one table: slot -> language -> phrases, every group merged. */
export const sectionHeadingsByLanguage: Record<SectionSlot, Record<string, string[]>> = Object.fromEntries(
  sectionSlots.map((slot) => [slot, Object.assign({}, ...groups.map((group) => group[slot] ?? {})) as Record<string, string[]>]),
) as Record<SectionSlot, Record<string, string[]>>;

/** Heading phrases by section kind, most specific kind first (languages mixed, as the matcher reads them). */
export const sectionPhrases: Array<[kind: SectionKind, phrases: string[]]> = sectionSlots.map((slot) => [
  kindOfSlot(slot),
  [...new Set(Object.entries(sectionHeadingsByLanguage[slot]).flatMap(([language, phrases]) => caseFormsToo(language, phrases)))],
]);
