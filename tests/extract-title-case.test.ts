/**
 * A role after an active hiring verb is in the accusative in Slavic languages
 * ("Ищем разработчика"); a title is written in the nominative. Language facts,
 * run through the CLI on synthetic text, and the library function on its own.
 * Every row fails without the rule (the title was the accusative, or none).
 */
import { describe, expect, it } from 'vitest';
import { parseNdjson, runCli } from './helpers.js';
import { nominativeRole } from '../src/extract/title-case.js';
import { namesRole } from '../src/extract/title-clean.js';

const rows: Array<[name: string, input: string, title: string | null]> = [
  ['ru: a heading "Ищем X"', '# Ищем Java-разработчика\n\nОпыт от 3 лет.\n', 'Java-разработчик'],
  ['ru: a sentence, an adjective before the noun, an "experienced" dropped', 'Компания Ромашка.\n\nМы ищем опытного ведущего Python-разработчика в команду.\n', 'Ведущий Python-разработчик'],
  ['ru: a genitive after the noun stays', 'Компания Ромашка.\n\nИщем руководителя коммерческого отдела.\n', 'Руководитель коммерческого отдела'],
  ['ru: a compound of two role nouns, lower case in prose, is no slug', 'Компания Ромашка.\n\nИщем водителя-курьера на постоянную работу.\n', 'Водитель-курьер'],
  ['uk: "Шукаємо X"', 'Компанія.\n\nШукаємо досвідченого розробника на Java.\n', 'Розробник'],
  ['pl: a heading "Zatrudnimy X"', '# Zatrudnimy programistę PHP\n\nPraca w Krakowie.\n', 'Programista PHP'],
  ['pl: an adjective after the noun agrees with it', 'Firma.\n\nPoszukujemy doświadczonego analityka biznesowego do zespołu.\n', 'Analityk biznesowy'],
  ['pl: a genitive after the noun stays', 'Firma.\n\nPoszukujemy inżyniera oprogramowania wbudowanego.\n', 'Inżynier oprogramowania wbudowanego'],
  ['pl: a role written as an adjective', 'Firma.\n\nZatrudnimy księgową do biura.\n', 'Księgowa'],
  ['pl: after a colon the role is already nominative', 'Firma.\n\nPoszukujemy: Programista Java\n', 'Programista Java'],
  ['cs: a heading "Hledáme X", a soft stem', '# Hledáme vývojáře\n\nPráce v Brně.\n', 'Vývojář'],
  ['cs: "Přijmeme X", a trade', '# Přijmeme řidiče\n\nPráce v Brně.\n', 'Řidič'],
  // A preposition ends the role; where the role goes, said first, is no part of it (review of session 11).
  ['ru: "для нашего проекта" after the role is its context', 'Мы ищем разработчика для нашего проекта\n', 'Разработчик'],
  ['ru: "в команду" before the role', 'Компания.\n\nИщем в команду опытного разработчика.\n', 'Разработчик'],
  ['cs: "do týmu" before the role', '# Hledáme do týmu zkušeného programátora\n\nPráce v Brně.\n', 'Programátor'],
  ['pl: "szukać" takes the genitive', 'Firma.\n\nPoszukujemy programisty Java do zespołu.\n', 'Programista Java'],
  ['sk: a heading "Hľadáme X"', '# Hľadáme skúseného programátora\n\nPráca v Bratislave.\n', 'Programátor'],
];

describe('a role after an active hiring verb is given in the nominative', () => {
  it.each(rows)('%s', async (_name, input, title) => {
    const result = await runCli(['normalize', '-', '--format', 'ndjson'], { input });
    const [record] = parseNdjson(result.stdout);
    expect(record, result.stderr).toBeDefined();
    expect(record!.title ?? null).toBe(title);
  });
});

describe('title: list numbers and more careers headings', () => {
  it.each([
    ['a list number before a title heading', '# Jobs\n\n## 1. 前端开发工程师\n\n熟悉 React。\n', '前端开发工程师'],
    ['en: "Come and Work with us" is a careers heading', '# Come and Work with us\n\nWe build boards.\n\nWe are looking for an Embedded Software Engineer to join us.\n', 'Embedded Software Engineer'],
    ['en: a role phrase with a typographic apostrophe', 'Nordlicht is hiring! We’re looking for an embedded software engineer to join us.\n', 'Embedded software engineer'],
    ['en: "is seeking to hire an X"', 'Intro.\n\nNordlicht Ltd is seeking to hire an Embedded Software Engineer to help us.\n', 'Embedded Software Engineer'],
    ['ja: "応募・エントリー" is a careers heading', '# 応募・エントリー\n\nインフラエンジニアを募集しています。\n', 'インフラエンジニア'],
  ])('%s', async (_name, input, title) => {
    const [record] = parseNdjson((await runCli(['normalize', '-', '--format', 'ndjson'], { input })).stdout);
    expect(record!.title ?? null).toBe(title);
  });
});

describe('nominativeRole', () => {
  it.each([
    ['разработчиков', 'ru', 'разработчик'],
    ['продавца-консультанта', 'ru', 'продавец-консультант'],
    ['Java PHP', 'ru', 'Java PHP'],
    ['Senior Java Developera', 'pl', 'Senior Java Developer'],
    ['správce sítě', 'cs', 'správce sítě'],
    ['posilu do týmu', 'cs', 'posilu do týmu'],
    ['developer', 'xx', 'developer'],
  ])('%s (%s) -> %s: a noun changes only when its nominative names a role', (phrase, language, expected) => {
    expect(nominativeRole(phrase, language, namesRole)).toBe(expected);
  });
});
