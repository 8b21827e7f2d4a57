/** /cards/<slug>.png for each case study, and /cards/site.png for every other page. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getCatalog } from '../../data/catalog.ts';
import { campaignCard, siteCard } from '../../lib/cards.ts';
import { renderCard } from '../../lib/social-card.ts';
import { SITE } from '../../site.config.ts';

const host = new URL(SITE.url).host;

export const getStaticPaths = (async () => {
  const { campaigns } = await getCatalog();
  if (campaigns.some((c) => c.id === 'site')) throw new Error('a case study may not be called "site": /cards/site.png is the site card');
  return [
    ...campaigns.map((campaign) => ({ params: { card: campaign.id }, props: { content: campaignCard(campaign, host) } })),
    { params: { card: 'site' }, props: { content: siteCard(host) } },
  ];
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props }) =>
  new Response(await renderCard(props['content']), { headers: { 'Content-Type': 'image/png' } });
