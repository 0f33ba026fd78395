/**
 * A careers page that says whom it hires ("We are looking for an Art
 * Director") names that role, whatever title extraction chose (a front-matter
 * title "Acme - Careers" gives the company): it keeps its record. A careers
 * page whose hiring line names no job title ("curious people") is still none.
 */
import { describe, expect, it } from 'vitest';
import { postingKindOf } from './extract-direct.js';

describe('a careers page that says whom it hires', () => {
  it.each([
    ['en, front-matter title "X - Careers"', '---\ntitle: Nordlicht - Careers\n---\n\nWe are looking for an Art Director to join us in Hamburg.\n'],
    ['en, the hiring line in the front matter', '---\ntitle: Hiring\ndescription: We are recruiting postdoctoral researchers in soil hydrology.\n---\n\nWe are a small lab by the river.\n'],
    ['de', '---\ntitle: Nordwerk - Karriere\n---\n\nWir suchen einen Softwareentwickler für unser Team in Köln.\n'],
    ['fr', '---\ntitle: Atelier Lune - Carrières\n---\n\nNous recherchons un développeur web pour rejoindre notre équipe.\n'],
  ])('%s: keeps its record', (_case, text) => {
    expect(postingKindOf(text)).toEqual({ records: 1, reason: undefined });
  });

  it.each([
    ['en', '---\ntitle: Careers\n---\n\nWe are looking for curious people who love hard problems.\n'],
    ['en, standing invitation', '# Careers\n\nWe are always looking for talented people. Write to us.\n'],
  ])('%s: a hiring line that names no job title leaves the page none', (_case, text) => {
    const { records, reason } = postingKindOf(text);
    expect(records).toBe(0);
    expect(reason).toMatch(/^not a posting \(careers-index\)/);
  });
});
