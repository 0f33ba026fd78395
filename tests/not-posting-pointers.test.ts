/**
 * A careers page that names no job and points to the jobs elsewhere in a short sentence around its one link
 * ("Unsere aktuellen Ausschreibungen finden Sie unter [Aktuelles](/career/)", "Our open positions are listed
 * [here](/jobs)") is their index (src/extract/posting-kind.ts, careers-index), as a link whose own text names
 * them is. Must not: a posting that names its role, a long paragraph that mentions jobs beside a link, a line
 * of several links, a posting under its one heading that points to the other jobs ("# Barista … See all our jobs
 * [here](/jobs)"), an address to write to ("[Email us](mailto:…)", "[jobs@muster.at](mailto:…)": an address is no
 * heading word). A careers heading, also one that names the employer ("Working at Acme", "Arbeiten bei Acme"), is
 * no such one heading.
 */
import { describe, expect, it } from 'vitest';
import { postingKindOf } from './extract-direct.js';

describe('a short line that names the jobs around its one link', () => {
  it.each([
    ['de', '# Arbeiten bei Acme\n\nBewerbungen sollen ein Motivationsschreiben und den Lebenslauf enthalten.\n\nUnsere aktuellen Ausschreibungen finden Sie unter [Aktuelles](/career/)\n\nInformationen zum Ablauf finden Sie [hier](/download/ablauf.pdf)\n'],
    ['en', '# Working at Acme\n\nWe are a small team with a big mission and flexible hours.\n\nOur open positions are listed [here](/jobs).\n'],
    ['de, a page of several headings', '# Studentische Arbeiten\n\n## Ablauf\n\nBewerbungen sollen ein Motivationsschreiben und den Lebenslauf enthalten.\n\nUnsere aktuellen Ausschreibungen finden Sie unter [Aktuelles](/career/)\n'],
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
    ['de: a posting under its one heading points to the other jobs', '# Kassierer\n\nFür unsere Filiale in Graz suchen wir ab sofort Unterstützung.\n\nAlle offenen Stellen finden Sie [auf unserer Seite](/karriere).\n'],
    ['en: a posting under its one heading points to the other jobs', '# Barista\n\nJoin our café in Leeds, weekends.\n\nSee all our jobs [here](/jobs).\n'],
    ['en: a link whose own text names the jobs, under a posting\'s one heading', '# Barista\n\nJoin our café in Leeds, weekends.\n\n[See all our jobs](/jobs)\n'],
    ['en: an address to write to about the vacancies', '# Dishwasher\n\nBusy kitchen in Leeds, evenings.\n\nQuestions about our vacancies? [Email us](mailto:jobs@cafe.example)\n'],
    ['de: an address whose name is "jobs"', '# Lagerhelfer\n\nFür unser Lager in Linz ab sofort, 38,5 Stunden.\n\nBewerbungen für alle offenen Stellen bitte an [jobs@muster.at](mailto:jobs@muster.at).\n'],
    ['a line of several links', '# Working at Acme\n\nWe are a small team.\n\nRead [our story](/a), meet [the team](/b) and follow our jobs on [our blog](/c).\n'],
  ])('keeps its record: %s', (_case, text) => {
    expect(postingKindOf(text)).toEqual({ records: 1, reason: undefined });
  });
});
