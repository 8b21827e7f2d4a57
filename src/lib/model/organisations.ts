/** How organisations are named, which of a campaign's organisations count as its leads, and which bodies they belong to. */
import type { OrganisationEntry, Participant } from './entries.ts';
import { closest } from './references.ts';

/** Display name of an organisation: its short name if it has one. */
export const orgLabel = (org: OrganisationEntry) => org.data.shortName ?? org.data.name;

/**
 * The organisations a list of case studies names under each one's title, the same on every list
 * (cards, timeline, search results): every participant but its agencies, in file order.
 */
export const bylineOf = (participants: readonly Participant[]): string =>
  participants
    .filter((p) => p.role !== 'agency')
    .map((p) => orgLabel(p.organisation))
    .join(', ');

/**
 * The organisations that led a campaign. A campaign that names no lead (a platform's own
 * campaign with partners, say) is credited to everyone it names, so a byline is never empty.
 */
export function leadsOf(participants: readonly Participant[]): OrganisationEntry[] {
  const leads = participants.filter((p) => p.role === 'lead');
  return (leads.length ? leads : participants).map((p) => p.organisation);
}

/** An organisation as `partOf` sees it: its id and the ids of the organisations it belongs to. */
export interface MemberEntry {
  id: string;
  data: { partOf: readonly string[] };
}

/**
 * Every organisation `id` belongs to, directly or through its parents, nearest first, each once.
 * Unknown ids and cycles (which the content check refuses) are skipped, so a page never loops.
 */
export function ancestorsOf(id: string, byId: ReadonlyMap<string, MemberEntry>): string[] {
  const found: string[] = [];
  const queue = [...(byId.get(id)?.data.partOf ?? [])];
  while (queue.length) {
    const next = queue.shift()!;
    if (next === id || found.includes(next) || !byId.has(next)) continue;
    found.push(next);
    queue.push(...byId.get(next)!.data.partOf);
  }
  return found;
}

/** The organisations directly part of `id`, in the order given (the catalogue's is by name). */
export const membersOf = <T extends MemberEntry>(id: string, organisations: readonly T[]): T[] =>
  organisations.filter((o) => o.data.partOf.includes(id));

/** A `partOf` mistake: which organisation, which entry, and the message. */
export interface PartOfProblem {
  id: string;
  field: string;
  message: string;
}

/**
 * What is wrong with the `partOf` fields: an id that names no organisation, an organisation
 * that names itself, and a loop (a part of b, b part of a), reported on every organisation in it.
 */
export function partOfProblems(organisations: readonly MemberEntry[]): PartOfProblem[] {
  const byId = new Map(organisations.map((o) => [o.id, o]));
  const problems: PartOfProblem[] = [];
  for (const org of organisations) {
    org.data.partOf.forEach((parent, i) => {
      const field = `partOf[${i}]`;
      if (parent === org.id)
        problems.push({
          id: org.id,
          field,
          message: `"${parent}" is this organisation itself. Fix: name the body it belongs to, or delete the entry.`,
        });
      else if (!byId.has(parent)) {
        const near = closest(parent, [...byId.keys()]);
        problems.push({
          id: org.id,
          field,
          message: `"${parent}" is not an organisation. Fix: ${near ? `did you mean "${near}"? Otherwise add` : 'add'} content/organisations/${parent}.yaml for the body it belongs to, or use an existing id.`,
        });
      } else {
        const loop = pathBack(parent, org.id, byId);
        if (loop)
          problems.push({
            id: org.id,
            field,
            message: `"${parent}" makes a loop: ${[org.id, ...loop].join(' → ')}. Fix: an organisation belongs to its parent, never the other way round; delete partOf from the parent.`,
          });
      }
    });
  }
  return problems;
}

/** The chain of partOf links from `start` that leads back to `target`, if there is one. */
function pathBack(start: string, target: string, byId: ReadonlyMap<string, MemberEntry>): string[] | undefined {
  const seen = new Set<string>();
  const walk = (id: string): string[] | undefined => {
    if (id === target) return [id];
    if (seen.has(id) || !byId.has(id)) return undefined;
    seen.add(id);
    for (const parent of byId.get(id)!.data.partOf) {
      const rest = walk(parent);
      if (rest) return [id, ...rest];
    }
    return undefined;
  };
  return walk(start);
}
