/**
 * The catalogue in numbers, as the methodology states them (<Count of="…" /> in
 * content/pages/methodology.mdx): computed at each build, so the page never quotes a stale figure.
 */
import type { Catalogue } from '~/data/catalogue.ts';
import { claimOrigin, provenance } from '~/lib/figures/evidence.ts';

/** Everything a prose page can count, by the name its <Count of="…" /> gives. */
export function catalogueCounts({ campaigns }: Pick<Catalogue, 'campaigns'>) {
  const sources = [...new Map(campaigns.flatMap((c) => c.sources.map((s) => [s.id, s] as const))).values()];
  const claims = campaigns.flatMap((c) => c.metrics);
  const checks = (state: string) => campaigns.filter((c) => c.check.state === state).length;
  return {
    /** Published case studies. */
    'case-studies': campaigns.length,
    /** Distinct sources the published case studies cite. */
    sources: sources.length,
    /** Of those, the sources in English (language tag en or en-…). */
    'english-sources': sources.filter((s) => s.data.language === 'en' || s.data.language.startsWith('en-')).length,
    /** Of those, the sources whose kind is TikTok itself. */
    'platform-sources': sources.filter((s) => s.data.kind === 'platform').length,
    /** Every figure as one source reports it (a row of campaigns.csv). */
    figures: claims.length,
    'self-reported-figures': claims.filter((c) => provenance([c]) === 'self-reported').length,
    'independent-figures': claims.filter((c) => provenance([c]) === 'independent').length,
    /** Figures that come from TikTok: reported by TikTok, or passed on "according to TikTok". */
    'platform-figures': claims.filter((c) => claimOrigin(c) === 'platform').length,
    /** Case studies whose independent check still holds, whose content changed since, and never checked. */
    'checked-current': checks('current'),
    'checked-changed': checks('changed'),
    unchecked: checks('unchecked'),
    corrections: campaigns.reduce((n, c) => n + c.data.corrections.length, 0),
  };
}

export type CountName = keyof ReturnType<typeof catalogueCounts>;
