/** The four seeds (../shared/seeds) through the CLI, once: the values issue #2 names, with their evidence. */
import { beforeAll, expect, it } from 'vitest';
import { type CliResult, describeShared, parseNdjson, runCli, SEEDS } from './helpers.js';

describeShared('seed postings through the CLI', () => {
  let result: CliResult;
  let records: Record<string, any>[] = [];
  beforeAll(async () => {
    result = await runCli(['normalize', SEEDS, '--format', 'ndjson']);
    records = parseNdjson(result.stdout);
  });
  const seed = (prefix: string) => {
    const record = records.find((r) => r.source.path.includes(prefix));
    if (!record) throw new Error(`no record for seed ${prefix}`);
    return record;
  };

  it('reads every seed, deciding formats from content, not the .txt extension', async () => {
    expect(result.code).toBe(0);
    expect(result.stderr).toMatch(/postings: 4 read, 1 repaired, \d+ warnings, 0 failed/);
    expect(records.map((r) => r.source.format)).toEqual(['markdown', 'yaml-frontmatter', 'markdown', 'yaml-frontmatter']);
  });

  it('002: mojibake repaired (emoji too), tracking links removed', async () => {
    const r = seed('002_');
    expect(r.source.repairs).toEqual([expect.objectContaining({ kind: 'mojibake', detail: 'utf-8 read as mac-roman' })]);
    for (const emoji of ['💰', '🌎', '📊', '📈']) expect(r.description.markdown).toContain(emoji);
    expect(r.description.markdown).not.toMatch(/[\uF8FF]|‚Ä|√|üí|üì|üå/);
    expect(r.description.markdown).toContain('We’re building software that builds software');
    expect(r.description.markdown).not.toContain('remotive.com/job/track');
  });

  it('003: the include is removed with a warning on its line, HTML becomes Markdown', async () => {
    const r = seed('003_');
    expect(r.warnings).toContainEqual(expect.objectContaining({ code: 'template-include-unresolved', line: 16 }));
    expect(r.description.markdown).not.toMatch(/\{%|<br|<a /);
    expect(r.description.markdown).toContain('[jobs@tilt.dev](mailto:jobs@tilt.dev)');
  });

  it('000: company from "About Xkit", jobs@[our main domain] resolved from the linked site, remote, 6+ years', async () => {
    const r = seed('000_');
    expect(r.title).toBe('Senior DevOps Engineer');
    expect(r.company).toEqual({ name: 'Xkit' });
    expect(r.evidence.company).toMatchObject({ rule: 'heading.about', text: 'About Xkit', line: 3 });
    expect(r.apply.emails).toEqual(['jobs@xkit.co']);
    expect(r.remote.policy).toBe('remote');
    expect(r.remote.timezones).toEqual(['11am - 1pm PT']);
    expect(r.experienceYears).toEqual({ min: 6 });
    expect(r.seniority).toBe('senior');
    expect(r.skills).toEqual(expect.arrayContaining(['Ansible', 'Terraform', 'AWS', 'Elixir', 'TypeScript']));
    expect(r.salary).toEqual([]);
  });

  it('001: date and draft from front matter, "100% REMOTE" and "fully remote", full time, tokens', async () => {
    const r = seed('001_');
    expect(r.datePosted).toBe('2021-08-08');
    expect(r.evidence.datePosted).toMatchObject({ line: 2 });
    expect(r.draft).toBe(true);
    expect(r.remote.policy).toBe('remote');
    expect(r.employmentType).toEqual(['FULL_TIME']);
    expect(r.equity).toBe(true);
    expect(r.salary).toEqual([]);
    expect(r.apply.emails).toEqual(['jobs@spacemesh.io']);
    expect(r.skills).toEqual(expect.arrayContaining(['Kubernetes', 'Go', 'Terraform']));
  });

  it('002: linked title, "Sourcegraph" not "Sourcegraph91", two salaries that disagree, no funding round as salary', async () => {
    const r = seed('002_');
    expect(r.title).toBe('Software Engineer - Release [IC2]');
    expect(r.company).toEqual({ name: 'Sourcegraph' });
    expect(r.salary.map(({ min, max, currency, period }: any) => ({ min, max, currency, period }))).toEqual([
      { min: 65000, max: 95000, currency: 'USD', period: 'YEAR' },
      { min: 141500, max: 141500, currency: 'USD', period: null },
    ]);
    expect(r.salary.some((s: any) => [225_000_000, 2_625_000_000, 2625].includes(s.min))).toBe(false);
    expect(r.warnings.map((w: any) => w.code)).toContain('salary-conflict');
    expect(r.remote).toMatchObject({ policy: 'remote', regions: ['Worldwide'] });
    expect(r.equity).toBe(true);
    // "E-Verify for U.S. Employees" is boilerplate, not a work location.
    expect(r.locations).toEqual([]);
  });

  it('000: "About the Role" and "About the Project" are role sections, "About Xkit" the company', async () => {
    const kinds = Object.fromEntries(seed('000_').sections.map((s: any) => [s.heading, s.kind]));
    expect(kinds).toMatchObject({ 'About the Role': 'role', 'About the Project': 'role', 'About Xkit': 'company' });
  });

  it('003: title without "Seeking:", company from "Tilt is looking for", apply email, US Eastern Time', async () => {
    const r = seed('003_');
    expect(r.title).toBe('Operations Manager');
    expect(r.evidence.title).toMatchObject({ rule: 'frontmatter.title', text: 'Seeking: Operations Manager', line: 3 });
    expect(r.company).toEqual({ name: 'Tilt' });
    expect(r.apply.emails).toEqual(['jobs@tilt.dev']);
    expect(r.remote.timezones).toEqual(['US Eastern Time']);
    expect(r.evidence.remote).toMatchObject({ rule: 'text.timezone' });
    expect(r.seniority).toBe('manager');
  });

  it('every extracted field of every seed has evidence with a confidence', async () => {
    for (const r of records) {
      for (const field of ['title', 'company', 'remote', 'employmentType', 'salary', 'equity', 'experienceYears', 'skills', 'apply', 'datePosted', 'language']) {
        const value = r[field];
        const empty = value === null || (Array.isArray(value) && value.length === 0) || (field === 'remote' && value.policy === null && !value.timezones.length)
          || (field === 'apply' && !value.emails.length && !value.urls.length);
        if (empty) continue;
        expect(r.evidence[field], `${r.source.path} ${field}`).toMatchObject({ rule: expect.any(String), confidence: expect.any(Number) });
        expect(r.evidence[field].line).toBeGreaterThanOrEqual(1);
      }
    }
  });
});
