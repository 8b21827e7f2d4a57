/** Schemas of the small collections that case studies point at. */
import { z } from 'astro/zod';
import { httpsUrl, partialDate, ref, text } from './shared.ts';
import { languageTag } from './locale.ts';
import { ORGANISATION_KINDS, SOURCE_FORMATS, SOURCE_KINDS, oneOf } from './vocabulary.ts';

export const organisationSchema = z.strictObject({
  /** Full name, as the organisation writes it: "International Federation of Red Cross and Red Crescent Societies". */
  name: text('name'),
  /** The short form readers know, such as "IFRC"; shown in cards and lists. */
  shortName: z.string().trim().min(1).optional(),
  /**
   * Other names the organisation itself goes by ("UN Refugee Agency" for UNHCR); shown as "Also
   * known as" and fed to the search index. Never the name of another body or a person: a parent
   * or owner goes in `partOf`.
   */
  aliases: z.array(z.string().trim().min(1)).default([]),
  /**
   * Ids of the organisations it belongs to (files in content/organisations/): a UN agency is
   * part of `united-nations`, TikTok of its owner `bytedance`. The page shows "Part of", and a
   * search for the parent's name finds its members' case studies.
   */
  partOf: z.array(ref('organisations')).default([]),
  /** What sort of body it is. */
  kind: z.enum(ORGANISATION_KINDS, { error: `kind must be one of ${oneOf(ORGANISATION_KINDS)}` }),
  /** The organisation's own website (https). */
  website: httpsUrl.optional(),
  /** One paragraph, in our own words, on who they are. */
  description: text('description'),
});

export const causeSchema = z.strictObject({
  /** Name of the cause, such as "Climate action". */
  name: text('name'),
  /** One or two sentences on what the cause covers. */
  description: text('description'),
  /** Related UN Sustainable Development Goals, by number (1–17). */
  sdgs: z
    .array(z.number().int().min(1, { error: 'SDG numbers run from 1 to 17' }).max(17, { error: 'SDG numbers run from 1 to 17' }))
    .default([]),
});

export const mechanicSchema = z.strictObject({
  /** Name of the campaign mechanic, such as "Hashtag challenge". */
  name: text('name'),
  /** How the mechanic works on TikTok. */
  description: text('description'),
});

/**
 * A kind of aim a campaign's organisers can state (content/objectives/<id>.yaml): awareness,
 * fundraising and so on. A case study's `objectives` name these ids.
 */
export const objectiveSchema = z.strictObject({
  /** Name of the kind of aim, such as "Awareness". */
  name: text('name'),
  /** What aims of this kind have in common, in a sentence or two. */
  description: text('description'),
});

export const themeSchema = z.strictObject({
  /** Name of the lesson theme, such as "Working with creators". */
  name: text('name'),
  /** What lessons under this theme have in common. */
  description: text('description'),
});

/** A page of the site written as prose, such as About (content/pages/<id>.mdx); the body is Markdown. */
export const pageSchema = z.strictObject({
  /** The page's title, shown as its heading and in the browser tab. */
  title: text('title'),
  /** One sentence for search engines and link previews. */
  description: text('description'),
});

export const sourceSchema = z
  .strictObject({
    /**
     * The headline exactly as the page gives it, in its own language. Where no copy you have read
     * shows the headline, a description in our own words in square brackets, "[NSDC and TikTok
     * launch Skills4All]", which the site shows as an untitled work; never a headline guessed
     * from the address.
     */
    title: text('title'),
    /** The headline in English, for a headline in another language (not for a [description]). */
    titleTranslation: z.string().trim().min(1).optional(),
    /** Who published it: a newspaper, blog, organisation or awards body. */
    publisher: text('publisher'),
    /** Named authors, if the source names any. */
    authors: z.array(z.string().trim().min(1)).default([]),
    /** Publication date, as precisely as the source gives it; leave out if the source is undated. */
    published: partialDate.optional(),
    /** Where to read it (https). */
    url: httpsUrl,
    /**
     * Who the source is, relative to the campaigns that cite it: one of the organisers, the
     * platform (TikTok), an agency, an award entry, independent press, academic or other. A figure
     * that only organisers, the platform, agencies or award entries report reads as self-reported.
     */
    kind: z.enum(SOURCE_KINDS, {
      error: `kind must be one of ${oneOf(SOURCE_KINDS)}. Fix: say who published it: "organiser" for a campaign organisation's own release, blog or post, "platform" for TikTok, "press" for an independent outlet`,
    }),
    /** What form it takes, if useful: a news story, blog post, press release, interview, report, award entry or platform newsroom post. */
    format: z.enum(SOURCE_FORMATS, { error: `format must be one of ${oneOf(SOURCE_FORMATS)}` }).optional(),
    /** A snapshot in a web archive that you have opened (https), used instead of the Wayback Machine lookup. */
    archived: httpsUrl.optional(),
    /** Language of the source (BCP 47). */
    language: languageTag.default('en'),
  })
  .superRefine((source, ctx) => {
    const problem = titleProblem(source);
    if (problem) ctx.addIssue({ code: 'custom', message: problem.message, path: [problem.field] });
  });

/** Whether a source's title is a description written here ("[…]"), not the headline the page gives. */
export const titleIsDescription = (title: string) => title.startsWith('[') && title.endsWith(']');

/** The publisher's name without a bracketed note: "Devdiscourse (ANI)" → "devdiscourse". */
const bareName = (publisher: string) =>
  publisher
    .replace(/\s*\(.*\)\s*$/, '')
    .trim()
    .toLowerCase();

/**
 * What is wrong with a source's title, if anything we can detect: a description that is not
 * bracketed (it ends with the publisher in brackets, "… (afaqs!)"), brackets that open or close
 * only, or a translation where none belongs.
 */
export function titleProblem(source: {
  title: string;
  titleTranslation?: string | undefined;
  publisher: string;
  language: string;
}): { field: 'title' | 'titleTranslation'; message: string } | undefined {
  const { title, titleTranslation, publisher, language } = source;
  if (title.startsWith('[') !== title.endsWith(']'))
    return {
      field: 'title',
      message: `"${title}" has only one square bracket. Fix: put a description wholly in square brackets, "[What the page reports]", or give the headline without them`,
    };
  const described = titleIsDescription(title);
  const note = /\(([^()]+)\)$/.exec(title)?.[1]?.toLowerCase();
  if (!described && note && (note.includes(bareName(publisher)) || publisher.toLowerCase().includes(note)))
    return {
      field: 'title',
      message: `"${title}" ends with the publisher in brackets, so it reads as a description written here. Fix: give the headline exactly as the page shows it, or, if no copy you have read shows one, a description in square brackets without the publisher: "[${title.replace(/\s*\([^()]+\)$/, '')}]"`,
    };
  if (titleTranslation !== undefined && described)
    return {
      field: 'titleTranslation',
      message:
        'titleTranslation: a [description] is already in English. Fix: delete titleTranslation, or give the headline in its own language in title',
    };
  if (titleTranslation !== undefined && language === 'en')
    return {
      field: 'titleTranslation',
      message:
        'titleTranslation: the source is in English (language: en). Fix: delete titleTranslation, or set language to the language of the headline',
    };
  if (titleTranslation === undefined && !described && language !== 'en')
    return {
      field: 'titleTranslation',
      message: `the headline is in another language (language: ${language}). Fix: add titleTranslation with the headline in English`,
    };
  return undefined;
}

export type OrganisationData = z.output<typeof organisationSchema>;
export type CauseData = z.output<typeof causeSchema>;
export type MechanicData = z.output<typeof mechanicSchema>;
export type ThemeData = z.output<typeof themeSchema>;
export type ObjectiveData = z.output<typeof objectiveSchema>;
export type SourceData = z.output<typeof sourceSchema>;
export type PageData = z.output<typeof pageSchema>;
