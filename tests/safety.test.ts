/** Front matter is data, never code: gray-matter's JavaScript engine must never run. */
import { describe, expect, it } from 'vitest';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { runCli } from './helpers.js';

describe('code in front matter', () => {
  for (const language of ['js', 'javascript']) {
    it(`---${language} is an error for that file, and its code does not run`, async () => {
      const dir = mkdtempSync(path.join(tmpdir(), 'postings-js-'));
      const marker = path.join(dir, 'pwned.txt');
      const file = path.join(dir, 'evil.md');
      writeFileSync(file, `---${language}\n{ title: (require('fs').writeFileSync(${JSON.stringify(marker)}, 'x'), 'Evil') }\n---\n# Evil\n\nBody.\n`);
      const good = path.join(dir, 'good.md');
      writeFileSync(good, '# Good Job\n\nA real posting.\n');
      const result = await runCli(['normalize', file, good, '--format', 'ndjson']);
      expect(existsSync(marker)).toBe(false);
      expect(result.code).toBe(1);
      expect(result.stderr).toContain(`evil.md:1 error front-matter-code`);
      expect(result.stdout.trim().split('\n').map((line) => JSON.parse(line).title)).toEqual(['Good Job']);
    });
  }
});
