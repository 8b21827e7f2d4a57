/** The per-collection open-data files (one record per entry, and the case studies that use it) and case-studies.csv. */
import { describe, expect, it } from 'vitest';
import {
  CASE_STUDY_COLUMNS,
  CSV_LIST_SEPARATOR,
  OPEN_DATA_COLLECTIONS,
  caseStudyRecords,
  collectionDocument,
  collectionRecords,
  sourceRecord,
  type CaseStudyRow,
  type CollectionsInput,
} from '../../../src/lib/open-data/records.ts';
import { toCsv } from '../../../src/lib/open-data/csv.ts';
import { parsePartialDate } from '../../../src/schemas/dates.ts';
import type {
  CauseEntry,
  MechanicEntry,
  ObjectiveEntry,
  OrganisationEntry,
  SourceEntry,
  SourcedAward,
  SourcedResource,
  SourcedTarget,
  ThemeEntry,
} from '../../../src/lib/model/entries.ts';

const site = new URL('https://causeway.example.org/');
const org = (id: string, extra: Partial<OrganisationEntry['data']> = {}): OrganisationEntry => ({
  id,
  data: { name: id.toUpperCase(), aliases: [], partOf: [], kind: 'ngo', description: `About ${id}.`, ...extra },
});
const term = (id: string) => ({ id, data: { name: `Name of ${id}`, description: `About ${id}.`, sdgs: [13] } });
const source = (id: string): SourceEntry => ({
  id,
  data: { title: `Title ${id}`, publisher: 'P', authors: [], url: `https://example.org/${id}`, kind: 'press', language: 'en' },
});

const unicef = org('unicef', {
  shortName: 'UNICEF',
  aliases: ['UN Children’s Fund'],
  partOf: ['united-nations'],
  website: 'https://unicef.org',
});
const tiktok = org('tiktok');
const idle = org('idle');
const [climate, health] = [term('climate'), term('health')] as CauseEntry[];
const [challenge] = [term('challenge')] as MechanicEntry[];
const [creators, unused] = [term('creators'), term('unused')] as ThemeEntry[];
const [s1, s2, uncited] = [source('s1'), source('s2'), source('uncited')];
const lesson = (theme: ThemeEntry) => ({ theme, text: 'A lesson.', source: s1, passage: 'The words of the source.' });
const [awareness, fundraising] = [term('awareness'), term('fundraising')] as ObjectiveEntry[];
const objective = (kind: ObjectiveEntry) => ({ objective: kind, text: 'An aim.', source: s1, passage: 'The words of the source.' });

/** Newest first, as the catalogue orders case studies. */
const input: CollectionsInput = {
  campaigns: [
    {
      id: 'newer',
      organisations: [
        { organisation: unicef, role: 'lead' },
        { organisation: tiktok, role: 'platform' },
      ],
      causes: [climate!, health!],
      mechanics: [challenge!],
      lessons: [lesson(creators!), lesson(creators!)],
      sources: [s1, s2],
      objectives: [objective(awareness!)],
    },
    {
      id: 'older',
      organisations: [
        { organisation: unicef, role: 'partner' },
        { organisation: unicef, role: 'funder' },
      ],
      causes: [climate!],
      mechanics: [],
      lessons: [],
      sources: [s2],
      objectives: [objective(awareness!), objective(awareness!)],
    },
  ],
  organisations: [idle, tiktok, unicef],
  causes: [climate!, health!],
  mechanics: [challenge!],
  themes: [creators!, unused!],
  objectives: [awareness!, fundraising!],
  sources: [s1, s2, uncited],
};
const byId = <T extends { id: string }>(records: T[]) => new Map(records.map((r) => [r.id, r]));

describe('collectionRecords', () => {
  it('writes every entry of the collection, in its order, used or not', () => {
    for (const name of OPEN_DATA_COLLECTIONS) {
      expect(collectionRecords(name, input, site).map((r) => r.id)).toEqual(input[name].map((e) => e.id));
    }
  });

  it('lists the case studies that use each entry, newest first, each once', () => {
    const causes = byId(collectionRecords('causes', input, site));
    expect(causes.get('climate')!.campaigns).toEqual(['newer', 'older']);
    expect(causes.get('health')!.campaigns).toEqual(['newer']);
    // Two lessons on one theme name the case study once.
    const themes = byId(collectionRecords('themes', input, site));
    expect(themes.get('creators')!.campaigns).toEqual(['newer']);
    expect(themes.get('unused')!.campaigns).toEqual([]);
    // Two objectives of one kind name the case study once; a kind no case study states lists none.
    const objectives = byId(collectionRecords('objectives', input, site));
    expect(objectives.get('awareness')).toMatchObject({
      url: 'https://causeway.example.org/objectives/awareness/',
      campaigns: ['newer', 'older'],
    });
    expect(objectives.get('fundraising')!.campaigns).toEqual([]);
    const sources = byId(collectionRecords('sources', input, site));
    expect([...sources.values()].map((s) => [s.id, s.campaigns])).toEqual([
      ['s1', ['newer']],
      ['s2', ['newer', 'older']],
      ['uncited', []],
    ]);
  });

  it('gives an organisation its role in each case study, once per role', () => {
    const organisations = byId(collectionRecords('organisations', input, site));
    expect(organisations.get('unicef')!.campaigns).toEqual([
      { slug: 'newer', role: 'lead' },
      { slug: 'older', role: 'partner' },
      { slug: 'older', role: 'funder' },
    ]);
    expect(organisations.get('idle')!.campaigns).toEqual([]);
  });

  it('writes each entry’s fields, null for a missing optional one, and the address of its page', () => {
    const organisations = byId(collectionRecords('organisations', input, site));
    expect(organisations.get('unicef')).toMatchObject({
      url: 'https://causeway.example.org/organisations/unicef/',
      name: 'UNICEF',
      shortName: 'UNICEF',
      aliases: ['UN Children’s Fund'],
      partOf: ['united-nations'],
      website: 'https://unicef.org',
    });
    expect(organisations.get('tiktok')).toMatchObject({ shortName: null, website: null, partOf: [] });
    expect(collectionRecords('themes', input, site)[0]).toEqual({
      id: 'creators',
      url: 'https://causeway.example.org/playbook/creators/',
      name: 'Name of creators',
      description: 'About creators.',
      campaigns: ['newer'],
    });
    expect(collectionRecords('sources', input, site)[0]).toMatchObject({
      id: 's1',
      title: 'Title s1',
      titleTranslation: null,
      untitled: false,
      published: null,
      format: null,
    });
  });
  it('marks a source whose title is a [description] of ours, and keeps a headline’s translation', () => {
    const described = { ...source('s9'), data: { ...source('s9').data, title: '[A report on the campaign]' } };
    const foreign = { ...source('s8'), data: { ...source('s8').data, title: 'Un titre', titleTranslation: 'A title', language: 'fr' } };
    expect(sourceRecord(described)).toMatchObject({ title: '[A report on the campaign]', untitled: true, titleTranslation: null });
    expect(sourceRecord(foreign)).toMatchObject({ title: 'Un titre', untitled: false, titleTranslation: 'A title' });
  });
});

describe('collectionDocument', () => {
  it('starts like campaigns.json and holds the records under the collection’s name', () => {
    const document = collectionDocument('mechanics', input, site);
    expect(Object.keys(document)).toEqual(['version', 'site', 'documentation', 'license', 'attribution', 'mechanics']);
    expect(document.documentation).toBe('https://causeway.example.org/data/');
  });
});

describe('caseStudyRecords (case-studies.csv)', () => {
  const press = (id: string, published?: string): SourceEntry => ({
    id,
    data: { ...source(id).data, kind: 'press', published: published ? parsePartialDate(published) : undefined },
  });
  const organiser: SourceEntry = { id: 'own', data: { ...source('own').data, kind: 'organiser' } };
  const views = (value: number, from: SourceEntry, scope: 'campaign' | 'hashtag' = 'campaign') => ({
    kind: 'views' as const,
    value,
    qualifier: 'rounded' as const,
    scope: { type: scope },
    platform: 'tiktok' as const,
    source: from,
  });
  const [p1, p2] = [press('p1', '2021-05-02'), press('p2')];
  const row: CaseStudyRow = {
    id: 'ghen-co-vy',
    year: 2020,
    data: {
      title: 'Ghen Cô Vy hand-washing dance',
      hashtags: ['#GhenCoVyChallenge', '#ghencovy'],
      launched: parsePartialDate('2020-02')!,
      ended: undefined,
      countries: ['VN', 'RU'],
    },
    organisations: [
      { organisation: unicef, role: 'lead' },
      { organisation: unicef, role: 'funder' },
      { organisation: tiktok, role: 'platform' },
    ],
    causes: [health!, climate!],
    mechanics: [challenge!],
    metrics: [views(230_000_000, p1), views(380_000_000, p2), views(9_000_000_000, organiser, 'hashtag')],
    sources: [p1, p2, organiser],
    objectives: [],
    targets: [],
    resources: [],
    awards: [],
  };
  const record = (r: CaseStudyRow = row) =>
    Object.fromEntries(CASE_STUDY_COLUMNS.map((column, i) => [column, caseStudyRecords([r], site)[0]![i]]));

  it('writes one record per case study, in order, with a value for every column', () => {
    const records = caseStudyRecords([row, { ...row, id: 'other' }], site);
    expect(records.map((r) => r[0])).toEqual(['ghen-co-vy', 'other']);
    for (const r of records) expect(r).toHaveLength(CASE_STUDY_COLUMNS.length);
  });

  it('joins lists with "; ", names each organisation once and gives countries by code and by name', () => {
    expect(record()).toMatchObject({
      url: 'https://causeway.example.org/campaigns/ghen-co-vy/',
      title: 'Ghen Cô Vy hand-washing dance',
      hashtags: '#GhenCoVyChallenge; #ghencovy',
      year: 2020,
      launched: '2020-02',
      ended: undefined,
      countries: 'VN; RU',
      country_names: 'Vietnam; Russia',
      regions: 'asia-pacific; europe',
      organisations: 'UNICEF; TIKTOK',
      causes: 'Name of health; Name of climate',
      mechanics: 'Name of challenge',
    });
    expect(CSV_LIST_SEPARATOR).toBe('; ');
    // A campaign no source places in a country can still be picked, as global.
    expect(record({ ...row, data: { ...row.data, countries: [] } })).toMatchObject({ countries: '', regions: 'global' });
  });

  it('gives the campaign’s own view count as the headline, never the hashtag’s, with its range and sources', () => {
    expect(record()).toMatchObject({
      headline_figure: '230M–380M',
      headline_kind: 'views',
      headline_low: 230_000_000,
      headline_high: 380_000_000,
      headline_sources: 2,
    });
    const none = record({ ...row, metrics: [views(9_000_000_000, organiser, 'hashtag')] });
    expect([none['headline_figure'], none['headline_low'], none['headline_sources']]).toEqual([undefined, undefined, undefined]);
  });

  it('counts the evidence grade: figures, those with an independent source, undated sources', () => {
    expect(record()).toMatchObject({ evidence_figures: 2, evidence_independent: 1, evidence_undated_sources: 2 });
  });

  it('leaves the planners’ columns empty when no source states an aim, a target, a budget, a team or an award', () => {
    expect(record()).toMatchObject({ objectives: '', targets: '', budget: '', team: '', awards: '' });
  });

  it('gives the objectives by name, targets by kind and number, budget and team in full, and awards in a line each', () => {
    const cited = { source: organiser, passage: 'The words of the source.' };
    const targets: SourcedTarget[] = [
      { kind: 'videos', value: 5000, qualifier: 'rounded', scope: { type: 'campaign' }, ...cited },
      { kind: 'views', value: 50_000_000, qualifier: 'rounded', scope: { type: 'campaign' }, ...cited },
    ];
    const resources: SourcedResource[] = [
      { kind: 'team', value: 12, qualifier: 'exact', ...cited },
      { kind: 'budget', value: 100_000, qualifier: 'rounded', currency: 'EUR', ...cited },
    ];
    const awards: SourcedAward[] = [
      { show: 'cannes-lions', year: 2021, category: 'Social & Influencer', level: 'silver', ...cited },
      { show: 'webby-awards', year: 2020, category: 'Public Service', level: 'shortlist', ...cited },
    ];
    expect(record({ ...row, objectives: [objective(awareness!), objective(fundraising!)], targets, resources, awards })).toMatchObject({
      objectives: 'Name of awareness; Name of fundraising',
      targets: 'videos: 5000; views: 50000000',
      budget: '100000 EUR',
      team: '12',
      awards: 'Cannes Lions 2021: Silver, Social & Influencer; Webby Awards 2020: Shortlist, Public Service',
    });
  });

  it('is a CSV a spreadsheet reads as UTF-8: a byte-order mark, then the header', () => {
    const text = toCsv(CASE_STUDY_COLUMNS, caseStudyRecords([row], site));
    expect(text.startsWith(`\uFEFF${CASE_STUDY_COLUMNS.join(',')}\r\n`)).toBe(true);
    expect(text).toContain('Ghen Cô Vy hand-washing dance');
  });
});
