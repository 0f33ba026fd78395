/**
 * The page's one place, stated outside every posting (a careers page's closing box: "회사 위치: 서울 강남구",
 * "Our office: Lisbon"), is each posting's where no posting names a place or a remote policy of its own
 * (stages/carry-page-place.ts). Through the CLI; with the negatives: two places, a posting's own place.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseNdjson, runCli } from './helpers.js';

async function normalized(text: string) {
  const dir = mkdtempSync(path.join(tmpdir(), 'postings-page-place-'));
  const file = path.join(dir, 'careers.md');
  writeFileSync(file, text);
  const result = await runCli(['normalize', file, '--format', 'ndjson']);
  return parseNdjson(result.stdout);
}

const lines = (...all: string[]) => `${all.join('\n')}\n`;
const ko = (place: string) => lines('# 채용', '', '함께 성장할 개발자를 찾고 있습니다.', '', '#### 백엔드 개발자', '', '* API 서버를 개발합니다.', '* 3년 이상 경력', '',
  '#### 안드로이드 개발자', '', '* 앱을 개발합니다.', '* 2년 이상 경력', '', '### 근무 조건', '', `* 회사 위치: ${place}`, '* 지원: jobs@acme.example');
const en = (duty: string) => lines('# Careers', '', 'Join our small team.', '', '### Backend Engineer', '', `* ${duty}`, '* 3+ years of experience', '',
  '### Product Designer', '', '* You will design our app.', '* 2+ years of experience', '', '## How we work', '', '* Our office: Lisbon, Portugal', '* Apply: jobs@acme.example');

describe('the page\'s one place', () => {
  it.each([
    ['ko', ko('서울 강남구'), '서울', 'KR'],
    ['en', en('You will build APIs in Go.'), 'Lisbon', 'PT'],
  ])('%s: the closing box\'s place is each posting\'s, with page evidence and no remote policy', async (_language, text, city, country) => {
    const records = await normalized(text);
    expect(records).toHaveLength(2);
    for (const record of records) {
      expect(record.locations.map((place: { text: string; country?: string }) => [place.text, place.country])).toEqual([[city, country]]);
      expect(record.evidence.locations.rule).toMatch(/^page\./);
      expect(record.remote.policy).toBeNull();
    }
  });

  it('a page that names two places gives none', async () => {
    const records = await normalized(ko('서울 또는 부산'));
    expect(records.map((record) => record.locations)).toEqual([[], []]);
  });

  it('a posting that names its own place keeps it, and the page\'s place goes to no posting', async () => {
    const records = await normalized(en('You will build APIs in Go, in our Berlin office.'));
    expect(records.map((record) => record.locations.map((place: { text: string }) => place.text))).toEqual([['Berlin'], []]);
  });
});
