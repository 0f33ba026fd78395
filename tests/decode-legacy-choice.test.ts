/**
 * Which legacy encoding a short file is read in (repair/legacy.ts readLegacy),
 * through `postings repair`, which prints the decoded text: a few short files
 * per legacy encoding we read, made here with iconv-lite. Western text stays
 * Western where the detector guesses a Central European or Cyrillic page from
 * a line of French; real Central European, Cyrillic, Greek and CJK text keeps
 * its own page, also when it is as short as `Kč měsíčně`.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createRequire } from 'node:module';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from './helpers.js';

const iconv = createRequire(import.meta.url)('iconv-lite') as { encode(text: string, encoding: string): Buffer };
const folder = mkdtempSync(path.join(tmpdir(), 'postings-legacy-choice-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

const WESTERN = ['windows-1252'];
/** [encoding written, the names it may be reported as (pages that read these bytes alike), text]. */
const FILES: Array<[string, string[], string]> = [
  // Short French and Italian that jschardet takes for Windows-1250 or MacCyrillic.
  ['iso-8859-1', WESTERN, 'Chef de projet, événementiel, Genève. Rémunération selon expérience.\n'],
  ['windows-1252', WESTERN, 'Sviluppatore a Milano: è richiesta esperienza, però non è obbligatoria.\n'],
  ['windows-1252', WESTERN, 'Nous cherchons un développeur à Paris. Salaire à négocier, télétravail possible.\n'],
  ['windows-1252', WESTERN, 'Poste : ingénieur système, CDI, près de Nantes. Où ? Bâtiment B, 2e étage.\n'],
  ['iso-8859-1', WESTERN, 'Développeur web (H/F) à Lyon : expérience en PHP, très bonne maîtrise du français.\n'],
  ['windows-1252', WESTERN, 'Buscamos desarrollador en Málaga, con experiencia en diseño y programación.\n'],
  ['windows-1252', WESTERN, 'Procuramos programador em São Paulo, salário a combinar, inglês avançado.\n'],
  ['windows-1252', WESTERN, 'Entwickler für München gesucht: Größe des Teams 5, Gehalt nach Vereinbarung.\n'],
  // Western letters of two languages, too few to judge by language; and Italian that reads as clean Lithuanian on ISO-8859-4.
  ['windows-1252', WESTERN, 'Málaga, Genève\n'],
  ['windows-1252', WESTERN, 'Città di Torino, più di così\n'],
  ['windows-1252', WESTERN, 'Chef de projet événementiel à Genève\n'],
  ['windows-1250', ['windows-1250'], 'Hledáme programátora v Brně, znalost češtiny a angličtiny výhodou.\n'],
  // Short Czech, Slovak and Hungarian that reads as clean Latin on Windows-1252 too (`Kè mìsíènì`): no Western language
  // writes è ì í together, Czech writes č ě í (codepages.ts languageMisfit).
  ['windows-1250', ['windows-1250', 'iso-8859-2'], 'Kč měsíčně\n'],
  ['iso-8859-2', ['windows-1250', 'iso-8859-2'], 'Kč měsíčně\n'],
  ['windows-1250', ['windows-1250', 'iso-8859-2'], 'Hledáme vývojáře, plat 60 000 Kč měsíčně\n'],
  ['iso-8859-2', ['windows-1250', 'iso-8859-2'], 'Hledáme vývojáře, plat 60 000 Kč měsíčně\n'],
  ['windows-1250', ['windows-1250', 'iso-8859-2'], 'Hľadáme programátora, plat 2 000 €\n'],
  ['windows-1250', ['windows-1250', 'iso-8859-2'], 'Fejlesztőt keresünk Budapesten\n'],
  ['windows-1250', ['windows-1250', 'iso-8859-2'], 'Szukamy programisty w Łodzi. Wymagania: język angielski, doświadczenie.\n'],
  ['iso-8859-2', ['iso-8859-2'], 'Szukamy programisty w Łodzi. Wymagania: język angielski, doświadczenie.\n'],
  ['windows-1251', ['windows-1251', 'maccyrillic'], 'Ищем разработчика в Киеве, зарплата по договорённости.\n'],
  ['windows-1251', ['windows-1251', 'maccyrillic'], '# Инженер\n\nИщем инженера в Москве: опыт от 3 лет.\n'],
  ['koi8-r', ['koi8-r', 'koi8-u'], 'Ищем разработчика в Киеве, зарплата по договорённости.\n'],
  ['koi8-r', ['koi8-r', 'koi8-u'], '# Инженер\n\nИщем инженера в Москве: опыт от 3 лет.\n'],
  ['cp866', ['cp866'], 'Ищем разработчика в Киеве, зарплата по договорённости.\n'],
  ['cp866', ['cp866'], '# Инженер\n\nИщем инженера в Москве: опыт от 3 лет.\n'],
  ['maccyrillic', ['maccyrillic', 'windows-1251'], 'Ищем разработчика в Киеве, зарплата по договорённости.\n'],
  ['windows-1253', ['windows-1253', 'iso-8859-7'], 'Ζητείται προγραμματιστής στην Αθήνα, με εμπειρία σε Python.\n'],
  ['windows-1254', ['windows-1254', 'iso-8859-9'], "İstanbul'da yazılım geliştirici arıyoruz, deneyim şart değil.\n"],
  ['windows-1257', ['windows-1257', 'iso-8859-13'], 'Ieškome programuotojo Vilniuje, darbo užmokestis sutartinis.\n'],
  ['macintosh', ['mac-roman', 'macroman'], 'Nous cherchons un développeur à Paris. Salaire à négocier, télétravail possible.\n'],
  ['shift_jis', ['shift_jis'], '# バックエンドエンジニア\n\n東京で働くエンジニアを募集しています。\n'],
  ['euc-jp', ['euc-jp'], '# バックエンドエンジニア\n\n東京で働くエンジニアを募集しています。\n'],
  ['cp949', ['cp949'], '# 백엔드 개발자\n\n서울에서 근무할 백엔드 개발자를 찾습니다. 연봉 협의.\n'],
  ['gb18030', ['gb18030'], '# 后端工程师\n\n我们正在招聘后端工程师，工作地点北京。\n'],
  ['big5', ['big5'], '# 後端工程師\n\n我們正在招聘後端工程師，工作地點台北。\n'],
];

describe('the legacy encoding of a short file', () => {
  it.each(FILES.map(([written, names, text], i) => [`${written}: ${text.split('\n').find(Boolean)!.slice(0, 40)}`, i, written, names, text] as const))(
    '%s',
    async (_, i, written, names, text) => {
      const file = path.join(folder, `${i}-${written}.md`);
      writeFileSync(file, iconv.encode(text, written));
      const result = await runCli(['repair', file]);
      expect(result.stdout).toBe(text);
      const named = /decoded as (\S+)/.exec(result.stderr)?.[1];
      expect(names).toContain(named);
    },
  );
});

describe('short Czech through normalize', () => {
  it.each(['windows-1250', 'iso-8859-2'])('%s: the title and source.encoding', async (written) => {
    const file = path.join(folder, `czech-${written}.md`);
    writeFileSync(file, iconv.encode('# Vývojář\n\nKč měsíčně\n', written));
    const result = await runCli(['normalize', file, '-f', 'ndjson']);
    expect(result.code).toBe(0);
    const record = JSON.parse(result.stdout);
    expect(record.title).toBe('Vývojář');
    expect(['windows-1250', 'iso-8859-2']).toContain(record.source.encoding);
  });
});
