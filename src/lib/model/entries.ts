/**
 * The shapes of content that lib modules work on, in plain TypeScript: an entry is an id and its
 * validated data, and a resolved campaign has every reference replaced by the entry it names.
 * Astro's collection entries fit these shapes (they carry more), so the data module passes them
 * straight in, while tests build plain objects without casts and without Astro.
 */
import type { Award, CampaignData, CampaignObjective, Lesson, Metric, Quotation, Resource, Target } from '../../schemas/campaign.ts';
import type { CauseData, MechanicData, ObjectiveData, OrganisationData, SourceData, ThemeData } from '../../schemas/taxonomy.ts';
import type { OrganisationRole } from '../../schemas/vocabulary.ts';
import type { CheckStatus } from '../content/check-record.ts';
import type { ReferenceField } from './references.ts';

export interface Entry<D> {
  id: string;
  data: D;
}

export type OrganisationEntry = Entry<OrganisationData>;
export type CauseEntry = Entry<CauseData>;
export type MechanicEntry = Entry<MechanicData>;
export type ThemeEntry = Entry<ThemeData>;
export type SourceEntry = Entry<SourceData>;
export type ObjectiveEntry = Entry<ObjectiveData>;

/** An entry of a case study with its source resolved. */
type Sourced<T extends { source: string }> = Omit<T, 'source'> & { source: SourceEntry };

/** A metric claim with its source resolved. */
export interface SourcedMetric extends Omit<Metric, 'source'> {
  source: SourceEntry;
}

/** What the organisers said they aimed for, with the kind of aim and the source resolved. */
export type SourcedObjective = Omit<Sourced<CampaignObjective>, 'id'> & { objective: ObjectiveEntry };
export type SourcedTarget = Sourced<Target>;
export type SourcedResource = Sourced<Resource>;
export type SourcedAward = Sourced<Award>;

/** An organisation's part in a campaign. */
export interface Participant {
  organisation: OrganisationEntry;
  role: OrganisationRole;
}

/**
 * A case study with every reference resolved. `data` keeps only the fields that are not
 * references, so a caller never has to choose between an id and the entry it names.
 */
/** A claim of a case study with the source it is cited for and the source's own words it rests on. */
export interface Citation {
  /** Where the claim is: `body` for the prose, `lessons[0]`, `awards[0]` and so on for a field. */
  field: string;
  /** The claim: the words a prose marker stands after, or the lesson's text. */
  claim: string;
  source: SourceEntry;
  /** The source's words, verbatim (the content check refuses a citation without them). */
  passage: string;
  /** The passage in English, for a source in another language. */
  translation: string | undefined;
}

export interface ResolvedCampaign {
  id: string;
  data: Omit<CampaignData, ReferenceField>;
  year: number;
  organisations: Participant[];
  /** The organisations that led it, in file order (see `leadsOf`). */
  leads: OrganisationEntry[];
  causes: CauseEntry[];
  mechanics: MechanicEntry[];
  metrics: SourcedMetric[];
  quotations: (Omit<Quotation, 'source'> & { source: SourceEntry })[];
  lessons: (Omit<Lesson, 'source' | 'theme'> & { source: SourceEntry; theme: ThemeEntry })[];
  /** What the organisers said they aimed for; empty when no source states it. */
  objectives: SourcedObjective[];
  /** Figures they aimed for, each beside the result of the same kind and scope type (lib/figures/targets.ts). */
  targets: SourcedTarget[];
  /** Budget and team, where a source states them. */
  resources: SourcedResource[];
  awards: SourcedAward[];
  /** Every source the case study cites, in order of first citation. */
  sources: SourceEntry[];
  /** Every citation of the prose (in reading order), then of the lessons, objectives, targets, resources and awards. */
  citations: Citation[];
  /** The version readers see: when the case study's file last changed in git. */
  version: Date;
  /** When it was first published: its `published` field, else the day its file was first committed. */
  published: Date;
  /** Its last independent check, and whether it has changed since (see checkRecordSchema). */
  check: CheckStatus;
}
