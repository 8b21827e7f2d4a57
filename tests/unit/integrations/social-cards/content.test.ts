import { describe, expect, it } from 'vitest';
import { campaignCard, siteCard, type CardLabels } from '../../../../src/integrations/social-cards/content.ts';
import type { ResolvedCampaign } from '../../../../src/lib/model/entries.ts';

const labels: CardLabels = {
  siteName: 'Causeway',
  caseStudy: 'Case study',
  footer: 'Every figure with its source',
  title: 'Causeway',
  tagline: 'Social-cause campaigns on TikTok',
  metricKind: (kind) => kind,
  sources: (n) => `${n} sources`,
};
const campaign = {
  data: { title: '#TheRealChallenge' },
  leads: [{ id: 'unicef', data: { name: 'UNICEF' } }],
  year: 2019,
  metrics: [],
} as unknown as Pick<ResolvedCampaign, 'data' | 'leads' | 'year' | 'metrics'>;

describe('the address a social card prints', () => {
  const underBase = { url: 'https://owner.github.io', base: '/causeway/' };

  it('is the site’s real address, base path included, on a case study’s card and the site card', () => {
    expect(campaignCard(campaign, underBase, labels).footer).toBe('Every figure with its source · owner.github.io/causeway');
    expect(siteCard(underBase, labels).footer).toBe('Every figure with its source · owner.github.io/causeway');
  });

  it('is the host alone for a site at the root of its host', () => {
    expect(siteCard({ url: 'https://causeway.example.org', base: '/' }, labels).footer).toBe(
      'Every figure with its source · causeway.example.org',
    );
  });
});
