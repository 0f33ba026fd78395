/**
 * "About Acme", "Über Acme", "À propos de Acme": a heading, a bold line or a
 * label that names the company it is about (tables/companies.ts aboutWords).
 * "About us", "O firmie", "Sobre o trabalho" name no one.
 */
import type { ExtractContext } from './context.js';
import { aboutWords, cjkAboutSuffixes, cjkAboutWords } from './tables/companies.js';
import { aboutNotNames } from './tables/company-evidence.js';
import { isSpace } from './text.js';
import { NOT_A_NAME } from './company-name.js';

type Add = (name: string, line: number, rule: string, text: string, confidence: number, source?: 'heading') => void;

// Longest words first: "O firmie Acme" is about Acme, not about "firmie Acme" ("o" alone is Czech and Polish "about").
const ABOUT_WORDS = [...aboutWords].sort((a, b) => b.length - a.length);
export const ABOUT = new RegExp(String.raw`^(?:(?:${ABOUT_WORDS.join('|')})(?:(?<=['’])|\s+)(?:the\s+|a\s+|o\s+|la\s+|le\s+|l'|de\s+)?(.{2,50})|(?:${cjkAboutWords.join('|')})\s*(\S.{0,29}))$`, 'iu');
/** "Nordlichtについて", "Nordlicht 소개": a Latin name (capitalised, case-sensitive) before the suffix. */
const ABOUT_SUFFIXED = new RegExp(String.raw`^([\p{Lu}\d][\p{Script=Latin}\p{N}.&'’-]*(?: [\p{Lu}\d&][\p{Script=Latin}\p{N}.&'’-]*){0,3})\s?(?:${cjkAboutSuffixes.join('|')})$`, 'u');
const ABOUT_NOT_NAMES = new Set(Object.values(aboutNotNames).flat());
const CJK_NOT_NAMES = aboutNotNames.zh ?? [];
/** "Über Acme", "About Acme": a heading's words glued to a name by a page's markup, not a name. */
export const ABOUT_PREFIX = new RegExp(`^(?:(?:${ABOUT_WORDS.filter((word) => word.length >= 4).join('|')})\\s|(?:${cjkAboutWords.join('|')}))`, 'iu');
const BOLD_LINE = /^(?:\*\*[^*]{3,60}\*\*|__[^_]{3,60}__):?$/u;
/** "About Acme: we build …": up to five words, then the colon. */
const ABOUT_LABEL = /^(\S+(?:\s+\S+){1,5}?)\s*:\s/u;
const EMOJI = /[\p{Extended_Pictographic}\u{1F1E6}-\u{1F1FF}\uFE0F\u200D]/gu;

/** "About Acme" headings (0.75) and lines that do a heading's work (0.7). */
export function aboutCompanies(ctx: ExtractContext, add: Add): void {
  const aboutName = (text: string): string | undefined => {
    const bare = text.replace(/[*_:]+/g, '').replace(EMOJI, '').trim();
    const about = ABOUT.exec(bare);
    const subject = about?.[1] ?? about?.[2] ?? ABOUT_SUFFIXED.exec(bare)?.[1];
    const first = subject?.split(/\s+/)[0]!;
    // "O firme", "O projekcie", "Sobre o trabalho": the heading is about the company as a noun, the project or the job, not a name.
    // "关于我们的团队": a Chinese subject is read from its start, as it has no spaces.
    const cjkNotName = about?.[2] !== undefined && CJK_NOT_NAMES.some((word) => about[2]!.startsWith(word));
    // The heading's own words go on in lower case ("О компании и команде", "O firmie w skrócie"); a name in lower case is one
    // word ("About eBay", "About bunq").
    if (about?.[1] !== undefined && !/^[\p{Lu}\p{N}]/u.test(about[1]) && /\s/u.test(about[1].trim())) return undefined;
    // Swedish, Norwegian and Danish write names capitalised: "Om stillingen", "Om teamet" are about a noun in its definite form
    // (a word all in lower case); "Om iZettle" is a brand written lower-case first.
    if (/^[Oo]m\s+\p{Ll}[\p{Ll}-]*(?:\s|$)/u.test(bare)) return undefined;
    return subject && !cjkNotName && !NOT_A_NAME.test(first) && !ABOUT_NOT_NAMES.has(first.toLowerCase()) && !/\b(?:role|job|position|you|team|project|work|us|the company)\b/iu.test(subject) ? subject : undefined;
  };
  for (const heading of ctx.headings) {
    const name = mayStartAbout(heading.text) || endsInAboutSuffix(heading.text) ? aboutName(heading.text) : undefined;
    if (name) add(name, heading.line, 'heading.about', heading.text, 0.75, 'heading');
  }
  // A line that does a heading's work: all in bold ("**About Acme**") or a label ("About Acme: we build …", "Over Acme:").
  const headingLines = new Set(ctx.headings.map((heading) => heading.line));
  for (const line of ctx.text) {
    if (!mayStartAbout(line.plain) || headingLines.has(line.line)) continue;
    const raw = line.text.trim();
    const label = BOLD_LINE.test(raw) ? line.plain : ABOUT_LABEL.exec(line.plain)?.[1];
    const name = label ? aboutName(label) : undefined;
    if (name) add(name, line.line, 'text.about-line', line.plain, 0.7, 'heading');
  }
}

// What ABOUT can start with, case-insensitively (about, über, à propos, sobre, over, o, 关于; ſ folds to s).
const ABOUT_STARTS = new Set([...aboutWords, ...cjkAboutWords].flatMap((word) => [word[0]!, word[0]!.toUpperCase()]).concat(['ſ']).map((char) => char.charCodeAt(0)));

/** False when ABOUT surely cannot match the heading once its * _ : are gone and it is trimmed. */
function mayStartAbout(text: string): boolean {
  for (let at = 0; at < text.length; at++) {
    const code = text.charCodeAt(at);
    if (code === 42 || code === 95 || code === 58 || isSpace(code)) continue;
    return ABOUT_STARTS.has(code);
  }
  return false;
}

/** "…について", "… 소개": a heading that may be about a name written before the suffix. */
const endsInAboutSuffix = (text: string): boolean => cjkAboutSuffixes.some((suffix) => text.trimEnd().endsWith(suffix));
