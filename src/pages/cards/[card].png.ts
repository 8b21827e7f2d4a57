/** /cards/<slug>.png for each case study, and /cards/site.png for every other page. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getCatalog } from '~/data/catalog.ts';
import { campaignCard, siteCard, type CardLabels } from '~/lib/cards.ts';
import { renderCard, type CardContent } from '~/lib/social-card.ts';
import { ui } from '~/i18n/ui.ts';
import { SITE } from '~/site.config.ts';

const host = new URL(SITE.url).host;
const labels: CardLabels = {
  siteName: ui.siteName,
  caseStudy: ui.card.caseStudy,
  footer: ui.card.footer,
  title: ui.home.title,
  tagline: ui.tagline,
  metricKind: (kind) => ui.metricKinds[kind],
  sources: ui.sourceCount,
};

export const getStaticPaths = (async () => {
  const { campaigns } = await getCatalog();
  if (campaigns.some((c) => c.id === 'site')) throw new Error('a case study may not be called "site": /cards/site.png is the site card');
  return [
    ...campaigns.map((campaign) => ({ params: { card: campaign.id }, props: { content: campaignCard(campaign, host, labels) } })),
    { params: { card: 'site' }, props: { content: siteCard(host, labels) } },
  ];
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ content: CardContent }> = async ({ props }) =>
  new Response(await renderCard(props.content), { headers: { 'Content-Type': 'image/png' } });
