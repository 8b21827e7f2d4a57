/** Feeds, sitemap, robots.txt, meta, JSON-LD and social cards, read from the built site. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { allPages, fileFor, readPage, requireBuild } from '../helpers/dist.ts';
import { publishedCampaigns, sourcesById } from '../helpers/collections.ts';
import { pngSize } from '../../src/lib/social-card.ts';
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
  it('lists every case study with its title and summary', () => {
    const items = xmlTexts(read('/rss.xml'), 'item');
    expect(items.map((i) => xmlTexts(i, 'link')[0]).sort()).toEqual(caseStudyUrls().sort());
    for (const { id, data } of publishedCampaigns()) {
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

describe('meta on every page', () => {
  it('has a canonical URL, Open Graph and Twitter tags with an image that exists', () => {
    for (const path of indexable()) {
      const head = readPage(path).querySelector('head')!;
      const meta = (key: string) => head.querySelector(`meta[property="${key}"], meta[name="${key}"]`)?.getAttribute('content');
      const url = `${SITE.url}${path}`;
      expect(head.querySelector('link[rel="canonical"]')?.getAttribute('href'), path).toBe(url);
      expect(meta('og:url')).toBe(url);
      expect(meta('og:title'), path).toBeTruthy();
      expect(meta('og:description')).toBe(meta('description'));
      expect(meta('twitter:card')).toBe('summary_large_image');
      const image = meta('og:image')!;
      expect(image.startsWith(`${SITE.url}/`), image).toBe(true);
      expect(meta('twitter:image')).toBe(image);
      expect(pngSize(readFileSync(fileFor(new URL(image).pathname)))).toEqual({ width: 1200, height: 630 });
    }
  });

  it('keeps the 404 page out of the index, without a canonical URL', () => {
    const head = readPage('/404.html').querySelector('head')!;
    expect(head.querySelector('link[rel="canonical"]')).toBeNull();
    expect(head.querySelector('meta[name="robots"]')?.getAttribute('content')).toBe('noindex');
  });
});

describe('case studies', () => {
  it('each has its own 1200×630 PNG card as og:image', () => {
    for (const { id } of publishedCampaigns()) {
      const image = readPage(`/campaigns/${id}/`).querySelector('meta[property="og:image"]')?.getAttribute('content');
      expect(image).toBe(`${SITE.url}/cards/${id}.png`);
      expect(pngSize(readFileSync(fileFor(`/cards/${id}.png`)))).toEqual({ width: 1200, height: 630 });
    }
  });

  it('each is an Article in JSON-LD citing every source with url, publisher and date', () => {
    const sources = sourcesById();
    for (const { id, data } of publishedCampaigns()) {
      const scripts = readPage(`/campaigns/${id}/`).querySelectorAll('script[type="application/ld+json"]');
      expect(scripts).toHaveLength(1);
      const ld = JSON.parse(scripts[0]!.textContent);
      expect(ld['@type']).toBe('Article');
      expect(ld.headline).toBe(data.title);
      expect(ld.url).toBe(`${SITE.url}/campaigns/${id}/`);
      const cited = new Set([...data.metrics, ...data.quotations, ...data.lessons].map((x) => x.source).concat(data.sources));
      expect(ld.citation).toHaveLength(cited.size);
      for (const citation of ld.citation) {
        const source = [...cited].map((s) => sources.get(s)!).find((s) => s.url === citation.url);
        expect(source, citation.url).toBeTruthy();
        expect(citation['@type']).toBe('CreativeWork');
        expect(citation.publisher.name).toBe(source!.publisher);
        expect(citation.datePublished).toBe(source!.published?.iso);
      }
    }
  });
});
