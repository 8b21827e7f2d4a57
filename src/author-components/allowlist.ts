/**
 * The names of the components case-study MDX may use, with the attributes each accepts. The
 * content checker reads this list (it cannot import .astro files); `index.ts` must export
 * exactly these components, which TypeScript enforces there.
 */
export const AUTHOR_COMPONENT_PROPS = {
  Cite: ['id', 'passage', 'translation'],
  Lessons: [],
  Quotations: [],
  Results: [],
} as const satisfies Record<string, readonly string[]>;

/** A list of components MDX may use, each with the attributes it takes. */
export type ComponentProps = Readonly<Record<string, readonly string[]>>;

/**
 * The components the site's prose pages (content/pages/*.mdx) may use instead: the parts of the
 * methodology that the code knows better than a writer could, so they never go stale (a count of
 * the catalogue, the definitions of a vocabulary, the links to the issue forms).
 */
export const PAGE_COMPONENT_PROPS = {
  Count: ['of'],
  Terms: ['group'],
  ReportLinks: [],
} as const satisfies Record<string, readonly string[]>;

export type PageComponentName = keyof typeof PAGE_COMPONENT_PROPS;

export type AuthorComponentName = keyof typeof AUTHOR_COMPONENT_PROPS;
export const AUTHOR_COMPONENT_NAMES = Object.keys(AUTHOR_COMPONENT_PROPS) as AuthorComponentName[];
