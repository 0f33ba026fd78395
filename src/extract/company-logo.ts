/**
 * A logo names its owner: an image whose file is a logo ("![Junto Seguros](…/images/logo.png)",
 * "![Prestaconcept](/public/logo_prestaconcept.png)", `alt="Logo Nederlandse Transplantatie Stichting"`)
 * has the company's name as its text, the word "logo" aside (tables/companies.ts logoWords).
 */
import type { ExtractContext } from './context.js';
import { logoWords } from './tables/companies.js';
import { alternation } from './text.js';

type Add = (name: string, line: number, rule: string, text: string, confidence: number) => void;

/** A Markdown image whose address names a logo: its alt text (group 1). */
// The word is in the file's path, not its query ("img.shields.io/badge/…?logo=discord" is a badge).
const LOGO_IMAGE = /!\[([^\]\n]{2,80})\]\(([^)\s?#]*logo[^)\s?#]*(?:[?#][^)\s]*)?)(?:\s+"[^"]*")?\)/iu;
const LOGO_WORDS = new RegExp(`^(?:${alternation(Object.values(logoWords).flat())})\\s+|\\s+(?:${alternation(Object.values(logoWords).flat())})$`, 'iu');

/** The name in a logo's alt text, read once: the first logo of the page; else an HTML page's logo outside the body read (its header, page-meta.ts). */
export function logoCompany(ctx: Pick<ExtractContext, 'text' | 'page'>, add: Add): void {
  for (const line of ctx.text) {
    if (!line.text.includes('![')) continue;
    const match = LOGO_IMAGE.exec(line.text);
    if (!match) continue;
    const name = ownerOf(match[1]!);
    if (name) add(name, line.line, 'image.logo-alt', match[0], 0.6);
    return;
  }
  const logo = ctx.page.logo;
  const name = logo && ownerOf(logo.text);
  // Read from the raw page (a header the cleaned body drops): as sure as a logo in the body.
  if (logo && name) add(name, logo.line, 'page.logo-alt', logo.text, 0.6);
}

/** A logo's alt text without the word "logo" ("Logo van Cafe Classen" -> "Cafe Classen"); '' when it names nothing else. */
function ownerOf(alt: string): string {
  const name = alt.trim().replace(LOGO_WORDS, '').trim();
  return name && !/^(?:logo|image|img|banner|icon)$/iu.test(name) ? name : '';
}

/** Is the line a heading made of one image and nothing else ("# ![Acme](logo.png)"): a banner, never a title? */
export function isImageHeading(raw: string): boolean {
  return /^#{1,6}\s*(?:\[\s*)?!\[[^\]\n]*\]\([^)\n]*\)(?:\s*\]\([^)\n]*\))?\s*#*\s*$/u.test(raw.trim());
}
