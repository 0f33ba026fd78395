/**
 * The evidence rule (src/split/evidence-blocks.ts), through the CLI: pages of several postings whose heads
 * read as no role name ("Team Alpha", "Position #2", a project's name), each block saying what a posting
 * says (duties, requirements, pay, a contract, a place, an address to apply to), are split by what the blocks
 * say; a single posting with many sections, one with a list of other teams, an FAQ and a page of benefits
 * headings stay whole.
 */
import { describe, expect, it } from 'vitest';
import { normalizerInTempFiles } from './helpers.js';
import { cleanBody } from '../src/clean/index.js';
import { parseLines } from '../src/stages/parse.js';
import { textSegments } from '../src/split/text.js';
import { roleHeadSegments } from '../src/split/role-heads.js';

const normalized = normalizerInTempFiles('postings-evidence-');

/** Pages of several postings under heads that name no role: the record count and each record's title. */
const SPLIT: Array<[name: string, page: string, count: number, titles: Array<string | null>]> = [
  ['two teams, each with duties, requirements and terms', `# Nordwind Logistics

We build routing software for trucking companies in Hamburg.

## Team Alpha

**What you'll do**

- Build our routing service in Go
- Own the deployment pipeline

**Requirements**

- 3+ years of backend experience
- Comfort with PostgreSQL

Full-time, Hamburg. Salary: €65,000 – €75,000 a year.

## Team Beta

**What you'll do**

- Design the driver app in Kotlin
- Run usability tests with drivers

**Requirements**

- 2+ years of Android experience

Part-time, 30 hours a week, remote in Germany. Apply at jobs@nordwind.example.
`, 2, ['Team Alpha', 'Team Beta']],
  ['numbered positions', `# Openings at Kelp Labs

## Position #1

Responsibilities:

- Keep our lab's data pipeline running
- Write analysis tools in Python

Requirements:

- A degree in computer science or biology

Full-time contract, Bergen. Apply: https://kelp.example/apply/1

## Position #2

Responsibilities:

- Care for our sequencing machines
- Train new lab members

Requirements:

- Two years in a wet lab

Part-time contract, Bergen. Apply: https://kelp.example/apply/2

## Position #3

Responsibilities:

- Answer our users' questions

Requirements:

- Fluent Norwegian and English

Full-time contract, remote. Apply: https://kelp.example/apply/3
`, 3, [null, null, null]],
  ['German projects by name', `# Mitmachen bei Feldgrün

## Projekt Nordlicht

### Deine Aufgaben

- Du entwickelst unsere Messplattform weiter

### Dein Profil

- Erfahrung mit TypeScript

Vollzeit in Leipzig, 58.000 € im Jahr.

## Projekt Südwind

### Deine Aufgaben

- Du betreust unsere Sensoren im Feld

### Dein Profil

- Führerschein Klasse B

Teilzeit in Leipzig, 2.400 € im Monat. Bewerbung an jobs@feldgruen.example
`, 2, ['Projekt Nordlicht', 'Projekt Südwind']],
  ['a thread of posts between rules, each headed by its company', `# Who is hiring in Lisbon (March)

One post per company, please.

---

Acme Robotics, Lisbon

We build warehouse robots and need someone for our fleet API.

Requirements: 3+ years with Go.

Full-time, €60,000 a year. Apply at jobs@acme.example

---

Globex Analytics, remote in the EU

Our dashboards need a second pair of hands.

Requirements: 2+ years with React and TypeScript.

Part-time, 24 hours a week. Apply at https://globex.example/jobs
`, 2, ['Acme Robotics, Lisbon', 'Globex Analytics, remote in the EU']],
  ['chunks between rules under a front-matter title, each headed by a line of its own', `---
title: Jobs at Acme
---

We are a small team in Hamburg.

---

Team Alpha

Requirements: 5 years of experience with Go

Salary: 70,000 EUR

---

Team Beta

Requirements: 5 years of experience with Go

Salary: 70,000 EUR
`, 2, ['Team Alpha', 'Team Beta']],
  ['chunks between rules whose first paragraph runs over two lines: no line of it is a title', `We are a small team in Hamburg.

---

Team Gamma
builds our billing service.

Requirements: 5 years of experience with Go

Salary: 70,000 EUR

---

Team Delta
runs our data platform.

Requirements: 5 years of experience with Go

Salary: 70,000 EUR
`, 2, [null, null]],
];

/** Pages that are one posting or none: the record count. */
const WHOLE: Array<[name: string, page: string, count: number]> = [
  ['one posting that names its role again in a later section', `# Northwind Freight

## Data Analyst

Northwind Freight is hiring a Data Analyst for its routing team.

Part-time, 24 hours a week, Utrecht. €3,200 a month.

## Life on the team

As a Data Analyst you will sit with our planners two days a week.

Hybrid: the other days remote, anywhere in the Netherlands.

## Get in touch

Write to werken@northwind.example.
`, 1],
  ['one posting whose later section hires its role with another modifier ("a senior analyst" under "Data Analyst")', `# Northwind Freight

## Data Analyst

Northwind Freight is hiring a Data Analyst for its routing team.

Part-time, 24 hours a week, Utrecht. €3,200 a month.

## Life on the team

We are hiring a senior analyst who enjoys pairing with our planners.

Hybrid: the other days remote, anywhere in the Netherlands.

## Get in touch

Write to werken@northwind.example.
`, 1],
  ['one posting whose sections each hire the role again', `# Northwind Freight

## Who we are

We are looking for a Warehouse Lead for our night shift. Full-time in Tilburg.

## Your week

As our Warehouse Lead you plan four night shifts a week, 38 hours, from our Tilburg hub.

## Contact

Apply at werken@northwind.example.
`, 1],
  ['one posting with many sections under heads that name no section', `# Backend Engineer at Tidewater

## Our platform

You will build the ingestion service that every customer's data goes through.

**Requirements**

- 4+ years with Go or Rust

## Conditions

Full-time, Rotterdam or remote in the Netherlands. Salary: €70,000 – €85,000.

## Contact

Apply at jobs@tidewater.example.
`, 1],
  ['one posting whose parts are set between rules', `# Platform Engineer

Acme Robotics, Lisbon

You will run the clusters our robots report to.

---

Requirements: 3+ years with Kubernetes.

---

Full-time, €65,000 a year. Apply at jobs@acme.example
`, 1],
  ['one posting with a list of our other teams', `# Data Engineer

## The role

You will build our warehouse and its pipelines. Full-time in Lisbon, €55,000 a year.

## Requirements

- 3+ years with SQL and Python

## Our other teams

### Payments

Runs card processing for our customers.

### Mobile

Builds our iOS and Android apps.

Apply at jobs@acme.example.
`, 1],
  ['an FAQ about working here', `# Working at Acme: FAQ

## Do you hire remotely?

Yes, most of our roles are remote within Europe.

## What do you pay?

Our salary bands run from €50,000 to €120,000 depending on the level.

## How do I apply?

Send your CV to jobs@acme.example.
`, 1],
  ['a page of benefits headings', `# Life at Acme

## Remote work

Work fully remote from anywhere in Europe, full-time or part-time.

## Learning budget

Every year €1,500 for books, courses and conferences, for full-time and part-time staff alike.

## Flexible hours

Full-time or part-time, 32 to 40 hours a week, as you choose.
`, 1],
  ['one posting and its translation', `# Tidewater

## English

**Requirements**

- 4+ years with Go. Full-time in Rotterdam, €70,000 a year. Apply at jobs@tidewater.example.

## Deutsch

**Anforderungen**

- Mindestens 4 Jahre Erfahrung mit Go. Vollzeit in Rotterdam, 70.000 € im Jahr. Bewerbung an jobs@tidewater.example.
`, 1],
];

describe('blocks that each say what a posting says split a page (src/split/evidence-blocks.ts)', () => {
  it.each(SPLIT)('%s', async (_name, page, count, titles) => {
    const { records } = await normalized(page);
    expect(records.length).toBe(count);
    expect(records.map((record) => record.source.index)).toEqual([...Array(count).keys()]);
    // A rule chunk's first line of its own is its title, as a heading is ("Team Alpha").
    expect(records.map((record) => record.title)).toEqual(titles);
  });

  it.each(SPLIT)('no layout rule and no role-like heads cut %s: the evidence does', (_name, page) => {
    const body = cleanBody(page, 1, 'markdown').lines;
    const tree = parseLines(body);
    expect(textSegments(tree, body)).toBeUndefined();
    expect(roleHeadSegments(tree, body)).toBeUndefined();
  });
});

describe('a page whose blocks are one posting, or no posting, stays whole', () => {
  it.each(WHOLE)('%s', async (_name, page, count) => {
    const { records } = await normalized(page);
    expect(records.length).toBe(count);
  });
});
