import { describe, expect, it } from 'vitest';
import { browseSlice, listingFacets, type FacetSource } from '../../../src/lib/site/listing.ts';

const entry = <D>(id: string, data: D) => ({ id, data });
const counts: Record<string, number> = { climate: 2, health: 0, 'ngo-a': 1, dance: 3 };
const source: FacetSource = {
  causes: [
    entry('climate', { name: 'Climate', description: 'd', sdgs: [] }),
    entry('health', { name: 'Health', description: 'd', sdgs: [] }),
  ],
  organisations: [entry('ngo-a', { name: 'Alpha Aid', shortName: 'AA', aliases: [], partOf: [], kind: 'ngo' as const, description: 'd' })],
  mechanics: [entry('dance', { name: 'Dance', description: 'd' })],
  objectives: [
    entry('awareness', { name: 'Awareness', description: 'd' }),
    entry('fundraising', { name: 'Fundraising', description: 'd' }),
  ],
  years: [2021, 2019],
  byCause: (id) => Array.from({ length: counts[id] ?? 0 }),
  byOrganisation: (id) => Array.from({ length: counts[id] ?? 0 }),
  byMechanic: (id) => Array.from({ length: counts[id] ?? 0 }),
  byObjective: (id) => Array.from({ length: id === 'awareness' ? 2 : 0 }),
  byYear: (year) => Array.from({ length: year === 2021 ? 2 : 1 }),
  byAwardShow: (show) => Array.from({ length: show === 'webby-awards' ? 1 : 0 }),
};

describe('listingFacets', () => {
  it('lists every value with case studies, with its page and count, and leaves out empty ones', () => {
    const facets = listingFacets(source);
    expect(facets.cause).toEqual([{ value: 'climate', label: 'Climate', href: '/causes/climate/', count: 2 }]);
    expect(facets.organisation).toEqual([{ value: 'ngo-a', label: 'AA', href: '/organisations/ngo-a/', count: 1 }]);
    expect(facets.mechanic.map((f) => f.count)).toEqual([3]);
    expect(facets.year.map((f) => [f.label, f.href, f.count])).toEqual([
      ['2021', '/years/2021/', 2],
      ['2019', '/years/2019/', 1],
    ]);
    expect(facets.objective).toEqual([{ value: 'awareness', label: 'Awareness', href: '/objectives/awareness/', count: 2 }]);
  });

  it('lists the award shows with case studies, each leading to its section of /awards/, as no show has a page', () => {
    expect(listingFacets(source).award).toEqual([
      { value: 'webby-awards', label: 'Webby Awards', href: '/awards/#show-webby-awards', count: 1 },
    ]);
  });
});

describe('browseSlice', () => {
  const facet = (value: string, count: number) => ({ value, label: value, href: `/x/${value}/`, count });
  it('keeps a short list whole', () => {
    const facets = [facet('a', 1), facet('b', 2)];
    expect(browseSlice(facets, 2)).toEqual({ shown: facets, more: 0 });
  });
  it('keeps the most common terms of a long list, in the list’s order, and counts the rest', () => {
    const facets = [facet('a', 1), facet('b', 5), facet('c', 3), facet('d', 5)];
    expect(browseSlice(facets, 2)).toEqual({ shown: [facet('b', 5), facet('d', 5)], more: 2 });
    expect(browseSlice(facets, 3).shown.map((f) => f.value)).toEqual(['b', 'c', 'd']);
  });
});
