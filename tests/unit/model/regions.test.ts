/** World regions from countries (src/lib/model/regions.ts): the UN M49 table and how it folds into seven regions. */
import { describe, expect, it } from 'vitest';
import { M49_SUBREGIONS, REGIONS, regionOf, regionsOf } from '../../../src/lib/model/regions.ts';
import { countryName } from '../../../src/schemas/locale.ts';

const LETTERS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
/** Every two-letter code the schema accepts as a country (Intl's region list). */
const accepted = [...LETTERS].flatMap((a) => [...LETTERS].map((b) => a + b)).filter((code) => countryName(code) !== undefined);

describe('regionOf', () => {
  it('places countries of every continent', () => {
    expect(regionOf('KE')).toBe('africa');
    expect(regionOf('ZA')).toBe('africa');
    expect(regionOf('IN')).toBe('asia-pacific');
    expect(regionOf('AU')).toBe('asia-pacific');
    expect(regionOf('KZ')).toBe('asia-pacific');
    expect(regionOf('GB')).toBe('europe');
    expect(regionOf('RU')).toBe('europe');
    expect(regionOf('BR')).toBe('latin-america-caribbean');
    expect(regionOf('MX')).toBe('latin-america-caribbean');
    expect(regionOf('EG')).toBe('middle-east-north-africa');
    expect(regionOf('JO')).toBe('middle-east-north-africa');
    expect(regionOf('AE')).toBe('middle-east-north-africa');
    expect(regionOf('US')).toBe('north-america');
    expect(regionOf('CA')).toBe('north-america');
  });

  it('moves the countries a regional grouping puts elsewhere than their M49 sub-region', () => {
    expect(regionOf('IR')).toBe('middle-east-north-africa');
    expect(regionOf('TR')).toBe('europe');
    expect(regionOf('CY')).toBe('europe');
    expect(regionOf('TW')).toBe('asia-pacific');
    expect(regionOf('XK')).toBe('europe');
  });

  it('places every code the schema accepts as a country, except those that are no place', () => {
    const unplaced = accepted.filter((code) => regionOf(code) === undefined);
    // Antarctica, the UN, Outlying Oceania and the two pseudo-locales of Intl's list.
    expect(unplaced.sort()).toEqual(['AQ', 'QO', 'UN', 'XA', 'XB']);
  });

  it('lists each country in one M49 sub-region only', () => {
    const codes = Object.values(M49_SUBREGIONS).flatMap((list) => list.split(' '));
    expect(codes.length).toBe(new Set(codes).size);
    expect(codes.filter((code) => countryName(code) === undefined)).toEqual([]);
  });
});

describe('regionsOf', () => {
  it("gives a campaign's regions once each, in the facet's order", () => {
    expect(regionsOf(['US', 'GB', 'FR', 'IN', 'ZA'])).toEqual(['africa', 'asia-pacific', 'europe', 'north-america']);
    expect(regionsOf(['TH', 'ID', 'MY', 'PH'])).toEqual(['asia-pacific']);
  });

  it('calls a campaign global when it names no country, so a reader can pick it', () => {
    expect(regionsOf([])).toEqual(['global']);
    expect(regionsOf(['UN'])).toEqual(['global']);
    expect(REGIONS).toContain('global');
  });
});
