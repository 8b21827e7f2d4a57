/** Schema of a case study's frontmatter (content/campaigns/<slug>.mdx). */
import { z } from 'astro/zod';
import { partialDate, ref, text } from './shared.ts';
import { isOrdered } from '../lib/dates.ts';
import { countryCode, languageTag } from './locale.ts';
import { METRIC_KINDS, ORGANISATION_ROLES, QUALIFIERS, oneOf } from './vocabulary.ts';

export const metricSchema = z
  .strictObject({
    /** What is counted. */
    kind: z.enum(METRIC_KINDS, { error: `kind must be one of ${oneOf(METRIC_KINDS)}` }),
    /** The number as the source gives it, in full: 300000000, not "300M". */
    value: z.number({ error: 'value must be a plain number such as 300000000 (no "M", commas or quotes)' }).nonnegative(),
    /** How the source qualifies the number: "over 300M" is `over`. */
    qualifier: z.enum(QUALIFIERS, { error: `qualifier must be one of ${oneOf(QUALIFIERS)}` }).default('exact'),
    /** ISO 4217 currency code, for money only (`kind: donations`). */
    currency: z
      .string()
      .regex(/^[A-Z]{3}$/, { error: 'currency must be a three-letter ISO 4217 code such as USD or GBP' })
      .optional(),
    /** What exactly was counted, in a few words: "hashtag views", "first day". */
    scope: z.string().trim().min(1).optional(),
    /** When the figure was true, if the source says. */
    asOf: partialDate.optional(),
    /** The source that reports this figure (id in content/sources/). Required: no figure without a source. */
    source: ref('sources'),
    /** A warning readers should see beside the figure, such as "not confirmed by any other source". */
    caveat: z.string().trim().min(1).optional(),
  })
  .refine((m) => (m.kind === 'donations') === (m.currency !== undefined), {
    error: 'give a currency (such as USD) for donations, and only for donations',
    path: ['currency'],
  });

export const quotationSchema = z.strictObject({
  /** The exact words, short (at most 300 characters). */
  text: text('quotation text').max(300, {
    error: 'quotations must be short: 300 characters at most; summarise the rest in your own words',
  }),
  /** Who said it. */
  speaker: text('speaker'),
  /** The speaker's role and organisation when quoted. */
  role: z.string().trim().min(1).optional(),
  /** Where the quotation was published (id in content/sources/). */
  source: ref('sources'),
});

export const lessonSchema = z.strictObject({
  /** The playbook theme this lesson belongs to (id in content/themes/). */
  theme: ref('themes'),
  /** The lesson, in our own words. */
  text: text('lesson text'),
  /** The source the lesson is drawn from (id in content/sources/). */
  source: ref('sources'),
});

export const campaignOrganisationSchema = z.strictObject({
  /** The organisation (id in content/organisations/). */
  id: ref('organisations'),
  /** What it did in the campaign. */
  role: z.enum(ORGANISATION_ROLES, { error: `role must be one of ${oneOf(ORGANISATION_ROLES)}` }),
});

const hashtag = z
  .string()
  .regex(/^#[\p{L}\p{N}_]+$/u, { error: 'a hashtag starts with # and has only letters, digits and underscores, like #ForClimate' });

export const campaignSchema = z
  .strictObject({
    /** The case study's title, usually the campaign's name. */
    title: text('title'),
    /** The campaign's hashtags, the main one first. Leave empty if it had none. */
    hashtags: z.array(hashtag).default([]),
    /** One sentence on what the campaign was and what came of it. */
    summary: text('summary').max(280, { error: 'summary must be one sentence of at most 280 characters' }),
    /** Who ran it, each with a role. At least one. */
    organisations: z.array(campaignOrganisationSchema).min(1, { error: 'name at least one organisation, with its role' }),
    /** The causes it served (ids in content/causes/). At least one. */
    causes: z.array(ref('causes')).min(1, { error: 'name at least one cause' }),
    /** How it worked on TikTok (ids in content/mechanics/). */
    mechanics: z.array(ref('mechanics')).default([]),
    /** Launch date, as precisely as sources give it: 2019-10-25, 2019-10 or 2019. */
    launched: partialDate,
    /** End date, if known, at the precision sources give. */
    ended: partialDate.optional(),
    /** Countries named by sources (ISO 3166-1 alpha-2). Counts of countries go in `metrics`. */
    countries: z.array(countryCode).default([]),
    /** Languages named by sources (BCP 47). */
    languages: z.array(languageTag).default([]),
    /** Reported results, one claim per figure per source. Disagreeing sources each get a claim. */
    metrics: z.array(metricSchema).default([]),
    /** Short quotations, each attributed and sourced. */
    quotations: z.array(quotationSchema).default([]),
    /** What others can learn, each tied to a playbook theme and a source. */
    lessons: z.array(lessonSchema).default([]),
    /** Further sources used in the text but not tied to a figure (ids in content/sources/). */
    sources: z.array(ref('sources')).default([]),
    /** For campaigns aimed at children: how minors were protected, or what to watch out for. */
    safeguarding: z.string().trim().min(1).optional(),
    /** A draft is validated but not published. */
    draft: z.boolean().default(false),
  })
  .refine((c) => !c.ended || isOrdered(c.launched, c.ended), {
    error: (issue) => {
      const c = issue.input as { launched: { iso: string }; ended: { iso: string } };
      return `${c.ended.iso} is before launched (${c.launched.iso}). Fix: check both dates against the sources; ended is the day the campaign closed.`;
    },
    path: ['ended'],
  });

export type CampaignData = z.output<typeof campaignSchema>;
export type Metric = z.output<typeof metricSchema>;
export type Quotation = z.output<typeof quotationSchema>;
export type Lesson = z.output<typeof lessonSchema>;
