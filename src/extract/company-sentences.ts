/**
 * A name written in lower case before a hiring verb ("multi recrute",
 * "élao recherche un développeur"), which NAME never takes, in a body line or
 * a front-matter description: it counts only when it spells a domain the
 * posting gives (letters and digits, accents folded), so the domain agrees
 * and the casing is the text's. (The body rules over front-matter sentences
 * were tried and turned empty companies into wrong ones: not kept.)
 */
import type { ExtractContext } from './context.js';
import type { PostingDomain } from './company-domain.js';
import { LOWER_NAME_HIRING } from './company-rules.js';

type Add = (name: string, line: number, rule: string, text: string, confidence: number) => void;

/** Front-matter keys that hold a sentence about the posting. */
const SENTENCE_KEY = /(?:^|\.)(?:description|summary|excerpt|subtitle|intro|lead|teaser|abstract|meta_description)$/iu;

/** Letters and digits, lower case, accents folded: how a domain spells a name. */
const folded = (name: string): string => name.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/[^a-z0-9]/gu, '');

/** "multi recrute", "élao recherche": a lower-case name before a hiring verb, at a line's start, that spells one of the posting's domains. */
export function lowerCaseNameCompanies(ctx: Pick<ExtractContext, 'frontmatterStrings' | 'text'>, domains: readonly PostingDomain[], add: Add): void {
  if (!domains.length) return;
  const names = new Set(domains.map((domain) => domain.name));
  const read = (text: string, line: number, rule: string): void => {
    const match = LOWER_NAME_HIRING.exec(text);
    if (match && names.has(folded(match[1]!))) add(match[1]!, line, rule, text, 0.7);
  };
  for (const line of ctx.text) if (line.plain.charCodeAt(0) > 0x60) read(line.plain, line.line, 'body.lower-name-hiring');
  for (const item of ctx.frontmatterStrings) if (SENTENCE_KEY.test(item.key)) read(item.text, item.line, `frontmatter.${item.key}.lower-name-hiring`);
}
