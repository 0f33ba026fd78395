/**
 * A posting that only links to its own page gives a short record with what
 * it states, through the CLI: its link is its apply URL (rule
 * `link.own-page`), alone or as a role of a careers page, and the page's
 * address to apply to does not stand in for it. A posting that says more, or
 * whose link is a profile on a common platform or a site's root, gets no
 * such URL.
 */
import { describe, expect, it } from 'vitest';
import { normalizerInTempFiles } from './helpers.js';

const normalized = normalizerInTempFiles('postings-own-page-');

const ANALYST = 'https://jobs.nordlicht.example/data-analyst';
const DATENANALYST = 'https://jobs.nordlicht.example/stellen/datenanalyst';
const BACKEND = 'https://jobs.nordlicht.example/backend-developer';

describe('a posting that only links to its own page', () => {
  it.each([
    ['alone', `## Data Analyst\n\nSee [the full posting](${ANALYST})\n`, ['Data Analyst'], [[ANALYST]]],
    ['alone, the link as the whole line', `# Data Analyst\n\n[Read the posting](${ANALYST})\n`, ['Data Analyst'], [[ANALYST]]],
    ['in German', `## Datenanalyst (m/w/d)\n\nZur [vollständigen Stellenanzeige](${DATENANALYST})\n`, ['Datenanalyst'], [[DATENANALYST]]],
    ['as roles of a careers page with an address of its own', `# Careers at Nordlicht\n\nWrite to jobs@nordlicht.example with questions.\n\n## Data Analyst\n\nSee [the full posting](${ANALYST})\n\n## Backend Developer\n\nSee [the full posting](${BACKEND})\n`, ['Data Analyst', 'Backend Developer'], [[ANALYST], [BACKEND]]],
  ])('%s: its link is its apply URL', async (_name, text, titles, urls) => {
    const { result, records } = await normalized(text);
    expect(result.code).toBe(0);
    expect(records.map((r) => r.title)).toEqual(titles);
    expect(records.map((r) => r.apply.urls)).toEqual(urls);
    expect(records.map((r) => r.apply.emails)).toEqual(titles.map(() => []));
    expect(records.map((r) => r.evidence.apply.rule)).toEqual(titles.map(() => 'link.own-page'));
  });

  it.each([
    // A profile on a common platform is not the posting's page.
    ['a social profile', '## Data Analyst\n\nFollow us on [Twitter](https://twitter.com/nordlicht)\n'],
    // The site's root is the company's site.
    ['the site root', '## Data Analyst\n\nSee [nordlicht.example](https://nordlicht.example/)\n'],
    // A posting that states more than its link: the link is read as any link is.
    ['a posting that says more', `## Data Analyst\n\nYou will build our dashboards in SQL and Python.\n\nOur team blog: [read it](https://nordlicht.example/blog/team)\n`],
    // A link that names another thing than the role is not its page.
    ['a blog post under the title', '## Data Analyst\n\nRead about [our visa support](https://nordlicht.example/blog/visas)\n'],
    ['a line that says more', '## Data Analyst\n\nWe wrote about how our data team works and what it builds on [our blog](https://nordlicht.example/blog/team)\n'],
  ])('%s gives no apply URL', async (_name, text) => {
    const { records } = await normalized(text);
    expect(records.map((r) => r.title)).toEqual(['Data Analyst']);
    expect(records[0]!.apply.urls).toEqual([]);
  });
});
