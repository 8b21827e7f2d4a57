/** /rss.xml: one item per case study, newest launch first. */
import { paths } from '~/lib/paths.ts';
import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { getCatalog } from '~/data/catalog.ts';
import { ui } from '~/i18n/ui.ts';

export const GET: APIRoute = async ({ site }) => {
  const { campaigns } = await getCatalog();
  return rss({
    title: ui.siteName,
    description: ui.tagline,
    site: site!,
    trailingSlash: true,
    customData: '<language>en</language>',
    // Items carry no pubDate: the catalogue records when a campaign launched, not when its case
    // study was published, and a launch date would claim the page is years older than it is.
    items: campaigns.map((campaign) => ({
      title: campaign.data.title,
      link: paths.campaign(campaign.id),
      description: campaign.data.summary,
      categories: campaign.causes.map((c) => c.data.name),
    })),
  });
};
