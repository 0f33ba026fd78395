/**
 * Short postings in close relatives (ru/bg/uk, cs/sk/hr/sl/pl, es/pt/gl/ca,
 * no/da/sv, id/ms), through the CLI: franc's trigrams sit within a hair of
 * each other on a line or two, and letters a language never writes and its
 * stop words decide (language-tie.ts), or "und". Never a confident wrong code.
 */
import { describe, expect, it } from 'vitest';
import { normalizerInTempFiles } from './helpers.js';
import { breakTie, writesForeignLetters } from '../src/extract/language-tie.js';

const normalized = normalizerInTempFiles('postings-language-ties-');
const languageOf = async (text: string) => (await normalized(text)).records[0]?.language;

describe('short postings in close relatives, through the CLI', () => {
  it.each([
    ['ru', '# Разработчик\n\nИщем разработчика в нашу команду. Работа в офисе в Москве, полный день, оплата от 100 000 рублей.'],
    ['ru', '# Бухгалтер\n\nТребуется бухгалтер на полный день. Опыт работы от двух лет, знание 1С. Звоните по телефону.'],
    ['bg', '# Разработчик\n\nТърсим разработчик за нашия екип в София. Работа в офис, пълен работен ден, добро заплащане.'],
    ['uk', '# Розробник\n\nШукаємо розробника до нашої команди. Робота в офісі у Києві, повний день, гідна оплата.'],
    ['cs', '# Programátor\n\nHledáme programátora do našeho týmu v Praze. Nabízíme práci na plný úvazek a dobré podmínky.'],
    ['sk', '# Programátor\n\nHľadáme programátora do nášho tímu v Bratislave. Ponúkame prácu na plný úväzok a dobré podmienky.'],
    ['sk', '# Účtovníčka\n\nPrijmeme účtovníčku na trvalý pracovný pomer. Požadujeme prax a znalosť účtovníctva.'],
    ['hr', '# Programer\n\nTražimo programera za naš tim u Zagrebu. Nudimo posao na puno radno vrijeme i dobre uvjete.'],
    ['sl', '# Programer\n\nIščemo programerja za našo ekipo v Ljubljani. Ponujamo delo za polni delovni čas in dobre pogoje.'],
    ['pl', '# Programista\n\nSzukamy programisty do naszego zespołu w Warszawie. Oferujemy pracę na pełny etat i dobre warunki.'],
    ['es', '# Programador\n\nBuscamos un programador para nuestro equipo en Madrid. Ofrecemos trabajo a jornada completa y buen ambiente.'],
    ['pt', '# Programador\n\nProcuramos um programador para a nossa equipa em Lisboa. Oferecemos trabalho a tempo inteiro e bom ambiente.'],
    ['gl', '# Programador\n\nBuscamos un programador para o noso equipo na Coruña. Ofrecemos traballo a xornada completa e bo ambiente.'],
    ['ca', '# Programador\n\nBusquem un programador per al nostre equip a Barcelona. Oferim feina a jornada completa i bon ambient.'],
    ['no', '# Utvikler\n\nVi søker en utvikler til vårt team i Oslo. Vi tilbyr fast stilling og gode betingelser.'],
    ['da', '# Udvikler\n\nVi søger en udvikler til vores team i København. Vi tilbyder fast stilling og gode vilkår.'],
    ['sv', '# Utvecklare\n\nVi söker en utvecklare till vårt team i Stockholm. Vi erbjuder fast anställning och goda villkor.'],
    ['id', '# Programmer\n\nKami mencari programmer untuk bergabung dengan tim kami di Jakarta. Kami menawarkan gaji yang baik.'],
    ['ms', '# Akauntan\n\nJawatan kosong untuk akauntan yang berpengalaman. Sila hantar permohonan anda melalui emel.'],
  ])('%s: %s', async (code, text) => {
    expect(await languageOf(text)).toBe(code);
  });

  it('English role links read as Danish by a hair: their titles\' English role words say "en" (src/stages/carry-language.ts)', async () => {
    expect(await languageOf('# Careers at Acme\n\n* [Senior Software Engineer (PHP)](/careers/php.html)\n* [Senior Software Engineer (Scala)](/careers/scala.html)\n* [Platform Engineer](/careers/platform.html)')).toBe('en');
  });

  it.each([
    ['an English head block read as Italian by a hair', '# Copywriter\n\nKyiv, Ukraine\n\n2 November, 2020\n\nBack to Careers'],
  ])('"und", not a wrong code, for %s', async (_name, text) => {
    expect(await languageOf(text)).toBe('und');
  });
});

describe('the tie-break', () => {
  it('rules out a language by a letter it never writes, in a lower-case word only', () => {
    expect(writesForeignLetters('работа в офисе, полный день', 'bg')).toBe(true);
    expect(writesForeignLetters('работа в офисе, полный день', 'ru')).toBe(false);
    // A capitalised word may be a name ("Škoda" in Polish).
    expect(writesForeignLetters('Pracujemy dla firmy Škoda w Warszawie', 'pl')).toBe(false);
    expect(writesForeignLetters('pracujemy w firmie, škoda', 'pl')).toBe(true);
  });

  it('decides within the first candidate\'s group by stop words, else by a clear lead, else "und"', () => {
    const hits = (table: Record<string, number>) => (code: string) => table[code] ?? 0;
    const close = [{ code: 'sk', score: 1 }, { code: 'cs', score: 0.97 }];
    expect(breakTie('text', close, hits({ cs: 4, sk: 3 }))).toBe('cs');
    expect(breakTie('text', close, hits({ cs: 3, sk: 3 }))).toBe('und');
    expect(breakTie('text', [{ code: 'sk', score: 1 }, { code: 'cs', score: 0.9 }], hits({}))).toBe('sk');
    // English close behind another first: no stop word settles it.
    expect(breakTie('text', [{ code: 'da', score: 1 }, { code: 'en', score: 0.99 }], hits({ da: 0, en: 1 }))).toBe('und');
  });
});
