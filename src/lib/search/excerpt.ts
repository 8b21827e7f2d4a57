/**
 * Excerpts for search results, as runs of text with the matched words marked. Built from the
 * page text and match positions Pagefind returns, rather than Pagefind's own excerpt, so that
 * matches in the hidden block of organisation names (the end of every case study's text) never
 * become the excerpt, and so that no HTML string is ever inserted into the page.
 */
import { words } from '../text.ts';

export interface Run {
  text: string;
  mark: boolean;
}

/** Pagefind splits its text into words at whitespace; match locations index these words. */
const WORD_SEPARATORS = /[^\S\uFEFF]+/;

/**
 * The stretch of `length` words holding the most matches found before word `cut`, with the
 * matches marked; undefined when there is no match before `cut`.
 */
export function excerptRuns(content: string, locations: readonly number[], cut = Infinity, length = 24): Run[] | undefined {
  const hits = [...new Set(locations.filter((l) => l < cut))].sort((a, b) => a - b);
  if (!hits.length) return undefined;
  let best = { start: hits[0]!, count: 0 };
  for (let i = 0, j = 0; i < hits.length; i++) {
    while (hits[j]! < hits[i]! - length + 1) j++;
    if (i - j + 1 > best.count) best = { start: hits[j]!, count: i - j + 1 };
  }
  const all = content.split(WORD_SEPARATORS);
  // Start a few words before the first match, for context.
  const start = Math.max(0, best.start - Math.min(3, Math.floor(length / 4)));
  const end = Math.min(all.length, cut, start + length);
  const marked = new Set(hits);
  const runs: Run[] = [];
  const push = (text: string, mark: boolean) => {
    const last = runs.at(-1);
    if (last && last.mark === mark && !mark) last.text += text;
    else runs.push({ text, mark });
  };
  if (start > 0) push('… ', false);
  for (let i = start; i < end; i++) {
    if (i > start) push(' ', false);
    push(all[i]!, marked.has(i));
  }
  if (end < all.length) push(' …', false);
  return runs;
}

/** Splits a text into runs, marking those that start with a query word (case-insensitive). */
export function highlight(text: string, query: string): Run[] {
  const terms = words(query).map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  if (!terms.length) return [{ text, mark: false }];
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}])((?:${terms.join('|')})[\\p{L}\\p{N}]*)`, 'giu');
  const runs: Run[] = [];
  let last = 0;
  for (const match of text.matchAll(pattern)) {
    if (match.index > last) runs.push({ text: text.slice(last, match.index), mark: false });
    runs.push({ text: match[0], mark: true });
    last = match.index + match[0].length;
  }
  if (last < text.length) runs.push({ text: text.slice(last), mark: false });
  return runs;
}
