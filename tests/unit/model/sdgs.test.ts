/** The goals' areas and the causes near a cause (src/lib/model/sdgs.ts). */
import { describe, expect, it } from 'vitest';
import { nearbyCauses, SDG_AREAS } from '../../../src/lib/model/sdgs.ts';

const cause = (id: string, sdgs: number[], count = 1) => ({ id, sdgs, count });
const causes = [
  cause('climate-action', [13], 2),
  cause('biodiversity', [15], 2),
  cause('animal-welfare', [15], 1),
  cause('public-health', [3], 10),
  cause('vaccination', [3], 2),
  cause('hiv-and-aids', [3], 1),
  cause('humanitarian-relief', [1, 3], 1),
  cause('child-poverty', [1, 2], 2),
  cause('oceans', [14], 0),
];

describe('SDG_AREAS', () => {
  it('puts each of the 17 goals in exactly one area', () => {
    expect(
      Object.values(SDG_AREAS)
        .flat()
        .sort((a, b) => a - b),
    ).toEqual(Array.from({ length: 17 }, (_, i) => i + 1));
  });
});

describe('nearbyCauses', () => {
  it('offers the causes of the same area when none shares a goal, and none without case studies', () => {
    // The report of December 2026: the climate page offered nothing near it, Biodiversity among it.
    expect(nearbyCauses(causes[0]!, causes).map((c) => c.id)).toEqual(['biodiversity', 'animal-welfare']);
  });
  it('puts the causes that share a goal first, most case studies first, then those of the same area', () => {
    expect(nearbyCauses(cause('public-health', [3]), causes).map((c) => c.id)).toEqual([
      'vaccination',
      'hiv-and-aids',
      'humanitarian-relief',
      'child-poverty',
    ]);
  });
  it('offers at most the limit, and nothing for a cause without goals', () => {
    expect(nearbyCauses(cause('public-health', [3]), causes, 2)).toHaveLength(2);
    expect(nearbyCauses(cause('x', []), causes)).toEqual([]);
  });
});
