/**
 * Config rules through the library, where a test can fix "now" and the
 * record: the age of datePosted and allowed values inside lists.
 */
import { describe, expect, it } from 'vitest';
import { processBytes } from '../src/pipeline.js';
import { ageInDays, applyRules } from '../src/config/rules.js';
import type { Rules } from '../src/config/load.js';
import { loadRules } from '../src/config/load.js';
import { valuesAt } from '../src/config/fields.js';

const NOW = new Date('2026-03-31T15:00:00Z');

function postedDoc(datePosted: string | null) {
  const doc = processBytes('job.md', new TextEncoder().encode('---\ntitle: Welder\ndate: 2026-01-01\n---\n\n# Welder\n\nWeld things.\n'));
  doc.record!.datePosted = datePosted;
  doc.record!.evidence.datePosted = { line: 3, rule: 'frontmatter.date', text: datePosted ?? '', confidence: 0.95 };
  return doc;
}

const rules = (extra: Partial<Rules>): Rules => ({ required: [], allowed: [], ...extra });

describe('maxAgeDays', () => {
  it('counts whole days back from the injected now, in UTC', () => {
    expect(ageInDays('2026-03-31', NOW)).toBe(0);
    expect(ageInDays('2026-01-01', NOW)).toBe(89);
    expect(ageInDays('2025-12-31', NOW)).toBe(90);
    expect(ageInDays('2026-02-30', NOW)).toBeUndefined();
    expect(ageInDays('not a date', NOW)).toBeUndefined();
  });

  it('flags a posting older than the limit at the datePosted line, and only then', () => {
    const old = postedDoc('2025-12-30');
    applyRules(old, rules({ maxAgeDays: 90 }), NOW);
    expect(old.messages.filter((m) => m.ruleId === 'posting-too-old')).toEqual([
      {
        ruleId: 'posting-too-old',
        severity: 'error',
        line: 3,
        reason: 'datePosted 2025-12-30 is 91 days old, over the limit of 90 days (maxAgeDays)',
        args: { date: '2025-12-30', days: 91, max: 90 },
      },
    ]);
    for (const date of ['2025-12-31', '2026-03-31', null]) {
      const fresh = postedDoc(date);
      applyRules(fresh, rules({ maxAgeDays: 90 }), NOW);
      expect(fresh.messages.some((m) => m.ruleId === 'posting-too-old'), String(date)).toBe(false);
    }
  });
});

describe('allowed values', () => {
  it('reads values through lists and skips nulls', () => {
    const record = { remote: { policy: null }, salary: [{ currency: 'EUR' }, { currency: 'USD' }], employmentType: ['FULL_TIME'] };
    expect(valuesAt(record, 'salary.currency')).toEqual(['EUR', 'USD']);
    expect(valuesAt(record, 'employmentType')).toEqual(['FULL_TIME']);
    expect(valuesAt(record, 'remote.policy')).toEqual([]);
  });

  it('reports each value a rule does not allow', () => {
    const doc = postedDoc(null);
    doc.record!.remote.policy = 'onsite';
    doc.record!.employmentType = ['FULL_TIME', 'CONTRACTOR'];
    applyRules(doc, rules({ allowed: [['remote.policy', ['remote', 'hybrid']], ['employmentType', ['FULL_TIME', 'PART_TIME']]] }), NOW);
    expect(doc.messages.filter((m) => m.ruleId === 'value-not-allowed').map((m) => m.reason)).toEqual([
      'remote.policy is "onsite", which the config does not allow (allowed: remote, hybrid)',
      'employmentType is "CONTRACTOR", which the config does not allow (allowed: FULL_TIME, PART_TIME)',
    ]);
  });

  it('with no config file found, --require alone makes the rules', async () => {
    const result = await loadRules('/nonexistent-folder-for-postings', { require: 'title,apply' });
    expect(result).toEqual({ rules: { required: ['title', 'apply'], allowed: [] } });
  });
});
