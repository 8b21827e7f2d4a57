/** Which result a target stands beside (src/lib/figures/targets.ts), for the page and the content check alike. */
import { describe, expect, it } from 'vitest';
import { metricRows, type Claim } from '../../../src/lib/figures/metrics.ts';
import { targetRow, targetsByRow } from '../../../src/lib/figures/targets.ts';

const claim = (extra: Partial<Claim>): Claim => ({
  kind: 'views',
  value: 10,
  qualifier: 'exact',
  scope: { type: 'campaign' },
  source: 's',
  ...extra,
});
const target = (kind: Claim['kind'], type: Claim['scope']['type']) => ({ kind, scope: { type } });

describe('targetRow', () => {
  it('is the row of the same kind and scope type, a whole TikTok count before a part, another platform or a doubted one', () => {
    const rows = metricRows([
      claim({ scope: { type: 'campaign', part: { type: 'one-video' } }, value: 5 }),
      claim({ platform: 'instagram', value: 7 }),
      claim({ doubt: 'a slip', value: 8 }),
      claim({ value: 20 }),
      claim({ scope: { type: 'hashtag' }, value: 900 }),
    ]);
    expect(targetRow(target('views', 'campaign'), rows)?.claims.map((c) => c.value)).toEqual([20]);
    expect(targetRow(target('views', 'hashtag'), rows)?.claims.map((c) => c.value)).toEqual([900]);
  });
  it('is the part when that is all there is of the kind and scope type, and none when there is nothing of both', () => {
    const rows = metricRows([
      claim({ scope: { type: 'campaign', part: { type: 'period', detail: 'one day' } } }),
      claim({ kind: 'likes' }),
    ]);
    expect(targetRow(target('views', 'campaign'), rows)?.part).toEqual({ type: 'period', detail: 'one day' });
    expect(targetRow(target('videos', 'campaign'), rows)).toBeUndefined();
    expect(targetRow(target('likes', 'event'), rows)).toBeUndefined();
  });
});

describe('targetsByRow', () => {
  it('puts each target beside its row, several in their order, and leaves out a target with no row', () => {
    const rows = metricRows([claim({}), claim({ kind: 'videos', value: 300 })]);
    const first = { ...target('views', 'campaign'), value: 1 };
    const second = { ...target('views', 'campaign'), value: 2 };
    const byRow = targetsByRow([first, target('videos', 'hashtag'), second], rows);
    expect([...byRow.keys()]).toEqual([rows[0]]);
    expect(byRow.get(rows[0]!)).toEqual([first, second]);
  });
});
