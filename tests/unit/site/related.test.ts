import { describe, expect, it } from 'vitest';
import { relatedIndex, score, shared, RELATED_LIMIT, type Relatable } from '../../../src/lib/site/related.ts';

/** One target's related case studies, through the index the build uses for all of them. */
const relatedTo = <T extends Relatable>(target: T, all: readonly T[], limit = RELATED_LIMIT) => relatedIndex(all, limit)(target);

const DAY = 86_400_000;
const item = (id: string, extra: Partial<Relatable> = {}): Relatable => ({
  id,
  causes: [],
  mechanics: [],
  organisations: [{ id: 'tiktok', role: 'platform' }],
  launched: 0,
  ...extra,
});

describe('shared and score', () => {
  it('counts shared causes, organisations and mechanics, weighted 3, 2 and 1', () => {
    const a = item('a', {
      causes: ['climate', 'health'],
      mechanics: ['challenge', 'music'],
      organisations: [{ id: 'unicef', role: 'lead' }],
    });
    const b = item('b', { causes: ['climate'], mechanics: ['music'], organisations: [{ id: 'unicef', role: 'partner' }] });
    expect(shared(a, b)).toEqual({ causes: ['climate'], organisations: ['unicef'], mechanics: ['music'] });
    expect(score(shared(a, b))).toBe(3 + 2 + 1);
  });

  it('ignores the platform, which every campaign shares', () => {
    expect(score(shared(item('a'), item('b')))).toBe(0);
  });

  it('counts an organisation once even if it had two roles', () => {
    const orgs = [
      { id: 'unicef', role: 'lead' as const },
      { id: 'unicef', role: 'funder' as const },
    ];
    expect(shared(item('a', { organisations: orgs }), item('b', { organisations: orgs })).organisations).toEqual(['unicef']);
  });
});

describe('relatedTo', () => {
  const target = item('target', { causes: ['climate'], mechanics: ['challenge'], organisations: [{ id: 'wwf', role: 'lead' }] });

  it('leaves out the case study itself and those with nothing in common', () => {
    const all = [target, item('unrelated', { causes: ['health'] }), item('same-cause', { causes: ['climate'] })];
    expect(relatedTo(target, all).map((r) => r.item.id)).toEqual(['same-cause']);
  });

  it('ranks a shared cause above a shared organisation above a shared mechanic', () => {
    const all = [
      item('mechanic', { mechanics: ['challenge'] }),
      item('organisation', { organisations: [{ id: 'wwf', role: 'partner' }] }),
      item('cause', { causes: ['climate'] }),
    ];
    expect(relatedTo(target, all).map((r) => r.item.id)).toEqual(['cause', 'organisation', 'mechanic']);
  });

  it('returns at most four', () => {
    const all = Array.from({ length: 9 }, (_, i) => item(`c${i}`, { causes: ['climate'] }));
    expect(relatedTo(target, all)).toHaveLength(RELATED_LIMIT);
    expect(RELATED_LIMIT).toBe(4);
  });

  it('breaks ties by nearness in time, then by id, so the order is stable', () => {
    const all = [
      item('far', { causes: ['climate'], launched: 400 * DAY }),
      item('near-b', { causes: ['climate'], launched: 10 * DAY }),
      item('near-a', { causes: ['climate'], launched: -10 * DAY }),
    ];
    expect(relatedTo(target, all).map((r) => r.item.id)).toEqual(['near-a', 'near-b', 'far']);
    expect(relatedTo(target, [...all].reverse()).map((r) => r.item.id)).toEqual(['near-a', 'near-b', 'far']);
  });
});

describe('relatedIndex', () => {
  // The quadratic definition, kept here as the reference the indexed version must match.
  const reference = (target: Relatable, all: readonly Relatable[], limit: number) =>
    all
      .filter((other) => other.id !== target.id)
      .map((other) => ({ id: other.id, score: score(shared(target, other)), launched: other.launched }))
      .filter((r) => r.score > 0)
      .sort(
        (a, b) =>
          b.score - a.score || Math.abs(a.launched - target.launched) - Math.abs(b.launched - target.launched) || a.id.localeCompare(b.id),
      )
      .slice(0, limit)
      .map((r) => `${r.id}:${r.score}`);

  it('gives what comparing every pair gives, on a random catalogue with many ties', () => {
    // A small linear congruential generator: the same catalogue on every run.
    let seed = 42;
    const next = (n: number) => ((seed = (seed * 1103515245 + 12345) % 2 ** 31), seed % n);
    const pick = (prefix: string, n: number, max: number) => [...Array(next(max + 1))].map(() => `${prefix}${next(n)}`);
    const all = [...Array(300)].map((_, i) =>
      item(`c${i}`, {
        causes: pick('cause', 6, 2),
        mechanics: pick('mech', 5, 3),
        organisations: [{ id: 'tiktok', role: 'platform' as const }, ...pick('org', 8, 2).map((id) => ({ id, role: 'lead' as const }))],
        launched: next(20) * DAY,
      }),
    );
    for (const limit of [0, 1, 4, 7]) {
      const related = relatedIndex(all, limit);
      for (const target of all) {
        const got = related(target).map((r) => `${r.item.id}:${r.score}`);
        expect(got, `${target.id}, limit ${limit}`).toEqual(reference(target, all, limit));
      }
    }
  });

  it('says what each related case study shares with the target', () => {
    const target = item('t', { causes: ['climate'], mechanics: ['music'] });
    const other = item('o', { causes: ['climate', 'health'], mechanics: ['music'] });
    expect(relatedIndex([target, other])(target)).toEqual([{ item: other, score: 4, shared: shared(target, other) }]);
  });
});
