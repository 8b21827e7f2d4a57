/**
 * /data/datapackage.json: a Frictionless Data Package (https://specs.frictionlessdata.io/) that
 * describes every open-data file, with a Table Schema for each CSV built from the same column
 * docs /data/ shows (fields.ts) and in the files' own column order (records.ts), so the package,
 * the page and the files cannot disagree. The package's profile is `data-package`, not
 * `tabular-data-package`, because the JSON files are not tables; each CSV is a
 * `tabular-data-resource`.
 */
import { SITE } from '../../site.config.ts';
import { paths } from '../site/paths.ts';
import { OPEN_DATA_FIELDS, columnDoc, type ColumnDoc } from './fields.ts';
import { CASE_STUDY_COLUMNS, CLAIM_COLUMNS, CSV_COLUMNS, OPEN_DATA_COLLECTIONS, licenceRecord } from './records.ts';

/** A field of a Table Schema: https://specs.frictionlessdata.io/table-schema/ */
export interface TableField {
  name: string;
  type: 'string' | 'number' | 'integer' | 'boolean' | 'date';
  description: string;
  format?: 'uri';
  trueValues?: string[];
  falseValues?: string[];
  constraints?: { pattern: string };
}

/** A date as precise as its source: YYYY-MM-DD, YYYY-MM or YYYY (src/schemas/dates.ts), which no Table Schema type is. */
export const PARTIAL_DATE_PATTERN = '[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?';

export function tableField(name: string, doc: ColumnDoc): TableField {
  const { type, meaning: description } = columnDoc(doc);
  switch (type) {
    case 'partial-date':
      return { name, type: 'string', description, constraints: { pattern: PARTIAL_DATE_PATTERN } };
    case 'uri':
      return { name, type: 'string', format: 'uri', description };
    case 'boolean':
      return { name, type, description, trueValues: ['true'], falseValues: ['false'] };
    default:
      return { name, type, description };
  }
}

/** A CSV file of the open data: its columns in file order, their docs, and how it joins the others. */
interface TableFile {
  path: string;
  columns: readonly string[];
  docs: Record<string, ColumnDoc>;
  primaryKey?: string;
  /** The column that holds a case study's slug, the key of case-studies.csv. */
  caseStudy?: string;
}

const TABLES: TableFile[] = [
  { path: paths.dataCaseStudies, columns: CASE_STUDY_COLUMNS, docs: OPEN_DATA_FIELDS.caseStudies, primaryKey: 'slug' },
  { path: paths.dataCsv, columns: CSV_COLUMNS, docs: OPEN_DATA_FIELDS.csv, caseStudy: 'campaign' },
  { path: paths.dataClaims, columns: CLAIM_COLUMNS, docs: OPEN_DATA_FIELDS.claims, caseStudy: 'campaign' },
];

/** The JSON files: campaigns.json, its JSON Lines twin and one file per collection. */
const JSON_FILES = [paths.dataJson, paths.dataJsonl, ...OPEN_DATA_COLLECTIONS.map(paths.dataCollection)];

/** A resource's path as the package gives it: relative to /data/, where datapackage.json is. */
const relative = (path: string) => path.slice(paths.data.length);
/** A resource's name: its file name, with the dot a hyphen (`campaigns.csv` → `campaigns-csv`). */
export const resourceName = (path: string) => relative(path).replaceAll('.', '-');

const licenses = () => {
  const { id, title, url } = licenceRecord();
  return [{ name: id, title, path: url }];
};

/** How the CSV files are written (csv.ts): RFC 4180, CRLF line ends, UTF-8 with a byte-order mark. */
const DIALECT = { delimiter: ',', lineTerminator: '\r\n', quoteChar: '"', doubleQuote: true, header: true };

/**
 * The whole package. `describe` gives each file's description by its address (the notes /data/
 * shows beside each download, from the interface strings, which this module cannot import).
 */
export function dataPackage(site: URL, describe: (path: string) => string) {
  const resource = (path: string, format: 'csv' | 'json' | 'jsonl') => ({
    name: resourceName(path),
    path: relative(path),
    title: relative(path),
    description: describe(path),
    format,
    mediatype: { csv: 'text/csv', json: 'application/json', jsonl: 'application/jsonl' }[format],
    encoding: 'utf-8',
    licenses: licenses(),
  });
  return {
    profile: 'data-package',
    name: 'causeway',
    id: new URL(paths.dataPackage, site).href,
    title: `${SITE.name}: case studies of social-cause campaigns on TikTok`,
    description:
      'Every published case study, every figure as its source reports it, and every citation with the source’s own words. A figure is a claim of its source, not a measurement of ours.',
    homepage: new URL(paths.data, site).href,
    licenses: licenses(),
    contributors: [{ title: SITE.holder, role: 'author' }],
    resources: [
      ...JSON_FILES.map((path) => ({ ...resource(path, path.endsWith('.jsonl') ? 'jsonl' : 'json'), profile: 'data-resource' })),
      ...TABLES.map((table) => ({
        ...resource(table.path, 'csv'),
        profile: 'tabular-data-resource',
        dialect: DIALECT,
        schema: {
          fields: table.columns.map((column) => tableField(column, table.docs[column]!)),
          missingValues: [''],
          ...(table.primaryKey && { primaryKey: [table.primaryKey] }),
          ...(table.caseStudy && {
            foreignKeys: [{ fields: [table.caseStudy], reference: { resource: resourceName(paths.dataCaseStudies), fields: ['slug'] } }],
          }),
        },
      })),
    ],
  };
}
