/**
 * Skills: every technology from the table (tables/skills.ts) that the posting
 * names, under its canonical name ("K8s" -> Kubernetes, "GCP" -> Google
 * Cloud, "Postgres" -> PostgreSQL). Matching is a plain substring search with
 * letter boundaries checked by hand: no pattern, no backtracking. Front
 * matter tags/techno keys count too.
 */
import { cite, type ExtractContext } from './context.js';
import { candidatesBySplitting, codeAt, isAlnum, isLetter, needles, scanText, type Needle } from './match/skills.js';

const SKILL_KEYS = /^(?:tags|skills|techno|technologies|tech|stack|keywords|techStack|tech_stack)$/i;


const FRONTMATTER_TEXT_KEYS = /^(?:title|description|summary)$/i;

/** Set skills: canonical names of the technologies the posting names. */
export function extractSkills(ctx: ExtractContext): void {
  const texts: string[] = [];
  const lines: number[] = [];
  for (const f of ctx.frontmatterStrings) {
    if (SKILL_KEYS.test(f.key.slice(f.key.lastIndexOf('.') + 1)) || FRONTMATTER_TEXT_KEYS.test(f.key)) { texts.push(f.text); lines.push(f.line); }
  }
  for (const line of ctx.text) { texts.push(line.plain); lines.push(line.line); }
  // Scanned joined: one flat string reads faster than the slices the lines are.
  const joined = texts.join('\n');
  const found = new Map<string, { line: number; text: string }>();
  let offset = 0;
  texts.forEach((text, index) => {
    const candidates = scanText(joined, offset, offset + text.length);
    offset += text.length + 1;
    for (const skill of skillsAt(text, candidates)) if (!found.has(skill)) found.set(skill, { line: lines[index]!, text });
  });
  ctx.fields.skills = [...found.keys()];
  const first = found.values().next().value;
  if (first) cite(ctx, 'skills', first.line, 'skills.table', first.text, 0.8);
}

/** Canonical names of the skills a text names, in table order of first appearance. */
export function skillsIn(text: string): string[] {
  return skillsAt(text, scanText(text, 0, text.length));
}

/** skillsIn, given what the scan of the text found (null: it could not be scanned). */
function skillsAt(text: string, candidates: readonly number[] | null): string[] {
  if (candidates !== null) {
    // A scanned text has no unit whose lower case is not one unit of its own: the lengths agree.
    return candidates.length ? aliasesIn(text, null, candidates) : [];
  }
  const lower = text.toLowerCase();
  // Lower-casing that changes the length (İ) would shift the boundary checks: then try every alias.
  if (lower.length !== text.length) return aliasesIn(text, lower, null);
  return aliasesIn(text, lower, candidatesBySplitting(text, lower));
}

/**
 * The skills found at the candidate aliases (indexes into needles, in table
 * order; null: every alias). lower is the text lower-cased, of the same
 * length (null: lower-cased here when an alias needs it).
 */
function aliasesIn(text: string, lower: string | null, candidates: readonly number[] | null): string[] {
  const out: string[] = [];
  const taken: Array<[number, number]> = [];
  const count = candidates ? candidates.length : needles.length;
  for (let c = 0; c < count; c++) {
    const needle = needles[candidates ? candidates[c]! : c]!;
    const haystack = needle.caseSensitive ? text : (lower ??= text.toLowerCase());
    let from = 0;
    while (from <= haystack.length) {
      const at = haystack.indexOf(needle.needle, from);
      if (at === -1) break;
      from = at + 1;
      const end = at + needle.needle.length;
      if (!bounded(text, at, end, needle)) continue;
      // A longer alias already covers these characters ("React Native" before "React").
      if (taken.some(([s, e]) => at >= s && end <= e)) continue;
      taken.push([at, end]);
      if (!out.includes(needle.canonical)) out.push(needle.canonical);
      break;
    }
  }
  return out;
}

/** Is the alias found at start..end a whole word of the text? */
function bounded(text: string, start: number, end: number, needle: Needle): boolean {
  const before = codeAt(text, start - 1);
  const after = codeAt(text, end);
  if (needle.startsAlnum && (isAlnum(before) || before === 0x5f)) return false;
  // "C++17" is C++; "Java8" is not Java.
  if (needle.endsAlnum && (isAlnum(after) || after === 0x5f)) return false;
  if (needle.endsPlusOrHash && isLetter(after)) return false;
  // "Go-to-market" is not Go; ".NET" inside "ASP.NET" is handled by its own alias.
  if (after === 0x2d && needle.isGo) return false;
  if (before === 0x2e && needle.startsLetter) return false;
  if (after === 0x2e && !needle.hasDot && end + 1 < text.length && isAlnum(text.charCodeAt(end + 1))) return false;
  return true;
}
