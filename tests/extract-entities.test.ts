/**
 * HTML character references are decoded once, where extraction starts, so
 * every field reads "R&D" and "€", never "R&amp;D" and "&euro;": front
 * matter and body lines of Markdown alike (HTML pages are decoded when they
 * become Markdown). A case table of what postings write.
 */
import { describe, expect, it } from 'vitest';
import { normalizeText } from '../src/index.js';
import { decodedFrontmatter } from '../src/extract/entities.js';

const BODY = '\n\nWe build tools. Full-time position, send your CV.\n';
const recordOf = (text: string) => {
  const { record } = normalizeText(text, { path: 'posting.md' });
  if (!record) throw new Error('no record');
  return record;
};

describe('HTML entities in every field', () => {
  it.each([
    ['title, front matter', '---\ntitle: R&amp;D Engineer\n---\n# x' + BODY, (r: any) => r.title, 'R&D Engineer'],
    ['company, front matter', '---\ntitle: Engineer\ncompany: Smith &amp; Sons\n---' + BODY, (r: any) => r.company?.name, 'Smith & Sons'],
    ['location, front matter', '---\ntitle: Engineer\nlocation: Z&uuml;rich, Switzerland\n---' + BODY, (r: any) => r.locations.map((l: any) => l.text).join('|'), 'Zürich'],
    ['salary text, body', '# Engineer\n\nSalary: &euro;50.000 &ndash; &euro;60.000 per year' + BODY, (r: any) => r.salary.map((s: any) => `${s.min}-${s.max} ${s.currency} ${s.text}`).join('|'), '50000-60000 EUR €50.000 – €60.000'],
    ['email, body', '# Engineer\n\nSend your CV to jobs&#64;acme.com' + BODY, (r: any) => r.apply.emails.join('|'), 'jobs@acme.com'],
    ['email, front matter', '---\ntitle: Engineer\napply_email: jobs&#x40;acme.com\n---' + BODY, (r: any) => r.apply.emails.join('|'), 'jobs@acme.com'],
    ['url, body', '# Engineer\n\nApply here: https://acme.com/apply?job=1&amp;src=site' + BODY, (r: any) => r.apply.urls.join('|'), 'https://acme.com/apply?job=1&src=site'],
    ['url, front matter', '---\ntitle: Engineer\napply_url: https://acme.com/apply?job=1&amp;src=site\n---' + BODY, (r: any) => r.apply.urls.join('|'), 'https://acme.com/apply?job=1&src=site'],
    ['location, body', '# Engineer\n\nLocation: D&uuml;sseldorf, Germany' + BODY, (r: any) => r.locations.map((l: any) => l.text).join('|'), 'Düsseldorf'],
  ])('%s', (_name, text, field, expected) => {
    expect(field(recordOf(text))).toContain(expected);
  });

  it('leaves text that only looks like a reference as written ("AT&T", "?a=1&b=2")', () => {
    const record = recordOf('---\ntitle: Engineer\ncompany: AT&T\napply_url: https://acme.com/apply?a=1&b=2\n---' + BODY);
    expect(record.company?.name).toBe('AT&T');
    expect(record.apply.urls).toEqual(['https://acme.com/apply?a=1&b=2']);
  });

  it('decodes front matter once, copying only what changes and keeping "__proto__" as data', () => {
    const plain = { title: 'Engineer', tags: ['a', 'b'], when: new Date(0) };
    expect(decodedFrontmatter(plain)).toBe(plain);
    const hostile = JSON.parse('{"__proto__": {"x": "R&amp;D"}, "title": "a &lt; b"}');
    const decoded = decodedFrontmatter(hostile);
    expect(Object.getPrototypeOf(decoded)).toBe(Object.prototype);
    expect(decoded.__proto__).toEqual({ x: 'R&D' });
    expect(decoded.title).toBe('a < b');
    expect(hostile.title).toBe('a &lt; b');
  });
});
