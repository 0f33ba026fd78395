/**
 * Greek is told by its text (franc's `ell`, tables/languages.ts francCodes), for a posting and for each posting
 * of a split page, which takes the page's language (stages/carry-language.ts). Through the CLI.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseNdjson, runCli } from './helpers.js';

async function languages(text: string) {
  const dir = mkdtempSync(path.join(tmpdir(), 'postings-greek-'));
  const file = path.join(dir, 'jobs.md');
  writeFileSync(file, text);
  const result = await runCli(['normalize', file, '--format', 'ndjson']);
  return parseNdjson(result.stdout).map((record) => record.language);
}

const intro = 'Οι ενδιαφερόμενοι μπορούν να στέλνουν τα βιογραφικά τους στο jobs@example.org αναγράφοντας στο θέμα τη θέση για την οποία στέλνουν αίτηση.';

describe('Greek postings', () => {
  it('a posting in Greek is el', async () => {
    expect(await languages(`# Προγραμματιστής web\n\n${intro} Πτυχίο ΑΕΙ τμήματος Πληροφορικής και γνώσεις Java, CSS και HTML.\n`)).toEqual(['el']);
  });

  it('each posting of a Greek page, too short to tell on its own, takes the page\'s el', async () => {
    const text = [`# Αγορά Εργασίας`, '', intro, '', '## Μια (1) θέση προγραμματιστή web', '', '* Γνώσεις Java, CSS, HTML', '',
      '## Δύο (2) θέσεις Προγραμματιστή Android', '', '* Εμπειρία σε Android', ''].join('\n');
    expect(await languages(text)).toEqual(['el', 'el']);
  });

  it('an English posting stays en', async () => {
    expect(await languages('# Web Developer\n\nWe are looking for a web developer who knows Java, CSS and HTML and likes to work with people.\n')).toEqual(['en']);
  });
});
