/** /rss.xml: the newest case studies, by the day each was published here, with that date. */
import { paths } from '~/lib/site/paths.ts';
import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { getCatalogue } from '~/data/catalogue.ts';
import { ui } from '~/i18n/ui.ts';

/** Items in the feed: readers' feed apps want what is new, not the whole archive. */
const ITEMS = 50;

export const GET: APIRoute = async ({ site }) => {
  const { campaigns } = await getCatalogue();
  const newest = [...campaigns].sort((a, b) => b.published.getTime() - a.published.getTime() || a.id.localeCompare(b.id)).slice(0, ITEMS);
  return rss({
    title: ui.site.name,
    description: ui.site.tagline,
    // The channel's link is the home page, under the base path; item links are resolved against it.
    site: new URL(paths.home, site).href,
    trailingSlash: true,
    customData: '<language>en</language>',
    items: newest.map((campaign) => ({
      title: campaign.data.title,
      pubDate: campaign.published,
      link: paths.campaign(campaign.id),
      description: campaign.data.summary,
      categories: campaign.causes.map((c) => c.data.name),
    })),
  });
};
