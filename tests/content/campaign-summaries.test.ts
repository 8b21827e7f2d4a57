/**
 * In YAML an unquoted " #" starts a comment, so a summary such as `paid £1 for every #Movember
 * video` is silently cut short. A complete summary is one sentence, so it ends with a full stop.
 */
import { describe, expect, it } from 'vitest';
import { checkContent } from '../../src/lib/content/check.node.ts';
import type { CampaignData } from '../../src/schemas/campaign.ts';

describe('campaign summaries', () => {
  const campaigns = checkContent(process.cwd()).entries.filter((e) => e.collection === 'campaigns');

  it('finds the case studies', () => {
    expect(campaigns.length).toBeGreaterThan(0);
  });

  for (const campaign of campaigns) {
    it(`${campaign.file} has a whole sentence as its summary (quote it if it contains " #")`, () => {
      expect((campaign.data as CampaignData).summary).toMatch(/[.!?]["”’)]?$/);
    });
  }
});
