/**
 * A Hacker News "Who is hiring" post's first line: "Acme | Senior Engineer |
 * Berlin | REMOTE" or, as many posters write it, "elvex - Senior Product
 * Engineer - $150k-$210k USD + equity - Remote (US)". Three or more parts,
 * none of them long, one of them a job title. A dash also joins a single
 * posting's title and place ("Senior Engineer - Berlin": two parts) and
 * starts list items, so a dash line counts only where a post starts: at the
 * top of the text or under a rule (`---`).
 */
import type { BodyLine } from '../document.js';
import { looksLikeJobTitle } from '../extract/title-clean.js';

/** "Acme | Senior Engineer | Berlin | REMOTE": three or more parts, none of them long. */
const PIPE_LINE = /^(?!\s*\|)[^|\n]{1,100}(?:\s\|\s[^|\n]{1,100}){2,}\s*$/;
/** " - ", " – ", " — " between parts; a hyphen inside a word or a range ("$150k-$210k") is no separator. */
const DASH = /\s[-–—]\s/u;
const RULE_LINE = /^\s{0,3}(?:(?:-\s*){3,}|(?:\*\s*){3,}|(?:_\s*){3,})$/;

/** Does the first line of a block (at body index `index`) start a post? */
export function isHeaderLine(line: string, body: BodyLine[], index: number): boolean {
  if (PIPE_LINE.test(line)) return line.split(/\s\|\s/).some((part) => looksLikeJobTitle(part.trim()));
  const parts = line.split(DASH).map((part) => part.trim());
  if (parts.length < 3 || parts.some((part) => !part || part.length > 100)) return false;
  return opensPost(body, index) && parts.some((part) => looksLikeJobTitle(part));
}

/** Nothing but blank lines above, or a rule (a thematic break, or a setext underline that Markdown read as one) right above. */
function opensPost(body: BodyLine[], index: number): boolean {
  for (let at = index - 1; at >= 0; at--) {
    const text = body[at]!.text;
    if (text.trim()) return RULE_LINE.test(text);
  }
  return true;
}
