/**
 * What the compare page's "Add a case study" box searches: every case study's slug, title, year,
 * hashtags and organisation names, in a compact file (/data/compare-index.json) that the picker
 * fetches once, when a reader first uses the box, instead of the catalogue. This module writes
 * the file at build time and reads and ranks it in the browser, so it imports nothing heavier
 * than `words`.
 */
import { words } from '../text.ts';

/** Bumped when the layout of an entry changes, so a cached file of another layout is not misread. */
export const COMPARE_INDEX_VERSION = 1;

/** A case study as the index is built from it. */
export interface IndexedCampaign {
  id: string;
  title: string;
  year: number;
  hashtags: readonly string[];
  /** Every organisation named, with every name it goes by (see `organisationNames`). */
  organisations: readonly { id: string; names: readonly string[] }[];
}

/**
 * One case study in the file: `[slug, title, year, organisations, hashtags]`. Organisations are
 * positions in the file's list of organisations, which is written once however many case
 * studies name one; hashtags are only those the title does not already contain.
 */
export type CompareIndexEntry = [id: string, title: string, year: number, organisations: number[], hashtags: string[]];

export interface CompareIndex {
  version: number;
  /** Each organisation named by a case study, as every name it goes by. */
  organisations: string[][];
  /** Every published case study, in the catalogue's order (newest first). */
  campaigns: CompareIndexEntry[];
}

/** Letters and digits only, lower case, accents dropped: "#TheRealChallenge" → "therealchallenge". */
const squash = (text: string) => words(text).join('');

export function compareIndex(campaigns: readonly IndexedCampaign[]): CompareIndex {
  const positions = new Map<string, number>();
  const organisations: string[][] = [];
  const position = (org: IndexedCampaign['organisations'][number]) => {
    let at = positions.get(org.id);
    if (at === undefined) {
      at = organisations.push([...org.names]) - 1;
      positions.set(org.id, at);
    }
    return at;
  };
  return {
    version: COMPARE_INDEX_VERSION,
    organisations,
    campaigns: campaigns.map((c) => {
      const title = squash(c.title);
      return [c.id, c.title, c.year, [...new Set(c.organisations.map(position))], c.hashtags.filter((h) => !title.includes(squash(h)))];
    }),
  };
}

/** A case study the picker can offer, with its text prepared once for matching. */
export interface Candidate {
  id: string;
  title: string;
  year: number;
  /** Words of the title and hashtags. */
  nameWords: string[];
  /** Title and hashtags squashed, each, so "real challenge" finds "#TheRealChallenge". */
  names: string[];
  /** Words of every name of every organisation. */
  organisationWords: string[];
}

/** The index as candidates, in its order. Throws on a file of another version. */
export function readCompareIndex(index: CompareIndex): Candidate[] {
  if (index.version !== COMPARE_INDEX_VERSION) throw new Error(`Compare index version ${index.version}, expected ${COMPARE_INDEX_VERSION}`);
  const organisationWords = index.organisations.map((names) => names.flatMap(words));
  return index.campaigns.map(([id, title, year, organisations, hashtags]) => ({
    id,
    title,
    year,
    nameWords: [title, ...hashtags].flatMap(words),
    names: [title, ...hashtags].map(squash),
    organisationWords: organisations.flatMap((at) => organisationWords[at] ?? []),
  }));
}

/**
 * How well one query word matches a candidate: 3 when a word of its title or hashtags starts with
 * it, 2 when it is inside the title or a hashtag ("challenge" in #TheRealChallenge), 1 when a
 * word of an organisation's name starts with it, 0 when none does.
 */
function wordScore(word: string, c: Candidate): number {
  if (c.nameWords.some((w) => w.startsWith(word))) return 3;
  if (c.names.some((n) => n.includes(word))) return 2;
  if (c.organisationWords.some((w) => w.startsWith(word))) return 1;
  return 0;
}

export interface Found {
  /** How many case studies match. */
  total: number;
  /** The best of them, at most the limit asked for. */
  matches: Candidate[];
}

/**
 * The case studies that match every word of the query, best first: a title or hashtag that starts
 * with the whole query, then by how well each word matches (see `wordScore`), then in the index's
 * order, newest first. An empty query matches nothing.
 */
export function findCampaigns(candidates: readonly Candidate[], query: string, limit = 8): Found {
  const queryWords = words(query);
  if (!queryWords.length) return { total: 0, matches: [] };
  const whole = queryWords.join('');
  const scored: { candidate: Candidate; score: number }[] = [];
  for (const candidate of candidates) {
    let score = candidate.names.some((n) => n.startsWith(whole)) ? 10 : 0;
    for (const word of queryWords) {
      const s = wordScore(word, candidate);
      if (!s) {
        score = -1;
        break;
      }
      score += s;
    }
    if (score > 0) scored.push({ candidate, score });
  }
  // Array sort is stable, so equal scores keep the index's order.
  scored.sort((a, b) => b.score - a.score);
  return { total: scored.length, matches: scored.slice(0, limit).map((s) => s.candidate) };
}
