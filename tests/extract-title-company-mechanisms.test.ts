/**
 * Title and company: mechanisms read from how pages are built, each with the
 * rows that must NOT give a value (a wrong value is worse than null). Short
 * inputs through the CLI in process:
 * - a date or a number before a title is no part of it and names no company;
 * - a heading's number without its dot ("1 Leerkracht");
 * - a name in brackets after a title is the employer's when the posting
 *   writes it elsewhere (not a skill, not an acronym spelled out);
 * - Korean careers headings with or without their spaces ("채용정보");
 * - every "…を募集" of a line, not only the first;
 * - a file name's words are a title only when the posting writes them all;
 * - French "on" ("On recrute !") is a pronoun, no name;
 * - Chinese "关于X" (About X) names X; "关于我们" names no one;
 * - a short heading under a careers page's own heading names no employer;
 * - "Join Acme Team": the team word is no part of the name;
 * - a team named for its members' role ("unser Tierärzte-Team") is no employer.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parseNdjson, runCli } from './helpers.js';

interface Row { name: string; input: string; title?: string | null; titleRule?: string; company?: string | null; companyRule?: string }

const titles: Row[] = [
  { name: 'a date before a title goes', title: 'Softwareentwickler', input: '# 21/06/2021 - Softwareentwickler\n\nDu entwickelst Web-Anwendungen in unserem Team.\n' },
  { name: 'nl: a heading number without its dot goes', title: 'Leerkracht', input: '#### 1 Leerkracht\n\nOnze kleine school zoekt een enthousiaste leerkracht voor twee dagen.\n' },
  { name: 'a number glued to a word stays ("3D Artist")', title: '3D Artist', input: '# 3D Artist\n\nYou will model characters for our games. Full-time.\n' },
  { name: 'de: a name in brackets that the text writes goes to the company', title: 'Softwareentwickler', titleRule: 'heading.h1',
    input: '# Softwareentwickler (Klarna)\n\nKlarna wurde im Jahr 2005 in Stockholm gegründet. Du entwickelst Web-Anwendungen.\n' },
  { name: 'a skill in brackets stays with the title', title: 'Backend Engineer (Python)',
    input: '# Backend Engineer (Python)\n\nPython is our main language. You will build APIs. Full-time.\n' },
  { name: 'ko: a careers heading written without its space is no title', title: '백엔드 개발자',
    input: '---\ntitle: 채용정보\n---\n\n백엔드 개발자\n\n경력 3년 이상. 정규직.\n' },
  { name: 'ja: the second "を募集" of a line names the role', title: 'エンジニア', titleRule: 'text.role-phrase',
    input: '# 採用情報\n\nメンバー募集はじめました。現在は web のエンジニアを募集しています。\n\n* 勤務場所自由\n' },
];

const companies: Row[] = [
  { name: 'a date before a title names no company', company: null, input: '# 21/06/2021 - Softwareentwickler\n\nDu entwickelst Web-Anwendungen in unserem Team.\n' },
  { name: 'de: a name in brackets that the text writes', company: 'Klarna', companyRule: 'title.company-aside',
    input: '# Softwareentwickler (Klarna)\n\nKlarna wurde im Jahr 2005 in Stockholm gegründet. Du entwickelst Web-Anwendungen.\n' },
  { name: 'a name in brackets the text never writes is no company', company: null,
    input: '# Data Analyst (Growth)\n\nYou will analyse funnels and build dashboards. Full-time.\n' },
  { name: 'de: a contract word in brackets is no company, though the text writes it', company: null,
    input: '# Softwareentwickler (Werkstudent)\n\nAls Werkstudent entwickelst du Web-Anwendungen, 20 Stunden pro Woche.\n' },
  { name: 'an acronym of the title spelled out in brackets is no company', company: null,
    input: '# Senior Engineer OSPO (Open Source Program Office)\n\nThe Open Source Program Office helps teams publish code. Full-time.\n' },
  { name: 'fr: "On recrute !" names no company', company: null, input: '# Développeur PHP\n\nOn recrute ! Envoyez-nous votre CV.\n\n## Profil\n- 2 ans de PHP\n' },
  { name: 'zh: "关于X" names X', company: '优众', companyRule: 'heading.about',
    input: '# 高级后端工程师\n\n## 关于优众\n\n优众网是一间创业型互联网公司。\n\n## 待遇\n- 年终奖\n' },
  { name: 'zh: "关于我们" names no one', company: null, input: '# 高级后端工程师\n\n## 关于我们\n\n我们是一家创业公司。\n\n## 待遇\n- 年终奖\n' },
  { name: 'zh: "关于我们的团队" names no one', company: null, input: '# 高级后端工程师\n\n## 关于我们的团队\n\n团队氛围活泼。\n\n## 待遇\n- 年终奖\n' },
  { name: 'a short heading under a careers heading names no employer', company: null,
    input: '# Careers\n## Platform\n\nPlatform builds our services. We are looking for a Backend Engineer. Platform runs on Go.\n' },
  { name: 'de: a team named for its members\' role is no employer ("unser Kleintier Tierärzte-Team")', company: null,
    input: '+++\ntitle = \'Kleintiermediziner\'\n+++\n\nWir suchen Unterstützung für unser Kleintier Tierärzte-Team mit folgendem Einsatzbereich:\n\n- Ambulanz\n- Notdienst\n' },
  { name: 'a team named for its employer still counts ("the Fernway team")', company: 'Fernway', companyRule: 'body.x-team',
    input: '# Backend Engineer\n\nJoin the Fernway team and build logistics software. Full-time.\n' },
  { name: '"Join Acme Team": the team word is no part of the name', company: 'Unbody', companyRule: 'heading.careers-at',
    input: '# Join Unbody Team\n\n## Developer Advocate\n\nYou will write guides for developers. Freelance.\n' },
];

async function recordOf(input: string): Promise<Record<string, any>> {
  const result = await runCli(['normalize', '-', '--format', 'ndjson'], { input });
  const [record] = parseNdjson(result.stdout);
  expect(record, result.stderr).toBeDefined();
  return record!;
}

describe('title: page mechanisms', () => {
  it.each(titles)('$name', async ({ input, title, titleRule }) => {
    const record = await recordOf(input);
    expect(record.title ?? null).toBe(title);
    if (titleRule) expect(record.evidence.title.rule).toBe(titleRule);
  });
});

describe('company: page mechanisms', () => {
  it.each(companies)('$name', async ({ input, company, companyRule }) => {
    const record = await recordOf(input);
    expect(record.company?.name ?? null).toBe(company);
    if (companyRule) expect(record.evidence.company.rule).toBe(companyRule);
  });
});

describe('title from a file name', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'title-file-name-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const titleOfFile = async (name: string, text: string): Promise<string | null> => {
    const file = path.join(dir, name);
    writeFileSync(file, text);
    const result = await runCli(['normalize', file, '--format', 'ndjson']);
    return parseNdjson(result.stdout)[0]?.title ?? null;
  };
  const body = 'We build payment software in Lisbon. As our engineer you will own the backend. Full-time.\n';

  it('a file name whose words the posting writes is read as the title', async () => {
    expect(await titleOfFile('backend-engineer.md', body)).toBe('Backend engineer');
  });

  it('a file name with a word the posting never writes (a site or owner name) is not', async () => {
    expect(await titleOfFile('tofulab-engineer.md', body)).toBeNull();
  });
});
