/**
 * Several postings stated as structured data: a page whose JSON-LD holds two JobPostings or more (a `@graph` of them,
 * an array, or a script each) is a careers page, each JobPosting one of its postings. They are read as a data file's
 * items are (split/data.ts: `title`, `hiringOrganization`, `jobLocation`, `employmentType`, `datePosted` under the
 * front matter's key readers), each on the line of its script. One JobPosting, or the same one twice (a plugin's
 * script and a theme's), says which job a page is and leaves the page whole (extract/structured.ts reads it).
 */
import { jsonLd } from '../extract/page-meta.js';
import { dataItems, parseData, type DataItem } from './data.js';

/** The JobPostings of the page's JSON-LD as data items, when they are two or more different ones; none otherwise. */
export function jsonLdPostingItems(text: string): DataItem[] {
  if (!text.includes('application/ld+json')) return [];
  const postings = jsonLd(text).jobPostings ?? [];
  if (postings.length < 2) return [];
  // The same job twice is one: a JobPosting whose key (sameJobKey) an earlier one has is that job again, as a plugin
  // and a theme, or a place spelt two ways, state it (review26a).
  const seen = new Set<string>();
  const distinct = postings.filter(({ data }) => {
    const key = sameJobKey(data);
    if (key === undefined) return true;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  if (distinct.length < 2 || !distinct.every(({ data }) => typeof data.title === 'string' && data.title.trim() !== '')) return [];
  // One JSON array, each posting written on the line of its script, so that every field's evidence names that line.
  let listed = '';
  let line = 1;
  distinct.forEach(({ data, line: at }, index) => {
    if (at > line) listed += '\n'.repeat(at - line);
    line = Math.max(line, at);
    listed += `${index === 0 ? '[' : ','}${JSON.stringify(data)}`;
  });
  listed += ']';
  const parsed = parseData(listed);
  return parsed.ok ? dataItems(parsed.document, listed) : [];
}

/**
 * What names a JobPosting's job, the first it states: its identifier (another identifier is another job, whatever the
 * title), its address with its query (`?id=11` and `?id=12` are two), else its title and place, the title without case or
 * a gender mark ("H/F", "(m/w/d)"), so "Nurse (Days)" and "Nurse (Nights)" stay two (review26c).
 */
function sameJobKey(data: Record<string, unknown>): string | undefined {
  const identifier = typeof data.identifier === 'object' && data.identifier !== null ? (data.identifier as Record<string, unknown>).value : data.identifier;
  if ((typeof identifier === 'string' && identifier.trim()) || typeof identifier === 'number') return `id:${String(identifier).trim()}`;
  if (typeof data.url === 'string' && data.url.trim()) return `url:${data.url.trim().replace(/#.*$/, '').replace(/[?&]utm_[^&#]*/g, '').replace(/\/+$/, '').toLowerCase()}`;
  const title = typeof data.title === 'string' ? data.title.toLowerCase().replace(/\(?\b(?:[mwfhdxv]\s?\/\s?){1,3}[mwfhdxv]\b\)?/g, ' ').replace(/[^\p{L}\p{N}]+/gu, ' ').trim() : '';
  return title ? `title:${title}|${JSON.stringify(data.jobLocation ?? null)}` : undefined;
}
