/** /corrections.xml: every correction of a case study, newest first, so a journalist who quoted the old text hears of it. */
import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { getCatalogue } from '~/data/catalogue.ts';
import { paths } from '~/lib/site/paths.ts';
import { ui } from '~/i18n/ui.ts';

export const GET: APIRoute = async ({ site }) => {
  const { corrections } = await getCatalogue();
  const t = ui.corrections;
  return rss({
    title: `${ui.site.name}: ${t.title}`,
    description: t.description,
    // The channel's link is the home page, under the base path; item links are resolved against it.
    site: new URL(paths.home, site).href,
    trailingSlash: true,
    customData: '<language>en</language>',
    items: corrections.map(({ campaign, correction }) => ({
      title: t.in(campaign.data.title),
      pubDate: correction.date.start,
      link: paths.campaign(campaign.id),
      description: `${t.was}: ${correction.was} ${t.now}: ${correction.now} ${t.why}: ${correction.why}`,
    })),
  });
};
