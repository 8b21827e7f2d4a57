import { describe, expect, it } from 'vitest';
import { organisationNames, searchRecord, type IndexableCampaign } from '../../src/lib/search-index.ts';
import {
  EMPTY_STATE,
  FACET_FOLD,
  FACET_SHOWN_MAX,
  foldFacet,
  matchesFind,
  valuesToShow,
  chosenCount,
  effectiveSort,
  isBlank,
  pagefindQuery,
  stateFromParams,
  stateToSearch,
  toggleValue,
} from '../../src/lib/search-state.ts';
import { editDistance, nearest } from '../../src/lib/suggest.ts';
import { excerptRuns, highlight } from '../../src/lib/excerpt.ts';

const campaign: IndexableCampaign = {
  title: '#ForClimate',
  hashtags: ['#ForClimate'],
  summary: 'A summary, with a comma.',
  launched: new Date(Date.UTC(2020, 11, 1)),
  year: 2020,
  leads: ['IFRC'],
  independent: true,
  countries: ['BR', 'PH'],
  languages: ['pt'],
  organisations: [
    { id: 'ifrc', kind: 'ngo', label: 'IFRC', names: ['International Federation of Red Cross', 'Red Cross'] },
    { id: 'tiktok', kind: 'platform', label: 'TikTok', names: ['ByteDance'] },
    { id: 'other-ngo', kind: 'ngo', label: 'Other', names: [] },
  ],
  causes: ['climate-action'],
  mechanics: ['hashtag-challenge'],
  terms: ['Climate action', 'Hashtag challenge', 'Brazil', 'Philippines', 'Portuguese', 'Brazil'],
  metrics: [
    { kind: 'views', value: 5, qualifier: 'exact', scope: { type: 'campaign' }, source: 'a' },
    { kind: 'views', value: 9, qualifier: 'over', scope: { type: 'campaign' }, source: 'b' },
    { kind: 'views', value: 999, qualifier: 'over', scope: { type: 'hashtag' }, source: 'b' },
    { kind: 'likes', value: 99, qualifier: 'exact', scope: { type: 'campaign' }, source: 'b' },
  ],
};

describe('searchRecord', () => {
  const record = searchRecord(campaign);
  it('filters by ids, with one kind per kind of organisation', () => {
    expect(record.filters).toEqual({
      cause: ['climate-action'],
      organisation: ['ifrc', 'tiktok', 'other-ngo'],
      mechanic: ['hashtag-challenge'],
      year: ['2020'],
      kind: ['ngo', 'platform'],
      country: ['BR', 'PH'],
      language: ['pt'],
      evidence: ['independent'],
    });
    expect(searchRecord({ ...campaign, independent: false }).filters.evidence).toEqual([]);
  });
  it('sorts by launch day and by the largest view count', () => {
    expect(record.sort).toEqual({ launched: '2020-12-01', views: '9' });
  });
  it('gives a campaign without views the view sort key 0, so it stays in the results', () => {
    expect(searchRecord({ ...campaign, metrics: [] }).sort.views).toBe('0');
  });
  it('names the lead organisations in the meta, and every name and alias for the text', () => {
    expect(record.meta).toEqual({
      hashtag: '#ForClimate',
      summary: 'A summary, with a comma.',
      organisation: 'IFRC',
      year: '2020',
      figure: '',
      figureSource: '',
    });
    expect(record.names).toEqual(['IFRC', 'International Federation of Red Cross', 'Red Cross', 'TikTok', 'ByteDance', 'Other']);
  });
  it('keeps the names of causes, mechanics, countries and languages for the text, once each', () => {
    expect(record.terms).toEqual(['Climate action', 'Hashtag challenge', 'Brazil', 'Philippines', 'Portuguese']);
  });
});

describe('organisationNames', () => {
  it('lists the full name, the short form and every alias', () => {
    expect(organisationNames({ name: 'World Economic Forum', shortName: 'WEF', aliases: ['Davos forum'] })).toEqual([
      'World Economic Forum',
      'WEF',
      'Davos forum',
    ]);
    expect(organisationNames({ name: 'UNICEF', aliases: [] })).toEqual(['UNICEF']);
  });
});

describe('search state in the URL', () => {
  it('round-trips every field', () => {
    const search =
      '?q=red+cross&cause=climate-action&org=ifrc&kind=ngo&mechanic=music&year=2020&country=BR&lang=pt&evidence=independent&sort=newest';
    expect(stateToSearch(stateFromParams(new URLSearchParams(search)))).toBe(search);
  });
  it('reads repeated parameters as several values of one filter, and writes each view one way', () => {
    const state = stateFromParams(new URLSearchParams('?year=2020&cause=refugees&cause=child-rights&cause=refugees'));
    expect(state.filters).toEqual({ cause: ['child-rights', 'refugees'], year: ['2020'] });
    expect(stateToSearch(state)).toBe('?cause=child-rights&cause=refugees&year=2020');
    expect(chosenCount(state)).toBe(3);
  });
  it('adds and removes one value of a filter', () => {
    const one = toggleValue(EMPTY_STATE, 'cause', 'refugees', true);
    const two = toggleValue(one, 'cause', 'child-rights', true);
    expect(two.filters.cause).toEqual(['child-rights', 'refugees']);
    expect(toggleValue(toggleValue(two, 'cause', 'refugees', false), 'cause', 'child-rights', false)).toEqual(EMPTY_STATE);
  });
  it('drops empty parameters, unknown sorts and the default sort', () => {
    const state = stateFromParams(new URLSearchParams('?q=%20&cause=&sort=sideways&foo=bar'));
    expect(state).toEqual(EMPTY_STATE);
    expect(stateToSearch(state)).toBe('');
    expect(isBlank(state)).toBe(true);
  });
  it('browses newest first when there are no words to rank by', () => {
    expect(effectiveSort({ ...EMPTY_STATE, filters: { cause: ['x'] } })).toBe('newest');
    expect(effectiveSort({ ...EMPTY_STATE, q: 'x' })).toBe('relevance');
  });
  it('turns the state into a Pagefind query, optionally without one filter (for that facet’s counts)', () => {
    const state = { q: '', filters: { cause: ['a'], year: ['2020'] }, sort: 'views' as const };
    expect(pagefindQuery(state)).toEqual({ term: null, options: { filters: { cause: 'a', year: '2020' }, sort: { views: 'desc' } } });
    expect(pagefindQuery(state, 'cause').options.filters).toEqual({ year: '2020' });
    expect(pagefindQuery({ ...state, q: 'x', sort: 'relevance' }).options).toEqual({ filters: { cause: 'a', year: '2020' } });
  });
  it('combines values of one filter with OR and filters with AND', () => {
    const state = { q: '', filters: { cause: ['a', 'b'], year: ['2020'] }, sort: 'relevance' as const };
    expect(pagefindQuery(state).options).toEqual({ filters: { cause: { any: ['a', 'b'] }, year: '2020' }, sort: { launched: 'desc' } });
  });
});

describe('folding a facet', () => {
  const value = (chosen: boolean, empty: boolean) => ({ chosen, empty });
  it(`keeps the first ${FACET_FOLD} values that have case studies, and folds the rest`, () => {
    const values = Array.from({ length: FACET_FOLD + 3 }, () => value(false, false));
    expect(foldFacet(values)).toEqual([...Array(FACET_FOLD).fill(true), false, false, false]);
  });
  it('always keeps a chosen value, without counting it among the first, and folds the empty ones', () => {
    const values = [value(false, true), ...Array.from({ length: FACET_FOLD }, () => value(false, false)), value(true, true)];
    expect(foldFacet(values)).toEqual([false, ...Array(FACET_FOLD).fill(true), true]);
  });
});

describe("a long facet's find box", () => {
  it('matches every typed word anywhere in the label, ignoring case and accents', () => {
    expect(matchesFind('Médecins Sans Frontières', 'medecins')).toBe(true);
    expect(matchesFind('Médecins Sans Frontières', 'FRONT sans')).toBe(true);
    expect(matchesFind('Médecins Sans Frontières', 'sans oxfam')).toBe(false);
    expect(matchesFind('Łódź Youth Council', 'youth')).toBe(true);
    expect(matchesFind('UNICEF', '  ')).toBe(true);
  });

  const values = Array.from({ length: FACET_SHOWN_MAX * 3 }, (_, i) => ({ value: `org-${i}`, label: i % 2 ? `Odd ${i}` : `Even ${i}` }));
  const ids = (list: { value: string }[]) => list.map((v) => v.value);

  it('puts in the page only the chosen values while the facet is folded and the box empty', () => {
    expect(ids(valuesToShow(values, { chosen: ['org-250'], find: '', unfolded: false }))).toEqual(['org-250']);
  });

  it(`puts in the first ${FACET_SHOWN_MAX} values when unfolded, and a chosen one beyond them`, () => {
    const shown = ids(valuesToShow(values, { chosen: ['org-250'], find: '', unfolded: true }));
    expect(shown).toEqual([...ids(values.slice(0, FACET_SHOWN_MAX)), 'org-250']);
  });

  it(`puts in the first ${FACET_SHOWN_MAX} matches of the typed words, in the facet's order`, () => {
    const shown = valuesToShow(values, { chosen: [], find: 'odd', unfolded: false });
    expect(shown).toHaveLength(FACET_SHOWN_MAX);
    expect(shown.every((v) => v.label.startsWith('Odd'))).toBe(true);
    expect(ids(valuesToShow(values, { chosen: [], find: 'odd 299', unfolded: false }))).toEqual(['org-299']);
    expect(valuesToShow(values, { chosen: [], find: 'nothing like it', unfolded: true })).toEqual([]);
  });
});

describe('nearest causes and organisations', () => {
  const entries = [
    { id: 'climate-action', name: 'Climate action', names: [] },
    { id: 'refugees', name: 'Refugees', names: [] },
    { id: 'ifrc', name: 'IFRC', names: ['Red Cross'] },
  ];
  it('finds misspellings and prefixes, best first', () => {
    expect(nearest('climat', entries).map((e) => e.id)).toEqual(['climate-action']);
    expect(nearest('refugess', entries).map((e) => e.id)).toEqual(['refugees']);
    expect(nearest('cros', entries).map((e) => e.id)).toEqual(['ifrc']);
  });
  it('suggests nothing for a query with nothing in common', () => {
    expect(nearest('zebra', entries)).toEqual([]);
    expect(nearest('', entries)).toEqual([]);
  });
  it('counts edits', () => {
    expect(editDistance('kitten', 'sitting')).toBe(3);
  });
});

describe('excerpts', () => {
  const text = 'one two three four five six seven eight nine ten';
  const marked = (runs: { text: string; mark: boolean }[] | undefined) => runs?.filter((r) => r.mark).map((r) => r.text);
  const plain = (runs: { text: string }[] | undefined) => runs?.map((r) => r.text).join('');
  it('marks the matched words of the densest stretch', () => {
    const runs = excerptRuns(text, [6, 7, 1], Infinity, 4);
    expect(marked(runs)).toEqual(['seven', 'eight']);
    expect(plain(runs)).toBe('… six seven eight nine …');
  });
  it('ignores matches from the cut on, and gives up when nothing is left', () => {
    expect(marked(excerptRuns(text, [1, 8], 5, 4))).toEqual(['two']);
    expect(excerptRuns(text, [8], 5, 4)).toBeUndefined();
  });
  it('highlights words starting with a query word, in any case', () => {
    expect(marked(highlight('Red Cross and red-crossed crossings', 'cross'))).toEqual(['Cross', 'crossed', 'crossings']);
    expect(highlight('a (b)', '(')).toEqual([{ text: 'a (b)', mark: false }]);
  });
});
