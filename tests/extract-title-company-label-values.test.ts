/**
 * Title and company through the CLI, the cases review29a found after session 29's new languages (issue #13): a brand
 * written lower-case first after a Scandinavian "Om" names the company; a "Company:" label whose value describes the
 * employer ("a fast-growing logistics firm in Leeds") names none, in any language; a Hungarian section heading that
 * opens with the article or "Amit" holds a role noun but is no role, so the posting stays one record.
 */
import { describe, expect, it } from 'vitest';
import { describeTitleCompanyCases } from './company-cases.js';
import { parseNdjson, runCli } from './helpers.js';

const WAREHOUSE = '\n\n## Tasks\n\n- receive goods\n\nFull time.\n';

describeTitleCompanyCases('a brand after "Om", and a company label whose value is a description', [
  { name: 'sv "Om iZettle" (a brand written lower-case first) names the company', input: '# Supportspecialist\n\n## Om iZettle\n\nVi bygger betallösningar för små företag.\n\n## Arbetsuppgifter\n\n- hjälpa kunder via chatt\n\nHeltid, Stockholm.\n', company: 'iZettle' },
  { name: 'must not: sv "Om tjänsten" (a definite noun) names no company', input: '# Supportspecialist\n\n## Om tjänsten\n\nDu hjälper kunder via chatt.\n\nHeltid, Stockholm.\n', company: null },
  { name: 'hu "Cég:" with a description names no company', input: `# Raktáros\n\nCég: dinamikusan fejlődő logisztikai vállalat Győrben${WAREHOUSE}`, company: null },
  { name: 'fi "Yritys:" with a description names no company', input: `# Myyjä\n\nYritys: kasvava suomalainen vähittäiskauppaketju${WAREHOUSE}`, company: null },
  { name: 'el "Εταιρεία:" with a description names no company', input: `# Λογιστής\n\nΕταιρεία: Μεγάλη εμπορική εταιρεία στην Αθήνα${WAREHOUSE}`, company: null },
  { name: 'hr "Poslodavac:" with a description names no company', input: `# Skladištar\n\nPoslodavac: uspješna trgovačka tvrtka iz Zagreba${WAREHOUSE}`, company: null },
  { name: 'en "Company:" with a description names no company', input: `# Warehouse Operative\n\nCompany: a fast-growing logistics firm in Leeds${WAREHOUSE}`, company: null },
  { name: 'must not: hu "Cég:" with a name keeps it', input: `# Raktáros\n\nCég: Brightwave Logisztika Kft.${WAREHOUSE}`, company: 'Brightwave Logisztika Kft.' },
  { name: 'must not: en "Company:" with a name keeps it', input: `# Warehouse Operative\n\nCompany: Brightwave Logistics${WAREHOUSE}`, company: 'Brightwave Logistics' },
]);

describe('a Hungarian section heading that opens with the article or "Amit" is no role heading', () => {
  const posting = (second: string) => `# Értékesítési vezető\n\nA Brightwave Kft. keres értékesítési vezetőt budapesti irodájába.\n\n## ${second}\n\nNyolc értékesítő dolgozik a csapatban.\n\n## Amit a sofőröktől és raktárosoktól elvárunk\n\n- pontosság\n\n## Feladatok\n\n- a csapat irányítása\n\nTeljes munkaidő.\n`;
  it.each([
    ['"Az értékesítő csapatról" and "Amit a sofőröktől … elvárunk" stay sections of one posting', posting('Az értékesítő csapatról'), ['Értékesítési vezető']],
    // Must not: a role heading under the page's own heading is still a role of its own.
    ['must not: "Raktáros" (warehouse worker) as a heading is a role', '# Karrier\n\n## Értékesítő\n\n- ügyfelek felkutatása\n\n## Raktáros\n\n- áru átvétele\n', ['Értékesítő', 'Raktáros']],
  ])('%s', async (_name, input, titles) => {
    const result = await runCli(['normalize', '-', '--format', 'ndjson'], { input });
    expect(parseNdjson(result.stdout).map((record) => record.title), result.stderr).toEqual(titles);
  });
});
