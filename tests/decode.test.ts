/** decode: UTF-16 saved without a byte order mark is read as text; binary data with zero bytes is still refused. */
import { describe, expect, it } from 'vitest';
import { processBytes } from '../src/pipeline.js';
import { parseNdjson, runCli } from './helpers.js';

const POSTING = '# Data Engineer\n\nAcme is hiring a Data Engineer in Lyon, France. Full-time.\n\nSkills: Python, SQL.\n';
const utf16le = (text: string) => Buffer.from(text, 'utf16le');
const utf16be = (text: string) => Buffer.from(text, 'utf16le').swap16();

describe('UTF-16 without a byte order mark', () => {
  it('reads little-endian text through the CLI, as a user pipes it', async () => {
    const result = await runCli(['normalize', '-', '--format', 'ndjson'], { input: utf16le(POSTING) });
    expect(result.code).toBe(0);
    const [record] = parseNdjson(result.stdout);
    expect(record?.source.encoding).toBe('utf-16le');
    expect(record?.title).toBe('Data Engineer');
  });

  it('reads big-endian text', async () => {
    const doc = processBytes('be.txt', utf16be(POSTING));
    expect(doc.encoding).toBe('utf-16be');
    expect(doc.record?.title).toBe('Data Engineer');
  });

  it('keeps reading it when a few characters have a zero low byte (U+2000, U+0100)', async () => {
    const doc = processBytes('spaces.txt', utf16le(POSTING.replace('Acme is', 'Acme\u2000is').replace('Lyon', 'Lyon \u0100')));
    expect(doc.encoding).toBe('utf-16le');
    expect(doc.record?.company?.name).toBe('Acme');
  });

  it('still refuses data with zero bytes on both sides as binary', async () => {
    const bytes = new Uint8Array(Array.from({ length: 400 }, (_, i) => (i % 4 < 2 ? 0 : 0x41)));
    const doc = processBytes('data.md', bytes);
    expect(doc.record).toBeUndefined();
    expect(doc.messages.map((m) => m.ruleId)).toContain('binary-file');
  });

  it('reads Japanese, Chinese and Korean text too, ideographic spaces and all', async () => {
    const japanese = '# バックエンドエンジニア\n\n株式会社サンプルは東京で\u3000バックエンドエンジニアを募集しています。\n\n- 経験3年以上\n- Go、Python\n';
    const result = await runCli(['normalize', '-', '--format', 'ndjson'], { input: utf16le(japanese) });
    expect(result.code).toBe(0);
    const [record] = parseNdjson(result.stdout);
    expect(record?.source.encoding).toBe('utf-16le');
    expect(record?.title).toBe('バックエンドエンジニア');
    expect(record?.language).toBe('ja');
    const chinese = '# 数据工程师\n\n我们正在招聘一名数据工程师，负责构建实时分析管道。\n';
    expect(processBytes('zh.md', utf16be(chinese)).encoding).toBe('utf-16be');
    const korean = '# 백엔드 개발자\n\n서울에서 백엔드 개발자를 찾고 있습니다.\n';
    expect(processBytes('ko.md', utf16le(korean)).encoding).toBe('utf-16le');
  });

  it('never takes text in a legacy code page, nor UTF-8, for UTF-16', async () => {
    const shiftJis = new Uint8Array([0x83, 0x6f, 0x83, 0x62, 0x83, 0x4e, 0x83, 0x47, 0x83, 0x93, 0x83, 0x68, 0x0a, 0x82, 0xa0, 0x82, 0xa2]);
    expect(processBytes('sjis.txt', shiftJis).encoding ?? '').not.toMatch(/utf-16/);
    // Valid UTF-8 with zero bytes among CJK-looking pairs stays UTF-8.
    const utf8 = new TextEncoder().encode('# 東京\n\nエンジニア募集\n'.repeat(4));
    expect(processBytes('utf8.md', utf8).encoding).toBe('utf-8');
  });

  it('does not take an odd number of bytes for UTF-16', async () => {
    const doc = processBytes('odd.md', new Uint8Array([...utf16le(POSTING), 0x41]));
    expect(doc.encoding ?? 'none').not.toMatch(/utf-16/);
  });
});
