/** Facts about the site itself, set once here and read everywhere else. */
import { siteAddress } from './lib/site/address.ts';

/**
 * Where the site is served from, as a deploy sets it: `SITE_URL` (https://owner.github.io) and
 * `BASE_PATH` (/causeway/), both optional (src/lib/site/address.ts has the defaults and checks
 * them). Each variable is read by its full name: astro.config.mjs has Vite write the checked
 * values in under those names, so pages and browser code see what the build saw.
 */
const address = siteAddress({ SITE_URL: process.env.SITE_URL, BASE_PATH: process.env.BASE_PATH });

export const SITE = {
  /** Public origin of the site, without a trailing slash; canonical URLs, the sitemap and feeds are built from it. */
  url: address.url,
  /** The path every internal address starts with, / or /name/ (Astro's `base`); src/lib/site/paths.ts applies it. */
  base: address.base,
  /** The repository that holds the content, for "Edit this page" and contribution links. */
  repository: 'https://github.com/causeway-site/causeway',
  /** The branch contributors edit. */
  branch: 'main',
} as const;
