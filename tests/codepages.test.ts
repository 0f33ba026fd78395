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

  it('still decodes legacy files with iconv-lite (loaded on first use)', () => {
    expect(decodeLegacy(Uint8Array.from([0x93, 0x48, 0x69, 0x94]), 'windows-1252')).toBe('\u201CHi\u201D');
    expect(decodeLegacy(Uint8Array.from([0xd5, 0xf0]), 'mac-roman')).toBe('\u2019\uF8FF');
  });
});
