/**
 * #17, "the repository stands alone": its own fixtures cover every source
 * format, every encoding the decoder names and every command, through the
 * CLI; and its documents link only to files inside the repository. Nothing
 * here reads ../shared.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { SourceFormat } from '../src/document.js';
import { FIXTURES, parseNdjson, ROOT, runCli } from './helpers.js';

let tmp: string;
beforeAll(() => {
  tmp = mkdtempSync(path.join(tmpdir(), 'postings-alone-'));
});
afterAll(() => {
  rmSync(tmp, { recursive: true, force: true });
});

/** Every value of SourceFormat: the record's `source.format` (src/document.ts); the type check keeps the list whole. */
const FORMATS = { 'yaml-frontmatter': 1, 'toml-frontmatter': 1, 'json-frontmatter': 1, markdown: 1, html: 1, text: 1, json: 1, yaml: 1, xml: 1 } satisfies Record<SourceFormat, 1>;

/** The encodings src/stages/decode.ts names by their bytes (the BOMs, UTF-16 and UTF-32 without one, UTF-8), and a legacy one it detects. */
const ENCODINGS = ['utf-8', 'utf-8-bom', 'utf-16le', 'utf-16be', 'utf-32le', 'utf-32be', 'windows-1252'];

/** UTF-32 of a text with its BOM: the fixtures hold no UTF-32 file, so these are made here. */
function utf32(text: string, littleEndian: boolean): Buffer {
  const points = [0xfeff, ...[...text].map((char) => char.codePointAt(0)!)];
  const bytes = Buffer.alloc(points.length * 4);
  points.forEach((point, i) => (littleEndian ? bytes.writeUInt32LE(point, i * 4) : bytes.writeUInt32BE(point, i * 4)));
  return bytes;
}

describe('the fixtures cover every format and encoding, through the CLI', () => {
  it('normalize over fixtures/ (and UTF-32 made from a fixture) gives every source format and every encoding', async () => {
    const posting = readFileSync(path.join(FIXTURES, 'postings', 'markdown-plain', 'input.md'), 'utf8');
    writeFileSync(path.join(tmp, 'utf32le.md'), utf32(posting, true));
    writeFileSync(path.join(tmp, 'utf32be.md'), utf32(posting, false));
    const result = await runCli(['normalize', FIXTURES, tmp, '-f', 'ndjson', '--jobs', '1']);
    const sources = parseNdjson<{ source: { format: string; encoding: string } }>(result.stdout).map((record) => record.source);
    expect(new Set(sources.map((source) => source.format))).toEqual(new Set(Object.keys(FORMATS)));
    expect(new Set(sources.map((source) => source.encoding))).toEqual(new Set(ENCODINGS));
  });
});

/** One run of each command on the repository's own fixtures, with the exit code it must give. */
const COMMANDS: Record<string, { args: string[]; code: number; out: RegExp }> = {
  normalize: { args: ['fixtures/postings', '-f', 'ndjson'], code: 0, out: /"title"/ },
  dedupe: { args: ['fixtures/dedupe/corpus', '--jobs', '1'], code: 0, out: /"representative"/ },
  report: { args: ['fixtures/dedupe/corpus', '--format', 'json', '--jobs', '1'], code: 0, out: /"records"/ },
  validate: { args: ['fixtures/validate', '--reporter', 'json'], code: 1, out: /front-matter-syntax/ },
  repair: { args: ['fixtures/repair/mixed-broken.txt'], code: 0, out: new RegExp(readFileSync(path.join(FIXTURES, 'repair', 'mixed-broken.expected.txt'), 'utf8').split('\n')[0]!.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')) },
  schema: { args: [], code: 0, out: /"\$schema"/ },
};

describe('every command runs on the repository\'s own fixtures', () => {
  it('the table names every command of `postings --help`', async () => {
    const help = (await runCli(['--help'])).stdout;
    const listed = [...help.slice(help.indexOf('Commands:')).matchAll(/^ {2}(\w+) /gm)].map((match) => match[1]).filter((name) => name !== 'help');
    expect(listed.sort()).toEqual(Object.keys(COMMANDS).sort());
  });

  it.each(Object.entries(COMMANDS))('%s', async (command, { args, code, out }) => {
    const result = await runCli([command, ...args], { cwd: ROOT });
    expect(result.code, result.stderr).toBe(code);
    expect(result.stdout).toMatch(out);
  });
});

describe('the documents link only inside the repository', () => {
  const docs = readdirSync(path.join(ROOT, 'docs')).filter((name) => name.endsWith('.md')).map((name) => `docs/${name}`);
  const documents = ['README.md', 'CHANGELOG.md', ...docs, 'tests/labels/README.md'].filter((file) => existsSync(path.join(ROOT, file)));

  it.each(documents)('%s: every relative link names a file of the repository', (document) => {
    // Code blocks and spans, and quoted examples ("([Link](…))"), are text, not links.
    const text = readFileSync(path.join(ROOT, document), 'utf8').replace(/```[\s\S]*?```/g, '').replace(/`[^`\n]*`/g, '');
    const targets = [...text.matchAll(/\]\(([^)\s]+)\)/g)].map((match) => match[1]!).filter((target) => !/^(https?:|mailto:|#)/.test(target) && !target.includes('…'));
    expect(document !== 'README.md' || targets.length > 0, 'the README links to docs/spec.md at least').toBe(true);
    for (const target of targets) {
      const file = path.resolve(ROOT, path.dirname(document), decodeURI(target.split('#')[0]!));
      expect(path.relative(ROOT, file).startsWith('..'), `${document} links to ${target}, outside the repository`).toBe(false);
      expect(existsSync(file), `${document} links to ${target}, which does not exist`).toBe(true);
    }
  });
});
