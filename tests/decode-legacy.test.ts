/**
 * Decoding honestly: legacy files are read in their own encoding (jschardet's
 * opinion beside our own test), UTF-8 with a stray byte stays UTF-8, and
 * `repair --write` never turns a correct legacy file into UTF-8 unless
 * `--to-utf8` asks for it.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { runCli } from './helpers.js';

const iconv = createRequire(import.meta.url)('iconv-lite') as { encode(text: string, encoding: string): Buffer };

const KOREAN = '# 백엔드 개발자\n\n서울에서 근무할 백엔드 개발자를 찾습니다. 연봉 협의.\n';
const JAPANESE = '# バックエンドエンジニア\n\n東京で働くエンジニアを募集しています。\n';
const CHINESE = '# 后端工程师\n\n我们正在招聘后端工程师，工作地点北京。\n';
const TRADITIONAL = '# 後端工程師\n\n我們正在招聘後端工程師，工作地點台北。\n';
const RUSSIAN = '# Инженер\n\nИщем инженера в Москве: опыт от 3 лет.\n';
const POLISH = '# Programista\n\nSzukamy programisty w Łodzi. Wymagania: język angielski, znajomość Pythona, doświadczenie.\n';
const GERMAN = '# Engineer in Zürich\n\nWe hire.\n';

/** [encoding written, encoding reported, text]. */
const LEGACY: Array<[string, string, string]> = [
  ['euc-kr', 'cp949', KOREAN],
  ['cp949', 'cp949', KOREAN],
  ['shift_jis', 'shift_jis', JAPANESE],
  ['euc-jp', 'euc-jp', JAPANESE],
  ['gb18030', 'gb18030', CHINESE],
  ['big5', 'big5', TRADITIONAL],
  ['koi8-r', 'koi8-r', RUSSIAN],
  ['cp866', 'cp866', RUSSIAN],
  ['windows-1251', 'windows-1251', RUSSIAN],
  ['iso-8859-2', 'iso-8859-2', POLISH],
  ['utf-32le', 'utf-32le', GERMAN],
  ['utf-32be', 'utf-32be', GERMAN],
];

function fileWith(name: string, bytes: Uint8Array): { dir: string; file: string } {
  const dir = mkdtempSync(path.join(tmpdir(), 'postings-legacy-'));
  const file = path.join(dir, name);
  writeFileSync(file, bytes);
  return { dir, file };
}

describe('legacy encodings', () => {
  it.each(LEGACY)('%s: normalize reads the title and names the encoding (%s)', async (written, reported, text) => {
    const { file } = fileWith('posting.md', iconv.encode(text, written));
    const result = await runCli(['normalize', file, '-f', 'ndjson']);
    expect(result.code).toBe(0);
    const record = JSON.parse(result.stdout);
    expect(record.source.encoding).toBe(reported);
    expect(record.title).toBe(text.split('\n')[0]!.slice(2));
  });

  it.each(LEGACY)('%s: repair --write leaves the correct file byte for byte', async (written, _reported, text) => {
    const { file } = fileWith('posting.md', iconv.encode(text, written));
    const before = readFileSync(file);
    const result = await runCli(['repair', '--write', file]);
    expect(result.code).toBe(0);
    expect(readFileSync(file).equals(before)).toBe(true);
  });

  it('repair --write --to-utf8 converts a KOI8-R file to UTF-8 and says so', async () => {
    const { file } = fileWith('posting.md', iconv.encode(RUSSIAN, 'koi8-r'));
    const result = await runCli(['repair', '--write', '--to-utf8', file]);
    expect(result.code).toBe(0);
    expect(readFileSync(file, 'utf8')).toBe(RUSSIAN);
    expect(result.stderr).toContain('converted from koi8-r to utf-8');
  });

  it('repair --write --to-utf8 --dry-run says which files it would convert, and calls none of them repaired', async () => {
    const { file } = fileWith('posting.md', iconv.encode(RUSSIAN, 'koi8-r'));
    const before = readFileSync(file);
    const result = await runCli(['repair', '--write', '--to-utf8', '--dry-run', file]);
    expect(result.code).toBe(0);
    expect(result.stdout).toBe('');
    expect(result.stderr).toBe(`${file}: would convert from koi8-r to utf-8\npostings: 1 read, 0 would be repaired, 1 would be converted, 0 failed\n`);
    expect(readFileSync(file).equals(before)).toBe(true);
    const written = await runCli(['repair', '--write', '--to-utf8', file]);
    expect(written.stderr).toBe(`${file}: converted from koi8-r to utf-8\npostings: 1 read, 0 repaired, 1 converted, 0 failed\n`);
  });

  it('a legacy file with mojibake inside is refused without --to-utf8, and repaired and converted with it', async () => {
    const text = '# Café Größe\n\nNous cherchons un développeur à Paris, CafÃ© offert.\n';
    const { file } = fileWith('posting.md', iconv.encode(text, 'windows-1252'));
    const before = readFileSync(file);
    const refused = await runCli(['repair', '--write', file]);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(/error write-refused not rewritten: it is encoded in windows-125\d, .*--to-utf8/);
    expect(readFileSync(file).equals(before)).toBe(true);
    const converted = await runCli(['repair', '--write', '--to-utf8', file]);
    expect(converted.code).toBe(0);
    expect(readFileSync(file, 'utf8')).toBe(text.replace('CafÃ©', 'Café'));
  });
});

describe('UTF-8 with stray bytes', () => {
  it('one stray 0x96 leaves the rest UTF-8: U+FFFD and a warning, never a legacy page', async () => {
    const bytes = Buffer.concat([Buffer.from('# Engineer in Zürich\n\nPay 5', 'utf8'), Buffer.from([0x96]), Buffer.from('10k.\n')]);
    const { file } = fileWith('posting.md', bytes);
    const result = await runCli(['normalize', file, '-f', 'ndjson', '-v']);
    const record = JSON.parse(result.stdout);
    expect(record.source.encoding).toBe('utf-8');
    expect(record.title).toBe('Engineer in Zürich');
    expect(result.stderr).toContain('invalid-bytes');
  });

  it('repair --write refuses it rather than lose the byte', async () => {
    const bytes = Buffer.concat([Buffer.from('# Engineer in Zürich, CafÃ©\n\nPay 5', 'utf8'), Buffer.from([0x96]), Buffer.from('10k.\n')]);
    const { file } = fileWith('posting.md', bytes);
    const result = await runCli(['repair', '--write', file]);
    expect(result.code).toBe(1);
    expect(readFileSync(file).equals(bytes)).toBe(true);
  });
});
