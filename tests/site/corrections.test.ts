/**
 * Corrections: a case study lists its own at the end, /corrections/ lists them all, newest first,
 * with a feed, and the open data carries them (on the fixture catalogue, whose Fixture Alpha has one).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { fileFor, readPage, textOf } from '../helpers/dist.ts';
import { catalogue } from '../helpers/fixtures/catalogue.ts';

const dist = () => catalogue().dist;

describe('corrections', () => {
  it('are listed at the end of their case study: the day, what it said, what it says now and why', () => {
    const section = readPage('/campaigns/fixture-alpha/', dist()).querySelector('section[aria-labelledby="corrections-heading"]')!;
    expect(textOf(section.querySelector('h2'))).toBe('Corrections');
    expect(section.querySelector('time')?.getAttribute('datetime')).toBe('2026-11-30');
    expect(textOf(section.querySelector('del'))).toBe('The campaign reached 900 million views.');
    expect(textOf(section.querySelector('ins'))).toBe('The source reports 500 million views.');
    expect(textOf(section)).toContain('The source gives 500 million; 900 million was another campaign’s figure.'.replace('’', "'"));
  });

  it('leave no such section on a case study never corrected', () => {
    expect(readPage('/campaigns/fixture-beta/', dist()).querySelector('#corrections-heading')).toBeNull();
  });

  it('are all on /corrections/, each linked to its case study, with the feed linked', () => {
    const page = readPage('/corrections/', dist());
    const items = page.querySelectorAll('main li');
    expect(items).toHaveLength(1);
    expect(items[0]!.querySelector('a')?.getAttribute('href')).toBe('/campaigns/fixture-alpha/');
    expect(page.querySelector('main a[href="/corrections.xml"]')).toBeTruthy();
    expect(page.querySelector('footer a[href="/corrections/"]')).toBeTruthy();
  });

  it('are in their RSS feed, and in campaigns.json', () => {
    const feed = readFileSync(fileFor('/corrections.xml', dist()), 'utf8');
    expect(feed).toContain('<title>In Fixture Alpha</title>');
    expect(feed).toMatch(/<link>https:\/\/[^<]+\/campaigns\/fixture-alpha\/<\/link>/);
    const json = JSON.parse(readFileSync(fileFor('/data/campaigns.json', dist()), 'utf8')) as {
      campaigns: { slug: string; corrections: { date: { date: string }; now: string }[] }[];
    };
    const alpha = json.campaigns.find((c) => c.slug === 'fixture-alpha')!;
    expect(alpha.corrections.map((c) => [c.date.date, c.now])).toEqual([['2026-11-30', 'The source reports 500 million views.']]);
  });
});
