/**
 * `npm test` fails on a type error in any file of tsconfig.json (src/, tests/, bench/). The pretest only builds
 * (scripts/check-and-build.js --build-only); the check runs beside the tests as a background job (tests/background.ts,
 * 'type-check': the same script, --check-only, incremental as before) and this test awaits it.
 */
import { describe, expect, inject, it } from 'vitest';
import { backgroundJob } from './background.js';

describe('the type check of every file', () => {
  it('passes (tsc\'s errors are the failure\'s message)', async () => {
    const { check } = (await backgroundJob(inject('runOnceDir'), 'type-check')).runs;
    expect(check!.code, `${check!.stdout}${check!.stderr}`).toBe(0);
  });
});
