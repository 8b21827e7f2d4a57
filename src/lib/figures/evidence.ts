/**
 * How much weight a figure can bear: who reports it (provenance, from the source's kind), how
 * the reported values moved over time (drift), and a case study's evidence grade. Pure, so every
 * rule is unit-tested; the components only render what this returns.
 */
import type { PartialDate } from '../../schemas/dates.ts';
import type { SourceEntry } from '../model/entries.ts';
import type { Claim, ClaimPart, MetricRow } from './metrics.ts';
import {
  INDEPENDENT_SOURCE_KINDS,
  INTERESTED_SOURCE_KINDS,
  QUALIFIERS,
  SOURCE_KINDS,
  type Platform,
  type Qualifier,
  type Scope,
  type SourceKind,
} from '../../schemas/vocabulary.ts';

/** A claim whose source is resolved, with the date the figure was true if the source says. */
export type EvidenceClaim = Claim<SourceEntry> & { asOf?: PartialDate | undefined };

export const isInterested = (kind: SourceKind) => INTERESTED_SOURCE_KINDS.includes(kind);
export const isIndependent = (kind: SourceKind) => INDEPENDENT_SOURCE_KINDS.includes(kind);

/**
 * A figure's provenance: `independent` when at least one independent source (press or academic)
 * reports it as its own, `self-reported` when only organisers, the platform, agencies or award
 * entries do, or others pass on their figure, `other` otherwise (only sources of kind other, or
 * a mix of interested and other).
 */
export type Provenance = 'independent' | 'self-reported' | 'other';

type ProvenanceClaim = Pick<EvidenceClaim, 'source' | 'attributedTo'>;

/**
 * Who a claim's figure comes from: the party its source attributes it to ("according to
 * TikTok"), else the source itself. The evidence is the claim's origin, not its publisher.
 */
export const claimOrigin = (claim: ProvenanceClaim): SourceKind => claim.attributedTo ?? claim.source.data.kind;

export function provenance(claims: readonly ProvenanceClaim[]): Provenance {
  const kinds = claims.map(claimOrigin);
  if (kinds.some(isIndependent)) return 'independent';
  if (kinds.length > 0 && kinds.every(isInterested)) return 'self-reported';
  return 'other';
}

/** The distinct source kinds behind some claims, in vocabulary order of first appearance. */
export const sourceKinds = (claims: readonly Pick<EvidenceClaim, 'source'>[]): SourceKind[] => [
  ...new Set(claims.map((c) => c.source.data.kind)),
];

/** When a claim's figure was true: its own date, else its source's publication date. */
export const claimDate = (claim: EvidenceClaim): PartialDate | undefined => claim.asOf ?? claim.source.data.published;

/** One reported value on the drift chart. */
export interface DriftPoint {
  claim: EvidenceClaim;
  date: PartialDate;
  value: number;
  provenance: Provenance;
}

/**
 * How a figure's reported value moved between sources over time: every dated claim of the row,
 * oldest first (ties by value). Undefined unless at least two dated claims exist on at least
 * two different days, since one point or one day has no movement to show.
 */
export function drift(row: MetricRow<EvidenceClaim>): DriftPoint[] | undefined {
  const points = row.claims
    .flatMap((claim) => {
      const date = claimDate(claim);
      return date ? [{ claim, date, value: claim.value, provenance: provenance([claim]) }] : [];
    })
    .sort((a, b) => a.date.start.getTime() - b.date.start.getTime() || a.value - b.value);
  const days = new Set(points.map((p) => p.date.start.getTime()));
  return points.length >= 2 && days.size >= 2 ? points : undefined;
}

/** A case study's evidence grade, computed at build time for its facts panel and the explorer. */
export interface EvidenceGrade {
  /** Figures (rows of the results table). */
  figures: number;
  /** Figures with at least one independent source. */
  independent: number;
  /** Cited sources with no publication date. */
  undatedSources: number;
  /** The row whose sources disagree most: its lowest and highest value and their ratio. */
  widestSpread: { kind: MetricRow['kind']; min: number; max: number; ratio: number } | undefined;
}

export function evidenceGrade(rows: readonly MetricRow<EvidenceClaim>[], sources: readonly SourceEntry[]): EvidenceGrade {
  const spreads = rows
    .filter((r) => !r.agree && r.min > 0 && !r.doubted)
    .map((r) => ({ kind: r.kind, min: r.min, max: r.max, ratio: r.max / r.min }))
    .sort((a, b) => b.ratio - a.ratio);
  return {
    figures: rows.length,
    independent: rows.filter((r) => provenance(r.claims) === 'independent').length,
    undatedSources: sources.filter((s) => s.data.published === undefined).length,
    widestSpread: spreads[0],
  };
}

/** True when at least one figure of the case study has an independent source: the explorer's filter. */
export const hasIndependentSource = (grade: EvidenceGrade) => grade.independent > 0;

/**
 * The anchor of a figure's row on its case-study page: the kind, then the scope when it is not
 * the campaign's, then the part, the platform when it is not TikTok, and `doubted`:
 * `views`, `views-hashtag`, `views-one-day`, `views-one-video-first-10-minutes`,
 * `views-one-post-instagram`. Stable as long as the figure is, so "cite this figure" links keep
 * working; a period is named by its detail alone, as it was when parts were free text.
 */
export function figureAnchor(row: Pick<MetricRow, 'kind' | 'scope' | 'part' | 'platform' | 'doubted' | 'currency'>): string {
  const slug = (text: string) =>
    text
      .toLowerCase()
      .normalize('NFKD')
      .replace(/\p{M}/gu, '')
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '');
  const part = row.part ? [row.part.type === 'period' ? '' : row.part.type, row.part.detail ? slug(row.part.detail) : ''] : [];
  return [
    row.kind,
    row.scope === 'campaign' ? '' : row.scope,
    ...part,
    row.platform === 'tiktok' ? '' : row.platform,
    row.doubted ? 'doubted' : '',
    row.currency?.toLowerCase() ?? '',
  ]
    .filter(Boolean)
    .join('-');
}

/**
 * Who stands behind a figure, as its label says it: the provenance and, for a self-reported
 * figure, which interested parties report it (each once, in vocabulary order), so the label can
 * name them ("reported by the organisers and TikTok") instead of a term a reader must look up.
 */
export interface Reporters {
  provenance: Provenance;
  /** The interested parties the figure comes from; empty unless it is self-reported. */
  parties: SourceKind[];
}

export function reporters(claims: readonly ProvenanceClaim[]): Reporters {
  const kind = provenance(claims);
  const origins = new Set(claims.map(claimOrigin));
  return { provenance: kind, parties: kind === 'self-reported' ? SOURCE_KINDS.filter((k) => origins.has(k)) : [] };
}

/** Everything a figure's label says, decided here so that every place that shows a label says the same. */
export interface LabelFacts {
  scope: Scope;
  /** The part of the scope counted, for a partial figure. */
  part: ClaimPart | undefined;
  platform: Platform;
  doubted: boolean;
  /** How the sources word the figure, each once, in vocabulary order. */
  precision: Qualifier[];
  reporters: Reporters;
}

/** What a label is made from: a row of the results, or any figure with its claims. */
export type LabelRow = Pick<MetricRow, 'scope'> & { claims: readonly (ProvenanceClaim & Pick<Claim, 'qualifier'>)[] } & Partial<
    Pick<MetricRow, 'part' | 'platform' | 'doubted'>
  >;

export function labelFacts(row: LabelRow): LabelFacts {
  const wordings = new Set(row.claims.map((c) => c.qualifier));
  return {
    scope: row.scope,
    part: row.part,
    platform: row.platform ?? 'tiktok',
    doubted: row.doubted ?? false,
    precision: QUALIFIERS.filter((q) => wordings.has(q)),
    reporters: reporters(row.claims),
  };
}

/** The id of the note that explains labels, which every label on a page opens. */
export const LABEL_HELP_ID = 'figure-label-help';
