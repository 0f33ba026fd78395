/**
 * A data list of maps with a title-like key is postings only when its maps
 * read as jobs (src/split/data.ts otherKindOf, tables.ts otherKindKeys): a
 * conference schedule's slots (time, room, speaker), UX personas (goals,
 * frustrations) and a team page's people (bio, photo) hold titles, places
 * and descriptions too, and give no record; a map with a key only a job has
 * (salary, apply, requirements, a contract type) stays a posting whatever
 * else it holds.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseNdjson, runCli } from './helpers.js';

async function resultOf(name: string, text: string) {
  const dir = mkdtempSync(path.join(tmpdir(), 'postings-kinds-'));
  writeFileSync(path.join(dir, name), text);
  return runCli(['normalize', path.join(dir, name), '--format', 'ndjson']);
}

const SCHEDULE = `- title: Opening keynote
  time: "09:00"
  room: Main hall
  speaker: Ada Lovelace
  description: Welcome and the state of the project.
- title: Building fast parsers
  time: "10:00"
  room: Room B
  speaker: Grace Hopper
  description: How we made the parser twice as fast.
`;
const SCHEDULE_NO_SPEAKER = `sessions:
  - title: Opening keynote
    time: "09:00"
    room: Main hall
    description: Welcome and the state of the project.
  - title: Workshop on testing
    time: "10:00"
    room: Room B
    description: Bring a laptop.
`;
const PERSONAS = `- title: Product Manager
  goals:
    - Ship features quickly
  frustrations:
    - Slow reviews
  description: Priya leads a team of six and plans the roadmap.
- title: Data Engineer
  goals:
    - Reliable pipelines
  frustrations:
    - Flaky jobs
  description: Sam keeps the warehouse running.
`;
const TEAM = `[
  {"title": "Senior Engineer", "bio": "Loves compilers.", "location": "Berlin"},
  {"title": "Product Designer", "bio": "Draws things.", "location": "Lisbon"}
]`;
const SPEAKERS = `- name: Jane Doe
  title: Staff Engineer
  company: Acme
  biography: Jane builds compilers.
  twitter: janedoe
- name: Max Roe
  title: Engineering Manager
  company: Globex
  biography: Max runs the platform team.
  twitter: maxroe
`;

describe('a data list of another kind of thing gives no posting', () => {
  it.each([
    ['a conference schedule (time, room, speaker)', 'schedule.yml', SCHEDULE],
    ['a conference schedule without speakers (time and room)', 'schedule.yml', SCHEDULE_NO_SPEAKER],
    ['UX personas titled by a role (goals, frustrations)', 'personas.yml', PERSONAS],
    ['a team page: job titles beside a bio and a place', 'team.json', TEAM],
    ['a conference\'s speakers: a job title and a company beside a biography', 'speakers.yml', SPEAKERS],
    ['a team page: a place and a description beside a bio and a photo', 'team.yml', `- title: Senior Engineer
  location: Berlin
  description: Writes our compilers.
  photo: /img/ada.jpg
  bio: Ada has built compilers for twenty years.
- title: Product Designer
  location: Lisbon
  description: Draws our app.
  photo: /img/max.jpg
  bio: Max draws things.
`],
    ['a team page: a place, a photo and a GitHub account, no description', 'team.yml', `- title: Senior Engineer
  location: Berlin
  photo: /img/ada.jpg
  github: ada
- title: Product Designer
  location: Lisbon
  photo: /img/max.jpg
  github: max
`],
  ])('%s', async (_case, name, text) => {
    const result = await resultOf(name, text);
    expect(parseNdjson(result.stdout)).toEqual([]);
    expect(result.stderr).toContain('no-postings-in-data');
    expect(result.code).toBe(1);
  });
});

describe('a map with a key only a job has stays a posting beside another kind\'s keys', () => {
  it.each([
    ['a job fair\'s slots that state pay and a way to apply', `- title: Backend Engineer
  time: "09:00"
  room: Booth 4
  salary: 60000 EUR
  apply_url: https://acme.example.org/jobs/backend
- title: Product Designer
  time: "10:00"
  room: Booth 4
  salary: 55000 EUR
  apply_url: https://acme.example.org/jobs/designer
`, ['Backend Engineer', 'Product Designer']],
    ['jobs with a photo of the office and their requirements', `- title: Data Analyst
  location: Porto
  photo: office.jpg
  avatar: logo.png
  requirements:
    - SQL
- title: Support Engineer
  location: Porto
  photo: office.jpg
  avatar: logo.png
  requirements:
    - Patience
`, ['Data Analyst', 'Support Engineer']],
    ['jobs with a start time of day (one key of a schedule is not a schedule)', `- title: Night Nurse
  time: "22:00"
  location: Leeds
- title: Baker
  time: "04:00"
  location: York
`, ['Night Nurse', 'Baker']],
    ['jobs with a place and a description beside a photo and a GitHub account (light keys of a person)', `- title: Engineering Manager
  location: Berlin
  description: Lead a team of six engineers building our payments platform.
  photo: /img/team.jpg
  github: acme
- title: Staff Engineer
  location: Remote
  description: Own our platform's architecture.
  photo: /img/team2.jpg
  github: acme
`, ['Engineering Manager', 'Staff Engineer']],
  ])('%s', async (_case, text, titles) => {
    expect(parseNdjson((await resultOf('jobs.yml', text)).stdout).map((record) => record.title)).toEqual(titles);
  });
});
