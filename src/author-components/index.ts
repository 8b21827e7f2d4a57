/**
 * The allowlist of components that case-study MDX may use. The case-study page passes exactly
 * these to the MDX renderer; anything else in a content file is refused by the checker.
 */
import Cite from './Cite.astro';
import Lessons from './Lessons.astro';
import Quotations from './Quotations.astro';
import Results from './Results.astro';

export const authorComponents = { Cite, Lessons, Quotations, Results };
export type AuthorComponentName = keyof typeof authorComponents;
