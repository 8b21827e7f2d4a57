/**
 * The content as the schemas read it, straight from content/ (not through the build), to check
 * the built site against.
 */
import { resolve } from 'node:path';
import { checkContent } from '../../src/lib/content-check.ts';
import type { CampaignData } from '../../src/schemas/campaign.ts';
import type { z } from 'astro/zod';
import type { sourceSchema } from '../../src/schemas/taxonomy.ts';

export type SourceData = z.output<typeof sourceSchema>;

let loaded: ReturnType<typeof checkContent> | undefined;
const entries = () => (loaded ??= checkContent(resolve('.'))).entries;

/** Published case studies (drafts left out), by slug. */
export function publishedCampaigns(): { id: string; data: CampaignData }[] {
  return entries()
    .filter((e) => e.collection === 'campaigns' && !(e.data as CampaignData).draft)
    .map((e) => ({ id: e.id, data: e.data as CampaignData }));
}

export function sourcesById(): Map<string, SourceData> {
  return new Map(
    entries()
      .filter((e) => e.collection === 'sources')
      .map((e) => [e.id, e.data as SourceData]),
  );
}
