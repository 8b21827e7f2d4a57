/** How organisations are named and which of a campaign's organisations count as its leads. */
import type { OrganisationEntry, Participant } from './entries.ts';

/** Display name of an organisation: its short name if it has one. */
export const orgLabel = (org: OrganisationEntry) => org.data.shortName ?? org.data.name;

/**
 * The organisations that led a campaign. A campaign that names no lead (a platform's own
 * campaign with partners, say) is credited to everyone it names, so a byline is never empty.
 */
export function leadsOf(participants: readonly Participant[]): OrganisationEntry[] {
  const leads = participants.filter((p) => p.role === 'lead');
  return (leads.length ? leads : participants).map((p) => p.organisation);
}
