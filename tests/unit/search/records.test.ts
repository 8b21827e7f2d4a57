/** The search record of a case study (src/lib/search/records.ts): what Pagefind indexes and filters by. */
import { describe, expect, it } from 'vitest';
import { organisationNames, searchRecord, type IndexableCampaign } from '../../../src/lib/search/records.ts';

const campaign: IndexableCampaign = {
  title: '#ForClimate',
  hashtags: ['#ForClimate'],
  summary: 'A summary, with a comma.',
  launched: new Date(Date.UTC(2020, 11, 1)),
  year: 2020,
  byline: 'IFRC, TikTok',
  independent: true,
  countries: ['BR', 'PH'],
  languages: ['pt'],
  organisations: [
    { id: 'ifrc', kind: 'ngo', label: 'IFRC', names: ['International Federation of Red Cross', 'Red Cross'], partOf: [] },
    { id: 'tiktok', kind: 'platform', label: 'TikTok', names: ['TikTok for Good'], partOf: ['ByteDance'] },
    { id: 'who', kind: 'un-agency', label: 'WHO', names: ['World Health Organization'], partOf: ['United Nations system', 'UN'] },
    { id: 'unicef', kind: 'un-agency', label: 'UNICEF', names: [], partOf: ['United Nations system', 'UN'] },
  ],
  causes: ['climate-action'],
  mechanics: ['hashtag-challenge'],
  objectives: ['awareness', 'participation', 'awareness'],
  // Two awards at one show: the show is one filter value.
  awardShows: ['cannes-lions', 'webby-awards', 'cannes-lions'],
  terms: ['Climate action', 'Hashtag challenge', 'Brazil', 'Philippines', 'Portuguese', 'Brazil'],
  metrics: [
    { kind: 'views', value: 5, qualifier: 'exact', scope: { type: 'campaign' }, source: 'a' },
    { kind: 'views', value: 9, qualifier: 'over', scope: { type: 'campaign' }, source: 'b' },
    { kind: 'views', value: 999, qualifier: 'over', scope: { type: 'hashtag' }, source: 'b' },
    { kind: 'likes', value: 99, qualifier: 'exact', scope: { type: 'campaign' }, source: 'b' },
  ],
};

describe('searchRecord', () => {
  const record = searchRecord(campaign);
  it('filters by ids, with one kind per kind of organisation', () => {
    expect(record.filters).toEqual({
      cause: ['climate-action'],
      organisation: ['ifrc', 'tiktok', 'who', 'unicef'],
      mechanic: ['hashtag-challenge'],
      year: ['2020'],
      region: ['asia-pacific', 'latin-america-caribbean'],
      kind: ['ngo', 'platform', 'un-agency'],
      country: ['BR', 'PH'],
      language: ['pt'],
      evidence: ['independent'],
      objective: ['awareness', 'participation'],
      award: ['cannes-lions', 'webby-awards'],
    });
    expect(searchRecord({ ...campaign, independent: false }).filters.evidence).toEqual([]);
    expect(searchRecord({ ...campaign, objectives: [], awardShows: [] }).filters).toMatchObject({ objective: [], award: [] });
  });
  it('sorts by launch day and by the largest view count', () => {
    expect(record.sort).toEqual({ launched: '2020-12-01', views: '9' });
  });
  it('never sorts by one video, a first-minutes count, another platform or a doubted figure (#DistanceDance sorted first)', () => {
    const metrics = [
      ...campaign.metrics,
      {
        kind: 'views',
        value: 95e3,
        qualifier: 'rounded',
        scope: { type: 'campaign', part: { type: 'one-video', detail: 'first 10 minutes' } },
        source: 'c',
      },
      { kind: 'views', value: 6e9, qualifier: 'over', scope: { type: 'campaign', part: { type: 'one-video' } }, source: 'c' },
      { kind: 'views', value: 7e9, qualifier: 'over', scope: { type: 'campaign' }, platform: 'instagram', source: 'c' },
      { kind: 'views', value: 8e9, qualifier: 'rounded', scope: { type: 'campaign' }, doubt: 'probably a slip', source: 'c' },
    ] satisfies IndexableCampaign['metrics'];
    expect(searchRecord({ ...campaign, metrics }).sort.views).toBe('9');
  });
  it('gives a campaign without views the view sort key 0, so it stays in the results', () => {
    expect(searchRecord({ ...campaign, metrics: [] }).sort.views).toBe('0');
  });
  // Lower-cased, or Pagefind indexes "ByteDance" under "dance" too (the report of December 2026).
  it('names the organisations in the meta as every list does, and every name and alias for the text, in lower case', () => {
    expect(record.meta).toEqual({
      hashtag: '#ForClimate',
      summary: 'A summary, with a comma.',
      organisation: 'IFRC, TikTok',
      year: '2020',
      figure: '',
      figureSource: '',
    });
    expect(record.names).toEqual([
      'ifrc',
      'international federation of red cross',
      'red cross',
      'tiktok',
      'tiktok for good',
      'bytedance',
      'who',
      'world health organization',
      'united nations system',
      'un',
      'unicef',
    ]);
  });
  it('finds a member by the names of the bodies it is part of, each name once', () => {
    expect(record.names.filter((n) => n === 'un')).toHaveLength(1);
    const alone = searchRecord({ ...campaign, organisations: [campaign.organisations[2]!] });
    expect(alone.names).toEqual(['who', 'world health organization', 'united nations system', 'un']);
  });
  it('keeps the names of causes, mechanics, countries and languages for the text, once each', () => {
    expect(record.terms).toEqual(['Climate action', 'Hashtag challenge', 'Brazil', 'Philippines', 'Portuguese']);
  });
});

describe('organisationNames', () => {
  it('lists the full name, the short form and every alias', () => {
    expect(organisationNames({ name: 'World Economic Forum', shortName: 'WEF', aliases: ['Davos forum'] })).toEqual([
      'World Economic Forum',
      'WEF',
      'Davos forum',
    ]);
    expect(organisationNames({ name: 'UNICEF', aliases: [] })).toEqual(['UNICEF']);
  });
});
