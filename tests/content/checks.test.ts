/**
 * Two people on every case study: each published one carries the record of an independent
 * check made after its last change, with the reviewer's report filed beside it. A case study
 * edited since its check fails here until a reviewer has checked the new version
 * (CONTRIBUTING, "Checking a case study").
 */
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { publishedCampaigns } from '../helpers/collections.ts';
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
