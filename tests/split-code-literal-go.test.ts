/**
 * A Go slice of structs that holds jobs (src/split/code-literal.ts): `var Openings = []JobOpening{{Name: "…"}, …}`
 * gives a posting each, read as data (keys Name, Url, Location, Type, Description), its element types blanked
 * (`&Job{…}`); a slice of other structs (routes, perks) stays the file's text, and the lines keep their numbers.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseNdjson, runCli } from './helpers.js';

async function recordsOf(name: string, text: string): Promise<Array<Record<string, any>>> {
  const dir = mkdtempSync(path.join(tmpdir(), 'postings-go-'));
  writeFileSync(path.join(dir, name), text);
  return parseNdjson((await runCli(['normalize', path.join(dir, name), '--format', 'ndjson'])).stdout);
}

const opening = (title: string, type = '') => `\t${type}{\n\t\tName:        "${title}",\n\t\tUrl:         "https://acme.example/jobs/${title.toLowerCase().replace(/\s+/g, '-')}",\n\t\tLocation:    "Athens, Greece",\n\t\tType:        "Full-time",\n\t\tDescription: "We're looking for engineers who love distributed systems.",\n\t},`;

describe("a Go slice of structs that holds jobs", () => {
  it('gives a posting each, with its keys as data', async () => {
    const text = `package main\n\nvar Openings = []JobOpening{\n${['Senior Software Engineer', 'DevOps Engineer', 'Auditor'].map((title) => opening(title)).join('\n')}\n}\n`;
    const records = await recordsOf('openings.go', text);
    expect(records.map((record) => record.title)).toEqual(['Senior Software Engineer', 'DevOps Engineer', 'Auditor']);
    expect(records.map((record) => record.employmentType)).toEqual([['FULL_TIME'], ['FULL_TIME'], ['FULL_TIME']]);
    expect(records.map((record) => record.evidence.title.rule)).toEqual(['data.title', 'data.title', 'data.title']);
    // The lines keep their numbers: each title's evidence is its Name line.
    expect(records.map((record) => record.evidence.title.line)).toEqual([5, 12, 19]);
  });

  it('typed elements (`&Job{…}`) too', async () => {
    const text = `package jobs\n\nvar Jobs = []*Job{\n${['Backend Engineer', 'Data Engineer'].map((title) => opening(title, '&Job')).join('\n')}\n}\n`;
    expect((await recordsOf('jobs.go', text)).map((record) => record.title)).toEqual(['Backend Engineer', 'Data Engineer']);
  });

  it.each([
    ['routes', 'package main\n\nvar routes = []Route{\n\t{Path: "/", Name: "index", Handler: "home"},\n\t{Path: "/about", Name: "about", Handler: "about"},\n}\n'],
    ['perks', 'package site\n\nvar Perks = []Perk{\n\t{Title: "Remote first", Description: "Work from anywhere.", Icon: "globe"},\n\t{Title: "Learning budget", Description: "1,000 € a year.", Icon: "book"},\n}\n'],
  ])('no postings: a slice of %s', async (_case, text) => {
    expect((await recordsOf('site.go', text)).length).toBeLessThanOrEqual(1);
  });
});
