/** The compare picker's index: its compact layout, and how a query finds and ranks case studies in it. */
import { describe, expect, it } from 'vitest';
import {
  COMPARE_INDEX_VERSION,
  compareIndex,
  findCampaigns,
  readCompareIndex,
  type IndexedCampaign,
} from '../../../src/lib/compare/candidates.ts';

const unicef = { id: 'unicef', names: ['United Nations Children’s Fund', 'UNICEF'] };
const tiktok = { id: 'tiktok', names: ['TikTok', 'TikTok for Good'] };
const redCross = { id: 'ifrc', names: ['International Federation of Red Cross and Red Crescent Societies', 'IFRC', 'Red Cross'] };

/** Newest first, as the catalogue orders them. */
const campaigns: IndexedCampaign[] = [
  { id: 'the-real-challenge', title: '#TheRealChallenge', year: 2020, hashtags: ['#TheRealChallenge'], organisations: [unicef, tiktok] },
  { id: 'for-climate', title: '#ForClimate', year: 2019, hashtags: ['#ForClimate', '#TudoPeloClima'], organisations: [redCross, tiktok] },
  { id: 'ghen-co-vy', title: 'Ghen Cô Vy hand-washing dance', year: 2020, hashtags: ['#GhenCoVyChallenge'], organisations: [tiktok] },
  { id: 'real-talk', title: 'Real Talk', year: 2018, hashtags: [], organisations: [unicef, unicef] },
  {
    id: 'marathon',
    title: '#Марафондобра2022 (Marathon of Kindness)',
    year: 2022,
    hashtags: ['#Марафондобра2022'],
    organisations: [unicef],
  },
];
const index = compareIndex(campaigns);
const candidates = readCompareIndex(index);
const ids = (query: string, limit?: number) => findCampaigns(candidates, query, limit).matches.map((c) => c.id);

describe('compareIndex', () => {
  it('writes one entry per case study, in order: slug, title, year, organisations by position, hashtags not in the title', () => {
    expect(index.version).toBe(COMPARE_INDEX_VERSION);
    expect(index.campaigns[0]).toEqual(['the-real-challenge', '#TheRealChallenge', 2020, [0, 1], []]);
    expect(index.campaigns[1]).toEqual(['for-climate', '#ForClimate', 2019, [2, 1], ['#TudoPeloClima']]);
    // "#GhenCoVyChallenge" is not inside the title's letters, so it stays.
    expect(index.campaigns[2]![4]).toEqual(['#GhenCoVyChallenge']);
  });
  it('writes each organisation once, with all its names, however many case studies name it', () => {
    expect(index.organisations).toEqual([unicef.names, tiktok.names, redCross.names]);
    expect(index.campaigns[3]![3]).toEqual([0]);
  });
  it('refuses a file of another layout rather than misreading it', () => {
    expect(() => readCompareIndex({ ...index, version: COMPARE_INDEX_VERSION + 1 })).toThrow(/version/);
  });
});

describe('findCampaigns', () => {
  it('finds a case study by a word of its title, any case, accents ignored', () => {
    expect(ids('washing')).toEqual(['ghen-co-vy']);
    expect(ids('CO VY')).toEqual(['ghen-co-vy']);
    expect(ids('марафон')).toEqual(['marathon']);
  });
  it('finds words run together in a hashtag, and hashtags that are not in the title', () => {
    expect(ids('challenge')).toEqual(['the-real-challenge', 'ghen-co-vy']);
    expect(ids('#tudopelo')).toEqual(['for-climate']);
  });
  it('finds a case study by any name of its organisations', () => {
    expect(ids('red cross')).toEqual(['for-climate']);
    expect(ids('ifrc')).toEqual(['for-climate']);
    expect(ids('unicef').sort()).toEqual(['marathon', 'real-talk', 'the-real-challenge']);
  });
  it('needs every word to match somewhere', () => {
    expect(ids('real unicef').sort()).toEqual(['real-talk', 'the-real-challenge']);
    expect(ids('real climate')).toEqual([]);
  });
  it('ranks a title that starts with the query first, then title words before letters inside a hashtag, then organisations', () => {
    // "real": a word of "Real Talk", but only letters inside "#TheRealChallenge".
    expect(ids('real')).toEqual(['real-talk', 'the-real-challenge']);
    // "the real": #TheRealChallenge starts with it, Real Talk only has "real".
    expect(ids('the real')).toEqual(['the-real-challenge']);
    // "tiktok" names no title, so the catalogue's order stands: newest first.
    expect(ids('tiktok')).toEqual(['the-real-challenge', 'for-climate', 'ghen-co-vy']);
  });
  it('counts every match but lists at most the limit', () => {
    const found = findCampaigns(candidates, 'tiktok', 2);
    expect(found.total).toBe(3);
    expect(found.matches.map((c) => [c.id, c.title, c.year])).toEqual([
      ['the-real-challenge', '#TheRealChallenge', 2020],
      ['for-climate', '#ForClimate', 2019],
    ]);
  });
  it('matches nothing without a word to look for', () => {
    expect(findCampaigns(candidates, '  #  ')).toEqual({ total: 0, matches: [] });
  });
});
