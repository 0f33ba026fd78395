/**
 * ftfy's own test cases (../shared/peers/ftfy-cases.json, Apache-2.0, see the
 * README beside it) run through repairText.
 *
 * The target is `fixed-encoding` where present (ftfy's mojibake step alone),
 * else `fixed`. `fixed` is `fix_text`, which also straightens curly quotes,
 * unescapes HTML entities, removes control characters and splits digraphs;
 * we do none of those, so where a case has no `fixed-encoding` and the texts
 * differ only in quote style, both sides are compared with quotes straightened
 * (listed in the output). Deliberate deviations are listed with their reason.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { repairText } from '../src/repair/index.js';
import { describeShared, HAS_SHARED, SHARED } from './helpers.js';

interface FtfyCase {
  id: string;
  label: string;
  original: string;
  fixed: string;
  'fixed-encoding'?: string;
  expect: 'pass' | 'fail';
}

const cases = (HAS_SHARED ? JSON.parse(readFileSync(path.join(SHARED, 'peers', 'ftfy-cases.json'), 'utf8')) : []) as FtfyCase[];

/** Where we knowingly differ from ftfy, what we produce instead, and why. */
const deviations: Record<string, { ours: string; why: string }> = {
  'negative-003': {
    ours: 'Bremer/Mccoy – Dråber',
    why: 'ftfy\'s label says the text "was meant to be Latin-1" (UTF-8 å read as Windows-1252). ftfy 6.3.1 leaves it because the correct '
      + 'en dash makes the line "inconsistent" (no page re-encodes the whole line into UTF-8), and then it fixes a span only when its '
      + 'context-free pair list (badness.py) names it: Ã© Ã¶ Ã¼ Ã¡ are listed, Ã¥ is not. Followed as a rule, that leaves real lines broken '
      + 'that the issue asks us to repair: "Malmö – pÃ¥ svenska", "Experiência com metodologias √°geis" (both left as they are by ftfy; '
      + 'tests/repair-missed.test.ts). Our score rates Ã¥ as odd as Ã© (2.5), so only a special case for å would match ftfy here.',
  },
};

/** Known failures of ftfy that we get right (checked so that a regression shows). */
const knownFailuresWeFix = ['known-failures-001', 'known-failures-007', 'known-failures-008', 'known-failures-009'];

const straightenQuotes = (text: string) => text.replace(/[‘’‚‛]/g, "'").replace(/[“”„‟]/g, '"');

function verdict(c: FtfyCase): { ok: boolean; normalised: boolean; got: string; want: string } {
  const want = c['fixed-encoding'] ?? c.fixed;
  const got = repairText(c.original).text;
  if (got === want) return { ok: true, normalised: false, got, want };
  const normalised = c['fixed-encoding'] === undefined && straightenQuotes(got) === straightenQuotes(want);
  return { ok: normalised, normalised, got, want };
}

describeShared('ftfy test cases', () => {
  const passCases = cases.filter((c) => c.expect === 'pass');

  it.each(passCases.filter((c) => !deviations[c.id]).map((c) => [c.id, c] as const))('%s', (_id, c) => {
    const { got, want, ok } = verdict(c);
    if (!ok) expect(got, c.label).toBe(want);
  });

  it.each(Object.entries(deviations))('deviation %s gives the documented text', (id, { ours }) => {
    const c = cases.find((x) => x.id === id)!;
    expect(repairText(c.original).text).toBe(ours);
  });

  it.each(knownFailuresWeFix)('ftfy known failure %s is repaired', (id) => {
    const c = cases.find((x) => x.id === id)!;
    expect(verdict(c).ok, c.label).toBe(true);
  });

  it('reports the pass rate', () => {
    const results = cases.map((c) => ({ c, ...verdict(c) }));
    const passed = results.filter((r) => r.c.expect === 'pass' && r.ok);
    const failuresFixed = results.filter((r) => r.c.expect === 'fail' && r.ok);
    const normalised = results.filter((r) => r.ok && r.normalised).map((r) => r.c.id);
    console.log(
      `ftfy cases: ${passed.length}/${passCases.length} "pass" cases match (ftfy: ${passCases.length}/${passCases.length}); `
      + `${failuresFixed.length}/${cases.length - passCases.length} of ftfy's known failures repaired; `
      + `deviations: ${Object.keys(deviations).join(', ')}; compared with quotes straightened: ${normalised.join(', ') || 'none'}`,
    );
    expect(passed.length).toBe(passCases.length - Object.keys(deviations).length);
  });

  it('keeps the line count and leaves every negative case byte-identical', () => {
    for (const c of cases) {
      const out = repairText(c.original).text;
      expect(out.split(/\r\n|\r|\n/).length).toBe(c.original.split(/\r\n|\r|\n/).length);
      if ((c['fixed-encoding'] ?? c.fixed) === c.original && c.expect === 'pass' && !deviations[c.id]) expect(out, c.id).toBe(c.original);
    }
  });
});
