/** The four seed postings the product was shaped on, through the CLI, field by field. */
import { describe, expect, it } from 'vitest';
import { parseNdjson, runCli, SEEDS } from './helpers.js';

const result = runCli(['normalize', SEEDS, '--format', 'ndjson']);
const [xkit, spacemesh, sourcegraph, tilt] = parseNdjson(result.stdout);

describe('seeds', () => {
  it('all four normalize with exit 0', () => {
    expect(result.code).toBe(0);
    expect(result.stderr).toMatch(/postings: 4 read, 1 repaired, \d+ warnings, 0 failed/);
  });

  it('decides formats from content, not the .txt extension', () => {
    expect([xkit, spacemesh, sourcegraph, tilt].map((r) => r!.source.format)).toEqual(['markdown', 'yaml-frontmatter', 'markdown', 'yaml-frontmatter']);
  });

  it('000 Xkit: company from "About Xkit", obfuscated email resolved from the linked domain', () => {
    expect(xkit!.title).toBe('Senior DevOps Engineer');
    expect(xkit!.company.name).toBe('Xkit');
    expect(xkit!.apply.emails).toEqual(['jobs@xkit.co']);
    expect(xkit!.remote.policy).toBe('remote');
    expect(xkit!.remote.timezones).toContain('11am - 1pm PT');
    expect(xkit!.experienceYears).toEqual({ min: 6 });
    expect(xkit!.seniority).toBe('senior');
    expect(xkit!.evidence.company).toMatchObject({ line: 3 });
  });

  it('001 Spacemesh: front matter date and draft, 100% REMOTE, full time', () => {
    expect(spacemesh!.title).toBe('DevOps & Automation Developer');
    expect(spacemesh!.datePosted).toBe('2021-08-08');
    expect(spacemesh!.draft).toBe(true);
    expect(spacemesh!.remote.policy).toBe('remote');
    expect(spacemesh!.employmentType).toEqual(['FULL_TIME']);
    expect(spacemesh!.equity).toBe(true);
    expect(spacemesh!.apply.emails).toEqual(['jobs@spacemesh.io']);
    expect(spacemesh!.salary).toEqual([]);
    expect(spacemesh!.evidence.datePosted).toMatchObject({ line: 2 });
  });

  it('002 Sourcegraph: repaired mojibake incl. emoji, linked heading title, two salaries that disagree', () => {
    expect(sourcegraph!.title).toBe('Software Engineer - Release [IC2]');
    expect(sourcegraph!.company.name).toBe('Sourcegraph');
    expect(sourcegraph!.source.repairs).toEqual([expect.objectContaining({ kind: 'mojibake', detail: 'utf-8 read as mac-roman' })]);
    const text = sourcegraph!.description.markdown as string;
    for (const emoji of ['💰', '🌎', '📊', '📈']) expect(text).toContain(emoji);
    expect(text).not.toMatch(/[\uF8FF]|‚Ä|√|üí|üì|üå/);
    expect(text).toContain('We’re building software that builds software');
    expect(sourcegraph!.remote.policy).toBe('remote');
    expect(sourcegraph!.remote.regions).toEqual(['Worldwide']);
    expect(sourcegraph!.salary).toHaveLength(2);
    expect(sourcegraph!.salary[0]).toMatchObject({ min: 65000, max: 95000, currency: 'USD', period: 'YEAR' });
    // "$141,500 USD base salary": one figure, so min and max are the same.
    expect(sourcegraph!.salary[1]).toMatchObject({ min: 141500, max: 141500, currency: 'USD' });
    expect(sourcegraph!.warnings.map((w: { code: string }) => w.code)).toContain('salary-conflict');
    expect(sourcegraph!.equity).toBe(true);
    expect(sourcegraph!.description.markdown).not.toContain('remotive.com/job/track');
  });

  it('003 Tilt: "Seeking:" dropped, include removed with a warning, HTML turned into Markdown', () => {
    expect(tilt!.title).toBe('Operations Manager');
    expect(tilt!.company.name).toBe('Tilt');
    expect(tilt!.apply.emails).toContain('jobs@tilt.dev');
    expect(tilt!.warnings).toContainEqual(expect.objectContaining({ code: 'template-include-unresolved', line: 16 }));
    expect(tilt!.description.markdown).not.toMatch(/\{%|<br|<a /);
    expect(tilt!.description.markdown).toContain('[jobs@tilt.dev](mailto:jobs@tilt.dev)');
    expect(tilt!.evidence.title).toMatchObject({ line: 3, rule: expect.stringContaining('title') });
  });
});
