/**
 * Emphasis marks at a word's edges ("_x_", "__x__", "*x*", "**x**", an HTML
 * <em> or <strong> made Markdown) are no letters of a word (a Markdown fact):
 * every family that reads plain lines finds a whole-word phrase inside them.
 * Identifiers (snake_case, __init__.py, an address, a URL, a code span) keep
 * their underscores. Read through the library as a user would, and the
 * reading form itself (plainLine), held to its every-pass version on
 * generated Markdown.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normalizeText } from '../src/index.js';
import { plainLine, plainLineEveryPass } from '../src/extract/plain-line.js';
import { propertyRuns } from './property-runs.js';

const record = (line: string) => normalizeText(`# Backend Developer\n\n${line}\n`, { path: 'posting.md' }).record!;

describe('emphasis marks in the plain reading', () => {
  it.each([
    ['_zdalna praca jest wykluczona_, umowa', 'zdalna praca jest wykluczona, umowa'],
    ['__Part-time__ role', 'Part-time role'],
    ['*full-time* and **remote**', 'full-time and remote'],
    ['(_full time_)', '(full time)'],
    ['__Salary:__ 50k', 'Salary: 50k'],
    // Identifiers keep their underscores.
    ['use snake_case here', 'use snake_case here'],
    ['write to first_last@acme.com', 'write to first_last@acme.com'],
    ['see https://acme.com/_jobs_/back_end_', 'see https://acme.com/_jobs_/back_end_'],
    ['edit __init__.py or call __init__()', 'edit __init__.py or call __init__()'],
    ['the `__init__` method', 'the __init__ method'],
    ['foo__bar', 'foo__bar'],
    ['2 * 3 * 4', '2 * 3 * 4'],
  ])('%j reads %j', (markdown, plain) => {
    expect(plainLine(markdown)).toBe(plain);
  });
});

describe('employment type inside emphasis', () => {
  it.each([
    ['We offer a _full-time_ position.', ['FULL_TIME']],
    ['Das ist eine _Teilzeitstelle_ in Berlin.', ['PART_TIME']],
    ['Contrato _tiempo completo_ en Madrid.', ['FULL_TIME']],
    ['Poste en _CDI_ à Lyon.', ['FULL_TIME']],
    ['Praca _na pełen etat_.', ['FULL_TIME']],
    ['Umowa _B2B_.', ['CONTRACTOR']],
    ['We write snake_full_time_case code.', []], // an underscore inside a word stays a letter
  ])('%j -> %j', (line, expected) => {
    expect(record(line).employmentType).toEqual(expected);
  });
});

describe('salary inside emphasis', () => {
  it.each([
    ['Gehalt: _60.000 - 70.000 EUR brutto_ pro Jahr', { min: 60000, max: 70000, currency: 'EUR' }],
    ['Wynagrodzenie: _15 000 - 20 000 PLN_ brutto', { min: 15000, max: 20000, currency: 'PLN' }],
  ])('%j -> %j', (line, expected) => {
    expect(record(line).salary[0]).toMatchObject(expected);
  });
});

describe('experience years inside emphasis', () => {
  it.each([
    ['Experience: _3+ years_', 3],
    ['Expérience : _3 ans minimum_', 3],
    ['_Senior_ engineer wanted with _4 years_ of experience', 4],
  ])('%j -> %j', (line, min) => {
    expect(record(line).experienceYears).toMatchObject({ min });
  });
});

describe('plainLine against its every-pass version', () => {
  const PIECES = ['_', '__', '*', '**', '`', '\\', '](', '[', ')', '![', '#', '## ', '- ', '1. ', ' ', '  ', '\t', 'x', 'Remote', 'snake_case', '@', '.', ',', '(', '"', 'é', 'の'];
  const markdown = fc.array(fc.oneof({ weight: 5, arbitrary: fc.constantFrom(...PIECES) }, { weight: 1, arbitrary: fc.string({ maxLength: 4 }) }), { maxLength: 14 }).map((pieces) => pieces.join(''));
  it('gives the same reading on generated lines', () => {
    fc.assert(fc.property(markdown, (text) => {
      expect(plainLine(text)).toBe(plainLineEveryPass(text));
    }), { numRuns: propertyRuns(500) });
  });
});
