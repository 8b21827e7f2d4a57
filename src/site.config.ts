/** Facts about the site itself, set once here and read everywhere else. */
import { siteAddress } from './lib/site/address.ts';

/** Who holds the copyright in the code and the content: everyone who contributed, as the licence files say. */
const holder = 'The Causeway contributors';

/** The case studies and the open data: CC BY 4.0 (LICENSE-CONTENT.md). */
const contentLicence = {
  /** SPDX identifier, as package.json, CITATION.cff and the Data Package give it. */
  id: 'CC-BY-4.0',
  /** How a reader sees it named. */
  name: 'CC BY 4.0',
  title: 'Creative Commons Attribution 4.0 International',
  url: 'https://creativecommons.org/licenses/by/4.0/',
  /** The licence file in the repository. */
  file: 'LICENSE-CONTENT.md',
} as const;

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
  /** The site's name, as the dataset's title and the attribution line give it. */
  name: 'Causeway',
  holder,
  /** The year the licences were first granted, in their copyright lines. */
  year: 2026,
  /** The code: MIT (LICENSE). */
  codeLicence: { id: 'MIT', name: 'MIT', title: 'MIT License', url: 'https://opensource.org/license/mit', file: 'LICENSE' },
  contentLicence,
  /** How to credit a reuse of the content or the data; LICENSE-CONTENT.md and the open data give the same line. */
  attribution: `Causeway (${address.url}${address.base}) by ${holder}, licensed under ${contentLicence.name}`,
} as const;
