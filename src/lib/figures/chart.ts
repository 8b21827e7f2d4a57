/**
 * Geometry for the bar charts, computed at build time so no chart code reaches the browser.
 * Positions are percentages of the plot width (0–100): the SVG uses them directly as `x="37%"`,
 * so a chart stretches to any screen without scaling its text.
 */

import { compactNumber, grouped } from './metrics.ts';

export type ScaleKind = 'linear' | 'log';

/**
 * An axis label: "0", "500", "1K", "20K", "1.5M", "10B", with an optional currency prefix.
 * Unlike figures in text, every thousand becomes K, so a log axis reads 1K, 10K, 100K evenly.
 */
export const tickLabel = (value: number, prefix = ''): string =>
  compactNumber(value, prefix, { thousandsFrom: 1e3, round: (n) => grouped(Number(n.toPrecision(3))) });

export interface Tick {
  value: number;
  /** Position along the axis, 0–100. */
  position: number;
  label: string;
}

export interface Scale {
  kind: ScaleKind;
  /** Lowest and highest value the axis shows. */
  domain: [number, number];
  ticks: Tick[];
  /** Where a value sits along the axis, 0–100; values outside the domain are clamped. */
  position(value: number): number;
}

/**
 * Values spanning this ratio or more (highest ÷ lowest) get a log scale: on a linear axis a
 * 100× smaller bar is a hairline, and readers cannot see that it exists.
 */
export const LOG_RATIO = 100;

/** Most gridlines a log axis shows; more decades than this are thinned to every nth power of ten. */
const MAX_LOG_TICKS = 6;

// Two decimals are finer than a pixel on any screen and keep the SVG markup short.
const clamp = (n: number) => Math.round(Math.min(100, Math.max(0, n)) * 100) / 100;

/** A round step (1, 2 or 5 × 10ⁿ) giving about `count` intervals from 0 to `max`. */
export function niceStep(max: number, count = 4): number {
  if (!(max > 0)) return 1;
  const raw = max / count;
  const magnitude = 10 ** Math.floor(Math.log10(raw));
  const norm = raw / magnitude;
  const factor = norm <= 1 ? 1 : norm <= 2 ? 2 : norm <= 5 ? 5 : 10;
  return factor * magnitude;
}

/** A linear axis from 0 to a round number at or above `max`. */
export function linearScale(max: number, format: (n: number) => string = tickLabel): Scale {
  const step = niceStep(max);
  const top = Math.max(step, Math.ceil(max / step - 1e-9) * step);
  const position = (value: number) => clamp((value / top) * 100);
  const ticks: Tick[] = [];
  // Counting steps rather than adding them avoids 0.1 + 0.2 style drift in the tick values.
  for (let i = 0; i * step <= top + step * 1e-9; i++) {
    const value = Number((i * step).toPrecision(12));
    ticks.push({ value, position: position(value), label: format(value) });
  }
  return { kind: 'linear', domain: [0, top], ticks, position };
}

/** A log axis from the power of ten at or below `min` to the one at or above `max`. */
export function logScale(min: number, max: number, format: (n: number) => string = tickLabel): Scale {
  if (!(min > 0) || !(max >= min)) throw new RangeError(`a log scale needs 0 < min ≤ max, got ${min} and ${max}`);
  const low = Math.floor(Math.log10(min));
  let high = Math.ceil(Math.log10(max));
  if (high === low) high = low + 1;
  const span = high - low;
  const position = (value: number) => (value <= 0 ? 0 : clamp(((Math.log10(value) - low) / span) * 100));
  const every = Math.ceil((span + 1) / MAX_LOG_TICKS);
  const ticks: Tick[] = [];
  for (let p = low; p <= high; p += every) {
    const value = 10 ** p;
    ticks.push({ value, position: position(value), label: format(value) });
  }
  return { kind: 'log', domain: [10 ** low, 10 ** high], ticks, position };
}

/**
 * The scale for a set of values: log when the positive values span LOG_RATIO or more,
 * linear otherwise. Zeros cannot sit on a log axis; they stay at its start.
 */
export function chooseScale(values: readonly number[], format?: (n: number) => string): Scale {
  const positive = values.filter((v) => v > 0);
  if (positive.length === 0) return linearScale(0, format);
  const min = Math.min(...positive);
  const max = Math.max(...positive);
  return max / min >= LOG_RATIO ? logScale(min, max, format) : linearScale(max, format);
}

/** Where a bar's parts sit, 0–100: a solid bar up to the lowest figure, a range on to the highest. */
export interface BarGeometry {
  /** End of the solid bar: the lowest reported figure. */
  low: number;
  /** End of the range: the highest reported figure (equal to `low` when sources agree). */
  high: number;
  /** Each distinct reported figure, for the markers along a range. */
  marks: number[];
}

export function barGeometry(scale: Scale, values: readonly number[]): BarGeometry {
  if (values.length === 0) throw new RangeError('a bar needs at least one value');
  const distinct = [...new Set(values)].sort((a, b) => a - b);
  return {
    low: scale.position(distinct[0]!),
    high: scale.position(distinct[distinct.length - 1]!),
    marks: distinct.map((v) => scale.position(v)),
  };
}

/**
 * Where dates sit along a time axis, 0–100: the earliest at 0, the latest at 100. One date
 * alone sits in the middle, since there is no span to spread it over.
 */
export function timePosition(dates: readonly Date[]): (date: Date) => number {
  const times = dates.map((d) => d.getTime());
  const min = Math.min(...times);
  const span = Math.max(...times) - min;
  return (date) => (span === 0 ? 50 : clamp(((date.getTime() - min) / span) * 100));
}

/** A mark of the drift chart: where one reported value sits (x by date, y by value, 0–100 from the bottom). */
export interface DriftMark<P> {
  x: number;
  y: number;
  point: P;
}

/** The marks and value axis of a drift chart: every reported value at its date, on a shared scale. */
export function driftGeometry<P extends { date: Date; value: number }>(
  points: readonly P[],
  format?: (n: number) => string,
): { scale: Scale; marks: DriftMark<P>[] } {
  const scale = chooseScale(
    points.map((p) => p.value),
    format,
  );
  const x = timePosition(points.map((p) => p.date));
  return { scale, marks: points.map((point) => ({ x: x(point.date), y: scale.position(point.value), point })) };
}
