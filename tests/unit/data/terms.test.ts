/**
 * The term listings and indexes of src/data/terms.ts, from which each term route builds its first
 * and later pages, against a stand-in for the few catalogue lookups they make.
 */
import { describe, expect, it } from 'vitest';
import type { Catalogue } from '../../../src/data/catalogue.ts';
import { termIndex, termIndexPaths, termListing, termListingPaths } from '../../../src/data/terms.ts';
import { paths } from '../../../src/lib/site/paths.ts';
import { ui } from '../../../src/i18n/ui.ts';

const campaigns = (n: number) => Array.from({ length: n }, (_, i) => ({ id: `c${i}` }));
const organisation = (id: string) => ({ id, data: { name: `Org ${id}`, description: 'd', kind: 'ngo', aliases: [], partOf: [] } });
const catalogue = {
  byCause: (id: string) => (id === 'empty' ? [] : campaigns(30)),
  byOrganisationRole: () => [
    { role: 'lead', campaigns: campaigns(20) },
    { role: 'partner', campaigns: campaigns(10) },
  ],
  byOrganisation: (id: string) => (id === 'parent' ? [] : campaigns(1)),
  byMembers: (id: string) => (id === 'parent' ? campaigns(12) : []),
  organisations: Array.from({ length: 150 }, (_, i) => organisation(`o${i}`)),
} as unknown as Catalogue;
const cause = (id: string) => ({ id, data: { name: id, description: 'd', sdgs: [] } }) as unknown as Catalogue['causes'][number];

describe('termListing', () => {
  it('puts a term’s case studies under one heading, and a term without any under none', () => {
    expect(termListing.cause(catalogue, cause('refugees')).groups.map((g) => [g.heading, g.items.length])).toEqual([
      [ui.listing.caseStudiesHeading, 30],
    ]);
    expect(termListing.cause(catalogue, cause('empty')).groups).toEqual([]);
  });

  it('groups an organisation’s case studies by role, at the organisation’s address', () => {
    const listing = termListing.organisation(catalogue, catalogue.organisations[0]!);
    expect(listing.base).toBe(paths.organisation('o0'));
    expect(listing.groups.map((g) => [g.heading, g.items.length])).toEqual([
      [ui.terms.organisations.asRole(ui.roles.lead), 20],
      [ui.terms.organisations.asRole(ui.roles.partner), 10],
    ]);
  });

  it('lists a parent’s members’ case studies after its own, leaving out those it is in itself', () => {
    const own = campaigns(3);
    const withMembers = {
      ...catalogue,
      byOrganisation: () => own,
      byMembers: () => [own[0], own[2], { id: 'm1' }],
    } as unknown as Catalogue;
    const listing = termListing.organisation(withMembers, catalogue.organisations[0]!);
    expect(listing.groups.map((g) => g.heading)).toEqual([
      ui.terms.organisations.asRole(ui.roles.lead),
      ui.terms.organisations.asRole(ui.roles.partner),
      ui.terms.organisations.ofMembers,
    ]);
    expect(listing.groups.at(-1)!.items).toEqual([{ id: 'm1' }]);
  });

  it('gives a parent that took part in nothing its members’ case studies, so its page is not empty', () => {
    const parent = { ...catalogue, byOrganisationRole: () => [] } as unknown as Catalogue;
    const listing = termListing.organisation(parent, organisation('parent') as unknown as Catalogue['organisations'][number]);
    expect(listing.groups.map((g) => [g.heading, g.items.length])).toEqual([[ui.terms.organisations.ofMembers, 12]]);
  });
});

describe('the static paths of term pages', () => {
  it('count a listing’s case studies across its groups: 30 make two pages', () => {
    const listing = termListing.organisation(catalogue, catalogue.organisations[0]!);
    expect(termListingPaths(listing, { id: 'o0' }).map((p) => [p.params, p.props.pageNumber])).toEqual([
      [{ id: 'o0', page: undefined }, 1],
      [{ id: 'o0', page: 'page/2' }, 2],
    ]);
  });

  it('give a term without case studies its first page', () => {
    expect(termListingPaths(termListing.cause(catalogue, cause('empty')), { id: 'empty' })).toHaveLength(1);
  });

  it('cut an index into pages of a hundred terms', () => {
    const built = termIndexPaths(termIndex.organisations(catalogue));
    expect(built.map((p) => p.params.page)).toEqual([undefined, 'page/2']);
    expect(built[0]!.props.index.items).toHaveLength(150);
  });

  it('count, on the index, a parent’s case studies through its members', () => {
    const withParent = { ...catalogue, organisations: [organisation('parent'), organisation('o1')] } as unknown as Catalogue;
    expect(termIndex.organisations(withParent).items.map((i) => i.count)).toEqual([
      ui.terms.organisations.countOfMembers(12),
      ui.counts.caseStudies(1),
    ]);
  });
});
