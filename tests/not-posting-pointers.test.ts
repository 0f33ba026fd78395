/**
 * A careers page that names no job and points to the jobs elsewhere in a short sentence around its one link
 * ("Unsere aktuellen Ausschreibungen finden Sie unter [Aktuelles](/career/)", "Our open positions are listed
 * [here](/jobs)") is their index (src/extract/posting-kind.ts, careers-index), as a link whose own text names
 * them is. Must not: a posting that names its role, a long paragraph that mentions jobs beside a link, a line
 * of several links.
 */
import { describe, expect, it } from 'vitest';
import { postingKindOf } from './extract-direct.js';

describe('a short line that names the jobs around its one link', () => {
  it.each([
    ['de', '# Studentische Arbeiten\n\nBewerbungen sollen ein Motivationsschreiben und den Lebenslauf enthalten.\n\nUnsere aktuellen Ausschreibungen finden Sie unter [Aktuelles](/career/)\n\nInformationen zum Ablauf finden Sie [hier](/download/ablauf.pdf)\n'],
    ['en', '# Working at Acme\n\nWe are a small team with a big mission and flexible hours.\n\nOur open positions are listed [here](/jobs).\n'],
    ['nl', '# Werken bij Acme\n\nWij zijn een klein team in Utrecht.\n\nBekijk onze vacatures [op deze pagina](/werken-bij/lijst).\n'],
  ])('%s: gives no record (careers-index)', (_language, text) => {
    const { records, reason } = postingKindOf(text);
    expect(records).toBe(0);
    expect(reason).toMatch(/^not a posting \(careers-index\)/);
  });

  it.each([
    ['a posting that points to the other jobs', '# Senior Backend Engineer\n\nYou will build our billing APIs in Go, full-time in Berlin.\n\n## Requirements\n\n- Go, PostgreSQL\n\nOur other open positions are listed [here](/jobs).\n'],
    ['a page that names its role in a sentence', '# Working at Acme\n\nWe are looking for a Product Designer to join our team in Wellington.\n\nOur other open positions are listed [here](/jobs).\n'],
    ['a long paragraph that mentions jobs beside a link', '# Working at Acme\n\nWe are a small team with a big mission, and the jobs we do every day range from writing code to answering the phone for our customers all over the country, which is why we wrote [this guide](/guide) for newcomers.\n'],
    ['a line of several links', '# Working at Acme\n\nWe are a small team.\n\nRead [our story](/a), meet [the team](/b) and follow our jobs on [our blog](/c).\n'],
  ])('keeps its record: %s', (_case, text) => {
    expect(postingKindOf(text)).toEqual({ records: 1, reason: undefined });
  });
});
