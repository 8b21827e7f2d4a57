import { describe, expect, it } from 'vitest';
import { CSV_BOM, csvField, toCsv } from '../../../src/lib/open-data/csv.ts';
import { parseCsv } from '../../helpers/csv.ts';
import { jsonPaths } from '../../../src/lib/open-data/fields.ts';

describe('CSV (RFC 4180)', () => {
  it('leaves plain fields bare and writes missing values as empty', () => {
    expect(csvField('views')).toBe('views');
    expect(csvField(230000000)).toBe('230000000');
    expect(csvField(undefined)).toBe('');
    expect(csvField(null)).toBe('');
  });
  it('quotes fields with commas, quotes or line breaks, doubling inner quotes', () => {
    expect(csvField('Caples Awards, 2020')).toBe('"Caples Awards, 2020"');
    expect(csvField('the "real" one')).toBe('"the ""real"" one"');
    expect(csvField('two\nlines')).toBe('"two\nlines"');
    expect(csvField('cr\rhere')).toBe('"cr\rhere"');
  });
  it('ends every line, the last too, with CRLF', () => {
    expect(toCsv(['a', 'b'], [[1, 'x,y']])).toBe('\uFEFFa,b\r\n1,"x,y"\r\n');
  });
  it('starts the file with a UTF-8 byte-order mark, so Excel reads it as UTF-8', () => {
    expect(CSV_BOM).toBe('\uFEFF');
    expect(new TextEncoder().encode(toCsv(['Ghen Cô Vy'], [])).slice(0, 3)).toEqual(new Uint8Array([0xef, 0xbb, 0xbf]));
  });
});

describe('parseCsv (the tests’ reader)', () => {
  it('skips the byte-order mark our files start with, and only there', () => {
    expect(parseCsv(toCsv(['a', 'b'], [['Марафон', 'Cô']]))).toEqual([
      ['a', 'b'],
      ['Марафон', 'Cô'],
    ]);
    expect(parseCsv('a\r\n\uFEFFb\r\n')).toEqual([['a'], ['\uFEFFb']]);
  });
});

describe('jsonPaths', () => {
  it('lists nested fields once, with [] for arrays', () => {
    const value = {
      a: 1,
      list: [
        { b: 2, tags: ['x'] },
        { b: 3, c: null },
      ],
      empty: [],
    };
    expect(jsonPaths(value).sort()).toEqual(['a', 'empty', 'list', 'list[].b', 'list[].c', 'list[].tags'].sort());
  });
});
