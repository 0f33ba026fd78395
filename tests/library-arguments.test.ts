/**
 * The library's answer to an argument of the wrong kind (callers from
 * JavaScript are not type-checked): a TypeError that says what it takes,
 * never an internal error from deep inside.
 */
import { describe, expect, it } from 'vitest';
import { emitRecords, findDuplicates, normalizeText, outputFormats, repairText, toJobPosting } from '../src/index.js';

const record = normalizeText('# Cook\n\nCook at Joe. Full-time.\n').record!;

describe('library arguments', () => {
  it.each([
    ['xml', 'unknown output format "xml": use one of json, ndjson, yaml, jsonld, csv'],
    ['groups', 'unknown output format "groups": use one of json, ndjson, yaml, jsonld, csv'],
    ['toString', 'unknown output format "toString": use one of json, ndjson, yaml, jsonld, csv'],
    [undefined, 'unknown output format undefined: use one of json, ndjson, yaml, jsonld, csv'],
  ])('emitRecords with the format %j throws a TypeError naming the formats', (format, text) => {
    expect(() => emitRecords([record], format as never)).toThrow(TypeError);
    expect(() => emitRecords([record], format as never)).toThrow(text);
  });

  it('emitRecords takes every format', () => {
    for (const format of outputFormats) expect(emitRecords([record], format)).toContain('Cook');
  });

  it.each([
    [null, 'normalizeText takes a string or a Uint8Array, not null'],
    [undefined, 'normalizeText takes a string or a Uint8Array, not undefined'],
    [42, 'normalizeText takes a string or a Uint8Array, not number'],
    [{ text: 'x' }, 'normalizeText takes a string or a Uint8Array, not object'],
  ])('normalizeText(%j) throws a TypeError saying what it takes', (input, text) => {
    expect(() => normalizeText(input as never)).toThrow(TypeError);
    expect(() => normalizeText(input as never)).toThrow(text);
  });

  it.each([
    ['repairText(null)', () => repairText(null as never), 'repairText takes a string, not null'],
    ['repairText(42)', () => repairText(42 as never), 'repairText takes a string, not number'],
    ['findDuplicates(null)', () => findDuplicates(null as never), 'findDuplicates takes an array of records, not null'],
    ['findDuplicates(a record)', () => findDuplicates(record as never), 'findDuplicates takes an array of records, not object'],
    ['toJobPosting(null)', () => toJobPosting(null as never), 'toJobPosting takes a record, not null'],
    ['toJobPosting([a record])', () => toJobPosting([record] as never), 'toJobPosting takes a record, not an array'],
    ['emitRecords(null, json)', () => emitRecords(null as never, 'json'), 'emitRecords takes an array of records, not null'],
    ['emitRecords(a record, json)', () => emitRecords(record as never, 'json'), 'emitRecords takes an array of records, not object'],
  ])('%s throws a TypeError saying what it takes', (_name, call, text) => {
    expect(call).toThrow(TypeError);
    expect(call).toThrow(text);
  });

  it('normalizeText takes bytes as well as text', () => {
    expect(normalizeText(new TextEncoder().encode('# Cook\n\nCook at Joe. Full-time.\n')).record?.title).toBe('Cook');
  });
});
