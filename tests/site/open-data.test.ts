/** The open-data exports, checked against the content they are built from. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { fileFor, readPage, requireBuild, textOf } from '../helpers/dist.ts';
import { parseCsv } from '../helpers/csv.ts';
import { collectionEntries, publishedCampaigns, sourcesById } from '../helpers/collections.ts';
import {
  CASE_STUDY_COLUMNS,
  CSV_COLUMNS,
  CSV_LIST_SEPARATOR,
  OPEN_DATA_COLLECTIONS,
  type OpenDataCollection,
} from '../../src/lib/open-data/records.ts';
import { OPEN_DATA_FIELDS } from '../../src/lib/open-data/fields.ts';
import { undocumented } from '../helpers/open-data.ts';
import { regionsOf } from '../../src/lib/model/regions.ts';
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
  metrics: {
    kind: string;
    value: number;
    scope: { part: { type: string; detail: string | null } | null };
    platform: string;
    attributedTo: string | null;
    doubt: string | null;
    source: SourceRecord;
  }[];
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

  it('says of every claim where it was counted, which part it counts, whose figure it is and any doubt', () => {
    const byId = new Map(json().campaigns.map((c) => [c.slug, c]));
    for (const { id, data } of publishedCampaigns()) {
      const got = byId.get(id)!.metrics.map((m) => [m.platform, m.scope.part, m.attributedTo, m.doubt]);
      const want = data.metrics.map((m) => [
        m.platform,
        m.scope.part ? { type: m.scope.part.type, detail: m.scope.part.detail ?? null } : null,
        m.attributedTo ?? null,
        m.doubt ?? null,
      ]);
      expect(got, id).toEqual(want);
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
    expect(undocumented(json(), OPEN_DATA_FIELDS.json)).toEqual([]);
  });

  it('states the licence of the data and the line to credit it by, as site.config.ts sets them', () => {
    const document = JSON.parse(read('/data/campaigns.json')) as { license: unknown; attribution: string };
    expect(document.license).toEqual({ id: 'CC-BY-4.0', title: SITE.contentLicence.title, url: SITE.contentLicence.url });
    expect(document.attribution).toBe(SITE.attribution);
    expect(document.attribution).toContain(SITE.url);
  });
});

describe('/data/', () => {
  it('shows the licence, linked to its deed and to the licence file, with the attribution line and the Data Package', () => {
    const section = readPage('/data/').querySelector('section[aria-labelledby="licence"]')!;
    expect(section, 'section#licence').toBeTruthy();
    const hrefs = section.querySelectorAll('a').map((a) => a.getAttribute('href'));
    expect(section.querySelector('a[rel~="license"]')?.getAttribute('href')).toBe(SITE.contentLicence.url);
    expect(hrefs).toContain(`${SITE.repository}/blob/${SITE.branch}/LICENSE-CONTENT.md`);
    expect(hrefs).toContain(`${SITE.repository}/blob/${SITE.branch}/CITATION.cff`);
    expect(hrefs).toContain('/data/datapackage.json');
    expect(textOf(section.querySelector('[data-attribution]'))).toBe(SITE.attribution);
    expect(textOf(section)).toMatch(/quoted for review and criticism/);
  });

  it('gives each CSV column that is not plain text its type', () => {
    const page = readPage('/data/');
    const type = (section: string, column: string) =>
      textOf(
        page
          .querySelectorAll(`section[aria-labelledby="${section}-heading"] dt`)
          .find((dt) => textOf(dt.querySelector('code')) === column)
          ?.querySelector('span'),
      );
    expect(type('case-studies', 'year')).toBe('whole number');
    expect(type('csv', 'value')).toBe('number');
    expect(type('csv', 'source_published')).toBe('date (YYYY-MM-DD, YYYY-MM or YYYY)');
    expect(type('csv', 'campaign')).toBe('');
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

describe('/data/case-studies.csv', () => {
  const records = () => {
    const [header, ...rows] = parseCsv(read('/data/case-studies.csv'));
    return { header, rows: rows.map((r) => Object.fromEntries(header!.map((column, i) => [column, r[i]!]))) };
  };
  const names = (entries: unknown) => (entries as { name: string }[]).map((e) => e.name);
  const cell = (items: readonly (string | number)[]) => items.join(CSV_LIST_SEPARATOR);

  it('parses as RFC 4180 with the documented header, one row per published case study in the order of campaigns.json', () => {
    const { header, rows } = records();
    expect(header).toEqual([...CASE_STUDY_COLUMNS]);
    expect(rows.map((r) => r['slug'])).toEqual(json().campaigns.map((c) => c.slug));
  });

  it('agrees with campaigns.json on every case study’s title, dates, countries, organisations, causes and mechanics', () => {
    const bySlug = new Map(json().campaigns.map((c) => [c.slug, c]));
    for (const r of records().rows) {
      const c = bySlug.get(r['slug']!)!;
      const date = (d: unknown) => (d as { date: string } | null)?.date ?? '';
      expect(r, c.slug).toMatchObject({
        url: c.url,
        title: c.title,
        hashtags: cell(c['hashtags'] as string[]),
        year: String(c['year']),
        launched: date(c['launched']),
        ended: date(c['ended']),
        countries: cell(c['countries'] as string[]),
        regions: cell(regionsOf(c['countries'] as string[])),
        organisations: cell([...new Set(names(c['organisations']))]),
        causes: cell(names(c['causes'])),
        mechanics: cell(names(c['mechanics'])),
      });
      const countries = r['country_names'] ? r['country_names'].split(CSV_LIST_SEPARATOR) : [];
      expect(countries).toHaveLength((c['countries'] as string[]).length);
    }
  });

  it('has no name that holds the list separator, so every list cell splits back into its items', () => {
    const items = json().campaigns.flatMap((c) => [
      ...(c['hashtags'] as string[]),
      ...names(c['organisations']),
      ...names(c['causes']),
      ...names(c['mechanics']),
    ]);
    expect(items.filter((name) => name.includes(CSV_LIST_SEPARATOR.trim()))).toEqual([]);
  });

  it('gives a headline figure only with its numbers, and evidence counts for every case study', () => {
    for (const r of records().rows) {
      expect(Boolean(r['headline_figure']), r['slug']).toBe(Boolean(r['headline_low'] && r['headline_high'] && r['headline_sources']));
      if (r['headline_figure']) expect(Number(r['headline_low'])).toBeLessThanOrEqual(Number(r['headline_high']));
      expect(Number(r['evidence_independent'])).toBeLessThanOrEqual(Number(r['evidence_figures']));
    }
    expect(records().rows.some((r) => r['headline_figure'])).toBe(true);
  });

  it('is linked from /data/ and documented there', () => {
    const page = readPage('/data/');
    expect(page.querySelector('main a[href="/data/case-studies.csv"]')).toBeTruthy();
    expect(page.querySelector('#case-studies-heading')).toBeTruthy();
  });
});

describe.each(['/data/campaigns.csv', '/data/claims.csv', '/data/case-studies.csv'])('%s', (path) => {
  it('starts with a UTF-8 byte-order mark, once, so Excel on Windows reads it as UTF-8', () => {
    requireBuild();
    const bytes = readFileSync(fileFor(path));
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(bytes.subarray(3, 6).equals(Buffer.from([0xef, 0xbb, 0xbf]))).toBe(false);
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

/** Each case study's links to one collection as `entry id → slug` pairs, read from campaigns.json. */
const linksIn: Record<OpenDataCollection, (c: CampaignRecord) => string[]> = {
  organisations: (c) => (c['organisations'] as { id: string; role: string }[]).map((o) => `${o.id} ${c.slug} ${o.role}`),
  causes: (c) => (c['causes'] as { id: string }[]).map((x) => `${x.id} ${c.slug}`),
  mechanics: (c) => (c['mechanics'] as { id: string }[]).map((x) => `${x.id} ${c.slug}`),
  themes: (c) => (c['lessons'] as { theme: { id: string } }[]).map((l) => `${l.theme.id} ${c.slug}`),
  objectives: (c) => (c['objectives'] as { id: string }[]).map((o) => `${o.id} ${c.slug}`),
  sources: (c) => c.sources.map((s) => `${s.id} ${c.slug}`),
};

describe.each(OPEN_DATA_COLLECTIONS)('/data/%s.json', (name) => {
  type Entry = { id: string; campaigns: (string | { slug: string; role: string })[] };
  const file = () => JSON.parse(read(`/data/${name}.json`)) as Record<string, unknown> & Record<OpenDataCollection, Entry[]>;

  it('has every entry of the collection, each once, after the same envelope as campaigns.json', () => {
    const document = file();
    expect(Object.keys(document)).toEqual(['version', 'site', 'documentation', 'license', 'attribution', name]);
    const envelope = (file: object) => Object.fromEntries(Object.entries(file).filter(([key]) => key !== name && key !== 'campaigns'));
    expect(envelope(document)).toEqual(envelope(json()));
    expect(document['site']).toBe(`${SITE.url}/`);
    expect(document[name].map((e) => e.id).sort()).toEqual(
      collectionEntries(name)
        .map((e) => e.id)
        .sort(),
    );
  });

  it('links each entry to exactly the case studies that campaigns.json links to it', () => {
    const fromFile = file()[name].flatMap((e) =>
      e.campaigns.map((c) => (typeof c === 'string' ? `${e.id} ${c}` : `${e.id} ${c.slug} ${c.role}`)),
    );
    const fromCampaigns = [...new Set(json().campaigns.flatMap(linksIn[name]))];
    expect(fromFile.sort()).toEqual(fromCampaigns.sort());
  });

  it('documents every field it contains on /data/, and is linked from there', () => {
    expect(undocumented(file(), { ...OPEN_DATA_FIELDS.envelope, ...OPEN_DATA_FIELDS.collections[name] })).toEqual([]);
    const page = readPage('/data/');
    expect(page.querySelector(`main a[href="/data/${name}.json"]`)).toBeTruthy();
    expect(page.querySelector(`#${name}-heading`)).toBeTruthy();
  });
});
