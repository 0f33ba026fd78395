/**
 * Remote policy, remote regions and work locations through the library, from
 * case tables: each row is something a real posting writes. The phrase scan
 * is held to its plain reference by a differential property test.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import { extractFields } from '../src/extract/index.js';
import { policyWeights, policyWeightsByClass, type Policy } from '../src/extract/remote-phrases.js';
import { remotePhrases } from '../src/extract/tables/remote.js';
import { filterForm } from '../src/extract/text.js';

/** Run the extractors over a small Markdown text, as the pipeline does. */
function extract(markdown: string, frontmatter: Record<string, unknown> = {}) {
  const lines = markdown.split('\n').map((text, i) => ({ text, line: i + 1 }));
  const tree = unified().use(remarkParse).parse(markdown);
  return extractFields({ path: 'x.md', frontmatter, sourceText: markdown, lines, tree });
}
const policyOf = (markdown: string, frontmatter: Record<string, unknown> = {}) => extract(markdown, frontmatter).fields.remote.policy;

describe('remote policy phrases', () => {
  it.each([
    // Japanese and Chinese phrases match inside a run of text, without word boundaries.
    ['# エンジニア\n\n**勤務地：** 本社（日本国内のみリモート勤務可）', 'hybrid'],
    ['# 后端工程师\n\n工作方式：远程办公，弹性工作时间', 'remote'],
    ['# 後端工程師\n\n本職缺可遠端工作', 'remote'],
    ['# 前端工程师\n\n混合办公，每周三天到岗', 'hybrid'],
    // Polish, Russian, Ukrainian, Turkish, Italian, Nordic, Finnish, Estonian: language facts.
    ['# Programista\n\nPraca zdalna, umowa B2B.', 'remote'],
    ['# Programista\n\nDowolny tryb pracy (całkowicie zdalnie lub hybrydowo).', 'hybrid'],
    ['# Administrator\n\nPraca stacjonarna w Warszawie.', 'onsite'],
    ['# Administrator\n\nrekrutacja zdalna', null],
    ['# PHP-разработчик\n\nФормат: удалённо', 'remote'],
    ['# PHP-разработчик\n\nФормат: удаленно', 'remote'],
    ['# Разработчик\n\nГибридный формат работы, офис в Москве.', 'hybrid'],
    ['# Розробник\n\nМожна працювати віддалено.', 'remote'],
    ['# Web Geliştiricisi\n\nUzaktan çalışma imkanı sunulacaktır.', 'remote'],
    ['# Sviluppatore\n\nSi lavora in sede a Milano.', 'onsite'],
    ['# Sviluppatore\n\nModello ibrido: due giorni in sede.', 'hybrid'],
    ['# Utvecklare\n\nTjänsten är på distans.', 'remote'],
    ['# Økonomidirektør\n\nStillingen har base i Solna, med fleksibilitet til at arbejde hjemmefra.', 'hybrid'],
    ['# Kehittäjä\n\nEtätyö on mahdollista koko Suomessa.', 'remote'],
    ['# Arendaja\n\nKaugtöö Eestis.', 'remote'],
    // Spanish: "teletrabajo" is remote work; a share below 100% or "parte en teletrabajo" is hybrid; "sin" negates.
    ['# Backend\n\nFlexibilidad horaria y teletrabajo real.', 'remote'],
    ['# QA\n\n**Localización**: México DF (40% teletrabajo)', 'hybrid'],
    ['# QA\n\nResidencia en CDMX, ya que hay que acudir al menos 3 días a la semana a la oficina.', 'hybrid'],
    ['# Beca\n\nPosibilidad de realizar parte en teletrabajo, parte en la oficina de Huesca.', 'hybrid'],
    ['# Backend\n\nPuesto sin teletrabajo.', null],
    ['# Backend\n\n100% teletrabajo desde España.', 'remote'],
    ['# Dev\n\nWork 60% remote, 40% in our Berlin office.', 'hybrid'],
    ['# Dev\n\nYou will have the flexibility to work from home.', 'hybrid'],
  ] as Array<[string, Policy | null]>)('%s', (markdown, policy) => {
    expect(policyOf(markdown)).toBe(policy);
  });
});

describe('the phrase scan', () => {
  const phrases = Object.values(remotePhrases).flat().map(([phrase]) => phrase);
  const piece = fc.oneof(
    { weight: 4, arbitrary: fc.constantFrom(...phrases) },
    { weight: 2, arbitrary: fc.constantFrom(...phrases).map((p) => p.toUpperCase()) },
    { weight: 3, arbitrary: fc.constantFrom(' ', '', 'x', 'é', 'の', '（', '）', '-', '100%', 'İ', 'ſ', '\n', 'Remote', 'работа') },
    { weight: 1, arbitrary: fc.string({ maxLength: 4 }) },
  );
  const texts = fc.array(piece, { maxLength: 12 }).map((pieces) => pieces.join(''));

  it('finds the same policy weights as the plain phrase tests, on generated text', () => {
    fc.assert(fc.property(texts, (text) => {
      const fast = { remote: 0, hybrid: 0, onsite: 0 };
      const plain = { remote: 0, hybrid: 0, onsite: 0 };
      policyWeights(text, filterForm(text), fast);
      policyWeightsByClass(text, null, plain);
      expect(fast).toEqual(plain);
    }), { numRuns: Number(process.env.PROPERTY_RUNS ?? 500) });
  });
});
