import { describe, expect, it } from 'vitest';
import { paths, pathsUnder, underBase, withBase, withoutBase } from '../../../src/lib/site/paths.ts';
import { SITE } from '../../../src/site.config.ts';

/** Every address an entry of `paths` gives: its value, or what it gives for a sample argument. */
function addresses(table: ReturnType<typeof pathsUnder>): [string, string][] {
  return Object.entries(table)
    .filter(([name]) => name !== 'page' && name !== 'anchor')
    .map(([name, entry]) => [name, typeof entry === 'function' ? (entry as (arg: string) => string)('x') : entry]);
}

describe('paths under a base path', () => {
  it('puts every entry under the base: none is written past it', () => {
    const forked = addresses(pathsUnder('/fork/'));
    expect(forked.length).toBe(addresses(paths).length);
    expect(forked.filter(([, address]) => !address.startsWith('/fork/'))).toEqual([]);
    // The same address as at the root, with the base in front.
    const root = new Map(addresses(pathsUnder('/')));
    expect(forked.filter(([name, address]) => address !== `/fork${root.get(name)}`)).toEqual([]);
  });

  it('writes the addresses pages link to', () => {
    const fork = pathsUnder('/fork/');
    expect(fork.home).toBe('/fork/');
    expect(fork.campaign('distance-dance')).toBe('/fork/campaigns/distance-dance/');
    expect(fork.country('FR')).toBe('/fork/countries/fr/');
    expect(fork.pagefindScript).toBe('/fork/pagefind/pagefind.js');
    expect(fork.compareRow('x')).toBe('/fork/data/compare/x.json');
    expect(fork.contribute).toBe('/fork/about/#contribute');
    expect(fork.term('scope', 'hashtag')).toBe('/fork/methodology/#scope-hashtag');
  });

  it('builds later pages and fragments on an address that already has the base, without adding it again', () => {
    const fork = pathsUnder('/fork/');
    expect(fork.page(fork.campaigns, 2)).toBe('/fork/campaigns/page/2/');
    expect(fork.page(fork.campaigns, 1)).toBe('/fork/campaigns/');
    expect(fork.anchor(fork.campaign('x'), 'results-table')).toBe('/fork/campaigns/x/#results-table');
  });
});

describe('withBase and withoutBase', () => {
  it('put an address written from the root under the base, and take it back out', () => {
    expect(underBase('/fork/')('/about/#x')).toBe('/fork/about/#x');
    expect(underBase('/')('/about/')).toBe('/about/');
    expect(withBase('/about/')).toBe(`${SITE.base}about/`);
    expect(withoutBase(paths.campaign('x'))).toBe('/campaigns/x/');
    expect(withoutBase(withBase('/rss.xml'))).toBe('/rss.xml');
  });

  it('withoutBase refuses an address outside the base', () => {
    expect(() => withoutBase('campaigns/x/')).toThrow('is not under the base path');
  });
});
