/**
 * The allowlists of components that MDX may use: a case study's author components, and the
 * prose pages' own. Each page passes exactly its list to the MDX renderer; anything else in a
 * content file is refused by the checker, which reads the names from `allowlist.ts` (`satisfies`
 * keeps the lists equal).
 */
import Cite from '~/author-components/Cite.astro';
import Lessons from '~/author-components/Lessons.astro';
import Quotations from '~/author-components/Quotations.astro';
import Results from '~/author-components/Results.astro';
import Count from '~/author-components/pages/Count.astro';
import ReportLinks from '~/author-components/pages/ReportLinks.astro';
import Terms from '~/author-components/pages/Terms.astro';
import type { AuthorComponentName, PageComponentName } from '~/author-components/allowlist.ts';

export const authorComponents = { Cite, Lessons, Quotations, Results } satisfies Record<AuthorComponentName, unknown>;
/** What a prose page of content/pages/ may use (PAGE_COMPONENT_PROPS): About and the methodology. */
export const pageComponents = { Count, Terms, ReportLinks } satisfies Record<PageComponentName, unknown>;
export type { AuthorComponentName };
