/** The explorer's vocabulary (src/lib/search/vocabulary.ts): the organisation shortcut, "did you mean" and word-start matching. */
import { describe, expect, it } from 'vitest';
import { didYouMean, matchesWordStarts, nearbyNamed, organisationsNamed, type SearchTerm } from '../../../src/lib/search/vocabulary.ts';

const term = (kind: SearchTerm['kind'], label: string, count: number, names: string[] = [label]): SearchTerm => ({
  kind,
  id: label.toLowerCase(),
  label,
  names,
  href: `/${kind}/${label.toLowerCase().replace(/\W+/g, '-')}/`,
  count,
});
const terms: SearchTerm[] = [
  term('organisation', 'World Health Organization', 3, ['World Health Organization', 'WHO', 'World Health Organisation', 'OMS']),
  term('organisation', 'IFRC', 4, ['International Federation of Red Cross and Red Crescent Societies', 'IFRC', 'Red Cross']),
  term('organisation', 'British Red Cross', 1),
  term('organisation', 'TikTok', 34, ['TikTok', 'ByteDance']),
  term('organisation', 'UNICEF', 5),
  term('cause', 'Climate action', 2),
  term('cause', 'Public health', 6),
  term('mechanic', 'Hashtag challenge', 20),
  term('hashtag', '#ForClimate', 1),
  term('hashtag', '#SafeHands', 1),
];

describe('organisationsNamed', () => {
  it('finds an organisation by its short name, full name or an alias, in any case and without accents', () => {
    for (const q of ['WHO', 'who', 'World Health Organization', 'world health organisation', ' OMS '])
      expect(
        organisationsNamed(q, terms).map((t) => t.label),
        q,
      ).toEqual(['World Health Organization']);
    expect(organisationsNamed('Red Cross', terms).map((t) => t.label)).toEqual(['IFRC']);
    expect(organisationsNamed('british red cross', terms).map((t) => t.label)).toEqual(['British Red Cross']);
  });

  it('takes no part of a name, nor a word that only starts one, for the name', () => {
    expect(organisationsNamed('World Health', terms)).toEqual([]);
    expect(organisationsNamed('whose', terms)).toEqual([]);
    expect(organisationsNamed('dance', terms)).toEqual([]);
    expect(organisationsNamed('un', terms)).toEqual([]);
    expect(organisationsNamed('', terms)).toEqual([]);
  });

  it('offers no more than three organisations that share a name', () => {
    const agencies = ['UNDP', 'UNHCR', 'UNICEF', 'WFP'].map((name, i) => term('organisation', name, i, [name, 'UN']));
    expect(organisationsNamed('UN', agencies).map((t) => t.label)).toEqual(['WFP', 'UNICEF', 'UNHCR']);
  });

  it('offers no cause or hashtag as an organisation', () => {
    expect(organisationsNamed('Climate action', terms)).toEqual([]);
  });
});

describe('didYouMean', () => {
  it('spells a mistyped word as the vocabulary does, with the terms that hold it', () => {
    const suggestion = didYouMean('clmate', terms);
    expect(suggestion?.query).toBe('climate');
    expect(suggestion?.terms.map((t) => t.label)).toEqual(['Climate action']);
  });

  it('keeps the words it knows or cannot place, and corrects the rest', () => {
    expect(didYouMean('clmate campaign', terms)?.query).toBe('climate campaign');
    expect(didYouMean('pubic helth', terms)?.query).toBe('public health');
    expect(didYouMean('Hashtag chalenge', terms)?.terms.map((t) => t.label)).toEqual(['Hashtag challenge']);
  });

  it('corrects an organisation and a hashtag too', () => {
    expect(didYouMean('unicf', terms)?.terms.map((t) => t.kind)).toEqual(['organisation']);
    expect(didYouMean('#safehand', terms)?.terms.map((t) => t.label)).toEqual(['#SafeHands']);
  });

  it('suggests nothing when every word is known, or none is near a known word', () => {
    expect(didYouMean('climate', terms)).toBeUndefined();
    expect(didYouMean('xylophone', terms)).toBeUndefined();
    // Too short to tell a typo from another word.
    expect(didYouMean('wha', terms)).toBeUndefined();
    expect(didYouMean('', terms)).toBeUndefined();
  });
});

describe('matchesWordStarts', () => {
  const ifrc = ['International Federation of Red Cross and Red Crescent Societies', 'IFRC', 'Red Cross'];
  it('matches each typed word at the start of a word of any name', () => {
    expect(matchesWordStarts(ifrc, 'red cro')).toBe(true);
    expect(matchesWordStarts(ifrc, 'Crescent federation')).toBe(true);
    expect(matchesWordStarts(['World Health Organization', 'WHO'], 'world health')).toBe(true);
  });
  it('never matches inside a word', () => {
    expect(matchesWordStarts(['CDC Foundation'], 'un')).toBe(false);
    expect(matchesWordStarts(['TikTok', 'ByteDance'], 'dance')).toBe(false);
    expect(matchesWordStarts(ifrc, 'ross')).toBe(false);
  });
});

describe('nearbyNamed', () => {
  const cause = (label: string, nearby: string[] = []) => ({ ...term('cause', label, 2), ...(nearby.length && { nearby }) });
  const causes = [
    cause('Climate action', ['biodiversity', 'animal welfare']),
    cause('Biodiversity'),
    cause('Animal welfare'),
    cause('Public health'),
    cause("Men's health"),
  ];
  it('offers the causes near the one cause the words name', () => {
    // The report of December 2026: a search for "climate" offered nothing near it.
    const found = nearbyNamed('Climate', causes);
    expect(found?.cause.label).toBe('Climate action');
    expect(found?.nearby.map((t) => t.label)).toEqual(['Biodiversity', 'Animal welfare']);
    expect(nearbyNamed('climate action', causes)?.cause.label).toBe('Climate action');
  });
  it('offers nothing for words of two causes, words of none, or a cause with nothing near it', () => {
    expect(nearbyNamed('health', causes)).toBeUndefined();
    expect(nearbyNamed('climate campaign', causes)).toBeUndefined();
    expect(nearbyNamed('biodiversity', causes)).toBeUndefined();
    expect(nearbyNamed('', causes)).toBeUndefined();
  });
});
