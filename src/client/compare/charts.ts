/**
 * The compare page's charts with the case studies a reader adds (picker.ts loads this module
 * only then): each added case study's bars join the page's chart of the same key, which is drawn
 * again on a scale over all its bars, with the build's own drawing code (lib/figures/bar-svg.ts);
 * a chart the page lacks comes whole, drawn for its one bar. The markup is our own build's
 * (data/compare/<slug>.json).
 */
import { axisMarkup, barMarkup, barScale } from '~/lib/figures/bar-svg.ts';

const figures = (bar: HTMLElement) => (bar.dataset['values'] ?? '').split(' ').map(Number);

/** Puts one case study's charts into the page's grid of charts; its bars are marked `data-added`. */
export function addCharts(grid: HTMLElement, charts: Record<string, string>): void {
  for (const [key, html] of Object.entries(charts)) {
    const template = document.createElement('template');
    template.innerHTML = html;
    const chart = template.content.querySelector<HTMLElement>('figure[data-chart]');
    const bar = chart?.querySelector<HTMLElement>('li[data-bar]');
    if (!chart || !bar) continue;
    bar.dataset['added'] = '';
    const own = [...grid.querySelectorAll<HTMLElement>('figure[data-chart]')].find((f) => f.dataset['chart'] === key);
    if (own) {
      own.querySelector('ol')!.append(bar);
      redraw(own);
    } else {
      chart.dataset['added'] = '';
      grid.append(chart);
    }
  }
}

/** Orders a chart's bars largest first, as the build does, and draws them and the axis on a scale over all of them. */
function redraw(chart: HTMLElement): void {
  const bars = [...chart.querySelectorAll<HTMLElement>('li[data-bar]')];
  const key = (bar: HTMLElement, end: 'max' | 'min') => Number(bar.dataset[end]);
  bars.sort((a, b) => key(b, 'max') - key(a, 'max') || key(b, 'min') - key(a, 'min'));
  chart.querySelector('ol')!.append(...bars);
  const scale = barScale(bars.flatMap(figures), chart.dataset['prefix'] ?? '');
  for (const bar of bars) bar.querySelector('svg')!.innerHTML = barMarkup(scale, figures(bar));
  chart.querySelector('[data-axis]')!.innerHTML = axisMarkup(scale);
  chart.dataset['scale'] = scale.kind;
  const note = chart.querySelector<HTMLElement>('[data-scale-note]');
  if (note) note.textContent = note.dataset[scale.kind] ?? note.textContent;
}
