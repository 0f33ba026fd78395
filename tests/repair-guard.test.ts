/**
 * The clean-text guard: correct text never changes. Every line of the real
 * corpus and the clean fixtures, and generated letter / symbol / no-break
 * space combinations in the Latin, Greek and Cyrillic ranges, must come out
 * of repairText byte for byte; the French cases also through the CLI.
 */
import { mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { repairText } from '../src/repair/index.js';
import { decode } from '../src/stages/decode.js';
import { createDoc } from '../src/document.js';
import { CORPUS, describeShared, FIXTURES, runCli } from './helpers.js';

/** Files that quote mojibake on purpose (to be repaired, or to describe it) are not clean text. */
const QUOTES_MOJIBAKE = /mojibake|broken|SOURCES\.md$|expected\.json$/;

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    return entry.isDirectory() ? filesUnder(full) : [full];
  }).filter((file) => !QUOTES_MOJIBAKE.test(file)).sort();
}

/** The lines repairText changed in a file's decoded text, as "file:line". */
function changedLines(file: string): string[] {
  const doc = decode(createDoc(file, readFileSync(file)));
  if (doc.text === undefined) return [];
  const { steps } = repairText(doc.text);
  return [...new Set(steps.map((step) => `${path.basename(file)}:${step.line}`))];
}

describeShared('clean-text guard: the real corpus', () => {
  it('changes no line of any corpus posting', () => {
    const files = filesUnder(CORPUS);
    expect(files.length).toBeGreaterThan(40);
    expect(files.flatMap(changedLines)).toEqual([]);
  });
});

describe('clean-text guard: fixtures', () => {
  it('changes no line of any clean fixture', () => {
    const files = filesUnder(FIXTURES);
    expect(files.length).toBeGreaterThan(10);
    expect(files.flatMap(changedLines)).toEqual([]);
  });
});

const NBSP = '\u00a0';
/** Letters of the Latin-1 Supplement and Latin Extended-A, Greek and Cyrillic blocks. */
function lettersIn(ranges: Array<[number, number]>, test: RegExp): string[] {
  const letters: string[] = [];
  for (const [from, to] of ranges) for (let c = from; c <= to; c++) if (test.test(String.fromCharCode(c))) letters.push(String.fromCharCode(c));
  return letters;
}
const RANGES: Array<[number, number]> = [[0xc0, 0x17f], [0x386, 0x3ce], [0x400, 0x45f]];
const SYMBOLS = [...'«»®©°±²³µ¶·¹º¼½¾¿¡¢£¤¥¦§ª¬×÷€™•–—…‘’“”„†‡‰‹›.,;:!?)(%'];
const WORDS = { latin: ['Confirm', 'equip'], greek: ['ελλην', 'Αθήν'], cyrillic: ['Моск', 'прив'] };
const scriptOf = (ch: string) => (/\p{Script=Greek}/u.test(ch) ? 'greek' : /\p{Script=Cyrillic}/u.test(ch) ? 'cyrillic' : 'latin');

/**
 * Lower-case letters in every shape. Capitals in every shape but one: a
 * capital directly before a Latin-1 symbol (`Ä«`) is exactly how UTF-8 `ī`
 * reads in Windows-1252, and is repaired as ftfy does; with a no-break space
 * between them (`Ä\u00A0«`) it is in the guard. Ã and Â lead nearly all
 * Latin mojibake and are left to the ftfy cases and the property tests.
 */
function guardLines(): string[] {
  const lines: string[] = [];
  for (const upper of [false, true]) {
    const letters = lettersIn(RANGES, upper ? /\p{Lu}/u : /\p{Ll}/u).filter((ch) => !'ÃÂ'.includes(ch));
    for (const letter of letters) {
      for (const base of WORDS[scriptOf(letter)]) {
        const word = upper ? base.toUpperCase() : base;
        lines.push(`${word}${letter}${NBSP}${word}`, `${word}${NBSP}${letter}${word}`);
        for (const symbol of SYMBOLS) {
          lines.push(`${word}${letter}${NBSP}${symbol}${word}`, `${word} ${symbol}${NBSP}${letter}${word}`, `${symbol}${NBSP}${word}${letter}`);
          if (!upper) lines.push(`${word}${letter}${symbol}${NBSP}${word}`, `${word}${letter}${symbol} ${word}`);
        }
      }
    }
  }
  return lines;
}

describe('clean-text guard: generated letters, symbols and no-break spaces', () => {
  it('changes none of the generated lines (Latin, Greek, Cyrillic)', () => {
    const lines = guardLines();
    expect(lines.length).toBeGreaterThan(100_000);
    // One text, one call: the line count is kept, so any change shows as a step on its line.
    const { steps } = repairText(lines.join('\n'));
    expect(steps.slice(0, 5).map((step) => lines[step.line - 1])).toEqual([]);
  });

  const reported = [
    'Profil «Confirmé»\u00a0requis',
    'Société®\u00a0Générale',
    'Ищем инженера»\u00a0в Москве',
    'Ζητείται μηχανικός»\u00a0στην Αθήνα',
  ];
  it.each(reported)('leaves %s alone', (line) => {
    expect(repairText(line)).toEqual({ text: line, steps: [] });
  });

  it('repair --write leaves a correct French file untouched, bytes and mtime', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'postings-guard-'));
    const file = path.join(dir, 'profil.md');
    const text = `# Profil «Confirmé»\u00a0requis\n\nSociété®\u00a0Générale recrute.\n`;
    writeFileSync(file, text);
    const before = statSync(file).mtimeMs;
    const result = await runCli(['repair', '--write', file]);
    expect(result.code).toBe(0);
    expect(readFileSync(file, 'utf8')).toBe(text);
    expect(statSync(file).mtimeMs).toBe(before);
    expect(result.stderr).toContain('0 repaired');
  });

  it('normalize keeps the title and company as written (extraction may turn the no-break space into a space)', async () => {
    const input = `---\ntitle: "Profil «Confirmé»\u00a0requis"\ncompany: "Société®\u00a0Générale"\n---\n\nNous recrutons.\n`;
    const result = await runCli(['normalize', '-', '-f', 'ndjson'], { input });
    expect(result.code).toBe(0);
    const record = JSON.parse(result.stdout);
    expect(record.title.replace(/\u00a0/g, ' ')).toBe('Profil «Confirmé» requis');
    expect(record.company.name.replace(/\u00a0/g, ' ')).toBe('Société® Générale');
  });
});
