/**
 * Two people on every case study: each published one carries the record of an independent
 * check made after its last change, with the reviewer's report filed beside it. A case study
 * edited since its check fails here until a reviewer has checked the new version
 * (CONTRIBUTING, "Checking a case study").
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { collectionEntries, publishedCampaigns } from '../helpers/collections.ts';
import type { CampaignData } from '../../src/schemas/campaign.ts';
import { checkHash } from '../../src/lib/content/check-record.node.ts';
import { reportCounts } from '../../src/lib/content/check-record.ts';
import { citedSourceIds } from '../../src/lib/model/references.ts';

describe('check records', () => {
  const campaigns = publishedCampaigns();

  it('finds the case studies', () => {
    expect(campaigns.length).toBeGreaterThan(0);
  });

  for (const { id, data } of campaigns) {
    describe(`content/campaigns/${id}.mdx`, () => {
      it('has a check record (run npm run record-check after an independent review)', () => {
        expect(data.checked).toBeDefined();
      });
      it('is unchanged since that check, sources included (else: have the new version reviewed, then record it)', () => {
        expect(data.checked?.hash).toBe(checkHash(id, citedSourceIds(data)));
      });
      it('has the reviewer\'s report in docs/checks/, with the counts the record states', () => {
        const report = `docs/checks/${id}.md`;
        expect(existsSync(report)).toBe(true);
        const counts = reportCounts(readFileSync(report, 'utf8'));
        const since = data.checked?.since?.iso;
        expect(counts).toEqual({ items: data.checked?.items, defects: data.checked?.defects, ...(since && { since }) });
      });
    });
  }
});

/**
 * Every filed report, drafts' included, read as record-check reads it: only its top report counts
 * (a re-check stands above the report it builds on), and its counts are the ones its case study's
 * record holds.
 */
describe('filed reports in docs/checks/', () => {
  const files = readdirSync('docs/checks').filter((f) => f.endsWith('.md'));
  const campaigns = new Map(collectionEntries('campaigns').map((e) => [e.id, e.data as CampaignData]));

  it('finds the reports', () => {
    expect(files.length).toBeGreaterThan(0);
  });

  for (const file of files) {
    const slug = file.slice(0, -'.md'.length);
    it(`docs/checks/${file} has the items and defects of the checked record of content/campaigns/${slug}.mdx`, () => {
      const checked = campaigns.get(slug)?.checked;
      expect(checked, `content/campaigns/${slug}.mdx has no checked record`).toBeDefined();
      const counts = reportCounts(readFileSync(`docs/checks/${file}`, 'utf8'));
      expect(counts).toMatchObject({ items: checked?.items, defects: checked?.defects });
    });
  }
});
