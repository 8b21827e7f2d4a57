/**
 * Building blocks shared by every collection schema. Messages are written for contributors:
 * each says what is wrong and how to fix it, because the build prints them next to the file
 * and field that failed.
 */
import { z } from 'astro/zod';
import { parsePartialDate } from './dates.ts';
import { passageProblem } from './passage.ts';
import { SLUG_PATTERN } from './slug.ts';

/**
 * An id that points at an entry of another collection. We check that it resolves ourselves
 * (`referenceProblems` in src/lib/content/rules.node.ts, run by the content checker before every
 * build) because Astro's `reference()` only logs a warning for a
 * missing entry, and we want the build to stop.
 */
export const ref = (collection: string) =>
  z.string({ error: `must be the id of an entry in content/${collection}/ (its file name without extension)` }).regex(SLUG_PATTERN, {
    error: `must be an id in lower-case words joined by hyphens, like "red-cross", naming a file in content/${collection}/`,
  });

/** An https link; plain http and other schemes are refused so that every source is safe to open. */
export const httpsUrl = z
  .url({ error: 'must be a full web address, like https://example.org/page' })
  .refine((url) => url.startsWith('https://'), {
    error: 'must start with https://. Fix: use the secure version of the link (most sites have one)',
  });

/**
 * A date given as precisely as the sources allow: `2019-10-25` (day), `2019-10` (month) or `2019`
 * (year). YAML reads an unquoted full date as a Date and a bare year as a number; both are
 * accepted and normalised.
 */
export const partialDate = z
  .union([z.date(), z.string(), z.number()], {
    error: 'must be a date written YYYY-MM-DD, YYYY-MM or YYYY',
  })
  .transform((raw, ctx) => {
    const parsed = parsePartialDate(raw);
    if (!parsed) {
      ctx.addIssue({
        code: 'custom',
        message: `"${String(raw)}" is not a real date: write YYYY-MM-DD, YYYY-MM or YYYY (for example 2019-10-25)`,
      });
      return z.NEVER;
    }
    return parsed;
  });

/** Non-empty text with surrounding space trimmed. */
export const text = (what: string) =>
  z
    .string({ error: (issue) => (issue.input === undefined ? `${what} is required` : `${what} must be text: put it in quotes`) })
    .trim()
    .min(1, { error: `${what} must not be empty` });

/** The source's own words a claim rests on: verbatim, at most PASSAGE_MAX_WORDS words, with … for cuts. */
export const passage = z
  .string({ error: 'passage must be the words of the source, in quotes' })
  .trim()
  .superRefine((value, ctx) => {
    const problem = passageProblem(value);
    if (problem) ctx.addIssue({ code: 'custom', message: `passage ${problem}` });
  });

/** An English translation of a passage, when the source is not in English. */
export const translation = z.string().trim().min(1).optional();
