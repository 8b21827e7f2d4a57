/**
 * Turning metric claims into what readers see: numbers in words, qualifiers, and one row per
 * figure with every source behind it. Where sources disagree the row carries the range, never
 * a silently chosen value.
 */
import {
  METRIC_KINDS,
  PLATFORMS,
  SCOPES,
  type Attribution,
  type MetricKind,
  type PartType,
  type Platform,
  type Qualifier,
  type Scope,
} from '../../schemas/vocabulary.ts';

/** The fields of a claim this module needs; the source can be an id or a resolved entry. */
export interface Claim<S = unknown> {
  kind: MetricKind;
  value: number;
  qualifier: Qualifier;
  currency?: string | undefined;
  scope: ClaimScope;
  /** Where it was counted; TikTok when not given. */
  platform?: Platform | undefined;
  /** Whose figure the source says it is, if it says (see evidence.ts). */
  attributedTo?: Attribution | undefined;
  /** Why the case study doubts the figure, if it does. */
  doubt?: string | undefined;
  source: S;
}

/** Which part of its scope a claim counts (see partSchema). */
export interface ClaimPart {
  type: PartType;
  detail?: string | undefined;
}

/** What a claim counts (see scopeSchema): its type, the source's description and, for a partial count, which part. */
export interface ClaimScope {
  type: Scope;
  detail?: string | undefined;
  part?: ClaimPart | undefined;
}

/** Where a claim was counted: TikTok unless it says otherwise. */
export const countedOn = (claim: Pick<Claim, 'platform'>): Platform => claim.platform ?? 'tiktok';

/**
 * Whether a claim may stand for its whole scope on TikTok: counted whole (no part), on TikTok,
 * and not doubted by the case study. Only such figures become headlines, bars, card figures,
 * sort keys and compared cells; the others are shown in the results with their label.
 */
export const countsWhole = (claim: Pick<Claim, 'scope' | 'platform' | 'doubt'>) =>
  claim.scope.part === undefined && countedOn(claim) === 'tiktok' && claim.doubt === undefined;

/** A campaign's own result: the campaign scope, counted whole on TikTok and not doubted. Cards, sorts and charts rank only these. */
export const isCampaignTotal = (claim: Pick<Claim, 'scope' | 'platform' | 'doubt'>) =>
  claim.scope.type === 'campaign' && countsWhole(claim);

/**
 * A part in words, given the labels of the part types: a period by its own detail ("one day"),
 * anything else by its type and detail ("one video, first 10 minutes").
 */
export function partText(part: ClaimPart, labels: Record<PartType, string>): string {
  if (part.type === 'period') return part.detail ?? labels.period;
  return part.detail ? `${labels[part.type]}, ${part.detail}` : labels[part.type];
}

const SCALES = [
  { size: 1e12, word: 'trillion', letter: 'T' },
  { size: 1e9, word: 'billion', letter: 'B' },
  { size: 1e6, word: 'million', letter: 'M' },
] as const;

/**
 * English number formats, made once: `toLocaleString` with options builds a new formatter on
 * every call, which costs more than the rest of a page's figures together at thousands of pages.
 */
const numbers = (maximumFractionDigits: number) => new Intl.NumberFormat('en', { maximumFractionDigits });
const WHOLE = new Intl.NumberFormat('en');
const UP_TO_1 = numbers(1);
const UP_TO_2 = numbers(2);
const UP_TO_3 = numbers(3);

/** Every digit, grouped: "970,839,700". */
export const grouped = (n: number) => WHOLE.format(n);

/** Up to one decimal, without a trailing ".0": 2.6, 81, 1.2. For compact labels, where space is short. */
function short(n: number): string {
  return UP_TO_1.format(Math.round(n * 10) / 10);
}

/** Every decimal the number has, up to three: a source's "826.1 million" or "1.25 billion" is never tidied. */
const scaled = (n: number) => UP_TO_3.format(n);

const currencySymbols = new Map<string, string>();
/** The symbol a currency is written with in English: "$" for USD, "€" for EUR. */
export function currencySymbol(currency: string): string {
  let symbol = currencySymbols.get(currency);
  if (symbol === undefined) {
    const part = new Intl.NumberFormat('en', { style: 'currency', currency }).formatToParts(0).find((p) => p.type === 'currency');
    symbol = part?.value ?? `${currency} `;
    currencySymbols.set(currency, symbol);
  }
  return symbol;
}

/**
 * A number for people: "2.6 billion", "81 million", "51,000", "$100,000". Below a million
 * every digit is shown; above it, words.
 */
export function formatNumber(value: number, currency?: string): string {
  const prefix = currency ? currencySymbol(currency) : '';
  for (const scale of SCALES) {
    if (Math.abs(value) >= scale.size) return `${prefix}${scaled(value / scale.size)} ${scale.word}`;
  }
  return `${prefix}${UP_TO_2.format(value)}`;
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

/**
 * The figure with its qualifier, as a sentence would say it: "over 300 million", "about 50
 * billion". An exact count keeps every digit ("970,839,700"), so it never reads as rounded.
 */
export function formatClaim(claim: Pick<Claim, 'value' | 'qualifier' | 'currency'>): string {
  if (claim.qualifier === 'exact') return `${claim.currency ? currencySymbol(claim.currency) : ''}${grouped(claim.value)}`;
  const n = formatNumber(claim.value, claim.currency);
  switch (claim.qualifier) {
    case 'over':
      return `over ${n}`;
    case 'about':
      return `about ${n}`;
    case 'up-to':
      return `up to ${n}`;
    case 'rounded':
      return n;
  }
}

/** The exact value, digit by digit, for the title attribute and data exports. */
export function formatExact(claim: Pick<Claim, 'value' | 'currency'>): string {
  return claim.currency ? `${grouped(claim.value)} ${claim.currency}` : grouped(claim.value);
}

/** One figure as the sources report it: every claim of one kind and scope. */
export interface MetricRow<C extends Claim = Claim> {
  kind: MetricKind;
  /** The scope type every claim of the row shares. */
  scope: Scope;
  /** The part of the scope counted, for a partial figure (one video, one day); undefined for a total. */
  part: ClaimPart | undefined;
  /** Where every claim of the row was counted. */
  platform: Platform;
  /** True when the case study doubts the row's figures (each claim carries its note). */
  doubted: boolean;
  currency: string | undefined;
  claims: C[];
  min: number;
  max: number;
  /** True when every source gives the same number. */
  agree: boolean;
}

/**
 * Groups claims into rows by kind, scope type, part, platform, doubt and currency, in the order
 * of METRIC_KINDS, claims within a row from lowest to highest. A hashtag's total and a
 * campaign's result are different figures, and so are a first-day count and a total, an
 * Instagram count and a TikTok one, or a doubted figure and a trusted one, so they never share
 * a row (or a range); two sources counting the same thing differently do.
 */
export function metricRows<C extends Claim>(claims: readonly C[]): MetricRow<C>[] {
  const rows = new Map<string, C[]>();
  for (const claim of claims) {
    const part = claim.scope.part ? `${claim.scope.part.type}:${claim.scope.part.detail ?? ''}` : '';
    const key = [claim.kind, claim.scope.type, part, countedOn(claim), claim.doubt === undefined, claim.currency ?? ''].join('\u0000');
    rows.set(key, [...(rows.get(key) ?? []), claim]);
  }
  return [...rows.values()]
    .map((group): MetricRow<C> => {
      const sorted = [...group].sort((a, b) => a.value - b.value);
      const first = sorted[0]!;
      const last = sorted[sorted.length - 1]!;
      return {
        kind: first.kind,
        scope: first.scope.type,
        part: first.scope.part,
        platform: countedOn(first),
        doubted: first.doubt !== undefined,
        currency: first.currency,
        claims: sorted,
        min: first.value,
        max: last.value,
        agree: first.value === last.value,
      };
    })
    .sort(
      (a, b) =>
        METRIC_KINDS.indexOf(a.kind) - METRIC_KINDS.indexOf(b.kind) ||
        SCOPES.indexOf(a.scope) - SCOPES.indexOf(b.scope) ||
        Number(a.part !== undefined) - Number(b.part !== undefined) ||
        PLATFORMS.indexOf(a.platform) - PLATFORMS.indexOf(b.platform) ||
        Number(a.doubted) - Number(b.doubted) ||
        a.max - b.max,
    );
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

/**
 * The largest value of a kind that counts the campaign's own result (see isCampaignTotal), for
 * sorting campaigns by reach; undefined if none. A hashtag's or the platform's total, one
 * video's count, an Instagram count or a doubted figure would rank a campaign by figures that
 * are not its own result on TikTok.
 */
export function largest(claims: readonly Claim[], kind: MetricKind): number | undefined {
  const values = claims.filter((c) => c.kind === kind && isCampaignTotal(c)).map((c) => c.value);
  return values.length ? Math.max(...values) : undefined;
}
