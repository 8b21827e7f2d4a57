/**
 * The content as the schemas read it, straight from a project's content/ (not through the
 * build), to check that project's build against: the real project by default, or a copy such
 * as the fixture catalogue's.
 */
import { resolve } from 'node:path';
import { checkContent } from '../../src/lib/content/check.node.ts';
import type { CampaignData } from '../../src/schemas/campaign.ts';
import type { z } from 'astro/zod';
import type { sourceSchema } from '../../src/schemas/taxonomy.ts';

export type SourceData = z.output<typeof sourceSchema>;

const loaded = new Map<string, ReturnType<typeof checkContent>>();
function entries(root: string) {
  let checked = loaded.get(root);
  if (!checked) loaded.set(root, (checked = checkContent(root)));
  return checked.entries;
}

/** Published case studies (drafts left out), by slug. */
export function publishedCampaigns(root = resolve('.')): { id: string; data: CampaignData }[] {
  return entries(root)
    .filter((e) => e.collection === 'campaigns' && !(e.data as CampaignData).draft)
    .map((e) => ({ id: e.id, data: e.data as CampaignData }));
}

export function sourcesById(root = resolve('.')): Map<string, SourceData> {
  return new Map(
    entries(root)
      .filter((e) => e.collection === 'sources')
      .map((e) => [e.id, e.data as SourceData]),
  );
}

/** Every entry of a collection, drafts included, by id. */
export function collectionEntries(collection: string, root = resolve('.')): { id: string; data: unknown }[] {
  return entries(root)
    .filter((e) => e.collection === collection)
    .map((e) => ({ id: e.id, data: e.data }));
}
