/**
 * The built search index: what is in it, with which filters and metadata, no glued words, and
 * only prose: every search loads the indexed text of each result it shows, so what the index
 * leaves out (facts, tables, source lists) is bytes no search fetches.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import * as yaml from 'js-yaml';
import { DIST, requireBuild } from '../helpers/dist.ts';
import { contentWords, gluedWords, readFragments, type Fragment } from '../helpers/pagefind-index.ts';
import { catalogue } from '../helpers/fixtures/catalogue.ts';
import { SEARCH_NAMES_ANCHOR } from '../../src/lib/search/records.ts';

/**
 * Most a page's entry in the index may weigh, gzipped as served: about 1,400 words of prose. A
 * case study over it either has that much prose, or has let a part that is not prose (a table,
 * a list of sources) into the index: mark that part data-pagefind-ignore.
 */
const FRAGMENT_LIMIT = 4 * 1024;

/** Anchors other than the headings of the prose and the block of names: ids of parts that are not prose. */
const strayAnchors = (fragment: Fragment) =>
  fragment.anchors.filter((a) => !/^h[2-6]$/.test(a.element) && a.id !== SEARCH_NAMES_ANCHOR).map((a) => `${a.element}#${a.id}`);

interface Front {
  title: string;
  hashtags?: string[];
  draft?: boolean;
  causes: string[];
  mechanics?: string[];
  organisations: { id: string }[];
}
const campaigns = readdirSync('content/campaigns')
  .filter((name) => name.endsWith('.mdx'))
  .map((name) => ({
    slug: name.replace(/\.mdx$/, ''),
    front: yaml.load(readFileSync(join('content/campaigns', name), 'utf8').split('---')[1]!) as Front,
  }))
  .filter((c) => !c.front.draft);

describe('the search index', () => {
  requireBuild();
  const fragments = readFragments(DIST);

  it('holds the case studies and nothing else', () => {
    expect(fragments.map((f) => f.url)).toEqual(campaigns.map((c) => `/campaigns/${c.slug}/`).sort());
  });

  for (const { slug, front } of campaigns) {
    it(`${slug}: filters by id and carries hashtag, summary and organisation meta`, () => {
      const fragment = fragments.find((f) => f.url === `/campaigns/${slug}/`)!;
      expect(fragment.filters.cause?.sort()).toEqual([...front.causes].sort());
      expect(fragment.filters.organisation?.sort()).toEqual(front.organisations.map((o) => o.id).sort());
      expect(fragment.filters.mechanic?.sort() ?? []).toEqual([...(front.mechanics ?? [])].sort());
      expect(fragment.filters.year).toHaveLength(1);
      expect(fragment.filters.kind?.length).toBeGreaterThan(0);
      expect(fragment.meta.title).toBe(front.title);
      expect(fragment.meta.hashtag).toBe(front.hashtags?.[0] ?? '');
      expect(fragment.meta.summary).toBeTruthy();
      expect(fragment.meta.organisation).toBeTruthy();
    });
  }

  it('has no words glued together', () => {
    const allowed = contentWords(resolve('.'));
    for (const fragment of fragments) expect(gluedWords(fragment.content, allowed), fragment.url).toEqual([]);
  });

  it(`holds prose only: no anchor but headings and the names, and no page over ${FRAGMENT_LIMIT / 1024} kB`, () => {
    for (const fragment of fragments) {
      expect(strayAnchors(fragment), fragment.url).toEqual([]);
      expect(fragment.bytes, fragment.url).toBeLessThanOrEqual(FRAGMENT_LIMIT);
    }
  });
});

describe('the search index of the fixture catalogue', () => {
  const { root, dist } = catalogue();
  const real = () => readFragments(dist).find((f) => f.url === '/campaigns/the-real-challenge/')!;

  it('indexes every name and alias of a campaign’s organisations, and of the bodies they are part of, in lower case', () => {
    // "United Nations" and "ByteDance" are the names of UNICEF's and TikTok's parents, not aliases of theirs.
    for (const name of [
      "United Nations Children's Fund",
      'UNICEF',
      "UN Children's Fund",
      'European Union',
      'United Nations',
      'ByteDance',
    ]) {
      expect(real().content).toContain(name.toLowerCase());
    }
  });

  it('has no words glued together, nor split, in phrases that straddle inline elements', () => {
    const allowed = contentWords(root);
    for (const fragment of readFragments(dist)) expect(gluedWords(fragment.content, allowed), fragment.url).toEqual([]);
    expect(real().content).toContain('New York [2], and');
    expect(real().content).toContain('— Ricardo Pires, Communication Specialist, UNICEF Office');
  });

  it('leaves out the facts panel, the results table, the source list and the source lines, and keeps the prose', () => {
    const { content, anchors, bytes } = real();
    for (const left of [
      'Launched 25 October 2019',
      'Figure label',
      'How to read a figure’s label',
      'Sources disagree',
      'Internet Archive',
      'Source:',
    ])
      expect(content).not.toContain(left);
    expect(anchors.map((a) => a.id)).toEqual([
      'context',
      'what-they-did',
      'results',
      'reception',
      'lessons',
      'safeguarding-heading',
      SEARCH_NAMES_ANCHOR,
    ]);
    for (const kept of [
      'No single count exists',
      'The Tik Tok algorithm remains a mystery to us',
      'Invest in the originals',
      'consent or privacy',
    ])
      expect(content).toContain(kept);
    expect(bytes).toBeLessThanOrEqual(FRAGMENT_LIMIT);
    for (const fragment of readFragments(dist)) expect(strayAnchors(fragment), fragment.url).toEqual([]);
  });

  it('indexes the names of its causes, mechanics, countries and languages, which the facts panel showed', () => {
    for (const name of ['Child rights', 'Kindness and anti-bullying', 'Hashtag challenge', 'In-app promotion'])
      expect(real().content).toContain(name);
    const brazil = readFragments(dist).filter((f) => f.filters.country?.includes('BR'));
    expect(brazil.length).toBeGreaterThan(0);
    for (const fragment of brazil) expect(fragment.content, fragment.url).toContain('Brazil');
  });
});

// Proof that the checks above can fail.
describe('the glued-words check', () => {
  it('finds words glued across elements, as Astro 7’s default compression ("jsx") made of <dt>Dates</dt><dd>Launched <time>…', () => {
    expect(gluedWords('Dates: DatesLaunched25 October 2019 on TikTok, for #TheRealChallenge.', new Set(['TikTok']))).toEqual([
      'DatesLaunched25',
      '#TheRealChallenge',
    ]);
  });
});
