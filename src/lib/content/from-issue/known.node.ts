/** What content/ holds that a proposal can name, read through the content checker's own loader. */
import { checkContent } from '../check.node.ts';
import type { CampaignData } from '../../../schemas/campaign.ts';
import type { KnownContent } from './convert.ts';
import type { Choice } from './form.ts';

/** The valid entries of content/ under `root` that a proposal can refer to, each list sorted by id. */
export function knownContent(root: string): KnownContent {
  const { entries } = checkContent(root);
  const of = (collection: string) => entries.filter((e) => e.collection === collection).sort((a, b) => (a.id < b.id ? -1 : 1));
  const choices = (collection: string): Choice[] => of(collection).map((e) => ({ id: e.id, name: (e.data as { name: string }).name }));
  return {
    organisations: choices('organisations'),
    causes: choices('causes'),
    mechanics: choices('mechanics'),
    sources: of('sources').map((e) => ({ id: e.id, url: (e.data as { url: string }).url })),
    campaigns: of('campaigns').map((e) => ({ id: e.id, hashtags: (e.data as CampaignData).hashtags })),
  };
}
