/**
 * The metric schema's rules for what a figure counts: its part, its platform, money given or
 * promised, whose figure it is and a doubt, each refused with a message that names the field
 * and the fix.
 */
import { describe, expect, it } from 'vitest';
import { metricSchema } from '../../../src/schemas/campaign.ts';

const base = { kind: 'views', value: 95_000, qualifier: 'rounded', scope: { type: 'campaign' }, source: 's' };

/** The problems of a metric, as "path: message". */
function problems(input: unknown): string[] {
  const result = metricSchema.safeParse(input);
  return result.success ? [] : result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
}

describe('scope.part', () => {
  it('takes a typed part, with a detail as the source words it', () => {
    expect(problems({ ...base, scope: { type: 'campaign', part: { type: 'one-video', detail: 'first 10 minutes' } } })).toEqual([]);
    expect(problems({ ...base, scope: { type: 'campaign', part: { type: 'one-live' } } })).toEqual([]);
  });
  it('refuses free text, saying what a part looks like', () => {
    const [problem] = problems({ ...base, scope: { type: 'campaign', part: 'first ten minutes' } });
    expect(problem).toMatch(/^scope\.part: part must be an object such as \{ type: period, detail: "first two weeks" \}/);
    expect(problem).toContain('Fix: type is one of "one-video", "one-post", "one-live", "period"');
  });
  it('refuses an unknown type, and says a pledge is a kind, not a part', () => {
    const [problem] = problems({ ...base, scope: { type: 'campaign', part: { type: 'pledge' } } });
    expect(problem).toMatch(/^scope\.part\.type: part type must be one of "one-video", "one-post", "one-live", "period"\. Fix:/);
    expect(problem).toContain('a promise of money is not a part but kind: pledged');
  });
  it('asks which period a period is', () => {
    expect(problems({ ...base, scope: { type: 'campaign', part: { type: 'period' } } })).toEqual([
      'scope.part.detail: a period needs detail: which period, as the source words it. Fix: add detail such as "first 10 minutes" or "one day"',
    ]);
  });
});

describe('platform', () => {
  it('is TikTok unless the figure says otherwise', () => {
    expect(metricSchema.parse(base).platform).toBe('tiktok');
    expect(metricSchema.parse({ ...base, platform: 'instagram' }).platform).toBe('instagram');
    expect(metricSchema.parse({ ...base, platform: 'all' }).platform).toBe('all');
  });
  it('refuses a platform it does not know, listing the ones it does', () => {
    expect(problems({ ...base, platform: 'Instagram' })).toEqual([
      'platform: platform must be one of "tiktok", "instagram", "youtube", "facebook", "all": where the source says the figure was counted',
    ]);
  });
});

describe('donations and pledges', () => {
  const money = { ...base, value: 100_000, currency: 'USD' };
  it('refuses "up-to" on donations: a ceiling is a pledge, never money given', () => {
    expect(problems({ ...money, kind: 'donations', qualifier: 'up-to' })).toEqual([
      'qualifier: qualifier "up-to" on kind "donations" is a ceiling, not money given. Fix: a promise such as "up to $100,000" or "£1 per video" is kind: pledged; donations is money paid, with qualifier exact, rounded, about or over',
    ]);
  });
  it('takes a pledge with its ceiling, and money given as donations', () => {
    expect(problems({ ...money, kind: 'pledged', qualifier: 'up-to' })).toEqual([]);
    expect(problems({ ...money, kind: 'donations', qualifier: 'rounded' })).toEqual([]);
  });
  it('asks for a currency on a pledge, as on donations, and on nothing else', () => {
    const noCurrency = 'currency: give a currency (such as USD) for money (donations or pledged), and only for money';
    expect(problems({ ...base, kind: 'pledged', qualifier: 'up-to' })).toEqual([noCurrency]);
    expect(problems({ ...base, currency: 'USD' })).toEqual([noCurrency]);
  });
});

describe('attributedTo and doubt', () => {
  it('takes whose figure it is, and refuses anyone else', () => {
    expect(problems({ ...base, attributedTo: 'platform' })).toEqual([]);
    expect(problems({ ...base, attributedTo: 'press' })).toEqual([
      'attributedTo: attributedTo must be one of "organiser", "platform", "agency": whose figure the source says it is',
    ]);
  });
  it('takes a doubt as a note, never an empty one', () => {
    expect(problems({ ...base, doubt: 'Probably a slip for 51,000.' })).toEqual([]);
    expect(problems({ ...base, doubt: ' ' })).toHaveLength(1);
  });
});
