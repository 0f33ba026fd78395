/**
 * record.fingerprint: one posting saved in different ways gives one
 * fingerprint; a different title, company or description gives another.
 */
import { describe, expect, it } from 'vitest';
import iconv from 'iconv-lite';
import { normalizeText } from '../src/index.js';
import { canonicalCompany, stripTracking } from '../src/corpus/canonical.js';
import { misdecode } from './helpers.js';

const POSTING = `---
title: Senior Backend Engineer
company: Krümel Labs GmbH
date: 2024-03-01
---
# Senior Backend Engineer

We’re Krümel Labs — a small café-software company in München.

## What you’ll do
- Build the ordering API in TypeScript and PostgreSQL
- Keep our payments service fast: €1 of latency budget per request

Apply at https://kruemel.example/jobs/42 or read [the team page](https://kruemel.example/team).
`;

const utf8 = (text: string) => Buffer.from(text, 'utf8');
const fingerprintOf = (bytes: Uint8Array | string) => {
  const { record, messages } = normalizeText(bytes);
  expect(record, messages.map((m) => m.reason).join('; ')).not.toBeNull();
  return record!.fingerprint;
};

const sameJob: Array<[string, Uint8Array | string]> = [
  ['UTF-16 LE with a BOM', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(POSTING, 'utf16le')])],
  ['Windows-1252 bytes', iconv.encode(POSTING, 'windows-1252')],
  ['UTF-8 with a BOM', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), utf8(POSTING)])],
  ['mojibake (UTF-8 read as Windows-1252, saved again)', utf8(misdecode(POSTING, 'windows-1252'))],
  ['CRLF line endings', utf8(POSTING.replace(/\n/g, '\r\n'))],
  ['tracking links', utf8(POSTING.replace('jobs/42', 'jobs/42?utm_source=board&utm_medium=feed&gclid=x1').replace('/team)', '/team?ref=relay)'))],
  ['Liquid template tags', utf8(POSTING.replace('## What', '{% include apply-banner.html %}\n{{ site.footer_note }}\n## What'))],
  ['extra whitespace and blank lines', utf8(POSTING.replace(/ /g, '  ').replace(/\n\n/g, '\n\n\n   \n'))],
  ['typographic and straight quotes', utf8(POSTING.replace(/’/g, "'"))],
];

const otherJob: Array<[string, string]> = [
  ['another title', POSTING.replace(/Senior Backend Engineer/g, 'Staff Backend Engineer')],
  ['another company', POSTING.replace('company: Krümel Labs GmbH', 'company: Brösel Labs GmbH')],
  ['another description', POSTING.replace('Build the ordering API', 'Build the delivery API')],
];

describe('fingerprint', () => {
  const original = fingerprintOf(utf8(POSTING));

  it('is 32 hex digits', () => expect(original).toMatch(/^[0-9a-f]{32}$/));

  for (const [name, bytes] of sameJob) {
    it(`is the same for the posting saved with ${name}`, () => expect(fingerprintOf(bytes)).toBe(original));
  }

  for (const [name, text] of otherJob) {
    it(`differs for ${name}`, () => expect(fingerprintOf(utf8(text))).not.toBe(original));
  }

  it('does not change with the legal form of the company name', () => {
    expect(canonicalCompany('Krümel Labs GmbH')).toBe(canonicalCompany('KRUMEL LABS'));
    expect(canonicalCompany('Acme, Inc.')).toBe('acme');
  });

  it('drops tracking parameters from links and keeps the rest', () => {
    expect(stripTracking('https://a.example/j/1?utm_source=x&id=7&fbclid=z#apply')).toBe('https://a.example/j/1?id=7#apply');
    expect(stripTracking('https://a.example/j/1?utm_campaign=spring')).toBe('https://a.example/j/1');
    expect(stripTracking('https://a.example/j/1?id=%E0')).toBe('https://a.example/j/1?id=%E0');
  });
});
