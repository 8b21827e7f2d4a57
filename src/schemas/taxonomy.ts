/** Schemas of the small collections that case studies point at. */
import { z } from 'astro/zod';
import { httpsUrl, partialDate, text } from './shared.ts';
import { languageTag } from './locale.ts';
import { ORGANISATION_KINDS, SOURCE_FORMATS, SOURCE_KINDS, oneOf } from './vocabulary.ts';

export const organisationSchema = z.strictObject({
  /** Full name, as the organisation writes it: "International Federation of Red Cross and Red Crescent Societies". */
  name: text('name'),
  /** The short form readers know, such as "IFRC"; shown in cards and lists. */
  shortName: z.string().trim().min(1).optional(),
  /** Other names people search for ("Red Cross"); fed to the search index. */
  aliases: z.array(z.string().trim().min(1)).default([]),
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

export const sourceSchema = z.strictObject({
  /** The article's own headline. Where it is not known, a plain description that ends with the publisher in brackets, so no headline is invented. */
  title: text('title'),
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
});

export type OrganisationData = z.output<typeof organisationSchema>;
export type CauseData = z.output<typeof causeSchema>;
export type MechanicData = z.output<typeof mechanicSchema>;
export type ThemeData = z.output<typeof themeSchema>;
export type SourceData = z.output<typeof sourceSchema>;
export type PageData = z.output<typeof pageSchema>;
