/** The explorer's state (src/lib/search/state.ts): the URL, the Pagefind query and a facet's folding. */
import { describe, expect, it } from 'vitest';
import {
  EMPTY_STATE,
  FACET_FOLD,
  FACET_SHOWN_MAX,
  foldFacet,
  matchesFind,
  valuesToShow,
  chosenCount,
  effectiveSort,
  pagefindQuery,
  stateFromParams,
  stateToSearch,
  toggleValue,
} from '../../../src/lib/search/state.ts';

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
    expect(chosenCount(state)).toBe(0);
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
    // An organisation's name is searched as a phrase, whole words only ("WHO" must not find "whose").
    expect(pagefindQuery({ ...state, q: 'WHO' }, undefined, true).term).toBe('"WHO"');
    expect(pagefindQuery({ ...state, q: 'say "hi"' }, undefined, true).term).toBe('"say hi"');
    expect(pagefindQuery({ ...state, q: 'WHO' }).term).toBe('WHO');
  });
  it('keeps "every case study with the words" in the URL, for words only', () => {
    const state = stateFromParams(new URLSearchParams('?q=WHO&match=text'));
    expect(state.matchText).toBe(true);
    expect(stateToSearch(state)).toBe('?q=WHO&match=text');
    expect(stateFromParams(new URLSearchParams('?match=text'))).toEqual(EMPTY_STATE);
    expect(stateToSearch({ ...EMPTY_STATE, q: 'WHO' })).toBe('?q=WHO');
    expect(stateFromParams(new URLSearchParams('?q=WHO&match=other')).matchText).toBeUndefined();
  });
  it("keeps only the named organisations' case studies, beside the organisation facet's own choice", () => {
    const state = { q: 'WHO', filters: { year: ['2020'] }, sort: 'relevance' as const };
    expect(pagefindQuery(state, undefined, true, ['who']).options.filters).toEqual({ year: '2020', organisation: { any: ['who'] } });
    const chosen = { ...state, filters: { organisation: ['unicef', 'wfp'] } };
    expect(pagefindQuery(chosen, undefined, true, ['who']).options.filters).toEqual({
      all: [{ organisation: { any: ['who'] } }, { organisation: { any: ['unicef', 'wfp'] } }],
    });
    // Counting the organisation facet leaves its own choice out, never the named organisations.
    expect(pagefindQuery(chosen, 'organisation', true, ['who']).options.filters).toEqual({ organisation: { any: ['who'] } });
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
  const msf = { label: 'Médecins Sans Frontières' };
  it('matches every typed word at the start of a word of the label, ignoring case and accents', () => {
    expect(matchesFind(msf, 'medecins')).toBe(true);
    expect(matchesFind(msf, 'FRONT sans')).toBe(true);
    expect(matchesFind(msf, 'sans oxfam')).toBe(false);
    expect(matchesFind(msf, 'decins')).toBe(false);
    expect(matchesFind({ label: 'Łódź Youth Council' }, 'youth')).toBe(true);
    expect(matchesFind({ label: 'UNICEF' }, '  ')).toBe(true);
  });

  // The report of December 2026: "Red Cross" found only the British Red Cross, "UN" matched "Foundation".
  it("matches an organisation's full name, short name and aliases, and never inside a word", () => {
    const ifrc = { label: 'IFRC', names: ['International Federation of Red Cross and Red Crescent Societies', 'IFRC', 'Red Cross'] };
    const who = { label: 'WHO', names: ['World Health Organization', 'WHO'] };
    const pg = { label: 'P&G', names: ['Procter & Gamble', 'P&G'] };
    expect(matchesFind(ifrc, 'Red Cross')).toBe(true);
    expect(matchesFind(ifrc, 'red crescent')).toBe(true);
    expect(matchesFind(who, 'World Health')).toBe(true);
    expect(matchesFind(pg, 'Procter')).toBe(true);
    expect(matchesFind({ label: 'CDC Foundation' }, 'UN')).toBe(false);
    expect(matchesFind({ label: 'No Kid Hungry' }, 'un')).toBe(false);
    expect(matchesFind({ label: 'UNICEF' }, 'UN')).toBe(true);
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
