/**
 * /cards/<slug>.png for each case study, and /cards/site.png for every other page: served by this
 * route in `astro dev`, written into dist/ by the social-cards integration in a build.
 */
import { join } from 'node:path';
import type { APIRoute, GetStaticPaths } from 'astro';
import { getCatalogue } from '~/data/catalogue.ts';
import { cardCache, templateHash, type CardCache } from '~/integrations/social-cards/cache.ts';
import { cardsWrittenByIntegration, handOverCards, workerScript } from '~/integrations/social-cards/index.ts';
import { campaignCard, siteCard, type CardLabels } from '~/integrations/social-cards/content.ts';
import { renderCard, rendererFingerprint, type CardContent } from '~/integrations/social-cards/render.ts';
import { cardWorkers, type CardWorkers } from '~/integrations/social-cards/workers.ts';
// The renderer's own source, inlined at build time: a change to the template changes every key.
import rendererSource from '~/integrations/social-cards/render.ts?raw';
import { ui } from '~/i18n/ui.ts';
import { SITE } from '~/site.config.ts';

const labels: CardLabels = {
  siteName: ui.site.name,
  caseStudy: ui.card.caseStudy,
  footer: ui.card.footer,
  title: ui.home.title,
  tagline: ui.site.tagline,
  metricKind: (kind) => ui.metricKinds[kind],
  sources: ui.counts.sources,
};

// A build draws the cards it lacks on worker threads (src/integrations/social-cards/workers.ts), started on the
// first miss and ended once every missing card is drawn; the dev server draws on request.
let workers: CardWorkers | null | undefined;
const draw = (card: CardContent) =>
  cardsWrittenByIntegration() && workers !== null ? (workers ??= cardWorkers(workerScript())).render(card) : renderCard(card);

// Rendered cards persist in .cache/cards/ (git-ignored, cached in CI) between builds;
// CARD_CACHE_DIR points a build elsewhere (the deterministic-build check gives each build its own).
let cache: Promise<CardCache> | undefined;
const cards = () =>
  (cache ??= rendererFingerprint().then((fingerprint) =>
    cardCache({
      dir: process.env.CARD_CACHE_DIR ?? join(process.cwd(), '.cache', 'cards'),
      template: templateHash([rendererSource, ...fingerprint]),
      render: draw,
    }),
  ));

export const getStaticPaths = (async () => {
  const { campaigns } = await getCatalogue();
  if (campaigns.some((c) => c.id === 'site')) throw new Error('a case study may not be called "site": /cards/site.png is the site card');
  const paths = [
    ...campaigns.map((campaign) => ({ params: { card: campaign.id }, props: { content: campaignCard(campaign, SITE, labels) } })),
    { params: { card: 'site' }, props: { content: siteCard(SITE, labels) } },
  ];
  // The dev server draws a card when it is asked for; see GET.
  if (!cardsWrittenByIntegration()) return paths;
  // A build does not render this route: the social-cards integration writes the cards into
  // dist/ once every page is rendered (see src/integrations/social-cards/index.ts for why). The missing
  // ones are drawn from now on, on the workers, while Astro renders the pages.
  const cache = await cards();
  const contents = paths.map((path) => path.props.content);
  // Cards of old versions of the site go, so the folder (and CI's copy) does not grow forever.
  cache.prune(contents);
  const drawn = cache.prefetch(contents).finally(() => {
    // Once they are drawn the workers end, giving their memory back to the rest of the build; a
    // card needed after that (one whose drawing failed) is drawn on this thread.
    void workers?.close();
    workers = null;
  });
  handOverCards(
    drawn.then(() =>
      Promise.all(paths.map(async ({ params, props }) => ({ name: `${params.card}.png`, file: await cache.file(props.content) }))),
    ),
  );
  return [];
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ content: CardContent }> = async ({ props }) =>
  new Response(await (await cards()).get(props.content), { headers: { 'Content-Type': 'image/png' } });
