/**
 * Which causes and organisations are nearest to a query that found nothing, so an empty result
 * still offers a way on.
 */

export interface Named {
  id: string;
  /** Display name. */
  name: string;
  /** Every other name it goes by, short forms and aliases. */
  names: readonly string[];
}

export const words = (text: string) =>
  text
    .toLowerCase()
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);

/** Edit distance (insertions, deletions, substitutions). */
export function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    previous = current;
  }
  return previous[b.length]!;
}

/** How far one query word is from one name word, 0 (same or a prefix) to 1 (nothing alike). */
function wordDistance(query: string, word: string): number {
  if (word.startsWith(query) || (query.length >= 4 && query.startsWith(word))) return 0;
  return Math.min(1, editDistance(query, word.slice(0, query.length + 1)) / Math.max(query.length, 1));
}

/** Distance of a query from an entry: the best match of any query word against any of its words. */
function distance(queryWords: string[], entry: Named): number {
  const nameWords = [entry.name, ...entry.names].flatMap(words);
  let best = 1;
  for (const q of queryWords) for (const w of nameWords) best = Math.min(best, wordDistance(q, w));
  return best;
}

/**
 * The entries nearest to the query, best first, at most `limit`. Entries with nothing in common
 * (no word within about a third of its letters) are left out, so the list may be empty.
 */
export function nearest<T extends Named>(query: string, entries: readonly T[], limit = 3): T[] {
  const queryWords = words(query);
  if (!queryWords.length) return [];
  return entries
    .map((entry) => ({ entry, score: distance(queryWords, entry) }))
    .filter(({ score }) => score <= 0.34)
    .sort((a, b) => a.score - b.score || a.entry.name.localeCompare(b.entry.name, 'en'))
    .slice(0, limit)
    .map(({ entry }) => entry);
}
