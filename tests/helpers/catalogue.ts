/**
 * The fixture builds, made once per run by tests/catalogue.setup.ts. The catalogue's is what
 * tests use when they need several case studies, or counts and orders that must not change as
 * content/ grows; the pagination fixture's (tests/helpers/pagination-build.ts) has listings of
 * three pages, which the real content does not yet reach.
 */
import { inject } from 'vitest';

export interface Catalogue {
  /** The project copy, with the fixture's content/. */
  root: string;
  /** Its build. */
  dist: string;
}

declare module 'vitest' {
  export interface ProvidedContext {
    catalogue: Catalogue;
    paginated: Catalogue;
  }
}

function provided(key: 'catalogue' | 'paginated', name: string): Catalogue {
  const built = inject(key);
  if (!built) throw new Error(`No ${name}: run the site and browser tests through vitest.config.ts, whose global setup builds it.`);
  return built;
}

/** The fixture catalogue's build. */
export const catalogue = () => provided('catalogue', 'fixture catalogue');

/** The pagination fixture's build. */
export const paginated = () => provided('paginated', 'pagination fixture');

/**
 * The catalogue's case studies by views, most first: 900M, 500M, 230M–380M, 50M and 1M, then
 * the two that report none, newest first. Both the listing's and the compare table's sort give it.
 */
export const BY_VIEWS = [
  'fixture-skills-week',
  'fixture-alpha',
  'the-real-challenge',
  'fixture-delta',
  'fixture-gamma',
  'fixture-climate-pledge',
  'fixture-beta',
];
