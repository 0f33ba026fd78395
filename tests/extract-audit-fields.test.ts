/**
 * Bugs a read-only audit of extraction found (issue #13, session 13): each
 * row is a short synthetic posting through the CLI, with what must be given
 * and, beside it, what must not. Every positive row failed before its fix.
 */
import { describe, expect, it } from 'vitest';
import { parseNdjson, runCli } from './helpers.js';

async function recordOf(input: string): Promise<Record<string, unknown>> {
  const result = await runCli(['normalize', '-', '--format', 'ndjson'], { input });
  const [record] = parseNdjson(result.stdout);
  expect(record, result.stderr).toBeDefined();
  return record!;
}

const BODY = '\n\nWe build logistics software in a small team. Send your CV to jobs@fernway.io.\n';

describe('title: a word written with a capital keeps its case', () => {
  it.each([
    ['a capital inside the first word ("iOS")', `# iOS Developer${BODY}`, 'iOS Developer'],
    ['"eBay" in a lower-case title', `# eBay seller${BODY}`, 'eBay seller'],
    ['"macOS" first', `# macOS Engineer${BODY}`, 'macOS Engineer'],
    ['"jQuery" first', `# jQuery developer${BODY}`, 'jQuery developer'],
    // What must not change: a wholly lower-case first word is still raised.
    ['a lower-case title gets its first letter raised', `# senior developer${BODY}`, 'Senior developer'],
    ['a capitalised title stays as written', `# Senior iOS Developer${BODY}`, 'Senior iOS Developer'],
  ])('%s', async (_name, input, title) => {
    expect((await recordOf(input)).title ?? null).toBe(title);
  });
});
