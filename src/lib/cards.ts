/**
 * Where social cards live and what they say. Kept apart from the renderer (social-card.ts) so
 * pages can link a card without loading satori and sharp.
 */
import type { Campaign } from '../data/catalog.ts';
import { orgLabel } from '../data/catalog.ts';
import { ui } from '../i18n/ui.ts';
import { cardHeadline } from './compare.ts';
import { formatRow, metricRows, sourceCount } from './metrics.ts';
import type { CardContent } from './social-card.ts';

/** The card of a case study. */
export const cardPath = (slug: string) => `/cards/${slug}.png`;
/** The card of every other page. */
export const SITE_CARD_PATH = '/cards/site.png';

export function campaignCard(campaign: Campaign, host: string): CardContent {
  const rows = metricRows(campaign.metrics);
  const row = cardHeadline(rows);
  const leads = campaign.organisations.filter((o) => o.role === 'lead').map((o) => orgLabel(o.organisation));
  return {
    kicker: `${ui.siteName} · ${ui.card.caseStudy}`,
    title: campaign.data.title,
    byline: [leads.join(' × '), campaign.year].filter(Boolean).join(' · '),
    figure: row && `${formatRow(row)} ${ui.metricKinds[row.kind].toLowerCase()}`,
    figureNote: row && ui.card.sources(sourceCount(row)),
    footer: `${ui.card.footer} · ${host}`,
  };
}

export function siteCard(host: string): CardContent {
  return { kicker: ui.siteName, title: ui.home.title, byline: ui.tagline, footer: `${ui.card.footer} · ${host}` };
}
