/**
 * The library's answer to an argument of the wrong kind (callers from
 * JavaScript are not type-checked): a TypeError that says what it takes,
 * never an internal error from deep inside.
 */
import { describe, expect, it } from 'vitest';
import { emitRecords, normalizeText, outputFormats } from '../src/index.js';

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

  it('normalizeText takes bytes as well as text', () => {
    expect(normalizeText(new TextEncoder().encode('# Cook\n\nCook at Joe. Full-time.\n')).record?.title).toBe('Cook');
  });
});
