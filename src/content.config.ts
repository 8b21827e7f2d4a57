/**
 * Astro's view of the content: one collection per folder under content/, each validated by the
 * schema in src/schemas/. The file name (without extension) is the entry's id and URL slug.
 * Each collection is spelled out so TypeScript keeps its own data type.
 */
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { COLLECTIONS } from './schemas/index.ts';

const loader = (name: keyof typeof COLLECTIONS) => glob({ pattern: `**/*${COLLECTIONS[name].extension}`, base: `./content/${name}` });

export const collections = {
  campaigns: defineCollection({ loader: loader('campaigns'), schema: COLLECTIONS.campaigns.schema }),
  organisations: defineCollection({ loader: loader('organisations'), schema: COLLECTIONS.organisations.schema }),
  causes: defineCollection({ loader: loader('causes'), schema: COLLECTIONS.causes.schema }),
  mechanics: defineCollection({ loader: loader('mechanics'), schema: COLLECTIONS.mechanics.schema }),
  objectives: defineCollection({ loader: loader('objectives'), schema: COLLECTIONS.objectives.schema }),
  themes: defineCollection({ loader: loader('themes'), schema: COLLECTIONS.themes.schema }),
  sources: defineCollection({ loader: loader('sources'), schema: COLLECTIONS.sources.schema }),
  pages: defineCollection({ loader: loader('pages'), schema: COLLECTIONS.pages.schema }),
};
