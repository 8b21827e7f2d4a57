/** Facts about the site itself, set once here and read everywhere else. */
export const SITE = {
  /** Public address of the site; canonical URLs, the sitemap and feeds are built from it. */
  url: 'https://causeway.example.org',
  /** The repository that holds the content, for "Edit this page" and contribution links. */
  repository: 'https://github.com/causeway-site/causeway',
  /** The branch contributors edit. */
  branch: 'main',
} as const;
