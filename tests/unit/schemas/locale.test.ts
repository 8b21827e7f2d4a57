import { describe, expect, it } from 'vitest';
import { countryCode, countryName, languageName, languageTag } from '../../../src/schemas/locale.ts';

describe('country and language codes', () => {
  it('accepts ISO 3166-1 alpha-2 codes and refuses aliases and junk', () => {
    expect(countryName('FR')).toBe('France');
    expect(countryCode.safeParse('GB').success).toBe(true);
    expect(countryCode.safeParse('UK').success).toBe(false);
    expect(countryCode.safeParse('fr').success).toBe(false);
    expect(countryCode.safeParse('ZZ').success).toBe(false);
  });
  it('accepts BCP 47 tags', () => {
    expect(languageName('pt-BR')).toBe('Brazilian Portuguese');
    expect(languageTag.safeParse('hi').success).toBe(true);
    expect(languageTag.safeParse('not a tag').success).toBe(false);
  });
});
