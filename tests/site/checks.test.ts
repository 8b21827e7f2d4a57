/**
 * A case study's check record, on its page and in the open data, on the fixture catalogue:
 * Fixture Alpha is checked and unchanged since, Fixture Beta was edited after its check, and
 * the others have never been checked (see CHECKED in catalogue-build.ts).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { fileFor, readPage, textOf } from '../helpers/dist.ts';
import { catalogue } from '../helpers/fixtures/catalogue.ts';
import { parseCsv } from '../helpers/csv.ts';
import { CHECKED } from '../helpers/fixtures/catalogue-build.ts';
import { SITE } from '../../src/site.config.ts';

const dist = () => catalogue().dist;
const line = (slug: string) => readPage(`/campaigns/${slug}/`, dist()).querySelector('article header [data-check]');

describe('the check line under a case study’s summary', () => {
  it('gives the day of the check, what it found and the reviewer’s report', () => {
    const p = line(CHECKED.current)!;
    expect(p.getAttribute('data-check')).toBe('current');
    expect(textOf(p)).toMatch(
      /^Checked against its sources on 2 December 2026\. 24 items tried, 2 defects found and fixed\. Read the review$/,
    );
    expect(p.querySelector('time')?.getAttribute('datetime')).toBe('2026-12-02');
    expect(p.querySelector('a')?.getAttribute('href')).toBe(`${SITE.repository}/blob/${SITE.branch}/docs/checks/${CHECKED.current}.md`);
  });

  it('says so when the case study has changed since its check', () => {
    const p = line(CHECKED.changed)!;
    expect(p.getAttribute('data-check')).toBe('changed');
    expect(textOf(p)).toMatch(
      /^Changed since its last check against its sources, on 2 December 2026\. The text or its sources were edited/,
    );
  });

  it('says when that check was a re-check of only what had changed since a full check', () => {
    expect(textOf(line(CHECKED.changed))).toMatch(
      /A re-check of what changed since the full check of 1 December 2026: 24 items tried, 2 defects found and fixed\. Read the review$/,
    );
    expect(textOf(line(CHECKED.current))).not.toMatch(/re-check/);
  });

  it('says when a case study has never been checked', () => {
    const p = line('fixture-gamma')!;
    expect(p.getAttribute('data-check')).toBe('unchecked');
    expect(textOf(p)).toBe('Not yet checked against its sources by an independent reviewer.');
  });
});

describe('the check record in the open data', () => {
  const records = () => {
    const json = JSON.parse(readFileSync(fileFor('/data/campaigns.json', dist()), 'utf8')) as {
      campaigns: { slug: string; checked: { date: string; items: number; defects: number; hash: string; current: boolean } | null }[];
    };
    return new Map(json.campaigns.map((c) => [c.slug, c.checked]));
  };

  it('is in campaigns.json, with whether the content is still what was checked', () => {
    const byslug = records();
    expect(byslug.get(CHECKED.current)).toMatchObject({ date: '2026-12-02', items: 24, defects: 2, current: true });
    expect(byslug.get(CHECKED.current)?.hash).toMatch(/^sha256:[0-9a-f]{64}$/);
    expect(byslug.get(CHECKED.changed)).toMatchObject({ current: false, since: CHECKED.since });
    expect(byslug.get(CHECKED.current)).toMatchObject({ since: null });
    expect(byslug.get('fixture-gamma')).toBeNull();
  });

  it('is in campaigns.csv, on every figure’s row', () => {
    const [header, ...rows] = parseCsv(readFileSync(fileFor('/data/campaigns.csv', dist()), 'utf8'));
    expect(header!.slice(-2)).toEqual(['campaign_checked', 'campaign_check']);
    const checked = rows.filter((r) => r[0] === CHECKED.current);
    expect(checked.length).toBeGreaterThan(0);
    for (const row of checked) expect(row.slice(-2)).toEqual(['2026-12-02', 'current']);
    expect(rows.find((r) => r[0] === 'fixture-gamma')?.slice(-2)).toEqual(['', 'unchecked']);
  });
});
