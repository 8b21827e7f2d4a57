import { describe, expect, it } from 'vitest';
import { barGeometry, chooseScale, linearScale, logScale, niceStep, tickLabel } from '../../../src/lib/figures/chart.ts';

describe('niceStep', () => {
  it('picks 1, 2 or 5 times a power of ten', () => {
    expect(niceStep(380_000_000)).toBe(100_000_000);
    expect(niceStep(50)).toBe(20);
    expect(niceStep(41)).toBe(20);
    expect(niceStep(8)).toBe(2);
    expect(niceStep(0.3)).toBe(0.1);
  });
  it('falls back to 1 for an empty axis', () => {
    expect(niceStep(0)).toBe(1);
  });
});

describe('tickLabel', () => {
  it('writes every thousand as K and larger units as M, B, T', () => {
    expect([0, 500, 1000, 20_000, 1_500_000, 1e10, 2e12].map((n) => tickLabel(n))).toEqual(['0', '500', '1K', '20K', '1.5M', '10B', '2T']);
  });
  it('takes a currency prefix and keeps decimals of small steps', () => {
    expect(tickLabel(50_000, '$')).toBe('$50K');
    expect(tickLabel(0.2)).toBe('0.2');
  });
});

describe('linearScale', () => {
  it('runs from 0 to a round number at or above the largest value', () => {
    const scale = linearScale(380_000_000);
    expect(scale.kind).toBe('linear');
    expect(scale.domain).toEqual([0, 400_000_000]);
    expect(scale.ticks.map((t) => t.value)).toEqual([0, 1e8, 2e8, 3e8, 4e8]);
    expect(scale.ticks.map((t) => t.label)).toEqual(['0', '100M', '200M', '300M', '400M']);
    expect(logScale(41, 2e9).ticks.map((t) => t.label)).toEqual(['10', '1K', '100K', '10M', '1B']);
    expect(scale.position(200_000_000)).toBe(50);
  });
  it('keeps a value that is already round as the top', () => {
    expect(linearScale(60).domain).toEqual([0, 60]);
  });
  it('does not drift on decimal steps', () => {
    expect(linearScale(0.3).ticks.map((t) => t.value)).toEqual([0, 0.1, 0.2, 0.3]);
  });
  it('clamps values outside the axis', () => {
    const scale = linearScale(10);
    expect(scale.position(-5)).toBe(0);
    expect(scale.position(50)).toBe(100);
  });
});

describe('logScale', () => {
  it('runs between powers of ten with a gridline at each', () => {
    const scale = logScale(41, 2_600_000_000);
    expect(scale.kind).toBe('log');
    expect(scale.domain).toEqual([10, 1e10]);
    // Ten decades are thinned to every second power of ten so the labels fit a phone.
    expect(scale.ticks.map((t) => t.value)).toEqual([10, 1e3, 1e5, 1e7, 1e9]);
  });
  it('places each power of ten an equal distance apart', () => {
    const scale = logScale(1_000, 1_000_000);
    expect(scale.ticks.map((t) => t.position)).toEqual([0, 33.33, 66.67, 100]);
    expect(scale.position(10_000)).toBe(33.33);
    expect(scale.position(0)).toBe(0);
  });
  it('widens a single decade to the next power of ten', () => {
    expect(logScale(1000, 1000).domain).toEqual([1000, 10_000]);
  });
  it('refuses values a log axis cannot show', () => {
    expect(() => logScale(0, 10)).toThrow(RangeError);
  });
});

describe('chooseScale', () => {
  it('stays linear while values are of one order of magnitude', () => {
    expect(chooseScale([230e6, 380e6]).kind).toBe('linear');
    expect(chooseScale([41, 50]).kind).toBe('linear');
  });
  it('turns to log when values span a hundredfold or more', () => {
    expect(chooseScale([2e6, 380e6]).kind).toBe('log');
    expect(chooseScale([3e6, 200e6]).kind).toBe('linear');
  });
  it('ignores zeros when judging the span', () => {
    expect(chooseScale([0, 40, 50]).kind).toBe('linear');
    expect(chooseScale([0, 0]).domain).toEqual([0, 1]);
  });
});

describe('barGeometry', () => {
  it('draws a solid bar to the lowest figure and a range to the highest, with a mark per figure', () => {
    const scale = linearScale(400);
    expect(barGeometry(scale, [300, 100, 200, 100])).toEqual({ low: 25, high: 75, marks: [25, 50, 75] });
  });
  it('has no range when the sources agree', () => {
    const bar = barGeometry(linearScale(400), [200, 200]);
    expect(bar.low).toBe(bar.high);
  });
  it('needs a value', () => {
    expect(() => barGeometry(linearScale(1), [])).toThrow(RangeError);
  });
});
