/**
 * ftfy's own test cases (../shared/peers/ftfy-cases.json, Apache-2.0, see the
 * README beside it) run through repairText.
 *
 * The target is `fixed-encoding` where present (ftfy's mojibake step alone),
 * else `fixed`. `fixed` is `fix_text`, which also straightens curly quotes,
 * unescapes HTML entities, removes control characters and splits digraphs;
 * we do none of those, so where a case has no `fixed-encoding` and the texts
 * differ only in quote style, both sides are compared with quotes straightened
 * (listed in the output). Every `pass` case is met (151 of 151).
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

  it.each(passCases.map((c) => [c.id, c] as const))('%s', (_id, c) => {
    const { got, want, ok } = verdict(c);
    if (!ok) expect(got, c.label).toBe(want);
  });

  // On a line that no page reads whole, with no correct letter of the reading's script (an en dash here), a span must
  // look bad on its own, as in ftfy (rules.ts, ftfyRuleHolds).
  it('negative-003 (a correct en dash beside a lone Ã¥) is left as it is, as ftfy leaves it', () => {
    const c = cases.find((x) => x.id === 'negative-003')!;
    expect(c.expect).toBe('pass');
    expect(repairText(c.original).text).toBe('Bremer/Mccoy – DrÃ¥ber');
  });

  // A correct Latin letter on the line vouches for the Latin reading: ftfy's stricter rule holds only where none does.
  it('the same line with a correct ö beside it is repaired (where ftfy leaves it)', () => {
    expect(repairText('Bremer/Mccöy – DrÃ¥ber').text).toBe('Bremer/Mccöy – Dråber');
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
      + `compared with quotes straightened: ${normalised.join(', ') || 'none'}`,
    );
    expect(passCases.length).toBe(151);
    expect(passed.length).toBe(passCases.length);
  });

  it('keeps the line count and leaves every negative case byte-identical', () => {
    for (const c of cases) {
      const out = repairText(c.original).text;
      expect(out.split(/\r\n|\r|\n/).length).toBe(c.original.split(/\r\n|\r|\n/).length);
      if ((c['fixed-encoding'] ?? c.fixed) === c.original && c.expect === 'pass') expect(out, c.id).toBe(c.original);
    }
  });
});
