/**
 * The UN Sustainable Development Goals grouped as the 2030 Agenda's preamble groups them, under
 * its five areas of critical importance (people, planet, prosperity, peace, partnership), and the
 * causes near a cause: those that serve one of its goals, or else a goal of the same area. A
 * reader of the two climate case studies finds Biodiversity this way, which shares no goal with
 * Climate action but is, with it, the planet's.
 */

/** Each goal's area, as the preamble of "Transforming our world: the 2030 Agenda" (A/RES/70/1) groups them. */
export const SDG_AREAS = {
  people: [1, 2, 3, 4, 5],
  planet: [6, 12, 13, 14, 15],
  prosperity: [7, 8, 9, 10, 11],
  peace: [16],
  partnership: [17],
} as const satisfies Record<string, readonly number[]>;

const areaOf = (goal: number) => Object.entries(SDG_AREAS).find(([, goals]) => (goals as readonly number[]).includes(goal))?.[0];

/** A cause as this module reads it: its id, its goals and how many case studies it has. */
export interface CauseGoals {
  id: string;
  sdgs: readonly number[];
  count: number;
}

/** How many nearby causes a cause page offers at most. */
export const NEARBY_AT_MOST = 4;

/**
 * The causes near `cause`, nearest first: those sharing more of its goals, then those whose goals
 * share an area with its goals; more case studies first, then by id. Causes without case studies
 * are left out, and a cause without goals has none near it.
 */
export function nearbyCauses<C extends CauseGoals>(cause: CauseGoals, causes: readonly C[], limit = NEARBY_AT_MOST): C[] {
  const areas = new Set(cause.sdgs.map(areaOf));
  const closeness = (other: C) => {
    const shared = other.sdgs.filter((goal) => cause.sdgs.includes(goal)).length;
    return shared > 0 ? 100 + shared : other.sdgs.some((goal) => areas.has(areaOf(goal))) ? 1 : 0;
  };
  return causes
    .filter((other) => other.id !== cause.id && other.count > 0)
    .map((other) => ({ other, near: closeness(other) }))
    .filter(({ near }) => near > 0)
    .sort((a, b) => b.near - a.near || b.other.count - a.other.count || a.other.id.localeCompare(b.other.id))
    .slice(0, limit)
    .map(({ other }) => other);
}
