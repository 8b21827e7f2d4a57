/**
 * Turning metric claims into what readers see: numbers in words, qualifiers, and one row per
 * figure with every source behind it. Where sources disagree the row carries the range, never
 * a silently chosen value.
 */
import { METRIC_KINDS, type MetricKind, type Qualifier } from '../schemas/vocabulary.ts';

/** The fields of a claim this module needs; the source can be an id or a resolved entry. */
export interface Claim<S = unknown> {
  kind: MetricKind;
  value: number;
  qualifier: Qualifier;
  currency?: string | undefined;
  scope?: string | undefined;
  source: S;
}

const SCALES = [
  { size: 1e12, word: 'trillion', letter: 'T' },
  { size: 1e9, word: 'billion', letter: 'B' },
  { size: 1e6, word: 'million', letter: 'M' },
] as const;

/** Up to one decimal, without a trailing ".0": 2.6, 81, 1.2. */
function short(n: number): string {
  return (Math.round(n * 10) / 10).toLocaleString('en', { maximumFractionDigits: 1 });
}

/** The symbol a currency is written with in English: "$" for USD, "€" for EUR. */
export function currencySymbol(currency: string): string {
  const part = new Intl.NumberFormat('en', { style: 'currency', currency }).formatToParts(0).find((p) => p.type === 'currency');
  return part?.value ?? `${currency} `;
}

/**
 * A number for people: "2.6 billion", "81 million", "51,000", "$100,000". Below a million
 * every digit is shown; above it, words.
 */
export function formatNumber(value: number, currency?: string): string {
  const prefix = currency ? currencySymbol(currency) : '';
  for (const scale of SCALES) {
    if (Math.abs(value) >= scale.size) return `${prefix}${short(value / scale.size)} ${scale.word}`;
  }
  return `${prefix}${value.toLocaleString('en', { maximumFractionDigits: 2 })}`;
}

const THOUSANDS = { size: 1e3, letter: 'K' } as const;

/**
 * The one compact notation ("230M", "2.6B", "51K"), in two styles: figures in text start
 * thousands at 10,000 (formatCompact), axis labels at 1,000 (chart.ts), so a log axis reads
 * 1K, 10K, 100K evenly. `round` writes the scaled number.
 */
export function compactNumber(value: number, prefix: string, style: { thousandsFrom: number; round: (n: number) => string }): string {
  const scale = [...SCALES, THOUSANDS].find((s) => Math.abs(value) >= (s === THOUSANDS ? style.thousandsFrom : s.size));
  return `${prefix}${scale ? `${style.round(value / scale.size)}${scale.letter}` : style.round(value)}`;
}

/** A compact number for tight spaces such as ranges: "230M", "2.6B", "51K", "$100K"; below 10,000 every digit. */
export function formatCompact(value: number, currency?: string): string {
  return compactNumber(value, currency ? currencySymbol(currency) : '', { thousandsFrom: 1e4, round: short });
}

/** The figure with its qualifier, as a sentence would say it: "over 300 million". */
export function formatClaim(claim: Pick<Claim, 'value' | 'qualifier' | 'currency'>): string {
  const n = formatNumber(claim.value, claim.currency);
  switch (claim.qualifier) {
    case 'over':
      return `over ${n}`;
    case 'about':
      return `about ${n}`;
    case 'up-to':
      return `up to ${n}`;
    case 'exact':
      return n;
  }
}

/** The exact value, digit by digit, for the title attribute and data exports. */
export function formatExact(claim: Pick<Claim, 'value' | 'currency'>): string {
  return claim.currency ? `${claim.value.toLocaleString('en')} ${claim.currency}` : claim.value.toLocaleString('en');
}

/** One figure as the sources report it: every claim of one kind and scope. */
export interface MetricRow<C extends Claim = Claim> {
  kind: MetricKind;
  scope: string | undefined;
  currency: string | undefined;
  claims: C[];
  min: number;
  max: number;
  /** True when every source gives the same number. */
  agree: boolean;
}

/**
 * Groups claims into rows by kind and scope, in the order of METRIC_KINDS, claims within a
 * row from lowest to highest. A first-day figure and a campaign total are different figures,
 * so scope keeps them apart; two sources counting the same thing differently share a row.
 */
export function metricRows<C extends Claim>(claims: readonly C[]): MetricRow<C>[] {
  const rows = new Map<string, C[]>();
  for (const claim of claims) {
    const key = `${claim.kind}\u0000${claim.scope ?? ''}\u0000${claim.currency ?? ''}`;
    rows.set(key, [...(rows.get(key) ?? []), claim]);
  }
  return [...rows.values()]
    .map((group): MetricRow<C> => {
      const sorted = [...group].sort((a, b) => a.value - b.value);
      const first = sorted[0]!;
      const last = sorted[sorted.length - 1]!;
      return {
        kind: first.kind,
        scope: first.scope,
        currency: first.currency,
        claims: sorted,
        min: first.value,
        max: last.value,
        agree: first.value === last.value,
      };
    })
    .sort((a, b) => METRIC_KINDS.indexOf(a.kind) - METRIC_KINDS.indexOf(b.kind) || a.max - b.max);
}

/** The row's figure in one line: "over 2.6 billion" when sources agree, "230M–380M" when not. */
export function formatRow(row: MetricRow): string {
  if (row.agree) return formatClaim(row.claims[0]!);
  return `${formatCompact(row.min, row.currency)}–${formatCompact(row.max, row.currency)}`;
}

/** How many distinct sources stand behind a row. */
export function sourceCount(row: MetricRow): number {
  return new Set(row.claims.map((c) => c.source)).size;
}

/** How many different numbers the sources give for a row. */
export function figureCount(row: MetricRow): number {
  return new Set(row.claims.map((c) => c.value)).size;
}

/** The largest reported value of a kind, for sorting campaigns by reach; undefined if none. */
export function largest(claims: readonly Claim[], kind: MetricKind): number | undefined {
  const values = claims.filter((c) => c.kind === kind).map((c) => c.value);
  return values.length ? Math.max(...values) : undefined;
}
