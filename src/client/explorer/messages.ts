/**
 * The explorer's interface strings, as Explorer.astro writes them in its data-messages
 * attribute: the script ships none of its own, so the page is the one place they come from.
 * Counts are templates with `{n}` (and `{q}`, the words searched for) that the script fills in.
 */
import type { SearchFilter } from '~/lib/search/records.ts';
import type { TermKind } from '~/lib/search/vocabulary.ts';
import type { CountMessages } from '../dom.ts';

export interface ExplorerMessages {
  /** The status for a view without words: how many case studies match. */
  count: CountMessages;
  /** The status for a search with words (`{q}`): how many case studies it found. */
  countFor: CountMessages;
  /** A folded facet's button, with `{n}` for the values it hides. */
  showAll: string;
  showFewer: string;
  /** Under an unfolded long facet, with `{n}` for the values the page does not hold. */
  findHint: string;
  /** A chip's accessible name, with `{facet}` and `{value}`. */
  remove: string;
  /** Each facet's name, as its chips say it. */
  facets: Record<SearchFilter, string>;
  /** The filter panel's button on a phone that goes to the results, by their count. */
  showResults: CountMessages;
  /** A term offered above the results, with `{kind}`, `{name}` and `{count}` (of `caseStudies`). */
  term: string;
  /** The same for a parent organisation, whose `{count}` is its members' case studies. */
  memberTerm: string;
  /** A hashtag offered above the results, with `{name}`: its case study. */
  caseStudyTerm: string;
  termKinds: Record<TermKind, string>;
  caseStudies: CountMessages;
  /** The list of suggestions' accessible name. */
  suggestions: string;
  /** Under an organisation's shortcut, with `{name}`: only its case studies are shown. */
  namedOnly: string;
  /** The link to every case study whose text holds the words, with `{q}` and `{n}`. */
  inTextLink: string;
  /** The link back to the organisation's case studies only, with `{name}`. */
  namedOnlyLink: string;
  /** Between the names of several organisations. */
  namedJoin: string;
  /** Before the causes near the cause the words name, with `{name}`. */
  nearby: string;
  /** With `{q}`, the words the vocabulary spells differently. */
  didYouMean: string;
  /** Before the terms that hold those words. */
  orGoTo: string;
  /** The status when the search index cannot be used. */
  unavailable: string;
  /** Added to `unavailable` in development only, where the index comes from the last build. */
  devHint?: string;
}

export const readMessages = (root: HTMLElement): ExplorerMessages => JSON.parse(root.dataset.messages ?? '{}') as ExplorerMessages;
