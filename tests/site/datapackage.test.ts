/**
 * /data/datapackage.json against the built files it describes: a small validator of the parts
 * of the Frictionless specs (Data Package, Data Resource, Table Schema, CSV Dialect) that the
 * package uses, written here rather than brought in, since the JavaScript implementations are
 * large and unmaintained. Every resource must exist, every CSV's header must be its schema's
 * fields in order, every value must parse as its field's type and meet its constraints, and
 * keys must hold across the files.
 */
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { fileFor, readPage, requireBuild } from '../helpers/dist.ts';
import { parseCsv } from '../helpers/csv.ts';
import { paths } from '../../src/lib/site/paths.ts';
import { SITE } from '../../src/site.config.ts';
import { OPEN_DATA_FIELDS, columnDoc } from '../../src/lib/open-data/fields.ts';

interface Field {
  name: string;
  type: string;
  description?: string;
  format?: string;
  trueValues?: string[];
  falseValues?: string[];
  constraints?: { pattern?: string; required?: boolean };
}
interface Schema {
  fields: Field[];
  missingValues?: string[];
  primaryKey?: string[];
  foreignKeys?: { fields: string[]; reference: { resource: string; fields: string[] } }[];
}
interface Licence {
  name: string;
  path: string;
  title?: string;
}
interface Resource {
  name: string;
  path: string;
  profile?: string;
  format?: string;
  mediatype?: string;
  encoding?: string;
  description?: string;
  licenses?: Licence[];
  dialect?: { delimiter?: string; lineTerminator?: string; quoteChar?: string; doubleQuote?: boolean; header?: boolean };
  schema?: Schema;
}
interface Package {
  profile: string;
  name: string;
  id?: string;
  title?: string;
  homepage?: string;
  licenses: Licence[];
  resources: Resource[];
}

const read = (path: string) => {
  requireBuild();
  return readFileSync(fileFor(path), 'utf8');
};
const pkg = () => JSON.parse(read(paths.dataPackage)) as Package;
/** A resource's file in the build: its path is relative to the package's folder. */
const resourcePath = (resource: Resource) => `${paths.data}${resource.path}`;

const NAME = /^[a-z0-9._/-]+$/;
const TYPES = ['string', 'number', 'integer', 'boolean', 'date', 'time', 'datetime', 'year', 'yearmonth', 'object', 'array', 'any'];

/** The problems of a descriptor as the specs define it: required properties, names, profiles and schemas. */
function descriptorProblems(descriptor: Package): string[] {
  const problems: string[] = [];
  if (!NAME.test(descriptor.name)) problems.push(`package name "${descriptor.name}" is not lower case, digits and . _ - /`);
  if (!['data-package', 'tabular-data-package'].includes(descriptor.profile)) problems.push(`package profile "${descriptor.profile}"`);
  if (!descriptor.resources.length) problems.push('no resources');
  const names = descriptor.resources.map((r) => r.name);
  if (new Set(names).size !== names.length) problems.push(`resource names repeat: ${names.join(', ')}`);
  for (const r of descriptor.resources) {
    const at = `resource ${r.name}`;
    if (!NAME.test(r.name)) problems.push(`${at}: name is not lower case, digits and . _ - /`);
    // A path is a POSIX path relative to the descriptor, never absolute, never climbing out of it.
    if (!r.path || r.path.startsWith('/') || r.path.split('/').includes('..'))
      problems.push(`${at}: path "${r.path}" is not a safe relative path`);
    if (descriptor.profile === 'tabular-data-package' && r.profile !== 'tabular-data-resource')
      problems.push(`${at}: a tabular-data-package may hold only tabular resources`);
    if (r.profile === 'tabular-data-resource') {
      if (!r.schema?.fields.length) problems.push(`${at}: a tabular resource needs a schema with fields`);
      for (const f of r.schema?.fields ?? []) if (!TYPES.includes(f.type)) problems.push(`${at}: field ${f.name} has type "${f.type}"`);
      const fields = new Set(r.schema?.fields.map((f) => f.name));
      for (const key of [...(r.schema?.primaryKey ?? []), ...(r.schema?.foreignKeys ?? []).flatMap((k) => k.fields)])
        if (!fields.has(key)) problems.push(`${at}: key ${key} is no field`);
      for (const key of r.schema?.foreignKeys ?? [])
        if (!names.includes(key.reference.resource)) problems.push(`${at}: foreign key to unknown resource ${key.reference.resource}`);
    }
  }
  return problems;
}

/** Why a CSV cell does not parse as its field says, or undefined when it does. A missing value is null and always parses. */
function cellProblem(value: string, field: Field, missing: readonly string[]): string | undefined {
  if (missing.includes(value)) return field.constraints?.required ? 'is missing' : undefined;
  const pattern = field.constraints?.pattern;
  if (pattern && !new RegExp(`^(?:${pattern})$`).test(value)) return `does not match ${pattern}`;
  switch (field.type) {
    case 'integer':
      return /^-?\d+$/.test(value) ? undefined : 'is not an integer';
    case 'number':
      return /^-?\d+(\.\d+)?([eE][-+]?\d+)?$/.test(value) ? undefined : 'is not a number';
    case 'boolean':
      return [...(field.trueValues ?? ['true']), ...(field.falseValues ?? ['false'])].includes(value) ? undefined : 'is not true or false';
    case 'date': {
      const date = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
      return date && new Date(`${value}T00:00:00Z`).toISOString().startsWith(value) ? undefined : 'is not a YYYY-MM-DD date';
    }
    case 'string':
      if (field.format === 'uri') return URL.canParse(value) && /^https?:\/\//.test(value) ? undefined : 'is not a web address';
      return undefined;
    default:
      return `has type ${field.type}, which this validator does not read`;
  }
}

/** Every cell of a CSV resource that does not parse as its schema says, as "file, row, column: value problem". */
function tableProblems(resource: Resource, rows: string[][]): string[] {
  const schema = resource.schema!;
  const missing = schema.missingValues ?? [''];
  return rows.flatMap((row, i) =>
    schema.fields.flatMap((field, j) => {
      const problem = cellProblem(row[j]!, field, missing);
      return problem ? [`${resource.path}, row ${i + 2}, ${field.name}: ${JSON.stringify(row[j])} ${problem}`] : [];
    }),
  );
}

describe('the validator', () => {
  const field = (type: string, extra: Partial<Field> = {}): Field => ({ name: 'x', type, ...extra });
  it('refuses what its types refuse and takes what they take', () => {
    expect(cellProblem('12', field('integer'), [''])).toBeUndefined();
    expect(cellProblem('1.5', field('integer'), [''])).toBe('is not an integer');
    expect(cellProblem('1e6', field('number'), [''])).toBeUndefined();
    expect(cellProblem('12,000', field('number'), [''])).toBe('is not a number');
    expect(cellProblem('TRUE', field('boolean', { trueValues: ['true'], falseValues: ['false'] }), [''])).toBe('is not true or false');
    expect(cellProblem('2026-02-30', field('date'), [''])).toBe('is not a YYYY-MM-DD date');
    expect(cellProblem('2026-02', field('string', { constraints: { pattern: '[0-9]{4}(-[0-9]{2})?' } }), [''])).toBeUndefined();
    expect(cellProblem('Feb 2026', field('string', { constraints: { pattern: '[0-9]{4}(-[0-9]{2})?' } }), [''])).toMatch(/does not match/);
    expect(cellProblem('javascript:alert(1)', field('string', { format: 'uri' }), [''])).toBe('is not a web address');
    expect(cellProblem('', field('integer'), [''])).toBeUndefined();
  });
  it('refuses a descriptor that breaks the specs', () => {
    const bad: Package = {
      profile: 'tabular-data-package',
      name: 'Causeway',
      licenses: [],
      resources: [
        { name: 'a', path: '../a.json', profile: 'data-resource' },
        {
          name: 'a',
          path: 'b.csv',
          profile: 'tabular-data-resource',
          schema: { fields: [{ name: 'x', type: 'text' }], primaryKey: ['y'] },
        },
      ],
    };
    expect(descriptorProblems(bad)).toEqual([
      'package name "Causeway" is not lower case, digits and . _ - /',
      'resource names repeat: a, a',
      'resource a: path "../a.json" is not a safe relative path',
      'resource a: a tabular-data-package may hold only tabular resources',
      'resource a: field x has type "text"',
      'resource a: key y is no field',
    ]);
  });
});

describe('/data/datapackage.json', () => {
  it('is a valid Data Package: a data-package whose CSV files are tabular-data-resources', () => {
    const descriptor = pkg();
    expect(descriptorProblems(descriptor)).toEqual([]);
    expect(descriptor.profile).toBe('data-package');
    expect(descriptor.id).toBe(`${SITE.url}${paths.dataPackage}`);
    const csv = descriptor.resources.filter((r) => r.format === 'csv');
    expect(csv.map((r) => r.path).sort()).toEqual(['campaigns.csv', 'case-studies.csv', 'claims.csv']);
    for (const r of csv) expect([r.profile, r.mediatype, r.dialect?.header], r.name).toEqual(['tabular-data-resource', 'text/csv', true]);
  });

  it('describes every open-data file /data/ offers, and each path exists in the build', () => {
    const described = pkg().resources.map((r) => resourcePath(r));
    const offered = readPage(paths.data)
      .querySelectorAll('main a')
      .map((a) => a.getAttribute('href') ?? '')
      .filter((href) => href.startsWith(paths.data) && /\.(json|jsonl|csv)$/.test(href) && href !== paths.dataPackage);
    expect(described.sort()).toEqual([...new Set(offered)].sort());
    for (const path of described) expect(existsSync(fileFor(path)), path).toBe(true);
  });

  it('gives the package and every resource the licence of site.config.ts', () => {
    const licence = [{ name: SITE.contentLicence.id, title: SITE.contentLicence.title, path: SITE.contentLicence.url }];
    const descriptor = pkg();
    expect(descriptor.licenses).toEqual(licence);
    for (const r of descriptor.resources) expect(r.licenses, r.name).toEqual(licence);
  });

  it('gives each file the format, media type and encoding it is served with, and each JSON file parses', () => {
    for (const r of pkg().resources) {
      const text = read(resourcePath(r));
      expect(r.encoding, r.name).toBe('utf-8');
      expect(r.description?.length, r.name).toBeGreaterThan(20);
      if (r.format === 'json') JSON.parse(text);
      if (r.format === 'jsonl') for (const line of text.trimEnd().split('\n')) JSON.parse(line);
      expect(r.path.endsWith(`.${r.format}`), r.name).toBe(true);
    }
  });

  describe.each(['case-studies.csv', 'campaigns.csv', 'claims.csv'])('%s', (file) => {
    const resource = () => pkg().resources.find((r) => r.path === file)!;
    const table = () => parseCsv(read(resourcePath(resource())));

    it('has a header that is its schema’s fields, in order', () => {
      const [header] = table();
      expect(header).toEqual(resource().schema!.fields.map((f) => f.name));
    });

    it('has rows whose values all parse as their fields’ types and meet their constraints', () => {
      const [, ...rows] = table();
      expect(rows.length).toBeGreaterThan(0);
      for (const row of rows) expect(row).toHaveLength(resource().schema!.fields.length);
      expect(tableProblems(resource(), rows)).toEqual([]);
    });

    it('types and describes each field as the column docs of /data/ do', () => {
      const docs = {
        'case-studies.csv': OPEN_DATA_FIELDS.caseStudies,
        'campaigns.csv': OPEN_DATA_FIELDS.csv,
        'claims.csv': OPEN_DATA_FIELDS.claims,
      }[file]!;
      for (const field of resource().schema!.fields) {
        const doc = columnDoc(docs[field.name as keyof typeof docs]);
        expect(field.description, field.name).toBe(doc.meaning);
        expect(field.type, field.name).toBe({ 'partial-date': 'string', uri: 'string' }[doc.type as string] ?? doc.type);
      }
    });

    it('holds its keys: a primary key is unique, and every case study it names is a row of case-studies.csv', () => {
      const { primaryKey = [], foreignKeys = [] } = resource().schema!;
      const [header = [], ...rows] = table();
      for (const key of primaryKey) {
        const values = rows.map((row) => row[header.indexOf(key)]);
        expect(new Set(values).size, key).toBe(values.length);
      }
      for (const key of foreignKeys) {
        const target = pkg().resources.find((r) => r.name === key.reference.resource)!;
        const [targetHeader = [], ...targetRows] = parseCsv(read(resourcePath(target)));
        const known = new Set(targetRows.map((row) => row[targetHeader.indexOf(key.reference.fields[0]!)]));
        const dangling = rows.map((row) => row[header.indexOf(key.fields[0]!)]).filter((value) => !known.has(value));
        expect(dangling, `${file} ${key.fields[0]}`).toEqual([]);
      }
      if (file !== 'case-studies.csv') expect(foreignKeys.length).toBe(1);
      else expect(primaryKey).toEqual(['slug']);
    });
  });
});
