/**
 * Feeds, sitemap and robots.txt, read from the built site. Meta tags, JSON-LD and social cards
 * are checked on every page in tests/site/every-page.test.ts.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { allPages, fileFor, readPage, requireBuild } from '../helpers/dist.ts';
import { publishedCampaigns } from '../helpers/collections.ts';
import { SITE } from '../../src/site.config.ts';

const read = (path: string) => {
  requireBuild();
  return readFileSync(fileFor(path), 'utf8');
};
// A regex, not an HTML parser: HTML parsers treat <link> as empty, which RSS's is not.
const xmlTexts = (xml: string, tag: string) => [...xml.matchAll(new RegExp(`<${tag}>([\\s\\S]*?)</${tag}>`, 'g'))].map((m) => m[1]!.trim());
const XML_ENTITIES: Record<string, string> = { lt: '<', gt: '>', quot: '"', apos: "'", amp: '&' };
const decodeXml = (text: string) =>
  text.replace(/&(#\d+|\w+);/g, (whole, name: string) =>
    name.startsWith('#') ? String.fromCodePoint(Number(name.slice(1))) : (XML_ENTITIES[name] ?? whole),
  );
const caseStudyUrls = () => publishedCampaigns().map((c) => `${SITE.url}/campaigns/${c.id}/`);
const indexable = () => allPages().filter((p) => p !== '/404.html');

describe('RSS', () => {
  it('lists the newest case studies, up to its limit, each with its title and summary', () => {
    const items = xmlTexts(read('/rss.xml'), 'item');
    const links = items.map((i) => xmlTexts(i, 'link')[0]!);
    expect(links).toHaveLength(Math.min(SITE.feedItems, caseStudyUrls().length));
    expect(caseStudyUrls()).toEqual(expect.arrayContaining(links));
    const dates = items.map((i) => Date.parse(xmlTexts(i, 'pubDate')[0]!));
    expect(dates).toEqual([...dates].sort((a, b) => b - a));
    for (const { id, data } of publishedCampaigns().filter((c) => links.some((l) => l.endsWith(`/${c.id}/`)))) {
      const item = items.find((i) => xmlTexts(i, 'link')[0]!.endsWith(`/${id}/`))!;
      expect(xmlTexts(item, 'title').map(decodeXml)).toEqual([data.title]);
      expect(xmlTexts(item, 'description').map(decodeXml)).toEqual([data.summary]);
    }
  });
});

describe('sitemap and robots.txt', () => {
  it('lists every page but the 404 page, every case study among them', () => {
    const index = read('/sitemap-index.xml');
    const urls = xmlTexts(index, 'loc').flatMap((loc) => xmlTexts(read(new URL(loc).pathname), 'loc'));
    expect(urls).toEqual(expect.arrayContaining(caseStudyUrls()));
    expect(urls.sort()).toEqual(
      indexable()
        .map((p) => `${SITE.url}${p}`)
        .sort(),
    );
  });

  it('robots.txt points at the sitemap', () => {
    expect(read('/robots.txt')).toMatch(new RegExp(`^Sitemap: ${SITE.url}/sitemap-index.xml$`, 'm'));
  });
});

describe('the 404 page', () => {
  it('keeps the 404 page out of the index, without a canonical URL', () => {
    const head = readPage('/404.html').querySelector('head')!;
    expect(head.querySelector('link[rel="canonical"]')).toBeNull();
    expect(head.querySelector('meta[name="robots"]')?.getAttribute('content')).toBe('noindex');
  });
});
