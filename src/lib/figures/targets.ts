/**
 * Targets beside results: which reported figure a target stands beside. One function decides it
 * for the page and for the content check, so a target the check lets through is always shown,
 * and one it refuses could never be. The page shows the two figures, each with its source, and
 * never a verdict on whether the target was met.
 */
import type { Claim, MetricRow } from './metrics.ts';
import type { MetricKind, Scope } from '../../schemas/vocabulary.ts';

/** The fields of a target this module reads. */
export interface TargetLike {
  kind: MetricKind;
  scope: { type: Scope };
}

/**
 * The result a target stands beside: the first row of the results of the same kind and scope
 * type. metricRows puts a whole count on TikTok before parts, other platforms and doubted
 * figures, so that is the row it meets when there is one.
 */
export const targetRow = <R extends Pick<MetricRow, 'kind' | 'scope'>>(target: TargetLike, rows: readonly R[]): R | undefined =>
  rows.find((row) => row.kind === target.kind && row.scope === target.scope.type);

/** The targets that stand beside each result row, in the order the case study lists them. */
export function targetsByRow<T extends TargetLike, C extends Claim>(
  targets: readonly T[],
  rows: readonly MetricRow<C>[],
): Map<MetricRow<C>, T[]> {
  const byRow = new Map<MetricRow<C>, T[]>();
  for (const target of targets) {
    const row = targetRow(target, rows);
    if (row) byRow.set(row, [...(byRow.get(row) ?? []), target]);
  }
  return byRow;
}
