/**
 * Western legacy bytes are read without jschardet (src/stages/legacy-latin.ts):
 * the shortcut held to readLegacy (jschardet and our own test) on postings
 * in many languages and pages, where it is taken to the text as written
 * (jschardet misreads some short Western postings as cp861 or Big5, which
 * the shortcut does not), and a run over such files leaves jschardet unloaded.
 */
import { createRequire } from 'node:module';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readLegacy } from '../src/repair/legacy.js';
import { readsAlikeOnLatinPages, westernWithoutDetector } from '../src/stages/legacy-latin.js';
import { propertyRuns } from './property-runs.js';
import { FIXTURES, ROOT } from './helpers.js';

const iconv = createRequire(import.meta.url)('iconv-lite') as { encode(text: string, encoding: string): Buffer };

/** [page, text]: postings in the languages each page is for, and a few it is not. */
const POSTINGS: Array<[string, string]> = [
  ['windows-1252', '# Développeur à Paris\n\nNous cherchons un développeur expérimenté. Rémunération attractive, télétravail possible. Être curieux.\n'],
  ['windows-1252', '# Entwickler in München\n\nWir suchen einen Entwickler für unser Büro. Größe des Teams: 12. Bewerbungen an jobs@firma.de – schöne Grüße.\n'],
  ['windows-1252', '# Ingeniero en España\n\n¿Buscas un nuevo reto? Ofrecemos un salario competitivo y formación. Año de experiencia mínimo.\n'],
  ['windows-1252', '# Engenheiro em São Paulo\n\nProcuramos um engenheiro com experiência em programação. Salário e benefícios atraentes.\n'],
  ['windows-1252', '# Sviluppatore a Milano\n\nCerchiamo uno sviluppatore con esperienza. Perché lavorare con noi? Qualità e libertà.\n'],
  ['windows-1252', '# Udvikler i København\n\nVi søger en udvikler til vores kontor i Århus. Løn efter aftale.\n'],
  ['windows-1252', '# Ohjelmoija Helsingissä\n\nEtsimme kokenutta ohjelmoijaa. Tarjoamme hyvän palkan ja joustavat työajat.\n'],
  ['windows-1252', '# Engineer in Zürich\n\nWe’re hiring – salary 90 000 € a year, “remote first”.\n'],
  ['windows-1252', '# Barista\n\nJoin Bean Co. We’re hiring — part-time • façade café.\n'],
  ['windows-1250', '# Vývojář v Praze\n\nHledáme zkušeného vývojáře. Nabízíme práci v příjemném prostředí, dobrý plat.\n'],
  ['windows-1250', '# Programátor\n\nHledáme programátora pro práci v Brně. Mzda dle dohody, nástup ihned.\n'],
  ['windows-1250', '# Programátor v Bratislave\n\nHľadáme skúseného programátora. Ponúkame prácu v príjemnom prostredí a dobrý plat.\n'],
  ['windows-1250', '# Programista w Łodzi\n\nSzukamy programisty. Wymagania: język angielski, znajomość Pythona, doświadczenie.\n'],
  ['windows-1250', '# Fejlesztő Budapesten\n\nKeresünk tapasztalt fejlesztőt. Jó fizetés, rugalmas munkaidő, kellemes környezet.\n'],
  ['iso-8859-2', '# Fejlesztő Budapesten\n\nKeresünk tapasztalt fejlesztőt. Jó fizetés, rugalmas munkaidő.\n'],
  ['windows-1250', '# Programator în București\n\nCăutăm un programator cu experiență. Oferim salariu competitiv și condiții bune.\n'],
  ['windows-1254', '# Yazılım Geliştirici İstanbul\n\nDeneyimli bir yazılım geliştirici arıyoruz. Maaş ve yan haklar çok iyi.\n'],
  ['windows-1254', '# Mühendis\n\nÇalışma ortamı güzel, öğle yemeği ücretsiz. Görüşmek üzere.\n'],
  ['windows-1257', '# Programuotojas Vilniuje\n\nIeškome patyrusio programuotojo. Siūlome gerą atlyginimą. Ačiū.\n'],
  ['windows-1257', '# Arendaja Tallinnas\n\nOtsime kogenud arendajat. Pakume head palka ja paindlikku tööaega. Töö on põnev.\n'],
  ['windows-1253', '# Προγραμματιστής\n\nΑναζητούμε έμπειρο προγραμματιστή στην Αθήνα. Καλός μισθός.\n'],
  ['windows-1251', '# Инженер\n\nИщем инженера в Москве: опыт от 3 лет.\n'],
  ['koi8-r', '# Инженер\n\nИщем инженера в Москве: опыт от 3 лет.\n'],
  ['macintosh', '# Développeur à Paris\n\nNous cherchons un développeur expérimenté. Rémunération attractive.\n'],
  ['shift_jis', '# バックエンドエンジニア\n\n東京で働くエンジニアを募集しています。\n'],
  ['cp949', '# 백엔드 개발자\n\n서울에서 근무할 백엔드 개발자를 찾습니다.\n'],
];

/** The decode stage's reading before the shortcut: jschardet beside our own test. */
const eager = (bytes: Uint8Array) => readLegacy(bytes);
const withShortcut = (bytes: Uint8Array) => westernWithoutDetector(bytes) ?? readLegacy(bytes);

describe('Western legacy bytes without the detector', () => {
  // Which postings take the shortcut is pinned below; where one does, the decode stage reads the text as written.
  it.each(POSTINGS.filter(([page, text]) => westernWithoutDetector(iconv.encode(text, page))))('%s: the text as written where the shortcut is taken', (page, text) => {
    expect(withShortcut(iconv.encode(text, page))).toEqual({ encoding: 'windows-1252', text });
  });

  it('where it is taken, the detector path reads the same', () => {
    const answers = POSTINGS.filter(([page, text]) => westernWithoutDetector(iconv.encode(text, page))).map(([page, text]) => eager(iconv.encode(text, page)).encoding);
    // The Barista line was read as cp861 before readLegacy preferred Windows-1252 for Latin-script text (legacy.ts, step 2).
    expect(answers).toEqual(['windows-1252', 'windows-1252', 'windows-1252', 'windows-1252']);
  });

  it('takes the shortcut for Western text and for no other page', () => {
    const taken = POSTINGS.filter(([page, text]) => westernWithoutDetector(iconv.encode(text, page))).map(([page, text]) => `${page} ${text.split('\n')[0]}`);
    expect(taken).toEqual([
      'windows-1252 # Entwickler in München',
      'windows-1252 # Ohjelmoija Helsingissä',
      'windows-1252 # Engineer in Zürich',
      'windows-1252 # Barista',
    ]);
  });

  it('generated Western text: whenever the shortcut answers, it is the text as written', () => {
    const word = fc.stringMatching(/^[A-Za-z]{1,9}$/);
    const accented = fc.constantFrom(...'ÁÂÄÇÉËÍÎÓÔÖÚÜßáâäçéëíîóôöúü€’‘“”–—…•™©®°«»');
    const token = fc.oneof({ arbitrary: word, weight: 6 }, { arbitrary: fc.tuple(word, accented, word).map((parts) => parts.join('')), weight: 1 });
    const posting = fc.array(token, { minLength: 4, maxLength: 60 }).map((words) => `# ${words.slice(0, 3).join(' ')}\n\n${words.slice(3).join(' ')}.\n`);
    fc.assert(
      fc.property(posting, (text) => {
        const bytes = iconv.encode(text, 'windows-1252');
        const fast = westernWithoutDetector(bytes);
        if (fast) expect(fast).toEqual({ encoding: 'windows-1252', text });
      }),
      { numRuns: propertyRuns(60) },
    );
  });

  it('a byte the Latin pages read apart (è on 1252 is č on 1250) asks the detector', () => {
    expect(readsAlikeOnLatinPages(iconv.encode('Café – über', 'windows-1252'))).toBe(true);
    expect(readsAlikeOnLatinPages(iconv.encode('Très bien', 'windows-1252'))).toBe(false);
    expect(readsAlikeOnLatinPages(iconv.encode('Tak, Łódź', 'windows-1250'))).toBe(false);
  });

  it('normalizing the Windows-1252 fixtures never loads jschardet', async () => {
    // A worker thread: it loads modules into caches of its own, where the test worker's (shared by the files it runs)
    // may hold jschardet already. Not a process: a thread shows the same, without a start of node.
    const files = [path.join(FIXTURES, 'postings', 'windows-1252-bytes', 'input.txt'), path.join(FIXTURES, 'dedupe', 'corpus', 'lumen-designer-cp1252.txt')];
    const script = `
      const { readFileSync } = await import('node:fs');
      const { createRequire } = await import('node:module');
      const { parentPort } = await import('node:worker_threads');
      const { processBytes } = await import(${JSON.stringify(pathToFileURL(path.join(ROOT, 'dist', 'pipeline.js')).href)});
      const encodings = ${JSON.stringify(files)}.map((file) => processBytes(file, readFileSync(file)).encoding);
      const loaded = Object.keys(createRequire(${JSON.stringify(path.join(ROOT, 'package.json'))}).cache).some((id) => id.includes('jschardet'));
      parentPort.postMessage({ encodings, loaded });`;
    const worker = new Worker(new URL(`data:text/javascript,${encodeURIComponent(script)}`));
    try {
      const answer = await new Promise((resolve, reject) => {
        worker.once('message', resolve);
        worker.once('error', reject);
        worker.once('exit', (code) => reject(new Error(`the worker exited (code ${code}) without an answer`)));
      });
      expect(answer).toEqual({ encodings: ['windows-1252', 'windows-1252'], loaded: false });
    } finally {
      await worker.terminate();
    }
  });
});
