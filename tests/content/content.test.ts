/**
 * The content itself: the promises the site makes to readers, checked over every file in
 * content/ (read through the same checker the build uses).
 */
import { describe, expect, it } from 'vitest';
import { checkContent } from '../../src/lib/content/check.node.ts';
import { citedSourceIds } from '../../src/lib/model/references.ts';
import type { CampaignData } from '../../src/schemas/campaign.ts';

const { problems, entries } = checkContent(process.cwd());
const campaigns = entries.filter((e) => e.collection === 'campaigns').map((e) => ({ id: e.id, data: e.data as CampaignData }));
const sources = new Map(entries.filter((e) => e.collection === 'sources').map((e) => [e.id, e.data as { url: string }]));

/**
 * The six campaigns the site started from, by hashtag, with the article each must cite; null
 * where the stored copy of the seed article ends before it says anything the case study could
 * rest on (a Malmö student blog), so that the case study no longer cites it.
 */
const SEEDS: Record<string, string | null> = {
  '#TheRealChallenge': 'https://blog.l-union.be/articles/lunion-with-ricardo-pires-about-therealchallenge-campaign-on-tik-tok/',
  '#ForClimate':
    'https://medium.com/digital-diplomacy/we-were-the-first-global-humanitarian-organisation-to-partner-with-tiktok-ea16b280d51',
  '#AllTheDifference': 'https://www.afaqs.com/news/social-media/its-tiktoks-turn-to-be-woke',
  '#DanceForChange': null,
  '#RedNoseDay': null,
  '#CreateKindness':
    'https://newsroom.tiktok.com/en-sg/createkindness-with-tiktok-join-the-movement-to-foster-a-caring-and-inclusive-online-community-sg',
};

describe('content', () => {
  it('passes the content checker', () => {
    expect(problems).toEqual([]);
  });

  // Causes, organisations, https links, end dates, uncited sources and repeated hashtags are the
  // schema's and the checker's to enforce (tests/fixtures/bad-content/); this is not.
  it.each(campaigns)('$id cites at least one source', ({ data }) => {
    expect(citedSourceIds(data).length).toBeGreaterThan(0);
  });

  it.each(Object.entries(SEEDS))('has the seed campaign %s, citing its seed article', (hashtag, url) => {
    const campaign = campaigns.find(({ data }) => data.hashtags.some((t) => t.toLowerCase() === hashtag.toLowerCase()));
    expect(campaign, `a campaign with ${hashtag}`).toBeDefined();
    const urls = citedSourceIds(campaign!.data).map((id) => sources.get(id)?.url);
    if (url) expect(urls).toContain(url);
  });
});
