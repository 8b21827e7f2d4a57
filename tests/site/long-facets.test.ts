/**
 * A catalogue of thousands of case studies names thousands of organisations, and the explorer
 * must not carry a checkbox for each: a facet renders its FACET_RENDERED most common values and
 * leaves the rest to /data/facets/<facet>.json, which the script fetches on "show all". The real
 * site already names more organisations (and countries) than that, so its build is the fixture.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DIST, readPage, requireBuild, textOf } from '../helpers/dist.ts';
import { FACET_RENDERED, type FacetValue } from '../../src/data/facets.ts';

requireBuild();
const explorer = readPage('/campaigns/').querySelector('causeway-explorer')!;
const file = (facet: string) => JSON.parse(readFileSync(join(DIST, 'data', 'facets', `${facet}.json`), 'utf8')) as FacetValue[];

describe('long facets in the explorer', () => {
  const groups = explorer.querySelectorAll('[data-facet-group]').map((group) => {
    const facet = group.getAttribute('data-facet-group')!;
    const rendered = group.querySelectorAll('input[type="checkbox"]').map((box) => ({
      value: box.getAttribute('value')!,
      count: Number(textOf(box.closest('label')!.querySelector('[data-count]'))),
    }));
    return { facet, group, rendered, all: file(facet) };
  });

  it(`render at most ${FACET_RENDERED} values each, the first of their file, and say how many are left`, () => {
    for (const { facet, group, rendered, all } of groups) {
      expect(rendered.length, facet).toBeLessThanOrEqual(FACET_RENDERED);
      expect(rendered, facet).toEqual(all.slice(0, rendered.length).map(({ value, count }) => ({ value, count })));
      expect(Number(group.getAttribute('data-unrendered')), facet).toBe(all.length - rendered.length);
    }
  });

  it('render the most common values of a long facet, and point to the file of the rest', () => {
    const long = groups.filter(({ all }) => all.length > FACET_RENDERED);
    expect(long.map((g) => g.facet)).toContain('organisation');
    for (const { facet, group, rendered, all } of long) {
      expect(group.getAttribute('data-values-url'), facet).toBe(`/data/facets/${facet}.json`);
      const least = Math.min(...rendered.map((r) => r.count));
      expect(
        all.slice(rendered.length).every((v) => v.count <= least),
        facet,
      ).toBe(true);
      const button = group.querySelector('[data-show-all]')!;
      expect(textOf(button)).toMatch(new RegExp(`Show ${all.length - rendered.filter((_, i) => i < 6).length} more`));
    }
  });

  it('list in the organisation file every organisation with a case study, counted as the open data counts it', () => {
    const open = JSON.parse(readFileSync(join(DIST, 'data', 'organisations.json'), 'utf8')) as {
      organisations: { id: string; name: string; campaigns: { slug: string }[] }[];
    };
    const expected = open.organisations
      .filter((o) => o.campaigns.length > 0)
      .map((o) => [o.id, new Set(o.campaigns.map((c) => c.slug)).size])
      .sort();
    expect(
      file('organisation')
        .map((v) => [v.value, v.count])
        .sort(),
    ).toEqual(expected);
  });
});
