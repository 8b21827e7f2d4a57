/**
 * Country and language codes, checked against the runtime's own Unicode data (Intl), so no
 * code list has to be kept in the repository.
 */
import { z } from 'astro/zod';

const regionNames = new Intl.DisplayNames(['en'], { type: 'region', fallback: 'none' });
const languageNames = new Intl.DisplayNames(['en'], { type: 'language', fallback: 'none' });

/**
 * `lookup` remembered per code: Intl's lookups cost a fraction of a millisecond each, which a
 * catalogue of thousands of case studies, each validated and rendered, asks for many times over.
 */
function remembered(lookup: (code: string) => string | undefined): (code: string) => string | undefined {
  const known = new Map<string, string | undefined>();
  return (code) => {
    if (!known.has(code)) known.set(code, lookup(code));
    return known.get(code);
  };
}

/** The English name of an ISO 3166-1 alpha-2 code, or undefined when it names no country. */
export const countryName = remembered((code) => {
  if (!/^[A-Z]{2}$/.test(code)) return undefined;
  // Deprecated aliases such as "UK" canonicalise to another code ("GB"): refuse them.
  if (new Intl.Locale(`und-${code}`).maximize().region !== code) return undefined;
  const name = regionNames.of(code);
  return name && name !== code && name !== 'Unknown Region' ? name : undefined;
});

/** The English name of a BCP 47 tag, or undefined when the tag is malformed or unknown. */
export const languageName = remembered((tag) => {
  try {
    const [canonical] = Intl.getCanonicalLocales(tag);
    if (!canonical) return undefined;
    const name = languageNames.of(canonical);
    return name && name !== canonical ? name : undefined;
  } catch {
    return undefined;
  }
});

/** An upper-case ISO 3166-1 alpha-2 country code such as "FR". */
export const countryCode = z.string().refine((code) => countryName(code) !== undefined, {
  error: (issue) => `"${String(issue.input)}" is not an ISO 3166-1 alpha-2 country code: use two capital letters, like "FR" or "BR"`,
});

/** A BCP 47 language tag such as "en" or "pt-BR". */
export const languageTag = z.string().refine((tag) => languageName(tag) !== undefined, {
  error: (issue) => `"${String(issue.input)}" is not a BCP 47 language tag: use a code like "en", "fr" or "pt-BR"`,
});
