/**
 * A résumé with the plain headings ("Experience / Education / Skills", per
 * language in tables/not-posting.ts resumeHeadings) gives no record, through
 * the CLI; a posting with the same headings under a job title keeps its.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseNdjson, runCli } from './helpers.js';

const page = (title: string, intro: string, headings: string[]) =>
  [`# ${title}`, '', intro, '', ...headings.flatMap((heading, index) => [`## ${heading}`, '', `Line ${index + 1} under ${heading.toLowerCase()}.`, ''])].join('\n');

async function normalized(text: string) {
  const dir = mkdtempSync(path.join(tmpdir(), 'postings-resume-'));
  const file = path.join(dir, 'page.md');
  writeFileSync(file, text);
  const result = await runCli(['normalize', file, '--format', 'ndjson']);
  return { code: result.code, records: parseNdjson(result.stdout), stderr: result.stderr };
}

describe('résumé headings in their plain forms', () => {
  it.each([
    ['en', page('Jane Doe', 'Software engineer in Lisbon. jane@doe.example', ['Experience', 'Education', 'Skills'])],
    ['de', page('Max Mustermann', 'Softwareentwickler aus Köln.', ['Erfahrung', 'Ausbildung', 'Kenntnisse'])],
    ['fr', page('Marie Dupont', 'Développeuse à Lyon.', ['Expérience', 'Formation', 'Compétences'])],
    ['es', page('Ana García', 'Desarrolladora en Madrid.', ['Experiencia', 'Educación', 'Habilidades'])],
    // Session 25: a résumé's work history and education in eight more languages (language knowledge).
    ['pt', page('João Silva', 'Desenvolvedor em São Paulo.', ['Experiência profissional', 'Formação acadêmica', 'Habilidades'])],
    ['it', page('Marco Rossi', 'Sviluppatore a Milano.', ['Esperienza lavorativa', 'Istruzione', 'Competenze'])],
    ['nl', page('Jan Jansen', 'Ontwikkelaar uit Utrecht.', ['Werkervaring', 'Opleiding', 'Vaardigheden'])],
    ['pl', page('Jan Kowalski', 'Programista z Warszawy.', ['Doświadczenie zawodowe', 'Wykształcenie', 'Umiejętności'])],
    ['cs', page('Jan Novák', 'Vývojář z Prahy.', ['Pracovní zkušenosti', 'Vzdělání', 'Dovednosti'])],
    ['sv', page('Anna Svensson', 'Utvecklare i Göteborg.', ['Arbetslivserfarenhet', 'Utbildning', 'Kompetenser'])],
    ['ja', page('山田太郎', '東京在住のエンジニアです。', ['職務経歴', '学歴', 'スキル'])],
    ['zh', page('张伟', '上海的软件工程师。', ['工作经历', '教育背景', '专业技能'])],
  ])('%s: a résumé gives no record (resume)', async (_language, text) => {
    const { code, records, stderr } = await normalized(text);
    expect(records).toEqual([]);
    expect(code).toBe(1);
    expect(stderr).toMatch(/not-a-posting not a posting \(resume\)/);
  });

  it.each([
    ['en', page('Senior Backend Engineer', 'Acme hires a backend engineer in Lisbon, full-time.', ['Experience', 'Education', 'Skills'])],
    ['de', page('Softwareentwickler (m/w/d)', 'Acme sucht einen Softwareentwickler in Köln, Vollzeit.', ['Erfahrung', 'Ausbildung', 'Kenntnisse'])],
    ['pl', page('Programista Java', 'Acme szuka programisty Java w Warszawie, pełny etat.', ['Doświadczenie', 'Wykształcenie', 'Umiejętności'])],
    ['sv', page('Backendutvecklare', 'Acme söker en backendutvecklare i Göteborg, heltid.', ['Erfarenhet', 'Utbildning', 'Kompetenser'])],
  ])('%s: a posting with the same headings under a job title keeps its record', async (_language, text) => {
    const { code, records } = await normalized(text);
    expect(records).toHaveLength(1);
    expect(code).toBe(0);
  });
});
