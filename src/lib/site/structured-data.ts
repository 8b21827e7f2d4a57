/**
 * schema.org JSON-LD for a case study: an Article that cites every source it draws on, so
 * search engines and citation tools can see where each claim comes from.
 */
import type { ResolvedCampaign, SourceEntry } from '../model/entries.ts';

export function citationLd({ data }: SourceEntry) {
  return {
    '@type': 'CreativeWork',
    name: data.title,
    url: data.url,
    publisher: { '@type': 'Organization', name: data.publisher },
    ...(data.published ? { datePublished: data.published.iso } : {}),
    ...(data.authors.length ? { author: data.authors.map((name) => ({ '@type': 'Person', name })) } : {}),
    inLanguage: data.language,
  };
}

export function caseStudyLd(
  campaign: Pick<ResolvedCampaign, 'data' | 'causes' | 'organisations' | 'sources'>,
  page: { url: URL; image: URL; siteName: string; site: URL },
) {
  return {
    '@context': 'https://schema.org',
    '@type': 'Article',
    headline: campaign.data.title,
    description: campaign.data.summary,
    url: page.url.href,
    mainEntityOfPage: page.url.href,
    image: page.image.href,
    inLanguage: 'en',
    keywords: [...campaign.data.hashtags, ...campaign.causes.map((c) => c.data.name)].join(', '),
    mentions: campaign.organisations.map(({ organisation }) => ({
      '@type': 'Organization',
      name: organisation.data.name,
      ...(organisation.data.shortName ? { alternateName: organisation.data.shortName } : {}),
      ...(organisation.data.website ? { url: organisation.data.website } : {}),
    })),
    publisher: { '@type': 'Organization', name: page.siteName, url: page.site.href },
    citation: campaign.sources.map(citationLd),
  };
}

/** JSON for a <script> element: `<` escaped so no string in the data can close the element. */
export const scriptJson = (value: unknown) => JSON.stringify(value).replaceAll('<', '\\u003c');
