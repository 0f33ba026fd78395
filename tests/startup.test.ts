/**
 * Start-up (issue #18): `--version` and `-V` answer from bin/postings.js
 * without loading the CLI bundle, and say what commander says.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { ROOT, runBin, runCli } from './helpers.js';

const pkg = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { version: string };

describe('--version through the real binary', () => {
  // One test for both spellings (each start is a tenth of a second: the bin answers without the bundle).
  it('--version and -V print the version and exit 0, as the CLI itself does', async () => {
    for (const flag of ['--version', '-V']) {
      const bin = runBin([flag]);
      expect(bin, flag).toEqual({ code: 0, stdout: `${pkg.version}\n`, stderr: '' });
      const cli = await runCli([flag]);
      expect(cli.stdout, flag).toBe(bin.stdout);
    }
  });
});
