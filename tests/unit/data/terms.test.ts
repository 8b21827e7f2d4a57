/**
 * The term listings and indexes of src/data/terms.ts, from which each term route builds its first
 * and later pages, against a stand-in for the few catalogue lookups they make.
 */
import { describe, expect, it } from 'vitest';
import type { Catalogue } from '../../../src/data/catalogue.ts';
import { organisationRelations, termIndex, termIndexPaths, termListing, termListingPaths } from '../../../src/data/terms.ts';
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
});

describe('organisationRelations', () => {
  const named = (id: string, name: string, shortName?: string) =>
    ({
      id,
      data: { name, shortName, description: 'd', kind: 'un-agency', aliases: [], partOf: [] },
    }) as unknown as Catalogue['organisations'][number];
  const un = named('united-nations', 'United Nations system', 'UN system');
  const who = named('who', 'World Health Organization', 'WHO');
  const unicef = named('unicef', 'United Nations Children’s Fund', 'UNICEF');
  const counts: Record<string, number> = { who: 1, unicef: 3 };
  const relations = (organisation: Catalogue['organisations'][number]) =>
    organisationRelations(
      {
        partOf: (id) => (id === 'united-nations' ? [] : [un]),
        members: (id) => (id === 'united-nations' ? [who, unicef] : []),
        byOrganisation: (id) => campaigns(counts[id] ?? 0) as unknown as Catalogue['campaigns'],
      },
      organisation,
    );

  it('links a member to the body it is part of, by full name', () => {
    expect(relations(who)).toEqual({
      partOf: [{ href: '/organisations/united-nations/', label: 'United Nations system' }],
      members: [],
      none: undefined,
    });
  });
  it('lists a parent’s members by short name with their counts, and says it took part in none itself', () => {
    expect(relations(un)).toEqual({
      partOf: [],
      members: [
        { href: '/organisations/who/', label: 'WHO (1 case study)' },
        { href: '/organisations/unicef/', label: 'UNICEF (3 case studies)' },
      ],
      none: ui.terms.organisations.noneOwn,
    });
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

  it('count, on the index, only the case studies an organisation took part in, and note a parent’s through its members', () => {
    const withParent = { ...catalogue, organisations: [organisation('parent'), organisation('o1')] } as unknown as Catalogue;
    const items = termIndex.organisations(withParent).items;
    expect(items.map((i) => i.count)).toEqual([ui.counts.caseStudies(0), ui.counts.caseStudies(1)]);
    expect(items.map((i) => i.description)).toEqual([
      `${ui.organisationKinds.ngo}. ${ui.terms.organisations.membersTookPart(12)}`,
      ui.organisationKinds.ngo,
    ]);
  });
});
