/**
 * Section headings in every language of the table (src/extract/tables/sections*.ts), through the library:
 * one posting per language whose headings cover its kinds, each section's kind as the record gives it.
 * Then headings that hold a short phrase of the table but are not that section (must-not rows).
 */
import { describe, expect, it } from 'vitest';
import { fieldsOf } from './extract-direct.js';
import { sectionKindOf } from '../src/extract/sections.js';
import { sectionHeadingsByLanguage, sectionSlots } from '../src/extract/tables/sections.js';

type Row = [language: string, headings: Array<[heading: string, kind: string]>];

const rows: Row[] = [
  ['pl', [['Zakres obowiązków', 'responsibilities'], ['Wymagania', 'requirements'], ['Mile widziane', 'niceToHave'], ['Oferujemy', 'benefits'], ['Wynagrodzenie', 'compensation'], ['O nas', 'company']]],
  ['ru', [['Обязанности', 'responsibilities'], ['Требования', 'requirements'], ['Будет плюсом', 'niceToHave'], ['Мы предлагаем', 'benefits'], ['Заработная плата', 'compensation'], ['О компании', 'company']]],
  ['uk', [["Обов'язки", 'responsibilities'], ['Вимоги', 'requirements'], ['Буде перевагою', 'niceToHave'], ['Ми пропонуємо', 'benefits'], ['Про компанію', 'company']]],
  ['el', [['Αρμοδιότητες', 'responsibilities'], ['Απαιτούμενα προσόντα', 'requirements'], ['Επιθυμητά προσόντα', 'niceToHave'], ['Προσφέρουμε', 'benefits'], ['ΠΑΡΟΧΕΣ', 'benefits']]],
  ['it', [['Responsabilità', 'responsibilities'], ['Requisiti', 'requirements'], ['Requisiti graditi', 'niceToHave'], ['Cosa offriamo', 'benefits'], ['Retribuzione', 'compensation'], ['Chi siamo', 'company']]],
  ['tr', [['Sorumluluklar', 'responsibilities'], ['Aranan Nitelikler', 'requirements'], ['GENEL NİTELİKLER', 'requirements'], ['Tercih sebebi', 'niceToHave'], ['Sunulan İmkanlar', 'benefits'], ['Başvuru Süreci', 'process'], ['İş Tanımı', 'role']]],
  ['id', [['Tanggung Jawab', 'responsibilities'], ['Persyaratan', 'requirements'], ['Nilai Tambah', 'niceToHave'], ['Yang Kami Tawarkan', 'benefits'], ['Cara Melamar', 'process'], ['Tentang Kami', 'company']]],
  ['vi', [['Mô tả công việc', 'role'], ['Yêu cầu', 'requirements'], ['Ưu tiên', 'niceToHave'], ['Quyền lợi', 'benefits'], ['Mức lương', 'compensation'], ['Cách ứng tuyển', 'process']]],
  ['cs', [['Náplň práce', 'responsibilities'], ['Požadavky', 'requirements'], ['Výhodou je', 'niceToHave'], ['Nabízíme', 'benefits'], ['Jak se přihlásit', 'process'], ['O společnosti', 'company']]],
  ['sk', [['Pracovná náplň', 'responsibilities'], ['Požiadavky', 'requirements'], ['Ponúkame', 'benefits'], ['Výberové konanie', 'process']]],
  ['hu', [['Feladatok', 'responsibilities'], ['Elvárások', 'requirements'], ['Előnyt jelent', 'niceToHave'], ['Amit kínálunk', 'benefits'], ['Rólunk', 'company']]],
  ['ro', [['Responsabilități', 'responsibilities'], ['Cerințe', 'requirements'], ['Constituie un avantaj', 'niceToHave'], ['Ce oferim', 'benefits'], ['Despre noi', 'company']]],
  ['sv', [['Arbetsuppgifter', 'responsibilities'], ['Kvalifikationer', 'requirements'], ['Meriterande', 'niceToHave'], ['Vi erbjuder', 'benefits'], ['Lön', 'compensation'], ['Om oss', 'company']]],
  ['da', [['Arbejdsopgaver', 'responsibilities'], ['Kvalifikationer', 'requirements'], ['Det er en fordel', 'niceToHave'], ['Vi tilbyder', 'benefits'], ['Sådan ansøger du', 'process']]],
  ['no', [['Arbeidsoppgaver', 'responsibilities'], ['Kvalifikasjoner', 'requirements'], ['Vi tilbyr', 'benefits'], ['Om stillingen', 'role'], ['Om oss', 'company']]],
  ['fi', [['Tehtävät', 'responsibilities'], ['Vaatimukset', 'requirements'], ['Katsomme eduksi', 'niceToHave'], ['Tarjoamme', 'benefits'], ['Palkka', 'compensation']]],
  ['ja', [['職務内容', 'responsibilities'], ['必須スキル', 'requirements'], ['【必須スキル・経験】', 'requirements'], ['歓迎スキル', 'niceToHave'], ['福利厚生', 'benefits'], ['選考フロー', 'process']]],
  ['ko', [['주요업무', 'responsibilities'], ['담당 업무', 'responsibilities'], ['자격요건', 'requirements'], ['우대사항', 'niceToHave'], ['채용 절차', 'process']]],
  ['zh', [['主要职责', 'responsibilities'], ['岗位职责', 'responsibilities'], ['任职要求', 'requirements'], ['加分项', 'niceToHave'], ['福利待遇', 'benefits'], ['招聘流程', 'process']]],
];

describe('section headings of every language in the table', () => {
  it.each(rows)('%s', (_language, headings) => {
    const body = headings.map(([heading], i) => `## ${heading}\n\n- point ${i + 1} of this section\n- another point`).join('\n\n');
    const sections = fieldsOf(body).sections as Array<{ heading: string; kind: string }>;
    expect(sections.map(({ heading, kind }) => [heading, kind])).toEqual(headings);
  });

  it('holds each kind per language, every phrase lower-cased', () => {
    for (const slot of sectionSlots) {
      for (const [language, phrases] of Object.entries(sectionHeadingsByLanguage[slot])) {
        expect(language, `${slot}: ${language}`).toMatch(/^[a-z]{2}$/);
        for (const phrase of phrases) expect(phrase, `${slot}.${language}`).toBe(phrase.toLowerCase());
      }
    }
  });
});

describe('headings that hold a short phrase but are not that section', () => {
  it.each([
    // Han and kana phrases stand alone too (条件 "conditions" inside 勤務条件について is no benefits heading).
    ['勤務条件について', 'other'],
    // A whole word, not a piece of one.
    ['Lönsam tillväxt', 'other'],
    ['Başvurular kapandı', 'other'],
    ['Kravstore', 'other'],
    ['Palkkatiedot puuttuvat', 'other'],
    // Open positions and a job's title: bare "position", "vacancy", "recruitment" words are not in the table.
    ['Posisi terbuka', 'other'],
    ['Видео-мастер (горячая вакансия)', 'other'],
    ['Rekrutacja specjalistów IT', 'other'],
    ['Vị trí tuyển dụng', 'other'],
    // The more specific kind first: "desired qualifications" is nice to have, "what needs doing" duties, not requirements.
    ['Επιθυμητά προσόντα', 'niceToHave'],
    ['Что нужно делать', 'responsibilities'],
  ])('%s -> %s', (heading, kind) => {
    expect(sectionKindOf(heading)).toBe(kind);
  });
});
