/** The Data Package's Table Schema fields (src/lib/open-data/package.ts), from the column docs of /data/. */
import { describe, expect, it } from 'vitest';
import { PARTIAL_DATE_PATTERN, dataPackage, resourceName, tableField } from '../../../src/lib/open-data/package.ts';
import { CASE_STUDY_COLUMNS } from '../../../src/lib/open-data/records.ts';

describe('tableField', () => {
  it('keeps a plain column a string, and turns each documented type into its Table Schema type', () => {
    expect(tableField('slug', 'Identifier.')).toEqual({ name: 'slug', type: 'string', description: 'Identifier.' });
    expect(tableField('year', ['integer', 'Year.'])).toEqual({ name: 'year', type: 'integer', description: 'Year.' });
    expect(tableField('url', ['uri', 'Address.'])).toEqual({ name: 'url', type: 'string', format: 'uri', description: 'Address.' });
    expect(tableField('flag', ['boolean', 'Flag.'])).toMatchObject({ type: 'boolean', trueValues: ['true'], falseValues: ['false'] });
  });
  it('writes a date as precise as its source as a string whose pattern takes YYYY, YYYY-MM and YYYY-MM-DD only', () => {
    const field = tableField('launched', ['partial-date', 'Launch.']);
    expect(field).toMatchObject({ type: 'string', constraints: { pattern: PARTIAL_DATE_PATTERN } });
    const matches = (value: string) => new RegExp(`^(?:${PARTIAL_DATE_PATTERN})$`).test(value);
    expect(['2020', '2020-03', '2020-03-12'].every(matches)).toBe(true);
    expect(['20', '2020-3', '2020-03-12T00:00', 'March 2020'].some(matches)).toBe(false);
  });
});

describe('dataPackage', () => {
  const pkg = dataPackage(new URL('https://causeway.example.org/'), (path) => `About ${path}.`);
  it('names each resource after its file, with a path relative to /data/', () => {
    expect(resourceName('/data/case-studies.csv')).toBe('case-studies-csv');
    expect(pkg.resources.map((r) => r.path)).toContain('case-studies.csv');
    expect(pkg.resources.every((r) => !r.path.startsWith('/'))).toBe(true);
  });
  it('gives each CSV its columns in the file’s order, and joins the others to case-studies.csv by slug', () => {
    type Table = { schema?: { fields: { name: string }[]; foreignKeys?: unknown } };
    const schema = (path: string) => (pkg.resources.find((r) => r.path === path) as Table | undefined)?.schema;
    expect(schema('case-studies.csv')?.fields.map((f) => f.name)).toEqual([...CASE_STUDY_COLUMNS]);
    expect(schema('campaigns.csv')?.foreignKeys).toEqual([
      { fields: ['campaign'], reference: { resource: 'case-studies-csv', fields: ['slug'] } },
    ]);
  });
  it('takes each description from the caller, which has the words of /data/', () => {
    expect(pkg.resources.find((r) => r.path === 'claims.csv')?.description).toBe('About /data/claims.csv.');
  });
});
