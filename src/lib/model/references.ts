/**
 * Where a case study points at other entries. One list drives the reference check, the
 * "sources cited" lists and the reverse indexes, so a new reference field is added once.
 */
import type { CampaignData } from '../../schemas/campaign.ts';
import type { CollectionName } from '../../schemas/index.ts';
import { editDistance } from '../text.ts';

export interface Reference {
  /** Field path as a contributor would find it in the frontmatter: `metrics[2].source`. */
  field: string;
  collection: ReferencedCollection;
  id: string;
}

/** The collections a case study can point at. */
export type ReferencedCollection = Exclude<CollectionName, 'pages'>;

/** The fields of a case study that point at other entries; a resolved campaign holds the entries instead. */
export type ReferenceField =
  | 'organisations'
  | 'causes'
  | 'mechanics'
  | 'metrics'
  | 'quotations'
  | 'lessons'
  | 'sources'
  | 'objectives'
  | 'targets'
  | 'resources'
  | 'awards';

/** Every reference a campaign's frontmatter makes, in file order. */
export function campaignReferences(data: Pick<CampaignData, ReferenceField>): Reference[] {
  const refs: Reference[] = [];
  data.organisations.forEach((o, i) => refs.push({ field: `organisations[${i}].id`, collection: 'organisations', id: o.id }));
  data.causes.forEach((id, i) => refs.push({ field: `causes[${i}]`, collection: 'causes', id }));
  data.mechanics.forEach((id, i) => refs.push({ field: `mechanics[${i}]`, collection: 'mechanics', id }));
  data.metrics.forEach((m, i) => refs.push({ field: `metrics[${i}].source`, collection: 'sources', id: m.source }));
  data.quotations.forEach((q, i) => refs.push({ field: `quotations[${i}].source`, collection: 'sources', id: q.source }));
  data.lessons.forEach((l, i) => {
    refs.push({ field: `lessons[${i}].theme`, collection: 'themes', id: l.theme });
    refs.push({ field: `lessons[${i}].source`, collection: 'sources', id: l.source });
  });
  data.sources.forEach((id, i) => refs.push({ field: `sources[${i}]`, collection: 'sources', id }));
  // Last, so that a source first cited by the planners' fields takes the next number and no
  // existing citation marker of the prose changes its number.
  data.objectives.forEach((o, i) => {
    refs.push({ field: `objectives[${i}].id`, collection: 'objectives', id: o.id });
    refs.push({ field: `objectives[${i}].source`, collection: 'sources', id: o.source });
  });
  for (const field of ['targets', 'resources', 'awards'] as const)
    data[field].forEach((entry, i) => refs.push({ field: `${field}[${i}].source`, collection: 'sources', id: entry.source }));
  return refs;
}

/** The ids of every source a campaign cites, each once, in order of first citation. */
export function citedSourceIds(data: Parameters<typeof campaignReferences>[0]): string[] {
  return [
    ...new Set(
      campaignReferences(data)
        .filter((r) => r.collection === 'sources')
        .map((r) => r.id),
    ),
  ];
}

/** Collections short and fixed enough that a bad reference's message lists every id. */
const LISTED: readonly ReferencedCollection[] = ['objectives'];

/** A message for a reference that does not resolve: the field, the bad id and the fix. */
export function brokenReferenceMessage(ref: Reference, known: readonly string[]): string {
  if (LISTED.includes(ref.collection))
    return `${ref.field}: "${ref.id}" is not an entry of ${ref.collection}. Fix: use one of ${[...known].sort().join(', ')} (the files in content/${ref.collection}/).`;
  const near = closest(ref.id, known);
  const hint = near ? `did you mean "${near}"? Otherwise add` : 'add';
  return `${ref.field}: "${ref.id}" is not an entry of ${ref.collection}. Fix: ${hint} content/${ref.collection}/${ref.id}.yaml, or use an existing id.`;
}

/** The known id nearest to `id` by edit distance, if it is close enough to be a typo. */
export function closest(id: string, known: readonly string[]): string | undefined {
  let best: string | undefined;
  let bestDistance = Math.max(2, Math.floor(id.length / 3)) + 1;
  for (const candidate of known) {
    const d = editDistance(id, candidate);
    if (d < bestDistance) {
      best = candidate;
      bestDistance = d;
    }
  }
  return best;
}
