/**
 * Every collection, its folder under content/ and its schema, in one table. Both Astro
 * (src/content.config.ts) and the standalone checker (src/lib/content-check.ts) read it, so the
 * two can never disagree on what valid content is.
 */
import { campaignSchema } from './campaign.ts';
import { causeSchema, mechanicSchema, organisationSchema, pageSchema, sourceSchema, themeSchema } from './taxonomy.ts';

export const COLLECTIONS = {
  campaigns: { pattern: '**/*.mdx', schema: campaignSchema },
  organisations: { pattern: '**/*.yaml', schema: organisationSchema },
  causes: { pattern: '**/*.yaml', schema: causeSchema },
  mechanics: { pattern: '**/*.yaml', schema: mechanicSchema },
  themes: { pattern: '**/*.yaml', schema: themeSchema },
  sources: { pattern: '**/*.yaml', schema: sourceSchema },
  pages: { pattern: '**/*.mdx', schema: pageSchema },
} as const;

export type CollectionName = keyof typeof COLLECTIONS;
export const COLLECTION_NAMES = Object.keys(COLLECTIONS) as CollectionName[];
