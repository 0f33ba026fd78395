/**
 * A page whose visible text is a shell (a single-page app's root element, a
 * "please enable JavaScript" line) may still state the whole posting as the
 * `description` of its JSON-LD JobPosting, as HTML. Then that description is
 * the body, its lines pointing at the script's line. Only a page with one
 * JobPosting is read, and only when the text itself is trivial
 * (body-fields.ts), so a page's own text always comes first.
 */
import type { BodyLine } from '../document.js';
import { jsonLd } from '../extract/page-meta.js';
import { isTrivialBody, MIN_FIELD_CHARS } from './body-fields.js';

export interface StructuredBody { html: string; line: number }

/** The JSON-LD description to read as the body, when the cleaned text is trivial; undefined otherwise. */
export function structuredBody(source: string, lines: BodyLine[]): StructuredBody | undefined {
  if (!source.includes('application/ld+json') || !isTrivialBody(lines.map((line) => line.text).join('\n'))) return undefined;
  const postings = jsonLd(source).jobPostings ?? [];
  const description = postings.length === 1 ? postings[0]!.data.description : undefined;
  if (typeof description !== 'string' || isTrivialBody(description) || description.replace(/<[^>]*>/g, '').replace(/[^\p{L}\p{N}]/gu, '').length < MIN_FIELD_CHARS / 2) return undefined;
  return { html: description, line: postings[0]!.line };
}
