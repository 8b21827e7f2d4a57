/**
 * The content itself: the promises the site makes to readers, checked over every file in
 * content/ (read through the same checker the build uses).
 */
import { describe, expect, it } from 'vitest';
import { checkContent } from '../../src/lib/content-check.ts';
import { citedSourceIds } from '../../src/lib/references.ts';
import type { CampaignData } from '../../src/schemas/campaign.ts';
import { isOrdered } from '../../src/lib/dates.ts';

const { problems, entries } = checkContent(process.cwd());
const campaigns = entries.filter((e) => e.collection === 'campaigns').map((e) => ({ id: e.id, data: e.data as CampaignData }));
const sources = new Map(entries.filter((e) => e.collection === 'sources').map((e) => [e.id, e.data as { url: string }]));

/** The six campaigns the site started from, by hashtag, with the article each must cite. */
const SEEDS: Record<string, string> = {
  '#TheRealChallenge': 'https://blog.l-union.be/articles/lunion-with-ricardo-pires-about-therealchallenge-campaign-on-tik-tok/',
  '#ForClimate':
    'https://medium.com/digital-diplomacy/we-were-the-first-global-humanitarian-organisation-to-partner-with-tiktok-ea16b280d51',
  '#AllTheDifference': 'https://www.afaqs.com/news/social-media/its-tiktoks-turn-to-be-woke',
  '#DanceForChange': 'https://wpmu.mau.se/nmict202group7/2020/10/08/tiktok-for-good-ngos-are-taping-into-the-potential-of-tiktok/',
  '#RedNoseDay': 'https://wpmu.mau.se/nmict202group7/2020/10/08/tiktok-for-good-ngos-are-taping-into-the-potential-of-tiktok/',
  '#CreateKindness':
    'https://newsroom.tiktok.com/en-sg/createkindness-with-tiktok-join-the-movement-to-foster-a-caring-and-inclusive-online-community-sg',
};

describe('content', () => {
  it('passes the content checker', () => {
    expect(problems).toEqual([]);
  });

  it.each(campaigns)('$id has at least one cause, organisation and source', ({ data }) => {
    expect(data.causes.length).toBeGreaterThan(0);
    expect(data.organisations.length).toBeGreaterThan(0);
    expect(citedSourceIds(data).length).toBeGreaterThan(0);
  });

  it.each(campaigns)('$id cites an https source for every metric, quotation and lesson', ({ data }) => {
    for (const item of [...data.metrics, ...data.quotations, ...data.lessons]) {
      expect(sources.get(item.source)?.url, `source ${item.source}`).toMatch(/^https:\/\//);
    }
  });

  it.each(campaigns)('$id ends after it launches', ({ data }) => {
    if (data.ended) expect(isOrdered(data.launched, data.ended)).toBe(true);
  });

  it('cites every source at least once', () => {
    const cited = new Set(campaigns.flatMap(({ data }) => citedSourceIds(data)));
    expect([...sources.keys()].filter((id) => !cited.has(id))).toEqual([]);
  });

  it('gives no two campaigns the same hashtag', () => {
    const seen = new Map<string, string>();
    for (const { id, data } of campaigns) {
      for (const tag of data.hashtags) {
        const key = tag.toLowerCase();
        expect(seen.get(key), `${tag} in ${id}`).toBeUndefined();
        seen.set(key, id);
      }
    }
  });

  it.each(Object.entries(SEEDS))('has the seed campaign %s, citing its seed article', (hashtag, url) => {
    const campaign = campaigns.find(({ data }) => data.hashtags.some((t) => t.toLowerCase() === hashtag.toLowerCase()));
    expect(campaign, `a campaign with ${hashtag}`).toBeDefined();
    const urls = citedSourceIds(campaign!.data).map((id) => sources.get(id)?.url);
    expect(urls).toContain(url);
  });
});
