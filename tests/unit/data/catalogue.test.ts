/**
 * The data module against a small catalogue of its own, with `astro:content` replaced by an
 * in-memory loader (as Starlight's tests do), so it is tested without a build and no test
 * depends on the real case studies.
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { campaignSchema } from '../../../src/schemas/campaign.ts';
import { causeSchema, mechanicSchema, organisationSchema, pageSchema, sourceSchema, themeSchema } from '../../../src/schemas/taxonomy.ts';

type Raw = Record<string, unknown>;
const collections: Record<string, { id: string; data: unknown }[]> = {};

vi.mock('astro:content', () => ({
  getCollection: (name: string, filter?: (entry: { id: string; data: unknown }) => boolean) =>
    Promise.resolve((collections[name] ?? []).filter((e) => !filter || filter(e))),
}));

const entries = (schema: { parse(v: unknown): unknown }, raw: Record<string, Raw>) =>
  Object.entries(raw).map(([id, data]) => ({ id, data: schema.parse(data) }));

const source = (title: string) => ({ title, publisher: 'P', url: `https://example.org/${title}`, kind: 'press' });
const campaign = (extra: Raw): Raw => ({
  title: 'T',
  summary: 'S.',
  organisations: [{ id: 'ngo-a', role: 'lead' }],
  causes: ['climate'],
  launched: '2020',
  ...extra,
});

function load(campaigns: Record<string, Raw>) {
  collections['campaigns'] = entries(campaignSchema, campaigns);
  collections['organisations'] = entries(organisationSchema, {
    'ngo-a': { name: 'Alpha Aid', shortName: 'AA', kind: 'ngo', description: 'd' },
    'ngo-b': { name: 'Beta Relief', kind: 'charity', description: 'd' },
    platform: { name: 'Platform', kind: 'platform', description: 'd' },
  });
  collections['causes'] = entries(causeSchema, {
    climate: { name: 'Climate', description: 'd' },
    health: { name: 'Health', description: 'd' },
  });
  collections['mechanics'] = entries(mechanicSchema, { dance: { name: 'Dance', description: 'd' } });
  collections['themes'] = entries(themeSchema, { speed: { name: 'Speed', description: 'd' } });
  collections['sources'] = entries(sourceSchema, { s1: source('one'), s2: source('two') });
  collections['pages'] = entries(pageSchema, { about: { title: 'About', description: 'd' } });
}

const fixture = {
  old: campaign({ title: 'Old', launched: '2019-05', countries: ['IN'], mechanics: ['dance'] }),
  newer: campaign({
    title: 'Newer',
    launched: '2021-02-03',
    organisations: [
      { id: 'ngo-b', role: 'lead' },
      { id: 'ngo-a', role: 'partner' },
      { id: 'platform', role: 'platform' },
    ],
    causes: ['climate', 'health'],
    languages: ['en'],
    metrics: [{ kind: 'views', value: 1000, qualifier: 'exact', scope: { type: 'campaign' }, source: 's1' }],
    lessons: [{ theme: 'speed', text: 'Move fast.', source: 's2', passage: 'Move fast.' }],
  }),
  draft: campaign({ title: 'Draft', launched: '2022', draft: true }),
};

async function catalogue() {
  vi.resetModules();
  const { getCatalogue } = await import('../../../src/data/catalogue.ts');
  return getCatalogue();
}

describe('the data module', () => {
  beforeEach(() => load(fixture));

  it('publishes every case study but drafts, newest launch first', async () => {
    expect((await catalogue()).campaigns.map((c) => c.id)).toEqual(['newer', 'old']);
  });

  it('resolves references into entries, and works out the leads once', async () => {
    const c = (await catalogue()).campaign('newer')!;
    expect(c.organisations.map((o) => [o.organisation.data.name, o.role])).toEqual([
      ['Beta Relief', 'lead'],
      ['Alpha Aid', 'partner'],
      ['Platform', 'platform'],
    ]);
    expect(c.leads.map((o) => o.id)).toEqual(['ngo-b']);
    expect(c.causes.map((x) => x.data.name)).toEqual(['Climate', 'Health']);
    expect(c.metrics[0]!.source.data.title).toBe('one');
    expect(c.lessons[0]!.theme.data.name).toBe('Speed');
    expect(c.sources.map((s) => s.id)).toEqual(['s1', 's2']);
    expect(c.year).toBe(2021);
  });

  it('indexes case studies by cause, organisation, role, mechanic, year, country and language', async () => {
    const cat = await catalogue();
    const ids = (list: { id: string }[]) => list.map((c) => c.id);
    expect(ids(cat.byCause('climate'))).toEqual(['newer', 'old']);
    expect(ids(cat.byCause('health'))).toEqual(['newer']);
    expect(ids(cat.byOrganisation('ngo-a'))).toEqual(['newer', 'old']);
    expect(cat.byOrganisationRole('ngo-a').map((g) => [g.role, ids(g.campaigns)])).toEqual([
      ['lead', ['old']],
      ['partner', ['newer']],
    ]);
    expect(ids(cat.byMechanic('dance'))).toEqual(['old']);
    expect(cat.years).toEqual([2021, 2019]);
    expect(ids(cat.byYear(2019))).toEqual(['old']);
    expect(ids(cat.byCountry('IN'))).toEqual(['old']);
    expect(ids(cat.byLanguage('en'))).toEqual(['newer']);
    expect(cat.byCause('nothing')).toEqual([]);
  });

  it('files lessons under their theme, and relates case studies that share something', async () => {
    const cat = await catalogue();
    expect(cat.lessonsByTheme('speed').map((l) => [l.campaign.id, l.lesson.text])).toEqual([['newer', 'Move fast.']]);
    expect(cat.related('old').map((r) => r.campaign.id)).toEqual(['newer']);
    expect(cat.related('old')[0]!.causes.map((c) => c.id)).toEqual(['climate']);
  });

  it('finds prose pages by id', async () => {
    expect((await catalogue()).page('about')?.data.title).toBe('About');
  });

  it('stops with the file, the field and the nearest id when a reference dangles', async () => {
    load({ ...fixture, old: campaign({ causes: ['climat'] }) });
    await expect(catalogue()).rejects.toThrow(/content\/campaigns\/old\.mdx: causes\[0\].*"climat".*climate/s);
  });

  it('loads the collections once, however many pages ask', async () => {
    vi.resetModules();
    const { getCatalogue } = await import('../../../src/data/catalogue.ts');
    expect(getCatalogue()).toBe(getCatalogue());
  });
});
