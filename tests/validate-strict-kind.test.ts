/**
 * `validate --strict` makes a page that is no posting an error in what every
 * reporter prints (severity and summary), not only in the exit code; without
 * --strict it stays a warning, and the config's own severity wins.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIXTURES, runCli } from './helpers.js';

const NO_VACANCY = path.join(FIXTURES, 'not-posting', 'no-vacancy.md');

/** The severity each reporter prints for not-a-posting, and the error count it states where it states one. */
function printed(reporter: string, stdout: string, stderr: string): { severity: string | undefined; errors?: number } {
  if (reporter === 'stylish') return { severity: /\s(error|warning) not-a-posting/.exec(stderr)?.[1], errors: Number(/(\d+) errors?/.exec(stderr)?.[1]) };
  if (reporter === 'json') {
    const parsed = JSON.parse(stdout);
    return { severity: parsed.problems.find((p: { ruleId: string }) => p.ruleId === 'not-a-posting')?.severity, errors: parsed.summary.errors };
  }
  if (reporter === 'github') return { severity: /^::(error|warning) [^:]*title=not-a-posting::/m.exec(stdout)?.[1] };
  const run = JSON.parse(stdout).runs[0];
  return { severity: run.results.find((r: { ruleId: string }) => r.ruleId === 'not-a-posting')?.level };
}

describe('validate: not-a-posting under --strict', () => {
  it.each([
    ['stylish', true, 'error', 1, 1],
    ['json', true, 'error', 1, 1],
    ['github', true, 'error', undefined, 1],
    ['sarif', true, 'error', undefined, 1],
    // Without --strict: a warning, exit 0.
    ['stylish', false, 'warning', 0, 0],
    ['json', false, 'warning', 0, 0],
    ['github', false, 'warning', undefined, 0],
    ['sarif', false, 'warning', undefined, 0],
  ])('%s, strict %s: %s', async (reporter, strict, severity, errors, code) => {
    const result = await runCli(['validate', '--reporter', reporter, ...(strict ? ['--strict'] : []), NO_VACANCY]);
    expect(result.code).toBe(code);
    const shown = printed(reporter, result.stdout, result.stderr);
    expect(shown.severity).toBe(severity);
    if (errors !== undefined) expect(shown.errors).toBe(errors);
  });

  it('keeps the config\'s own severity for the rule under --strict', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'postings-strict-'));
    writeFileSync(path.join(dir, 'postings.config.json'), JSON.stringify({ rules: { 'not-a-posting': 'off' } }));
    const result = await runCli(['validate', '--reporter', 'json', '--strict', NO_VACANCY], { cwd: dir });
    expect(JSON.parse(result.stdout).problems).toEqual([]);
    expect(result.code).toBe(0);
  });
});
