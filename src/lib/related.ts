/**
 * Which case studies are related to which. A shared cause says most about whether one campaign
 * can teach something about another, a shared organisation less, a shared mechanic least; the
 * weights say so. The platform is left out of the organisations: every campaign here ran on
 * TikTok, so sharing it relates nothing.
 */
import type { OrganisationRole } from '../schemas/vocabulary.ts';

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

/**
 * Up to `limit` other case studies with anything in common with `target`, best first. Ties go
 * to the campaign launched nearer in time, then to the id, so the order is stable between builds.
 */
export function relatedTo<T extends Relatable>(target: T, all: readonly T[], limit: number = RELATED_LIMIT): Related<T>[] {
  return all
    .filter((other) => other.id !== target.id)
    .map((item) => {
      const s = shared(target, item);
      return { item, shared: s, score: score(s) };
    })
    .filter((r) => r.score > 0)
    .sort(
      (a, b) =>
        b.score - a.score ||
        Math.abs(a.item.launched - target.launched) - Math.abs(b.item.launched - target.launched) ||
        a.item.id.localeCompare(b.item.id),
    )
    .slice(0, limit);
}
