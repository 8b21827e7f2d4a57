/**
 * The allowlist of components that case-study MDX may use. The case-study page passes exactly
 * these to the MDX renderer; anything else in a content file is refused by the checker, which
 * reads their names from `allowlist.ts` (`satisfies` keeps the two lists equal).
 */
import Cite from './Cite.astro';
import Lessons from './Lessons.astro';
import Quotations from './Quotations.astro';
import Results from './Results.astro';
import type { AuthorComponentName } from './allowlist.ts';

export const authorComponents = { Cite, Lessons, Quotations, Results } satisfies Record<AuthorComponentName, unknown>;
export type { AuthorComponentName };
