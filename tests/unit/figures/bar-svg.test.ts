/** The bar charts' SVG markup (src/lib/figures/bar-svg.ts), which the build and the compare page's script both draw with. */
import { describe, expect, it } from 'vitest';
import { axisMarkup, barMarkup, barScale } from '../../../src/lib/figures/bar-svg.ts';

describe('bar chart markup', () => {
  it('draws a solid bar to the lowest figure, a range to the highest and a mark at each, on gridlines', () => {
    const scale = barScale([50, 100]);
    const bar = barMarkup(scale, [50, 80, 100]);
    expect(bar).toContain('<rect x="0" y="2" width="50%"');
    expect(bar).toMatch(/<rect x="50%" y="2.5" width="50%"[^>]*data-part="range"/);
    expect(bar.match(/stroke-width="2"/g)).toHaveLength(3);
    expect(bar.match(/class="stroke-slate-300/g)).toHaveLength(scale.ticks.length);
  });
  it('draws one figure as a bar alone, with no range and no marks', () => {
    const bar = barMarkup(barScale([40]), [40]);
    expect(bar).not.toContain('data-part="range"');
    expect(bar).not.toContain('stroke-width="2"');
  });
  it('labels the axis with the currency’s symbol, ends anchored inside the chart', () => {
    const axis = axisMarkup(barScale([5_000_000], '₹'));
    expect(axis).toMatch(/^<text x="0%" y="14" text-anchor="start"[^>]*>₹0<\/text>/);
    expect(axis).toMatch(/text-anchor="end"[^>]*>₹[\d.]+M<\/text>$/);
  });
  it('chooses a log scale when the bars span a hundredfold', () => {
    expect(barScale([1_000, 1_000_000]).kind).toBe('log');
    expect(barScale([10, 900]).kind).toBe('linear');
  });
});
