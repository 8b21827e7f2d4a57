/**
 * The SVG inside a bar chart's bars and under its axis (BarChart.astro), as markup: the build
 * draws the compare page's charts with it, and the page's script draws them again with the same
 * code when a reader adds a case study whose bars change the scale (src/client/compare/charts.ts).
 * Positions are percentages (chart.ts), so the SVG stretches to any width.
 */
import { barGeometry, chooseScale, tickLabel, type Scale } from './chart.ts';

const pct = (n: number) => `${n}%`;
const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** A chart's scale over the figures of all its bars, its ticks written with the currency's symbol if any. */
export const barScale = (values: readonly number[], prefix = ''): Scale => chooseScale(values, (n) => tickLabel(n, prefix));

/** One bar: gridlines, a solid bar to the lowest figure, a range on to the highest, and a mark at each figure. */
export function barMarkup(scale: Scale, values: readonly number[]): string {
  const bar = barGeometry(scale, values);
  const grid = scale.ticks.map(
    (tick) => `<line x1="${pct(tick.position)}" x2="${pct(tick.position)}" y1="0" y2="16" class="stroke-slate-300 dark:stroke-slate-700"/>`,
  );
  const low = `<rect x="0" y="2" width="${pct(bar.low)}" height="12" class="fill-accent-700 dark:fill-accent-300" data-part="low"/>`;
  const range =
    bar.high > bar.low
      ? `<rect x="${pct(bar.low)}" y="2.5" width="${pct(bar.high - bar.low)}" height="11" class="fill-accent-700/25 stroke-accent-700 dark:fill-accent-300/30 dark:stroke-accent-300" data-part="range"/>`
      : '';
  const marks =
    bar.marks.length > 1
      ? bar.marks.map(
          (mark) =>
            `<line x1="${pct(mark)}" x2="${pct(mark)}" y1="0" y2="16" stroke-width="2" class="stroke-slate-900 dark:stroke-white"/>`,
        )
      : [];
  return [...grid, low, range, ...marks].join('');
}

const anchor = (position: number) => (position === 0 ? 'start' : position === 100 ? 'end' : 'middle');

/** The axis under the bars: each tick's label at its place. */
export const axisMarkup = (scale: Scale): string =>
  scale.ticks
    .map(
      (tick) =>
        `<text x="${pct(tick.position)}" y="14" text-anchor="${anchor(tick.position)}" class="fill-slate-600 dark:fill-slate-400">${escape(tick.label)}</text>`,
    )
    .join('');
