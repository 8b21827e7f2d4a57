/** The open-data exports, checked against the content they are built from. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { fileFor, readPage, requireBuild } from '../helpers/dist.ts';
import { parseCsv } from '../helpers/csv.ts';
import { publishedCampaigns, sourcesById } from '../helpers/collections.ts';
import { CSV_COLUMNS, OPEN_DATA_FIELDS, jsonPaths } from '../../src/lib/open-data.ts';
import { SITE } from '../../src/site.config.ts';

interface SourceRecord {
  id: string;
  title: string;
  publisher: string;
  url: string;
  published: { date: string; precision: string } | null;
}
interface CampaignRecord {
  slug: string;
  url: string;
  title: string;
  metrics: { kind: string; value: number; source: SourceRecord }[];
  sources: SourceRecord[];
  [key: string]: unknown;
}

const read = (path: string) => {
  requireBuild();
  return readFileSync(fileFor(path), 'utf8');
};
const json = () => JSON.parse(read('/data/campaigns.json')) as { version: number; campaigns: CampaignRecord[] };
const csv = () => parseCsv(read('/data/campaigns.csv'));

describe('/data/campaigns.json', () => {
  it('has every published case study, with its page address', () => {
    const { campaigns } = json();
    const expected = publishedCampaigns();
    expect(campaigns.map((c) => c.slug).sort()).toEqual(expected.map((c) => c.id).sort());
    for (const c of campaigns) expect(c.url).toBe(`${SITE.url}/campaigns/${c.slug}/`);
  });

  it('has every metric claim, in file order, with its value', () => {
    const byId = new Map(json().campaigns.map((c) => [c.slug, c]));
    for (const { id, data } of publishedCampaigns()) {
      const record = byId.get(id)!;
      expect(record.metrics.map((m) => [m.kind, m.value, m.source.id])).toEqual(data.metrics.map((m) => [m.kind, m.value, m.source]));
    }
  });

  it('resolves every source: publisher, title, date and link as in content/sources', () => {
    const sources = sourcesById();
    const all = json().campaigns.flatMap((c) => [...c.metrics.map((m) => m.source), ...c.sources]);
    expect(all.length).toBeGreaterThan(0);
    for (const s of all) {
      const entry = sources.get(s.id)!;
      expect(entry, s.id).toBeTruthy();
      expect([s.publisher, s.title, s.url, s.published?.date ?? null]).toEqual([
        entry.publisher,
        entry.title,
        entry.url,
        entry.published?.iso ?? null,
      ]);
    }
  });

  it('documents every field it contains on /data/', () => {
    const docs = OPEN_DATA_FIELDS;
    const undocumented = jsonPaths(json()).filter((path) => {
      // A Source's own fields are documented once, as are a Date's.
      const inSource = /\.(source|sources\[\])\.(.+)$/.exec(path);
      const field = inSource ? inSource[2]! : path;
      const table: Record<string, readonly string[]> = inSource ? docs.source : docs.json;
      if (field in table) return false;
      const dateField = /^(.+)\.(date|precision)$/.exec(field);
      return !(dateField && table[dateField[1]!]?.[0]?.startsWith('Date') && dateField[2]! in docs.date);
    });
    expect(undocumented).toEqual([]);
  });
});

describe('/data/campaigns.csv', () => {
  it('parses as RFC 4180 with the documented header', () => {
    const [header] = csv();
    expect(header).toEqual([...CSV_COLUMNS]);
    expect(Object.keys(OPEN_DATA_FIELDS.csv)).toEqual([...CSV_COLUMNS]);
  });

  it('has one row per metric claim of every published case study', () => {
    const [, ...rows] = csv();
    const claims = publishedCampaigns().flatMap(({ id, data }) => data.metrics.map((m) => [id, m.kind, String(m.value), m.source]));
    const col = (name: (typeof CSV_COLUMNS)[number]) => CSV_COLUMNS.indexOf(name);
    // Rows follow the site's campaign order (newest first); compare as sets of claims.
    const key = (row: string[]) => row.join('\u0000');
    const got = rows.map((r) => [r[col('campaign')]!, r[col('kind')]!, r[col('value')]!, r[col('source_id')]!]);
    expect(got.map(key).sort()).toEqual(claims.map(key).sort());
    for (const r of rows) expect(r).toHaveLength(CSV_COLUMNS.length);
  });

  it('gives each row its source publisher and link', () => {
    const sources = sourcesById();
    const [, ...rows] = csv();
    for (const r of rows) {
      const source = sources.get(r[CSV_COLUMNS.indexOf('source_id')]!)!;
      expect(r[CSV_COLUMNS.indexOf('source_publisher')]).toBe(source.publisher);
      expect(r[CSV_COLUMNS.indexOf('source_url')]).toBe(source.url);
    }
  });
});

describe('/data/', () => {
  it('links both files and is the footer’s Data link', () => {
    const page = readPage('/data/');
    expect(page.querySelector('main a[href="/data/campaigns.json"]')).toBeTruthy();
    expect(page.querySelector('main a[href="/data/campaigns.csv"]')).toBeTruthy();
    expect(readPage('/').querySelector('footer a[href="/data/"]')).toBeTruthy();
  });
});

describe('/data/campaigns.jsonl', () => {
  it('holds the same records as campaigns.json, one complete JSON object per line, to stream', () => {
    const text = read('/data/campaigns.jsonl');
    expect(text.endsWith('\n')).toBe(true);
    const lines = text.trimEnd().split('\n');
    expect(lines.map((line) => JSON.parse(line) as unknown)).toEqual(json().campaigns);
    expect(readPage('/data/').querySelector('a[href="/data/campaigns.jsonl"]')).toBeTruthy();
  });
});
