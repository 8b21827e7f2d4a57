import { describe, expect, it } from 'vitest';
import {
  drift,
  evidenceGrade,
  figureAnchor,
  labelFacts,
  provenance,
  reporters,
  type EvidenceClaim,
} from '../../../src/lib/figures/evidence.ts';
import { metricRows } from '../../../src/lib/figures/metrics.ts';
import { parsePartialDate } from '../../../src/schemas/dates.ts';
import type { SourceEntry } from '../../../src/lib/model/entries.ts';
import type { SourceKind } from '../../../src/schemas/vocabulary.ts';
import { metricSchema } from '../../../src/schemas/campaign.ts';
import { figureCitations } from '../../../src/lib/figures/citation.ts';
import { ui } from '../../../src/i18n/ui.ts';

const source = (id: string, kind: SourceKind, published?: string): SourceEntry => ({
  id,
  data: {
    title: `Title ${id}`,
    publisher: `Publisher ${id}`,
    authors: [],
    url: `https://example.org/${id}`,
    kind,
    language: 'en',
    ...(published ? { published: parsePartialDate(published)! } : {}),
  },
});
const claim = (value: number, src: SourceEntry, asOf?: string): EvidenceClaim => ({
  kind: 'views',
  value,
  qualifier: 'rounded',
  scope: { type: 'campaign' },
  source: src,
  ...(asOf ? { asOf: parsePartialDate(asOf)! } : {}),
});

describe('provenance', () => {
  it('is self-reported when only organisers, the platform, agencies or award entries report a figure', () => {
    expect(provenance([claim(1, source('a', 'organiser')), claim(2, source('b', 'platform')), claim(3, source('c', 'award-entry'))])).toBe(
      'self-reported',
    );
    expect(provenance([claim(1, source('a', 'agency'))])).toBe('self-reported');
  });
  it('is independent as soon as one press or academic source reports it', () => {
    expect(provenance([claim(1, source('a', 'organiser')), claim(2, source('b', 'press'))])).toBe('independent');
    expect(provenance([claim(1, source('a', 'academic'))])).toBe('independent');
  });
  it('follows the evidence, not the publisher: a press source passing on TikTok’s or the organisers’ figure is self-reported', () => {
    const press = source('p', 'press');
    expect(provenance([{ ...claim(1, press), attributedTo: 'platform' }])).toBe('self-reported');
    expect(provenance([{ ...claim(1, source('o', 'other')), attributedTo: 'organiser' }])).toBe('self-reported');
    expect(provenance([{ ...claim(1, source('a', 'academic')), attributedTo: 'agency' }])).toBe('self-reported');
    // Another press source giving the figure as its own still makes it independent.
    expect(provenance([{ ...claim(1, press), attributedTo: 'platform' }, claim(1, source('q', 'press'))])).toBe('independent');
  });
  it('grades a row by its claims’ origins, so an attributed press figure is not counted as independent', () => {
    const rows = metricRows([{ ...claim(1, source('p', 'press')), attributedTo: 'platform' }]);
    expect(evidenceGrade(rows, []).independent).toBe(0);
  });
  it('is other for sources that are neither', () => {
    expect(provenance([claim(1, source('a', 'other'))])).toBe('other');
    expect(provenance([claim(1, source('a', 'organiser')), claim(1, source('b', 'other'))])).toBe('other');
  });
});

describe('drift', () => {
  it('orders dated figures by the date they were true, else their publication date, and drops undated ones', () => {
    const [row] = metricRows([
      claim(380e6, source('award', 'award-entry', '2020')),
      claim(230e6, source('eu', 'organiser', '2019-11-20')),
      claim(282e6, source('press', 'press', '2019-12-10')),
      claim(280e6, source('agency', 'agency')),
      claim(280e6, source('eeas', 'organiser', '2019-12-01'), '2019-11-19'),
    ]);
    expect(drift(row!)!.map((p) => [p.date.iso, p.value, p.provenance])).toEqual([
      ['2019-11-19', 280e6, 'self-reported'],
      ['2019-11-20', 230e6, 'self-reported'],
      ['2019-12-10', 282e6, 'independent'],
      ['2020', 380e6, 'self-reported'],
    ]);
  });
  it('has nothing to show with fewer than two dated figures, or all on one day', () => {
    expect(drift(metricRows([claim(1, source('a', 'press', '2020-01-01')), claim(2, source('b', 'press'))])[0]!)).toBeUndefined();
    expect(
      drift(metricRows([claim(1, source('a', 'press', '2020-01-01')), claim(2, source('b', 'press', '2020-01-01'))])[0]!),
    ).toBeUndefined();
  });
});

describe('evidenceGrade', () => {
  it('counts figures with an independent source, undated sources and the widest spread', () => {
    const press = source('p', 'press', '2020-01-01');
    const organiser = source('o', 'organiser');
    const rows = metricRows([claim(230e6, organiser), claim(380e6, press), { ...claim(10, organiser), kind: 'likes' }]);
    expect(evidenceGrade(rows, [press, organiser])).toEqual({
      figures: 2,
      independent: 1,
      undatedSources: 1,
      widestSpread: { kind: 'views', min: 230e6, max: 380e6, ratio: 380 / 230 },
    });
  });
  it('never takes its widest spread from doubted figures (the EEAS’s "51 million replicas" beside 51,000)', () => {
    const press = source('p', 'press');
    const doubt = 'probably a slip for 51,000';
    const rows = metricRows([
      { ...claim(50e3, press), kind: 'videos' },
      { ...claim(51e3, press), kind: 'videos' },
      { ...claim(51e6, press), kind: 'videos', doubt },
      { ...claim(5e6, press), kind: 'videos', doubt },
    ]);
    expect(evidenceGrade(rows, []).widestSpread).toEqual({ kind: 'videos', min: 50e3, max: 51e3, ratio: 51 / 50 });
  });
});

describe('figureAnchor', () => {
  it('is the kind for the campaign total, with the scope, part and currency otherwise', () => {
    const rows = metricRows([
      claim(1, source('a', 'press')),
      { ...claim(2, source('a', 'press')), scope: { type: 'hashtag' } },
      { ...claim(3, source('a', 'press')), scope: { type: 'campaign', part: { type: 'period', detail: 'First two weeks' } } },
      { ...claim(4, source('a', 'press')), kind: 'donations', currency: 'USD' },
      { ...claim(5, source('a', 'press')), scope: { type: 'campaign', part: { type: 'one-video', detail: 'first 10 minutes' } } },
      { ...claim(6, source('a', 'press')), scope: { type: 'campaign', part: { type: 'one-post' } }, platform: 'instagram' },
      { ...claim(7, source('a', 'press')), doubt: 'probably a slip' },
      { ...claim(8, source('a', 'press')), kind: 'pledged', currency: 'USD', qualifier: 'up-to' },
    ]);
    expect(rows.map(figureAnchor)).toEqual([
      'views',
      'views-doubted',
      'views-first-two-weeks',
      'views-one-video-first-10-minutes',
      'views-one-post-instagram',
      'views-hashtag',
      'donations-usd',
      'pledged-usd',
    ]);
  });
});

describe('figureCitations', () => {
  it('gives one citation per source, each with the value that source reports, and where it was compiled', () => {
    const [a, b] = [source('a', 'organiser', '2019-11-20'), source('b', 'award-entry')];
    const citations = figureCitations({
      campaign: '#X',
      figure: 'Views',
      claims: [
        { value: '230 million', source: a },
        { value: '380 million', source: b },
        { value: '250 million', source: a },
      ],
      url: 'https://site.example/campaigns/x/#views',
      siteName: 'Causeway',
    });
    expect(citations).toEqual([
      {
        source: 'a',
        text: '#X, views: 230 million and 250 million. Reported by Publisher a, “Title a”, 20 November 2019, https://example.org/a. Compiled by Causeway, https://site.example/campaigns/x/#views.',
      },
      {
        source: 'b',
        text: '#X, views: 380 million. Reported by Publisher b, “Title b”, undated, https://example.org/b. Compiled by Causeway, https://site.example/campaigns/x/#views.',
      },
    ]);
  });

  it('keeps the capitals of a name inside the figure', () => {
    const [citation] = figureCitations({
      campaign: '#X',
      figure: 'Views (campaign, one post, counted on Instagram)',
      claims: [{ value: '1,284', source: source('a', 'press') }],
      url: 'https://site.example/campaigns/x/#views-one-post-instagram',
      siteName: 'Causeway',
    });
    expect(citation!.text).toMatch(/^#X, views \(campaign, one post, counted on Instagram\): 1,284\./);
  });
});

describe('a figure label', () => {
  const label = (row: Parameters<typeof labelFacts>[0]) => ui.evidence.label(labelFacts(row));
  const worded = (qualifier: EvidenceClaim['qualifier'], kind: SourceKind = 'organiser'): EvidenceClaim => ({
    ...claim(1, source(kind, kind)),
    qualifier,
  });

  it('says what it counts, how precise it is and who reports it, as a reader would', () => {
    expect(label({ scope: 'campaign', claims: [worded('rounded'), worded('over')] })).toBe(
      'Campaign total, rounded, given as “more than” · reported by the organisers',
    );
    expect(label({ scope: 'hashtag', claims: [worded('exact', 'press')] })).toBe(
      'Whole hashtag, exact count · reported by an independent source',
    );
    expect(label({ scope: 'channel', claims: [worded('about', 'other'), worded('up-to', 'other')] })).toBe(
      'Own account, given as “about” or “up to” · reported by other sources',
    );
  });

  it('names the interested parties behind a self-reported figure, each once, and whose figure a source passes on', () => {
    const claims = [
      worded('rounded', 'award-entry'),
      worded('rounded', 'organiser'),
      worded('rounded', 'platform'),
      worded('rounded', 'organiser'),
    ];
    expect(label({ scope: 'campaign', claims })).toBe('Campaign total, rounded · reported by the organisers, TikTok and an award entry');
    const passedOn = { ...worded('rounded', 'press'), attributedTo: 'platform' as const };
    expect(reporters([passedOn])).toEqual({ provenance: 'self-reported', parties: ['platform'] });
    expect(label({ scope: 'campaign', claims: [passedOn] })).toBe('Campaign total, rounded · reported by TikTok');
  });

  it('says a part, another platform and a doubt in words, and still ends with who reports it', () => {
    expect(
      label({
        scope: 'campaign',
        part: { type: 'one-post' },
        platform: 'instagram',
        doubted: true,
        claims: [worded('exact', 'other')],
      }),
    ).toBe('Part of the campaign: one post, counted on Instagram, exact count, doubted · reported by other sources');
    expect(label({ scope: 'campaign', part: { type: 'period', detail: 'first day' }, claims: [worded('rounded')] })).toBe(
      'Part of the campaign: first day, rounded · reported by the organisers',
    );
  });

  it('has no bare qualifier word such as “over”, and no lower-cased “tiktok”', () => {
    const all = (['exact', 'rounded', 'about', 'over', 'up-to'] as const).map((q) =>
      label({ scope: 'campaign', claims: [worded(q, 'platform')] }),
    );
    for (const text of all) {
      expect(text).not.toMatch(/(^|, )(over|about|up to)( ·|,|$)/);
      expect(text).not.toMatch(/tiktok/);
    }
  });

  it('names a source kind in a sentence in lower case, but TikTok as TikTok', () => {
    expect(ui.evidence.claimSourceKind('platform')).toBe('TikTok');
    expect(ui.evidence.claimSourceKind('award-entry')).toBe('award entry');
    expect(ui.evidence.claimSourceKind('press', 'platform')).toBe('independent press, figure attributed to TikTok');
  });

  it('names the whole-hashtag row as the compare page names its column', () => {
    expect(ui.caseStudy.figureTitle('views', 'hashtag')).toBe('Views (whole hashtag)');
    expect(ui.caseStudy.figureTitle('views', 'hashtag')).toBe(ui.compare.columnTitle(ui.metricKinds.views, ui.scopes.hashtag));
    expect(ui.caseStudy.figureTitle('views', 'campaign')).toBe('Views');
  });
});

describe('the metric schema', () => {
  const base = { kind: 'views', value: 230_000_000, scope: { type: 'campaign' }, source: 's' };
  it('refuses "exact" on a value with six trailing zeros unless a reason is given', () => {
    expect(metricSchema.safeParse({ ...base, qualifier: 'exact' }).success).toBe(false);
    expect(metricSchema.safeParse({ ...base, qualifier: 'exact', exactReason: 'The source counts it to the view.' }).success).toBe(true);
    expect(metricSchema.safeParse({ ...base, qualifier: 'rounded' }).success).toBe(true);
    expect(metricSchema.safeParse({ ...base, value: 230_100_001, qualifier: 'exact' }).success).toBe(true);
  });
  it('requires a scope type and a qualifier', () => {
    expect(metricSchema.safeParse({ kind: 'views', value: 1, qualifier: 'exact', source: 's' }).success).toBe(false);
    expect(metricSchema.safeParse({ kind: 'views', value: 1, scope: { type: 'campaign' }, source: 's' }).success).toBe(false);
  });
});
