/**
 * Skills: every technology from the table (tables/skills.ts) that the posting
 * names, under its canonical name ("K8s" -> Kubernetes, "GCP" -> Google
 * Cloud, "Postgres" -> PostgreSQL). Matching is a plain substring search with
 * letter boundaries checked by hand: no pattern, no backtracking. Front
 * matter tags/techno keys count too.
 */
import { cite, type ExtractContext } from './context.js';
import { skillAliases } from './tables/skills.js';
import { FirstWordIndex, firstWord } from './text.js';

const SKILL_KEYS = /^(?:tags|skills|techno|technologies|tech|stack|keywords|techStack|tech_stack)$/i;

/** A skill alias as searched for: lower-cased unless it is matched case-sensitively. */
interface Needle { canonical: string; needle: string; caseSensitive: boolean }
// Lower-cased once here, not per line.
const needles: Needle[] = skillAliases.map(({ canonical, alias, caseSensitive }) => ({ canonical, needle: caseSensitive ? alias : alias.toLowerCase(), caseSensitive }));
// A text is only searched for the aliases whose first word it has (as written for case-sensitive ones, lower-cased for the rest).
const exactIndex = new FirstWordIndex(needles.map((n) => (n.caseSensitive ? firstWord(n.needle) : undefined)));
const lowerIndex = new FirstWordIndex(needles.map((n) => (n.caseSensitive ? undefined : firstWord(n.needle))));

/** Set skills: canonical names of the technologies the posting names. */
export function extractSkills(ctx: ExtractContext): void {
  const sources = [
    ...ctx.frontmatterStrings.filter((f) => SKILL_KEYS.test(f.key.split('.').pop() ?? '') || /^(?:title|description|summary)$/i.test(f.key)).map((f) => ({ plain: f.text, line: f.line })),
    ...ctx.text,
  ];
  const found = new Map<string, { line: number; text: string }>();
  for (const source of sources) {
    for (const skill of skillsIn(source.plain)) if (!found.has(skill)) found.set(skill, { line: source.line, text: source.plain });
  }
  ctx.fields.skills = [...found.keys()];
  const first = found.values().next().value;
  if (first) cite(ctx, 'skills', first.line, 'skills.table', first.text, 0.8);
}

/** Canonical names of the skills a text names, in table order of first appearance. */
export function skillsIn(text: string): string[] {
  const lower = text.toLowerCase();
  const out: string[] = [];
  const taken: Array<[number, number]> = [];
  // Lower-casing that changes the length (İ) would shift the boundary checks: then try every alias.
  const candidates = lower.length === text.length
    ? FirstWordIndex.ordered(lowerIndex.candidates(lower, exactIndex.candidates(text))).map((i) => needles[i]!)
    : needles;
  for (const { canonical, needle, caseSensitive } of candidates) {
    const haystack = caseSensitive ? text : lower;
    let from = 0;
    while (from <= haystack.length) {
      const at = haystack.indexOf(needle, from);
      if (at === -1) break;
      from = at + 1;
      const end = at + needle.length;
      if (!bounded(text, at, end, needle)) continue;
      // A longer alias already covers these characters ("React Native" before "React").
      if (taken.some(([s, e]) => at >= s && end <= e)) continue;
      taken.push([at, end]);
      if (!out.includes(canonical)) out.push(canonical);
      break;
    }
  }
  return out;
}

function bounded(text: string, start: number, end: number, needle: string): boolean {
  const before = text[start - 1] ?? ' ';
  const after = text[end] ?? ' ';
  const word = /[\p{L}\p{N}_]/u;
  if (word.test(before) && /[\p{L}\p{N}]/u.test(needle[0]!)) return false;
  // "C++17" is C++; "Java8" is not Java.
  if (word.test(after) && /[\p{L}\p{N}]/u.test(needle[needle.length - 1]!)) return false;
  if (/[\p{L}]/u.test(after) && /[+#]$/.test(needle)) return false;
  // "Go-to-market" is not Go; ".NET" inside "ASP.NET" is handled by its own alias.
  if (after === '-' && /^go$/i.test(needle)) return false;
  if (before === '.' && /^[\p{L}]/u.test(needle)) return false;
  if (after === '.' && /[\p{L}\p{N}]/u.test(text[end + 1] ?? '') && !/[.]/.test(needle)) return false;
  return true;
}
