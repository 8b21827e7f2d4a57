/** Facts about the site itself, set once here and read everywhere else. */
const url = 'https://causeway.example.org';

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

export const SITE = {
  /** Public address of the site; canonical URLs, the sitemap and feeds are built from it. */
  url,
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
  attribution: `Causeway (${url}/) by ${holder}, licensed under ${contentLicence.name}`,
} as const;
