/**
 * A bare list of roles under a line that announces them (fixtures/multi/shapes),
 * through the CLI: Russian "требуются:" ("are wanted:") announces vacancies;
 * a role may name a product after a colon ("Консультант по 1С: …") and run
 * long; an item whose name reads as no job title is still a role on the
 * intro's word. A single posting whose requirements follow "требуются:"
 * stays whole.
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIXTURES, parseNdjson, runCli } from './helpers.js';

const SHAPES = path.join(FIXTURES, 'multi', 'shapes');

async function normalized(name: string) {
  const result = await runCli(['normalize', path.join(SHAPES, name), '--format', 'ndjson']);
  return { result, records: parseNdjson(result.stdout) };
}

describe('a bare role list under "требуются:"', () => {
  it('gives one record per item, each at its own line, with the page\'s address to apply to', async () => {
    const { result, records } = await normalized('needed-roles-ru.md');
    expect(result.code).toBe(0);
    expect(records.map((r) => r.title)).toEqual([
      'Кладовщик',
      'Консультант по внедрению 1С: Управление торговлей',
      'Консультант по 1С: Документооборот 3 в части настройки маршрутов согласования',
      'Оператор колл-центра',
      'Консультант по сопровождению (включая обучение пользователей) в типовой 1С: Бухгалтерия',
      'водители-экспедиторы',
    ]);
    expect(records.map((r) => r.evidence.title.line)).toEqual([5, 6, 7, 8, 9, 10]);
    expect(records.map((r) => [r.source.index, r.source.count])).toEqual(records.map((_, i) => [i, 6]));
    expect(records.map((r) => r.apply.emails)).toEqual(records.map(() => ['hr@severny-sklad.example']));
  });

  it.each([
    // The list's word makes it a role though it reads as no job title: the item's text, named as stated by the list.
    [5, 'list.stated-title'],
    [0, 'list.title'],
  ])('records the title of item %i by rule %s', async (index, rule) => {
    const { records } = await normalized('needed-roles-ru.md');
    expect(records[index]!.evidence.title.rule).toBe(rule);
  });

  it.each([
    // Requirements after "Кандидатам требуются:", one a label ("Место работы: …"): one posting.
    ['single-needed-skills-ru.md', 'Бухгалтер на участок расчёта зарплаты'],
  ])('%s stays one posting', async (name, title) => {
    const { result, records } = await normalized(name);
    expect(result.code).toBe(0);
    expect(records.map((r) => r.title)).toEqual([title]);
    expect(records[0]!.source.count).toBeUndefined();
  });
});
