/**
 * Roles that two places agree on (src/split/announced-roles.ts): a line announces the vacancies by name and
 * headings below start with those names. And alike headings on a page whose front matter names it a careers
 * page (src/split/vacancy-headings.ts), also those that read as no job title ("Part-time").
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseNdjson, runCli } from './helpers.js';

async function titlesOf(text: string): Promise<Array<string | null>> {
  const dir = mkdtempSync(path.join(tmpdir(), 'postings-announced-'));
  writeFileSync(path.join(dir, 'recruit.md'), text);
  return parseNdjson((await runCli(['normalize', path.join(dir, 'recruit.md'), '--format', 'ndjson'])).stdout).map((record) => record.title as string | null);
}

const KO = '# 채용\n\n함께 만들어나갈 분들을 찾고 있습니다.\n\n**모집 분야: Back-end, Android**\n\n#### Back-end (경력)\n\n* Python에 익숙하신 분\n* RDBMS에 대한 이해\n\n#### Android (경력)\n\n* 안드로이드 프레임워크에 대한 이해\n\n#### 근무 조건\n\n* 회사 위치: 서울 강남구\n\n#### 지원해주세요\n\n* join@example.kr 로 이메일을 보내주세요.\n';

describe('roles announced by name and headed below', () => {
  it.each([
    ['ko, "모집 분야:" over "####" role headings, the page\'s own headings after them', KO, ['Back-end (경력)', 'Android (경력)']],
    ['ko, the same page with its role names in bold: a bold label inside a role does not end it, a bold line after the last does', KO.replace(/^#### (.+)$/gm, '**$1**'), ['Back-end (경력)', 'Android (경력)']],
    ['en, "Open positions:" over role names in bold, a bold "Requirements" inside each', '# Acme\n\nOpen positions: Backend, iOS\n\n**Backend (Go)**\n\nYou build our tile servers.\n\n**Requirements**\n\n- Go\n\n**iOS**\n\nYou build our app.\n\n**Requirements**\n\n- Swift\n', ['Backend (Go)', 'iOS']],
    ['en, "Open positions:" over "###" headings', '# Acme\n\nWe make maps.\n\nOpen positions: Backend, iOS\n\n### Backend (Go)\n\nYou build our tile servers.\n\n### iOS\n\nYou build our app.\n\n### How to apply\n\nMail jobs@acme.example.\n', ['Backend (Go)', 'iOS']],
  ])('%s', async (_case, text, titles) => {
    expect(await titlesOf(text)).toEqual(titles);
  });

  it.each([
    ['names that no heading starts with', '# Acme\n\nOpen positions: Backend, iOS\n\n## About the role\n\nYou build things.\n\n## Requirements\n\n- Go\n'],
    ['a line that announces nothing ("Tech stack:")', '# Backend Engineer\n\nTech stack: Go, Postgres\n\n### Go\n\nOur services.\n\n### Postgres\n\nOur database.\n'],
    ['one posting whose sections are headed "Backend tasks" / "Frontend tasks" under a line naming both',
      '# Full-Stack Developer\n\n**Open positions: Backend, Frontend**\n\n## Backend tasks\n- Go services\n\n## Frontend tasks\n- React\n'],
    ['one posting whose bold sections are "Backend tasks" / "Frontend tasks" under a line naming both',
      '# Full-Stack Developer\n\nOpen positions: Backend, Frontend\n\n**Backend tasks**\n\n- Go services\n\n**Frontend tasks**\n\n- React\n'],
  ])('no split: %s', async (_case, text) => {
    expect((await titlesOf(text)).length).toBeLessThanOrEqual(1);
  });
});

describe('alike headings on a page named a careers page in its front matter', () => {
  const block = (name: string) => `## **${name}**\nJoin us to build the product.\n- Build things\nDesign and ship.\n- Fix things\nKeep it running.\n\n`;
  it('each heading is a posting, one that reads as no job title too', async () => {
    expect(await titlesOf(`---\ntitle: 加入我们\n---\n\n${['Partner', 'Developer', 'Tester', 'Part-time'].map(block).join('')}`)).toEqual(['Partner', 'Developer', 'Tester', 'Part-time']);
  });
  it('no more postings than the role headings where a heading names a part of the page ("Our values")', async () => {
    expect((await titlesOf(`---\ntitle: Careers\n---\n\n${['Developer', 'Tester', 'Our values'].map(block).join('')}`)).length).toBeLessThanOrEqual(2);
  });
});

describe('sibling blocks under a page whose first heading names vacancies ("Nous rejoindre")', () => {
  const card = (head: string) => `#### ${head}\n\nLe poste est à pourvoir immédiatement à Angoulême (...)\n\n[En savoir +](recrutement.php)\n\n`;
  it('each card is a posting, one whose head reads as no job title too; a closing "Candidature spontanée" card is none', async () => {
    const text = `# Nous rejoindre\n\n# Rejoindre le cabinet\n\nNous recrutons des talents.\n\n${card('Collaborateur Paie Comptabilité, en CDI')}${card('Assistant commercial en CDI')}${card('Candidature spontanée')}`;
    expect(await titlesOf(text)).toHaveLength(2);
  });
  it('cards of the page\'s own ("Nos valeurs", "Notre équipe") are no postings', async () => {
    const text = `# Nous rejoindre\n\n${card('Nos valeurs')}${card('Notre équipe')}`;
    expect((await titlesOf(text)).length).toBeLessThanOrEqual(1);
  });
});
