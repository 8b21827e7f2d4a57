/**
 * The site's own vocabulary, as the explorer uses it beside the full-text index: every cause,
 * organisation, mechanic and hashtag with the names it goes by and its page. Two things come
 * of it that Pagefind cannot give: a shortcut to an organisation when the words typed are one
 * of its names ("WHO" → the World Health Organization), and "did you mean" for a word the index
 * does not hold ("clmate" → "climate"). The build writes the terms as a small JSON file
 * (src/pages/data/search-terms.json.ts), which the explorer fetches with its first search.
 */
import { editDistance, words } from '../text.ts';

export const TERM_KINDS = ['organisation', 'cause', 'mechanic', 'hashtag'] as const;
export type TermKind = (typeof TERM_KINDS)[number];

/** One term of the vocabulary. */
export interface SearchTerm {
  kind: TermKind;
  /** Its id in its collection (an organisation's is its filter value), or the hashtag. */
  id: string;
  /** What the site calls it. */
  label: string;
  /** Every name it goes by (for an organisation: full name, short name, aliases), the label among them. */
  names: readonly string[];
  /** Its page: a taxonomy page, or the case study of a hashtag. */
  href: string;
  /** How many case studies it has: for a parent organisation that took part in none itself, how many its members did. */
  count: number;
  /** For an organisation, the ids whose case studies are its own: its id, or a parent's members'. */
  organisations?: readonly string[];
  /** True for a parent organisation counted by its members' case studies. */
  byMembers?: boolean;
  /** For a cause, the ids of the causes near it (lib/model/sdgs.ts), nearest first. */
  nearby?: readonly string[];
}

/** A text as the vocabulary compares it: its words, lower-cased, without accents, one space apart. */
export const normalise = (text: string) => words(text).join(' ');

/** Terms a suggestion or a shortcut links to at most. */
export const SUGGESTED_TERMS = 3;

/**
 * The organisations one of whose names is exactly the query ("who", "World Health
 * Organisation", "red cross"), most case studies first: the shortcut the explorer shows above
 * the results. A query that is only part of a name is not one ("World Health" is not WHO's name).
 */
export function organisationsNamed(query: string, terms: readonly SearchTerm[]): SearchTerm[] {
  const q = normalise(query);
  if (!q) return [];
  return terms
    .filter((t) => t.kind === 'organisation' && t.names.some((name) => normalise(name) === q))
    .sort((a, b) => b.count - a.count || a.label.localeCompare(b.label, 'en'))
    .slice(0, SUGGESTED_TERMS);
}

/**
 * The causes near the one the query names, when every word of the query is a word of exactly
 * one cause's name ("climate" names Climate action; "health" names two, so none): that cause and
 * the terms of the causes near it, for the explorer to offer beside the results.
 */
export function nearbyNamed(query: string, terms: readonly SearchTerm[]): { cause: SearchTerm; nearby: SearchTerm[] } | undefined {
  const typed = words(query);
  if (!typed.length) return undefined;
  const causes = terms.filter((t) => t.kind === 'cause');
  const named = causes.filter((t) => t.names.some((name) => typed.every((word) => words(name).includes(word))));
  const [cause] = named;
  if (named.length !== 1 || !cause?.nearby?.length) return undefined;
  const byId = new Map(causes.map((t) => [t.id, t]));
  const nearby = cause.nearby.flatMap((id) => byId.get(id) ?? []).slice(0, SUGGESTED_TERMS);
  return nearby.length ? { cause, nearby } : undefined;
}

/** The most edits a typed word may be from a vocabulary word and still be taken for a typo of it. */
const allowedEdits = (length: number) => (length < 4 ? 0 : length < 7 ? 1 : 2);

/** A suggestion: the query spelt with the vocabulary's words, and the terms that hold them. */
export interface Suggestion {
  query: string;
  terms: SearchTerm[];
}

/**
 * "Did you mean": the query with each word that no term holds replaced by the nearest word that
 * one does (fewest edits, then the word of more case studies), where one is near enough to be a
 * typo; and the terms whose names hold every replaced word, most case studies first. A word near
 * to none stays as typed ("clmate campaign" → "climate campaign"). Undefined when no word changed.
 */
export function didYouMean(query: string, terms: readonly SearchTerm[]): Suggestion | undefined {
  // Every word of the vocabulary, with the case studies of the terms that use it.
  const weight = new Map<string, number>();
  for (const term of terms)
    for (const name of term.names) for (const word of words(name)) weight.set(word, (weight.get(word) ?? 0) + term.count);
  const replaced: string[] = [];
  const spelt = words(query).map((word) => {
    const near = weight.has(word) ? undefined : nearest(word, weight);
    if (near) replaced.push(near);
    return near ?? word;
  });
  if (!replaced.length) return undefined;
  const matching = terms
    .filter((term) => {
      const held = new Set(term.names.flatMap(words));
      return replaced.every((word) => held.has(word));
    })
    .sort((a, b) => TERM_KINDS.indexOf(a.kind) - TERM_KINDS.indexOf(b.kind) || b.count - a.count || a.label.localeCompare(b.label, 'en'));
  return { query: spelt.join(' '), terms: matching.slice(0, SUGGESTED_TERMS) };
}

/** The known word fewest edits from `word`, within what a typo allows; the more used, then the first in the alphabet, on a tie. */
function nearest(word: string, weight: ReadonlyMap<string, number>): string | undefined {
  const allowed = allowedEdits(word.length);
  let best: { word: string; distance: number; weight: number } | undefined;
  for (const [candidate, w] of weight) {
    if (Math.abs(candidate.length - word.length) > allowed) continue;
    const distance = editDistance(word, candidate);
    if (distance > allowed) continue;
    if (
      !best ||
      distance < best.distance ||
      (distance === best.distance && (w > best.weight || (w === best.weight && candidate < best.word)))
    )
      best = { word: candidate, distance, weight: w };
  }
  return best?.word;
}

/**
 * Whether every word typed in a facet's find box starts a word of one of the value's names:
 * "Red Cross" finds the IFRC by its full name, "World Health" finds WHO, and "un" finds UNICEF
 * and the United Nations but not "Foundation" or "Hungry".
 */
export function matchesWordStarts(names: readonly string[], find: string): boolean {
  const held = names.flatMap(words);
  return words(find).every((typed) => held.some((word) => word.startsWith(typed)));
}
