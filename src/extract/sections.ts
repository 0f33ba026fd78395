/**
 * Sections: each heading (or a paragraph that is only bold text, a common
 * pseudo-heading) starts a section that runs to the next one. Its kind comes
 * from the heading words (tables/sections.ts, many languages); its text is the
 * prose and its items the list entries. The title heading is not a section.
 * A call to apply (apply words with an address the record applies to) after a
 * section's content ends it: "Apply at …" under the last heading is not a
 * requirement, nor is what follows it.
 */
import type { Nodes, Root, RootContent } from 'mdast';
import type { Section, SectionKind } from '../schema/posting.js';
import { cite, type ExtractContext } from './context.js';
import { sourceLine, textOf } from './tree.js';
import { notSectionHeadings, sectionPhrases } from './tables/sections.js';
import { filterable, filterForm, firstWord, FirstWordIndex, memoized } from './text.js';
import { phraseFinder, type PhraseFinder } from './match/phrases.js';
import { hasApplyWords } from './match/apply-words.js';
import { deobfuscateEmails } from './apply-address.js';

// Finders, not /iu phrase patterns: those cost milliseconds each to compile.
const kindPatterns: Array<[SectionKind, PhraseFinder]> = sectionPhrases.map(([kind, phrases]) => [kind, phraseFinder(phrases)]);
const notSections = phraseFinder(notSectionHeadings);
// A kind's pattern can match a heading only if the heading has the first word of one of its phrases
// (lower-cased; a phrase whose case folds unlike its lower case is always tried).
const entryOfPhrase: number[] = [];
const firstWordsOfPhrases: Array<string | null> = [];
sectionPhrases.forEach(([, phrases], entry) => {
  for (const phrase of phrases) {
    entryOfPhrase.push(entry);
    firstWordsOfPhrases.push(filterable(phrase) ? firstWord(phrase.toLowerCase()) : null);
  }
});
const phrasesByFirstWord = new FirstWordIndex(firstWordsOfPhrases);

/**
 * The kind of a section heading ("Dein Profil" -> requirements), or "other".
 * Headings repeat (across postings, and title, company, equity and sections ask about the same ones): kinds are kept.
 */
export const sectionKindOf: (heading: string) => SectionKind = memoized(kindOf, 4096);

function kindOf(heading: string): SectionKind {
  const text = heading.replace(/[*_`#:]+/g, ' ').replace(/\s+/g, ' ').trim();
  if (!text || text.length > 80) return 'other';
  const form = filterForm(text);
  if (notSections.find(text, 0, form) !== null) return 'other';
  let possible: boolean[] | null = null;
  if (form !== null) {
    possible = kindPatterns.map(() => false);
    for (const phrase of phrasesByFirstWord.candidates(form)) possible[entryOfPhrase[phrase]!] = true;
  }
  for (let entry = 0; entry < kindPatterns.length; entry++) {
    const [kind, pattern] = kindPatterns[entry]!;
    if ((possible === null || possible[entry]) && pattern.find(text, 0, form) !== null) return kind;
  }
  return 'other';
}

interface OpenSection { heading: string; line: number; depth: number; text: string[]; items: string[] }

/** Set sections: each heading's kind, prose and bullet items. */
export function extractSections(ctx: ExtractContext): void {
  const sections: Section[] = [];
  let firstKnown: OpenSection | null = null;
  let current: OpenSection | null = null;
  const close = () => {
    if (!current || !(current.text.length || current.items.length)) return;
    const kind = sectionKindOf(current.heading);
    sections.push({ kind, heading: current.heading, text: current.text.join('\n\n'), items: current.items });
    if (kind !== 'other') firstKnown ??= current;
  };
  const titleLine = ctx.evidence.title?.line;
  for (const node of (ctx.tree as Root).children) {
    const heading = headingOf(node);
    if (heading) {
      close();
      const line = sourceLine(ctx.lines, node.position?.start.line);
      current = line === titleLine && ctx.evidence.title?.rule.startsWith('heading') ? null : { heading, line, depth: node.type === 'heading' ? node.depth : 7, text: [], items: [] };
      continue;
    }
    if (!current) continue;
    if (current.text.length + current.items.length > 0 && callsToApply(node, ctx.fields.apply) && sectionKindOf(current.heading) !== 'process') {
      close();
      current = null;
      continue;
    }
    if (node.type === 'list') {
      for (const item of node.children) {
        const text = plainText(item);
        if (text) current.items.push(text);
      }
    } else if (node.type === 'paragraph' || node.type === 'blockquote' || node.type === 'table' || node.type === 'code') {
      const text = plainText(node);
      if (text) current.text.push(text);
    }
  }
  close();
  ctx.fields.sections = sections;
  const first = firstKnown as OpenSection | null;
  if (first) cite(ctx, 'sections', first.line, 'sections.headings', first.heading, 0.8);
}

/** Is the paragraph a call to apply: apply words, and an address the record applies to (in its text or a link's)? */
function callsToApply(node: RootContent, apply: { emails: string[]; urls: string[] }): boolean {
  if (node.type !== 'paragraph' || !(apply.emails.length || apply.urls.length)) return false;
  const text = plainText(node);
  const lower = text.toLowerCase();
  const holdsAddress = apply.emails.some((email) => lower.includes(email) || hasLink(node, `mailto:${email}`))
    || apply.urls.some((url) => text.includes(url) || hasLink(node, url));
  // Obfuscated addresses ("jobs [at] acme [dot] com") are read only where the words already call to apply.
  return holdsAddress ? hasApplyWords(text) : apply.emails.length > 0 && hasApplyWords(text) && deobfuscateEmails(text).some((email) => apply.emails.includes(email.toLowerCase()));
}

/** Does the node hold a link to `url` (a mailto link: to that address, in any case, with or without "?subject=…")? */
function hasLink(node: Nodes, url: string): boolean {
  if (node.type === 'link') return node.url === url || (url.startsWith('mailto:') && node.url.toLowerCase().split('?')[0] === url);
  return 'children' in node && node.children.some((child) => hasLink(child as Nodes, url));
}

/** A heading, or a paragraph that is only bold text (ending in ":" or short): its text. */
function headingOf(node: RootContent): string | null {
  if (node.type === 'heading') return textOf(node).trim() || null;
  if (node.type === 'paragraph' && node.children.length <= 2 && node.children[0]?.type === 'strong') {
    const rest = node.children[1];
    if (rest && !(rest.type === 'text' && /^[\s:]*$/.test(rest.value))) return null;
    const text = textOf(node.children[0]).trim();
    if (text && text.length <= 60 && (text.endsWith(':') || sectionKindOf(text) !== 'other')) return text.replace(/:$/, '').trim();
  }
  return null;
}

// Whitespace runs other than a lone space (a run that starts with another whitespace character, or a
// space and more): collapsing only these to one space gives the same text as collapsing every run,
// and skips rebuilding the string at each ordinary space.
const WHITESPACE_TO_COLLAPSE = /[^\S ]\s*| \s+/g;

/** A node's text as mdast-util-to-string gives it (values, image alts, HTML), whitespace collapsed. */
function plainText(node: Nodes): string {
  return textOf(node).replace(WHITESPACE_TO_COLLAPSE, ' ').trim();
}
