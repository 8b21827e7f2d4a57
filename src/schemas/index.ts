/**
 * Every collection, its folder under content/ and its schema, in one table. Both Astro
 * (src/content.config.ts) and the standalone checker (src/lib/content/check.node.ts) read it, so the
 * two can never disagree on what valid content is.
 */
import { campaignSchema } from './campaign.ts';
import { causeSchema, mechanicSchema, objectiveSchema, organisationSchema, pageSchema, sourceSchema, themeSchema } from './taxonomy.ts';

/** Each collection's file extension and schema; its files are every `*<extension>` under content/<name>/. */
export const COLLECTIONS = {
  campaigns: { extension: '.mdx', schema: campaignSchema },
  organisations: { extension: '.yaml', schema: organisationSchema },
  causes: { extension: '.yaml', schema: causeSchema },
  mechanics: { extension: '.yaml', schema: mechanicSchema },
  objectives: { extension: '.yaml', schema: objectiveSchema },
  themes: { extension: '.yaml', schema: themeSchema },
  sources: { extension: '.yaml', schema: sourceSchema },
  pages: { extension: '.mdx', schema: pageSchema },
} as const;

export type CollectionName = keyof typeof COLLECTIONS;
export const COLLECTION_NAMES = Object.keys(COLLECTIONS) as CollectionName[];
