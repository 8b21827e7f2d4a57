/** Result excerpts (src/lib/search/excerpt.ts): the densest stretch of matches, marked. */
import { describe, expect, it } from 'vitest';
import { excerptRuns, highlight } from '../../../src/lib/search/excerpt.ts';

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
