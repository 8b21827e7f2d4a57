import { describe, expect, it } from 'vitest';
import { formatAlike, formatPartialDate, isOrdered, newestFirst, oldestFirst, parsePartialDate } from '../../../src/schemas/dates.ts';

describe('parsePartialDate', () => {
  it('keeps the precision the source gives', () => {
    expect(parsePartialDate('2019-05')?.precision).toBe('month');
    expect(parsePartialDate(2019)?.precision).toBe('year');
    expect(parsePartialDate(new Date('2019-10-25T00:00:00Z'))).toMatchObject({ iso: '2019-10-25', precision: 'day' });
  });
  it('covers the whole month or year it names', () => {
    const may = parsePartialDate('2019-05')!;
    expect(may.start.toISOString().slice(0, 10)).toBe('2019-05-01');
    expect(may.end.toISOString().slice(0, 10)).toBe('2019-05-31');
  });
  it('refuses impossible and malformed dates', () => {
    expect(parsePartialDate('2019-02-30')).toBeUndefined();
    expect(parsePartialDate('2019-13')).toBeUndefined();
    expect(parsePartialDate('25/10/2019')).toBeUndefined();
    expect(parsePartialDate(true)).toBeUndefined();
  });
});

describe('formatting', () => {
  it('never shows more precision than is known', () => {
    expect(formatPartialDate(parsePartialDate('2019-10-25')!)).toBe('25 October 2019');
    expect(formatPartialDate(parsePartialDate('2019-05')!)).toBe('May 2019');
    expect(formatPartialDate(parsePartialDate('2019')!)).toBe('2019');
  });
  it('orders dates at their precision', () => {
    expect(isOrdered(parsePartialDate('2019-05-29')!, parsePartialDate('2019-05')!)).toBe(true);
    expect(isOrdered(parsePartialDate('2019-06-01')!, parsePartialDate('2019-05')!)).toBe(false);
  });
});

describe('orders of case studies', () => {
  const launched = (id: string, date: string) => ({ id, data: { launched: parsePartialDate(date)! } });
  // b and c share a day; a month-precise launch counts from the month's first day.
  const items = [launched('c', '2021-03-05'), launched('a', '2021-03'), launched('d', '2020'), launched('b', '2021-03-05')];
  const ids = (list: typeof items) => list.map((item) => item.id);

  it('reads newest first or oldest first, and a shared day by id both ways (not one order reversed)', () => {
    expect(ids([...items].sort(newestFirst))).toEqual(['b', 'c', 'a', 'd']);
    expect(ids([...items].sort(oldestFirst))).toEqual(['d', 'a', 'b', 'c']);
  });
});

describe('formatAlike', () => {
  const d = (text: string) => parsePartialDate(text)!;
  it('writes dates side by side at the precision of the least precise (a chart axis never mixes "19 November 2019" and "2020")', () => {
    expect(formatAlike([d('2019-11-19'), d('2020')])).toEqual(['2019', '2020']);
    expect(formatAlike([d('2019-11-19'), d('2020-02')])).toEqual(['November 2019', 'February 2020']);
    expect(formatAlike([d('2019-11-19'), d('2020-02-03')])).toEqual(['19 November 2019', '3 February 2020']);
  });
});
