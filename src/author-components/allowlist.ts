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

export type AuthorComponentName = keyof typeof AUTHOR_COMPONENT_PROPS;
export const AUTHOR_COMPONENT_NAMES = Object.keys(AUTHOR_COMPONENT_PROPS) as AuthorComponentName[];
