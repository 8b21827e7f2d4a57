/** Schema of a case study's frontmatter (content/campaigns/<slug>.mdx). */
import { z } from 'astro/zod';
import { partialDate, passage, ref, text, translation } from './shared.ts';
import { isOrdered } from './dates.ts';
import { countryCode, languageTag } from './locale.ts';
import {
  ATTRIBUTIONS,
  AWARD_LEVELS,
  AWARD_SHOWS,
  METRIC_KINDS,
  MONEY_KINDS,
  ORGANISATION_ROLES,
  PARTS,
  PLATFORMS,
  QUALIFIERS,
  RESOURCE_KINDS,
  SCOPES,
  oneOf,
} from './vocabulary.ts';

/** Which part of its scope a figure counts, when it is not the whole: it then never stands for the campaign. */
export const partSchema = z
  .strictObject(
    {
      /**
       * One video (`one-video`), one post (`one-post`), one live session (`one-live`), or a window
       * of time such as the first ten minutes or one day (`period`).
       */
      type: z.enum(PARTS, {
        error: `part type must be one of ${oneOf(PARTS)}. Fix: a count for one video is "one-video", for the first hours or one day "period"; a promise of money is not a part but kind: pledged`,
      }),
      /** Which one, in a few words as the source words it: "first 10 minutes", "one day". Required for a period. */
      detail: z.string().trim().min(1).optional(),
    },
    {
      error: `part must be an object such as { type: period, detail: "first two weeks" } or { type: one-video }. Fix: type is one of ${oneOf(PARTS)}; a pledge is kind: pledged`,
    },
  )
  .refine((p) => p.type !== 'period' || p.detail !== undefined, {
    error: 'a period needs detail: which period, as the source words it. Fix: add detail such as "first 10 minutes" or "one day"',
    path: ['detail'],
  });

/** What a figure counts, as its source words it. */
export const scopeSchema = z.strictObject({
  /**
   * The campaign's own videos or content (`campaign`), everything under a hashtag (`hashtag`),
   * an organisation's own account (`channel`), the whole platform (`platform`) or a live or
   * one-off event (`event`). Only figures of one scope are compared with each other.
   */
  type: z.enum(SCOPES, {
    error: `scope type must be one of ${oneOf(SCOPES)}. Fix: read what the source says was counted: the campaign's own videos are "campaign", all videos under a hashtag are "hashtag"`,
  }),
  /** In a few words, as the source words it: "views of #TheRealChallenge", "likes on the four original videos". */
  detail: z.string().trim().min(1).optional(),
  /**
   * When the figure counts only part of that scope (one video, one post, one live session or a
   * window of time), which part. Such a figure gets a row of its own and never joins the totals.
   */
  part: partSchema.optional(),
});

/** Six or more zeros at the end: a number that is almost surely rounded, whatever the source's wording. */
const looksRounded = (value: number) => Number.isInteger(value) && value !== 0 && /0{6,}$/.test(String(value));

/** What a figure counts: shared by results and targets, so a target and its result name the same thing. */
const metricKind = z.enum(METRIC_KINDS, { error: `kind must be one of ${oneOf(METRIC_KINDS)}` });

/** An ISO 4217 currency code, for a figure in money. */
const currency = z
  .string()
  .regex(/^[A-Z]{3}$/, { error: 'currency must be a three-letter ISO 4217 code such as USD or GBP' })
  .optional();

/** A figure's number and how its source gives it: shared by results, targets, budgets and teams. */
const figureFields = {
  /** The number as the source gives it, in full: 300000000, not "300M". */
  value: z.number({ error: 'value must be a plain number such as 300000000 (no "M", commas or quotes)' }).nonnegative(),
  /**
   * How precise the number is, as the source gives it: `exact` for a count given digit by digit,
   * `rounded` for a headline figure ("230 million"), `over`, `about` or `up-to` for "more than",
   * "some" or "up to".
   */
  qualifier: z.enum(QUALIFIERS, {
    error: `qualifier must be one of ${oneOf(QUALIFIERS)}. Fix: "exact" only for a count given digit by digit; a headline figure such as "230 million" is "rounded"`,
  }),
  /** The figure exactly as the source words it, such as "more than 230 million views"; shown beside ours. */
  wording: z.string().trim().min(1).max(200).optional(),
  /** Why a value ending in six or more zeros is an exact count (rare: say how the source counted). */
  exactReason: z.string().trim().min(1).optional(),
};

/** A figure given as exact whose number looks rounded: refused unless the case study says why (see figureFields). */
const roundedAsExact = {
  check: (f: { value: number; qualifier: string; exactReason?: string | undefined }) =>
    !(f.qualifier === 'exact' && looksRounded(f.value) && f.exactReason === undefined),
  params: {
    error: (issue: { input: unknown }) =>
      `qualifier is "exact", but ${(issue.input as { value: number }).value} ends in six or more zeros, which is a rounded headline figure. Fix: use qualifier "rounded" (or "over" or "about", as the source words it), or give exactReason if the source really counted it to the digit`,
    path: ['qualifier'],
  },
};

/** Money (donations or pledged) takes a currency, and nothing else does: for results and targets alike. */
const moneyCurrency = {
  check: (f: { kind: (typeof METRIC_KINDS)[number]; currency?: string | undefined }) =>
    MONEY_KINDS.includes(f.kind) === (f.currency !== undefined),
  params: { error: 'give a currency (such as USD) for money (donations or pledged), and only for money', path: ['currency'] },
};

/** The source's own words an entry rests on: shared by lessons, objectives, targets, budgets, teams and awards. */
const passageFields = {
  /** The source's own words it rests on, verbatim, at most 50 words, with … for cuts. */
  passage,
  /** An English translation of the passage, when the source is not in English. */
  translation,
};

export const metricSchema = z
  .strictObject({
    /** What is counted. */
    kind: metricKind,
    ...figureFields,
    /** ISO 4217 currency code, for money only (`kind: donations` or `pledged`). */
    currency,
    /** What the figure counts: its scope type and, in a few words, the source's own description. */
    scope: scopeSchema,
    /**
     * Where it was counted: `tiktok` (the default), `instagram`, `youtube`, `facebook`, or `all`
     * for all platforms together. Only TikTok figures join headlines, charts, sorts and comparisons.
     */
    platform: z
      .enum(PLATFORMS, { error: `platform must be one of ${oneOf(PLATFORMS)}: where the source says the figure was counted` })
      .default('tiktok'),
    /** When the figure was true, if the source says. */
    asOf: partialDate.optional(),
    /** The source that reports this figure (id in content/sources/). Required: no figure without a source. */
    source: ref('sources'),
    /**
     * Whose figure it is, when the source passes on someone else's ("according to TikTok", "the
     * organisers said", or as the caveat says): `organiser`, `platform` or `agency`. The figure
     * is then self-reported, however independent the source that published it.
     */
    attributedTo: z
      .enum(ATTRIBUTIONS, {
        error: `attributedTo must be one of ${oneOf(ATTRIBUTIONS)}: whose figure the source says it is`,
      })
      .optional(),
    /** A warning readers should see beside the figure, such as "not confirmed by any other source". */
    caveat: z.string().trim().min(1).optional(),
    /**
     * Why the case study doubts the figure itself, such as "probably a slip for 51,000". A doubted
     * figure is shown with this note but never becomes a headline, chart bar, card figure or sort key.
     */
    doubt: z.string().trim().min(1).optional(),
  })
  .refine(moneyCurrency.check, moneyCurrency.params)
  .refine((m) => !(m.kind === 'donations' && m.qualifier === 'up-to'), {
    error:
      'qualifier "up-to" on kind "donations" is a ceiling, not money given. Fix: a promise such as "up to $100,000" or "£1 per video" is kind: pledged; donations is money paid, with qualifier exact, rounded, about or over',
    path: ['qualifier'],
  })
  .refine(roundedAsExact.check, roundedAsExact.params);

/**
 * What the organisers said they aimed for, in a source's words. Never inferred from the results:
 * an aim no source states is left out.
 */
export const campaignObjectiveSchema = z.strictObject({
  /** The kind of aim (id in content/objectives/): awareness, fundraising, behaviour-change, … */
  id: ref('objectives'),
  /** The aim in our own words, one short sentence, as the source states it. */
  text: text('objective text').max(200, { error: 'objective text must be one short sentence of at most 200 characters' }),
  /** The source that states the aim (id in content/sources/). */
  source: ref('sources'),
  ...passageFields,
});

/**
 * A figure the organisers aimed for, such as 5,000 videos. The page shows it beside the reported
 * result of the same kind and scope type, each with its source, and never says whether it was met.
 */
export const targetSchema = z
  .strictObject({
    /** What the target counts, as a result would: a case study with a target has a result of the same kind. */
    kind: metricKind,
    ...figureFields,
    /** ISO 4217 currency code, for money only (`kind: donations` or `pledged`). */
    currency,
    /** What the target counts: the same scope types as a result's, which it must share. */
    scope: scopeSchema,
    /** The source that states the target (id in content/sources/). */
    source: ref('sources'),
    ...passageFields,
  })
  .refine(moneyCurrency.check, moneyCurrency.params)
  .refine(roundedAsExact.check, roundedAsExact.params);

/** A campaign's budget or team, only where a source states it; never estimated. */
export const resourceSchema = z
  .strictObject({
    /** `budget` (money, with its currency) or `team` (people). */
    kind: z.enum(RESOURCE_KINDS, { error: `kind must be one of ${oneOf(RESOURCE_KINDS)}: a budget in money, or a team of people` }),
    ...figureFields,
    /** ISO 4217 currency code: required for a budget, never for a team. */
    currency,
    /** What the money or the team was for, as the source words it: "to support the collective to make creative content". */
    detail: z.string().trim().min(1).optional(),
    /** The source that states it (id in content/sources/). */
    source: ref('sources'),
    ...passageFields,
  })
  .refine((r) => r.kind !== 'budget' || r.currency !== undefined, {
    error: 'a budget is money and needs its currency. Fix: add currency: with the ISO 4217 code the source gives, such as EUR or USD.',
    path: ['currency'],
  })
  .refine((r) => r.kind !== 'team' || r.currency === undefined, {
    error: 'a team counts people, not money. Fix: delete currency, or use kind: budget if the source gives an amount of money.',
    path: ['currency'],
  })
  .refine(roundedAsExact.check, roundedAsExact.params);

/** The first year an award may be dated: older than any TikTok campaign, so a later one is no typo. */
const FIRST_AWARD_YEAR = 2016;

/** An award, a shortlist or a finalist's place, cited to the awards body's own page. */
export const awardSchema = z.strictObject({
  /** The award show. */
  show: z.enum(AWARD_SHOWS, {
    error: `show must be one of ${oneOf(AWARD_SHOWS)}. Fix: use the id of the show; if it is not listed, add it to AWARD_SHOW_LABELS in src/schemas/vocabulary.ts`,
  }),
  /** The year of the show's edition, as the awards body gives it: 2021. */
  year: z
    .number({ error: 'year must be the year of the award show, written as a number such as 2021' })
    .int({ error: 'year must be a whole year such as 2021' })
    .min(FIRST_AWARD_YEAR, { error: `year must be ${FIRST_AWARD_YEAR} or later: the year of the award show, such as 2021` }),
  /** The category, as the awards body words it: "Social & Influencer". */
  category: text('category'),
  /** How far the entry went, as the awards body lists it. */
  level: z.enum(AWARD_LEVELS, {
    error: `level must be one of ${oneOf(AWARD_LEVELS)}. Fix: use the level the awards body lists the entry at; a shortlisted entry that won nothing is "shortlist"`,
  }),
  /** The entry's name as the awards body lists it, when it is not the case study's title. */
  entry: z.string().trim().min(1).optional(),
  /**
   * The awards body's own page for the entry or its results list (id in content/sources/, of
   * kind `award-entry`); an agency's case study or press about the award is not enough.
   */
  source: ref('sources'),
  ...passageFields,
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
  /** An English translation of the words, when the source is not in English. */
  translation,
});

export const lessonSchema = z.strictObject({
  /** The playbook theme this lesson belongs to (id in content/themes/). */
  theme: ref('themes'),
  /** The lesson, in our own words. */
  text: text('lesson text'),
  /** The source the lesson is drawn from (id in content/sources/). */
  source: ref('sources'),
  ...passageFields,
});

/** A date to the day, for records of what was done on this site: `2026-12-02`. */
const day = (what: string) => partialDate.refine((d) => d.precision === 'day', { error: `${what}: write YYYY-MM-DD` });

export const correctionSchema = z.strictObject({
  /** The day the page was corrected (YYYY-MM-DD). */
  date: day('a correction is dated to the day it was made'),
  /** What the page said before, in its own words (shortened with … if long). */
  was: text('was'),
  /** What it says now. */
  now: text('now'),
  /** Why, in a sentence: what the source actually says. */
  why: text('why'),
});

/**
 * The last independent check of a case study: a reviewer who neither wrote nor fixed it tried
 * every item against the sources, and every defect found was fixed before this was recorded.
 * Written by `npm run record-check`, which also files the reviewer's report in docs/checks/.
 */
export const checkRecordSchema = z
  .strictObject({
    /** The day the check ended, its findings fixed (YYYY-MM-DD). */
    date: day('a check is dated to the day its findings were fixed'),
    /** How many items the reviewer tried: each sentence, figure, date, quotation, lesson, country and record counts once. */
    items: z
      .number({ error: 'items must be a whole number: how many items the reviewer tried' })
      .int()
      .positive({ error: 'items must be at least 1: a check tries at least one item' }),
    /** How many of those items were defects; all were fixed before the record was made. */
    defects: z.number({ error: 'defects must be a whole number (0 if none were found)' }).int().nonnegative(),
    /**
     * For a re-check that tried only what changed since an earlier full check: that check's day
     * (YYYY-MM-DD). `items` then counts the changed items, and the page says so.
     */
    since: day('since is the day of the full check this re-check builds on').optional(),
    /**
     * `sha256:` and the hash of what was checked: this file without its `checked` record, and
     * the files of the sources it cites. When it no longer matches, the page says the case study
     * has changed since its last check.
     */
    hash: z.string().regex(/^sha256:[0-9a-f]{64}$/, {
      error: 'hash must be "sha256:" and 64 hex digits. Fix: do not write it by hand; run npm run record-check',
    }),
  })
  .refine((c) => c.defects <= c.items, { error: 'defects cannot outnumber the items checked', path: ['defects'] })
  .refine((c) => !c.since || c.since.iso <= c.date.iso, {
    error: 'since cannot be after the date of the check: it is the day of the earlier full check',
    path: ['since'],
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
    /**
     * What the organisers said they aimed for, each with its kind of aim and the source's words.
     * Never inferred from the results; left empty when no source states an aim, and the page says so.
     */
    objectives: z.array(campaignObjectiveSchema).default([]),
    /** Reported results, one claim per figure per source. Disagreeing sources each get a claim. */
    metrics: z.array(metricSchema).default([]),
    /** Figures the organisers aimed for, each shown beside the reported result of the same kind and scope type. */
    targets: z.array(targetSchema).default([]),
    /** The campaign's budget and team, only where a source states them; never estimated. */
    resources: z.array(resourceSchema).default([]),
    /** Awards, finalists' places and shortlists, each cited to the awards body's own page. */
    awards: z.array(awardSchema).default([]),
    /** Short quotations, each attributed and sourced. */
    quotations: z.array(quotationSchema).default([]),
    /** What others can learn, each tied to a playbook theme and a source. */
    lessons: z.array(lessonSchema).default([]),
    /** Further sources used in the text but not tied to a figure (ids in content/sources/). */
    sources: z.array(ref('sources')).default([]),
    /** For campaigns aimed at children: how minors were protected, or what to watch out for. */
    safeguarding: z.string().trim().min(1).optional(),
    /**
     * When the case study was first published on this site (YYYY-MM-DD). Leave it out: the build
     * takes the day its file was first committed. Set it only to keep that date through a move.
     */
    published: partialDate.optional(),
    /**
     * Substantive fixes made after publication (a figure, a date, an attribution, a scope; not a
     * typo), so a reader who quoted the old text can tell. Newest last.
     */
    corrections: z.array(correctionSchema).default([]),
    /** The last independent check against the sources: its day, items tried, defects found and the hash of what was checked. */
    checked: checkRecordSchema.optional(),
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
export type CampaignObjective = z.output<typeof campaignObjectiveSchema>;
export type Target = z.output<typeof targetSchema>;
export type Resource = z.output<typeof resourceSchema>;
export type Award = z.output<typeof awardSchema>;
export type Correction = z.output<typeof correctionSchema>;
export type CheckRecord = z.output<typeof checkRecordSchema>;
