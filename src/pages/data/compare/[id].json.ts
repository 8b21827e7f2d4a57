/**
 * /data/compare/<slug>.json: one case study's row of the compare table, its box in the picker
 * and its charts (a one-bar chart per figure compared, keyed as the page's charts are), as HTML.
 * /compare/ sends only its default selection; the picker fetches this file when a reader adds
 * another case study, and moves each bar into the page's chart of that key, or adds the chart.
 * Every fragment comes from the components the page itself renders (through Astro's container
 * API), so an added row or bar cannot look different.
 */
import type { APIRoute, GetStaticPaths, InferGetStaticPropsType } from 'astro';
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import CompareChoice from '~/components/compare/CompareChoice.astro';
import CompareRow from '~/components/compare/CompareRow.astro';
import BarChart from '~/components/charts/BarChart.astro';
import { chartSeries, compareCampaign } from '~/lib/compare/columns.ts';
import { cached, getCatalogue } from '~/data/catalogue.ts';

export const getStaticPaths = (async () => {
  const catalogue = await getCatalogue();
  return cached(
    catalogue,
    catalogue.campaigns.map((campaign) => ({ params: { id: campaign.id }, props: { campaign } })),
  );
}) satisfies GetStaticPaths;

type Props = InferGetStaticPropsType<typeof getStaticPaths>;

/** One container for every file of the build. */
let container: ReturnType<typeof AstroContainer.create> | undefined;
/**
 * What the container renders. Typed linting cannot see into .astro files (`astro check` can), so
 * the components are given the type here.
 */
type Component = Parameters<AstroContainer['renderToString']>[0];
const choiceComponent = CompareChoice as Component;
const rowComponent = CompareRow as Component;
const chartComponent = BarChart as Component;

export const GET: APIRoute<Props> = async ({ props: { campaign } }) => {
  container ??= AstroContainer.create();
  const renderer = await container;
  const [choice, row] = await Promise.all([
    renderer.renderToString(choiceComponent, { props: { campaign } }),
    // The compare page it goes into already holds the note its figure labels open (EvidenceLabel.astro).
    renderer.renderToString(rowComponent, { props: { campaign }, locals: { labelHelp: true } }),
  ]);
  const series = chartSeries([compareCampaign({ id: campaign.id, title: campaign.data.title, metrics: campaign.metrics })]);
  const charts = Object.fromEntries(
    await Promise.all(series.map(async (s) => [s.key, await renderer.renderToString(chartComponent, { props: { series: s } })] as const)),
  );
  return new Response(`${JSON.stringify({ id: campaign.id, choice, row, charts })}\n`, {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};
