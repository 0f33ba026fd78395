/**
 * Experience years: "6+ years", "3-5 years", "at least 5 years", "minimum 2
 * years", "mindestens 3 Jahre", "au moins trois ans d'expérience", "5 años de
 * experiencia", "minimálne 2 roky", "5 年以上". A bare "N years" counts only
 * when experience is named next to it, so "over the past five years" is not a
 * requirement. The first statement in the posting wins.
 */
import { cite, type ExtractContext } from './context.js';
import { numberWords } from './tables/words.js';

const N = String.raw`(\d{1,2}|${Object.keys(numberWords).sort((a, b) => b.length - a.length).join('|')})`;
const YEARS = String.raw`(?:years?|yrs?|jahren?|ans?|años|anos|jaar|jaren|roky|rokov|rok|lat|let)`;
const RULES: Array<[rule: string, pattern: RegExp]> = [
  ['experience.range', new RegExp(String.raw`(?<![\p{L}\d])${N}\s{0,2}(?:-|–|—|to|bis|à|a|y|e|tot|až)\s{0,2}${N}\s{0,2}\+?\s{0,2}${YEARS}\b`, 'iu')],
  ['experience.plus', new RegExp(String.raw`(?<![\p{L}\d])${N}\s{0,2}\+\s{0,2}${YEARS}\b`, 'iu')],
  ['experience.at-least', new RegExp(String.raw`\b(?:at least|a minimum of|minimum of|minimum|min\.|mindestens|wenigstens|au moins|au minimum|minimum de|al menos|como mínimo|mínimo de|pelo menos|no mínimo|minimaal|ten minste|minimálne|aspoň|more than|over|más de|mais de|plus de|mehr als)\s{0,2}${N}\s{0,2}\+?\s{0,2}${YEARS}\b`, 'iu')],
  ['experience.or-more', new RegExp(String.raw`(?<![\p{L}\d])${N}\s{0,2}${YEARS}\s{0,2}(?:or more|and above|ou plus|o más|ou mais|oder mehr|of meer)\b`, 'iu')],
  ['experience.years-of', new RegExp(String.raw`(?<![\p{L}\d])${N}\s{0,2}${YEARS}\s{0,2}(?:of|d['’]|de|an|als|in|as)?\s{0,2}(?:\p{L}+\s){0,3}(?:experience|professional|relevant|hands-on|expérience|experiencia|experiência|berufserfahrung|erfahrung|ervaring|praxe|skúseností)`, 'iu')],
  ['experience.ja', /(\d{1,2})\s?年以上/u],
];
// Every rule but the Japanese one ends with a number, at most "  +  " and a years word: a line without that skips them.
const NUMBER_THEN_YEARS = new RegExp(String.raw`(?:\d|${Object.keys(numberWords).join('|')})\s{0,2}\+?\s{0,2}${YEARS}`, 'iu');
const NOT_EXPERIENCE = /\b(?:past|last|ago|founded|since|for the next|within|anniversary|old|history|over the past|over the last)\s{0,2}$/iu;

/** Set experienceYears from the first statement of required years. */
export function extractExperience(ctx: ExtractContext): void {
  const lines = [...ctx.frontmatterStrings.map((f) => ({ plain: f.text, line: f.line })), ...ctx.text];
  for (const line of lines) {
    if (line.plain.length > 3000) continue;
    const mayHaveYears = NUMBER_THEN_YEARS.test(line.plain);
    for (const [rule, pattern] of RULES) {
      if (!mayHaveYears && rule !== 'experience.ja') continue;
      const match = pattern.exec(line.plain);
      if (!match || NOT_EXPERIENCE.test(line.plain.slice(Math.max(0, match.index - 20), match.index))) continue;
      const min = toNumber(match[1]!);
      const max = match[2] && rule === 'experience.range' ? toNumber(match[2]) : undefined;
      if (min === null || min > 40 || (max !== undefined && (max === null || max < min || max > 50))) continue;
      if (rule === 'experience.at-least' && /\b(?:more than|over|más de|mais de|plus de|mehr als)\b/iu.test(match[0]) && !/\b(?:experience|expérience|erfahrung|experiencia|experiência)\b/iu.test(line.plain)) continue;
      ctx.fields.experienceYears = max !== undefined && max !== null ? { min, max } : { min };
      cite(ctx, 'experienceYears', line.line, rule, line.plain, 0.85);
      return;
    }
  }
}

/** "3" or "three"/"drei"/"trois" as a number. */
function toNumber(text: string): number | null {
  if (/^\d+$/.test(text)) return Number(text);
  return numberWords[text.toLowerCase()] ?? null;
}

/** Experience years stated in one text, for tests and callers with plain strings. */
export function parseExperience(text: string): { min: number; max?: number } | null {
  const ctx = { frontmatterStrings: [], text: [{ text, plain: text, line: 1 }], fields: { experienceYears: null }, evidence: {} } as unknown as Parameters<typeof extractExperience>[0];
  extractExperience(ctx);
  return ctx.fields.experienceYears;
}
