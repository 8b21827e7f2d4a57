/**
 * Which case studies are related to which. A shared cause says most about whether one campaign
 * can teach something about another, a shared organisation less, a shared mechanic least; the
 * weights say so. The platform is left out of the organisations: every campaign here ran on
 * TikTok, so sharing it relates nothing.
 */
import type { OrganisationRole } from '../../schemas/vocabulary.ts';

/** What the scoring needs to know of a case study. */
export interface Relatable {
  id: string;
  causes: readonly string[];
  mechanics: readonly string[];
  organisations: readonly { id: string; role: OrganisationRole }[];
  /** Launch time in milliseconds, to prefer the nearer campaign when scores tie. */
  launched: number;
}

export const RELATED_WEIGHTS = { causes: 3, organisations: 2, mechanics: 1 } as const;
export const RELATED_LIMIT = 4;

/** What two case studies have in common, by id. */
export interface Shared {
  causes: string[];
  organisations: string[];
  mechanics: string[];
}

/** The organisations that count for relatedness: every one except the platform. */
const organisationIds = (c: Relatable) => [...new Set(c.organisations.filter((o) => o.role !== 'platform').map((o) => o.id))];

const intersect = (a: readonly string[], b: readonly string[]) => [...new Set(a)].filter((x) => b.includes(x));

export function shared(a: Relatable, b: Relatable): Shared {
  return {
    causes: intersect(a.causes, b.causes),
    organisations: intersect(organisationIds(a), organisationIds(b)),
    mechanics: intersect(a.mechanics, b.mechanics),
  };
}

export function score(s: Shared): number {
  return (
    s.causes.length * RELATED_WEIGHTS.causes +
    s.organisations.length * RELATED_WEIGHTS.organisations +
    s.mechanics.length * RELATED_WEIGHTS.mechanics
  );
}

export interface Related<T extends Relatable> {
  item: T;
  shared: Shared;
  score: number;
}

type Scored<T extends Relatable> = Pick<Related<T>, 'item' | 'score'>;

/** Best first: higher score, then launched nearer the target, then id, so the order is stable between builds. */
function better<T extends Relatable>(target: T, a: Scored<T>, b: Scored<T>): number {
  return (
    b.score - a.score ||
    Math.abs(a.item.launched - target.launched) - Math.abs(b.item.launched - target.launched) ||
    a.item.id.localeCompare(b.item.id)
  );
}

/**
 * Related case studies for every target of one catalogue. Comparing every pair is quadratic
 * (ten thousand case studies make 10^8 comparisons), so the scores are summed from an inverted
 * index instead: each target only visits the case studies that share a term with it, and keeps
 * its best `limit` in one pass rather than sorting every candidate.
 */
export function relatedIndex<T extends Relatable>(all: readonly T[], limit: number = RELATED_LIMIT): (target: T) => Related<T>[] {
  const terms = (c: Relatable): [string, number][] => [
    ...[...new Set(c.causes)].map((id): [string, number] => [`c\0${id}`, RELATED_WEIGHTS.causes]),
    ...organisationIds(c).map((id): [string, number] => [`o\0${id}`, RELATED_WEIGHTS.organisations]),
    ...[...new Set(c.mechanics)].map((id): [string, number] => [`m\0${id}`, RELATED_WEIGHTS.mechanics]),
  ];
  const postings = new Map<string, number[]>();
  all.forEach((c, i) => {
    for (const [term] of terms(c)) {
      const list = postings.get(term);
      if (list) list.push(i);
      else postings.set(term, [i]);
    }
  });
  const scores = new Float64Array(all.length);
  return (target) => {
    const touched: number[] = [];
    for (const [term, weight] of terms(target)) {
      for (const i of postings.get(term) ?? []) {
        if (scores[i] === 0) touched.push(i);
        scores[i]! += weight;
      }
    }
    const best: Scored<T>[] = [];
    for (const i of touched) {
      const candidate = { item: all[i]!, score: scores[i]! };
      scores[i] = 0;
      if (candidate.item.id === target.id || limit <= 0) continue;
      if (best.length === limit && better(target, candidate, best[limit - 1]!) >= 0) continue;
      best.splice(best.length === limit ? limit - 1 : best.length, 1, candidate);
      best.sort((a, b) => better(target, a, b));
    }
    return best.map((r) => ({ ...r, shared: shared(target, r.item) }));
  };
}
