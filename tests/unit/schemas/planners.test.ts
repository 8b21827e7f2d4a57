/**
 * The planners' fields of a case study (objectives, targets, resources, awards): each takes its
 * source and the source's own words, a target reads its figure as a result does, a budget is
 * money and a team is people, and an award names a known show and level.
 */
import { describe, expect, it } from 'vitest';
import type { z } from 'astro/zod';
import { awardSchema, campaignObjectiveSchema, resourceSchema, targetSchema } from '../../../src/schemas/campaign.ts';

const cited = { source: 's', passage: 'The words of the source.' };

/** An entry without one of its fields. */
const without = (entry: Record<string, unknown>, field: string) =>
  Object.fromEntries(Object.entries(entry).filter(([key]) => key !== field));

/** The problems of an entry, as "path: message". */
const problems = (schema: z.ZodType, input: unknown): string[] => {
  const result = schema.safeParse(input);
  return result.success ? [] : result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
};

describe('every entry', () => {
  const entries: [string, z.ZodType, Record<string, unknown>][] = [
    ['objective', campaignObjectiveSchema, { id: 'awareness', text: 'To make people aware.', ...cited }],
    ['target', targetSchema, { kind: 'videos', value: 5000, qualifier: 'rounded', scope: { type: 'campaign' }, ...cited }],
    ['resource', resourceSchema, { kind: 'team', value: 12, qualifier: 'exact', ...cited }],
    ['award', awardSchema, { show: 'cannes-lions', year: 2021, category: 'Social & Influencer', level: 'silver', ...cited }],
  ];
  for (const [name, schema, entry] of entries) {
    it(`${name}: takes a source, a passage and a translation, and refuses one without its source or passage`, () => {
      expect(problems(schema, entry)).toEqual([]);
      expect(problems(schema, { ...entry, translation: 'In English.' })).toEqual([]);
      expect(problems(schema, without(entry, 'source')).map((p) => p.split(':')[0])).toEqual(['source']);
      expect(problems(schema, without(entry, 'passage')).map((p) => p.split(':')[0])).toEqual(['passage']);
      expect(problems(schema, { ...entry, passage: Array.from({ length: 51 }, () => 'word').join(' ') })).toEqual([
        'passage: passage has 51 words, more than 50. Fix: keep only the words that make the point, and mark each cut with an ellipsis (…)',
      ]);
    });
  }
});

describe('targets', () => {
  const target = { kind: 'views', value: 50_000_000, qualifier: 'rounded', scope: { type: 'campaign' }, ...cited };
  it('read their figure as a result does: a rounded headline figure is not exact, and money takes a currency', () => {
    expect(problems(targetSchema, { ...target, qualifier: 'exact' })[0]).toMatch(
      /^qualifier: qualifier is "exact", but 50000000 ends in six or more zeros/,
    );
    expect(problems(targetSchema, { ...target, kind: 'donations', value: 1000 })).toEqual([
      'currency: give a currency (such as USD) for money (donations or pledged), and only for money',
    ]);
    expect(problems(targetSchema, { ...target, kind: 'donations', value: 1000, currency: 'USD' })).toEqual([]);
  });
  it('say what they count, with a scope of the types a result has', () => {
    expect(problems(targetSchema, { ...target, scope: { type: 'videos' } })[0]).toMatch(
      /^scope\.type: scope type must be one of "campaign"/,
    );
  });
});

describe('resources', () => {
  const budget = { kind: 'budget', value: 100_000, qualifier: 'rounded', currency: 'EUR', ...cited };
  it('take a budget with its currency, and what it was for', () => {
    expect(problems(resourceSchema, { ...budget, detail: 'to make the first videos' })).toEqual([]);
  });
  it('refuse a budget without a currency, and a team with one', () => {
    expect(problems(resourceSchema, without(budget, 'currency'))).toEqual([
      'currency: a budget is money and needs its currency. Fix: add currency: with the ISO 4217 code the source gives, such as EUR or USD.',
    ]);
    expect(problems(resourceSchema, { ...budget, kind: 'team', value: 12, qualifier: 'exact' })).toEqual([
      'currency: a team counts people, not money. Fix: delete currency, or use kind: budget if the source gives an amount of money.',
    ]);
  });
  it('refuse a kind that is neither', () => {
    expect(problems(resourceSchema, { ...budget, kind: 'staff' })[0]).toBe(
      'kind: kind must be one of "budget", "team": a budget in money, or a team of people',
    );
  });
});

describe('awards', () => {
  const award = { show: 'cannes-lions', year: 2021, category: 'Social & Influencer', level: 'silver', ...cited };
  it('take the entry’s own name, when it is listed under another', () => {
    expect(awardSchema.parse({ ...award, entry: 'The Reluctant Shanty' })).toMatchObject({ entry: 'The Reluctant Shanty' });
  });
  it('refuse a level or a show outside the lists, naming the allowed values and the fix', () => {
    const [level] = problems(awardSchema, { ...award, level: 'platinum' });
    expect(level).toMatch(
      /^level: level must be one of "grand-prix", "gold", "silver", "bronze", "winner", "finalist", "shortlist"\. Fix:/,
    );
    const [show] = problems(awardSchema, { ...award, show: 'cannes' });
    expect(show).toContain('if it is not listed, add it to AWARD_SHOW_LABELS in src/schemas/vocabulary.ts');
  });
  it('refuse a year that is not a whole year of the TikTok era', () => {
    expect(problems(awardSchema, { ...award, year: 21 })).toEqual([
      'year: year must be 2016 or later: the year of the award show, such as 2021',
    ]);
    expect(problems(awardSchema, { ...award, year: '2021' })[0]).toMatch(/^year: year must be the year of the award show/);
  });
});

describe('objectives', () => {
  it('refuse a long text: an aim is one short sentence', () => {
    expect(problems(campaignObjectiveSchema, { id: 'awareness', text: 'x'.repeat(201), ...cited })).toEqual([
      'text: objective text must be one short sentence of at most 200 characters',
    ]);
  });
});
