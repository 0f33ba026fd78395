/**
 * What an HTML page says of itself in its head: the <title>, OpenGraph's
 * og:title and og:site_name, application-name. The cleaned body never holds
 * these (the head is blanked), but job pages put the role and the employer
 * there ("Data Engineer | Acme", og:site_name "Acme"). They become title and
 * company candidates, named as such in the evidence.
 */
import { decodeHTML } from 'entities';

export interface PageText { text: string; line: number }
export interface PageMeta { title?: PageText; ogTitle?: PageText; siteName?: PageText }

/** How much of a page is read for its head. */
const HEAD_CHARS = 64 * 1024;
const TITLE = /<title\b[^>]*>([^<]{1,300})<\/title\s*>/i;
const META = /<meta\b[^>]*>/gi;

/** The page's own title and site name, when the text is an HTML page; {} otherwise. */
export function pageMeta(sourceText: string): PageMeta {
  const head = sourceText.slice(0, HEAD_CHARS);
  if (!head.includes('<title') && !head.includes('og:') && !head.includes('application-name')) return {};
  const meta: PageMeta = {};
  const lineAt = (index: number): number => head.slice(0, index).split('\n').length;
  const title = TITLE.exec(head);
  if (title && clean(title[1]!)) meta.title = { text: clean(title[1]!), line: lineAt(title.index) };
  for (const match of head.matchAll(META)) {
    const tag = match[0];
    const name = /\b(?:property|name)\s*=\s*["']([^"']+)["']/i.exec(tag)?.[1]?.toLowerCase();
    const content = /\bcontent\s*=\s*(?:"([^"]*)"|'([^']*)')/i.exec(tag);
    const text = clean(content?.[1] ?? content?.[2] ?? '');
    if (!name || !text) continue;
    if ((name === 'og:title' || name === 'twitter:title') && !meta.ogTitle) meta.ogTitle = { text, line: lineAt(match.index) };
    if ((name === 'og:site_name' || name === 'application-name') && !meta.siteName) meta.siteName = { text, line: lineAt(match.index) };
  }
  return meta;
}

/** Entities decoded, whitespace collapsed; template code ("<?php", "{{") is no text. */
function clean(raw: string): string {
  const text = decodeHTML(raw).replace(/\s+/g, ' ').trim();
  return /<\?|\{\{|\{%|<%/.test(text) ? '' : text;
}
