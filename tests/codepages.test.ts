import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { highBytes } from '../src/repair/tables/high-bytes.js';
import { codePages, decodeLegacy } from '../src/repair/codepages.js';

describe('code page tables', () => {
  // The tables are kept as data so start-up need not load iconv-lite; they must say what iconv-lite says.
  it.each(Object.keys(highBytes))('%s matches iconv-lite byte for byte', (label) => {
    const fromIconv = Array.from({ length: 128 }, (_, i) => iconv.decode(Buffer.from([0x80 + i]), label)).join('');
    expect(highBytes[label]).toBe(fromIconv);
  });

  it('covers every page that repair tries', () => {
    for (const page of codePages) expect(highBytes[page.name === 'mac-roman' ? 'macintosh' : page.name]).toBeDefined();
  });

  // The 64K tables are made on a page's first use (codepages.ts CodePage), once, from the small map made at import.
  it.each(codePages.map((page) => [page.name, page] as const))('%s: its lazily made tables are made once and say what its byte map says', (_, page) => {
    expect(page.encode).toBe(page.encode);
    expect(page.fallback).toBe(page.fallback);
    const differences: string[] = [];
    for (let unit = 0; unit < 0x10000; unit++) {
      const byte = page.bytes.get(unit) ?? -1;
      if (page.encode[unit] !== (byte === -1 ? 0 : byte)) differences.push(`U+${unit.toString(16)}: encode ${page.encode[unit]}, map ${byte}`);
      // Only a C1 control the page has no character for encodes through the Latin-1 fallback (Windows pages).
      const fallback = unit >= 0x80 && unit <= 0x9f && byte === unit && !page.high.includes(String.fromCharCode(unit)) ? 1 : 0;
      if (page.fallback[unit] !== fallback) differences.push(`U+${unit.toString(16)}: fallback ${page.fallback[unit]}`);
    }
    expect(differences).toEqual([]);
  });

  it('still decodes legacy files with iconv-lite (loaded on first use)', () => {
    expect(decodeLegacy(Uint8Array.from([0x93, 0x48, 0x69, 0x94]), 'windows-1252')).toBe('\u201CHi\u201D');
    expect(decodeLegacy(Uint8Array.from([0xd5, 0xf0]), 'mac-roman')).toBe('\u2019\uF8FF');
  });
});
