/**
 * The allowlist of components that case-study MDX may use. The case-study page passes exactly
 * these to the MDX renderer; anything else in a content file is refused by the checker, which
 * reads their names from `allowlist.ts` (`satisfies` keeps the two lists equal).
 */
import Cite from '~/author-components/Cite.astro';
import Lessons from '~/author-components/Lessons.astro';
import Quotations from '~/author-components/Quotations.astro';
import Results from '~/author-components/Results.astro';
import type { AuthorComponentName } from '~/author-components/allowlist.ts';

export const authorComponents = { Cite, Lessons, Quotations, Results } satisfies Record<AuthorComponentName, unknown>;
export type { AuthorComponentName };
