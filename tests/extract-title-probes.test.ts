/**
 * Titles from consistency probes (issue #13, session 25): one title stated in
 * many page shapes (front matter, a heading, a bold or plain line, an HTML
 * page's <title> or og:title) and languages, where the tool read it in one
 * and misread it in another. Each row is a language's wording or a page's
 * shape, with a row beside it that must not change. Read through the library
 * as a user would.
 */
import { describe, expect, it } from 'vitest';
import { normalizeText } from '../src/index.js';

const BODY = '\n\nAcme builds software for warehouses. Send your CV to jobs@acme.example.\n';
const title = (text: string, path = 'posting.md'): string | null => normalizeText(text, { path }).record?.title ?? null;
const page = (head: string, body = '<p>Acme builds software for warehouses.</p>') =>
  `<!doctype html><html><head>${head}</head><body><main>${body}</main></body></html>`;

describe('labels before a colon that name the post, not the job', () => {
  it.each([
    // A board's or a page's label before the colon, per language (tables/titles.ts titlePrefixWords).
    ['en "Jobs:" in a page title', page('<title>Jobs: Backend Engineer</title>'), 'posting.html', 'Backend Engineer'],
    ['de "Wir suchen:" on a heading', `# Wir suchen: Backend-Entwickler (m/w/d)${BODY}`, 'posting.md', 'Backend-Entwickler'],
    ['pt "Estamos contratando:"', `# Estamos contratando: Desenvolvedor Backend${BODY}`, 'posting.md', 'Desenvolvedor Backend'],
    ['pt "Oportunidade:"', `---\ntitle: "Oportunidade: Desenvolvedor Backend"\n---${BODY}`, 'posting.md', 'Desenvolvedor Backend'],
    ['it "Offerta di lavoro:"', `# Offerta di lavoro: Sviluppatore Backend${BODY}`, 'posting.md', 'Sviluppatore Backend'],
    ['it "Posizione aperta:"', page('<meta property="og:title" content="Posizione aperta: Sviluppatore Backend">'), 'posting.html', 'Sviluppatore Backend'],
    ['sv "Ledig tjänst:"', `**Ledig tjänst: Backendutvecklare**${BODY}`, 'posting.md', 'Backendutvecklare'],
    ['no "Ledig stilling:"', `# Ledig stilling: Backendutvikler${BODY}`, 'posting.md', 'Backendutvikler'],
    ['pl "Praca:"', `# Praca: Programista Backend${BODY}`, 'posting.md', 'Programista Backend'],
    ['pl "Rekrutacja:"', `# Rekrutacja: Programista Backend${BODY}`, 'posting.md', 'Programista Backend'],
    // Must not: such a word that is part of the title, with no colon after it, stays.
    ['must not: "Jobs Coordinator" keeps its first word', `# Jobs Coordinator${BODY}`, 'posting.md', 'Jobs Coordinator'],
    // A hyphen joined to the next word joins a compound: no separator.
    ['must not: "Jobs-to-be-done Researcher" stays whole', `# Jobs-to-be-done Researcher${BODY}`, 'posting.md', 'Jobs-to-be-done Researcher'],
    ['must not: "Job-Sharing Koordinator" stays whole', `# Job-Sharing Koordinator${BODY}`, 'posting.md', 'Job-Sharing Koordinator'],
    ['"Job - X" with spaces is a label', `# Job - Backend Engineer${BODY}`, 'posting.md', 'Backend Engineer'],
  ])('%s', (_name, input, path, expected) => {
    expect(title(input, path)).toBe(expected);
  });
});
