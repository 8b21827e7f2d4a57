/**
 * The fixture catalogue's build, made once per run by tests/catalogue.setup.ts: what tests use
 * when they need several case studies, or counts and orders that must not change as content/
 * grows.
 */
import { inject } from 'vitest';

export interface Catalogue {
  /** The project copy, with the catalogue's content/. */
  root: string;
  /** Its build. */
  dist: string;
}

declare module 'vitest' {
  export interface ProvidedContext {
    catalogue: Catalogue;
  }
}

export function catalogue(): Catalogue {
  const built = inject('catalogue');
  if (!built)
    throw new Error('No fixture catalogue: run the site and browser tests through vitest.config.ts, whose global setup builds it.');
  return built;
}

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
