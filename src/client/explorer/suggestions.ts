/**
 * What the explorer offers above its results from the site's own vocabulary
 * (lib/search/vocabulary.ts, fetched from /data/search-terms.json with the first search): the
 * organisations the words name, as links to their pages ("Organisation: World Health
 * Organization, 3 case studies"), the causes near a cause the words name ("climate":
 * Biodiversity), and, for a search that found nothing, "Did you mean climate?" with the taxonomy
 * pages that hold the word. The vocabulary is a help, not a need: if it cannot
 * be fetched, the explorer searches as before and offers nothing.
 */
import { didYouMean, nearbyNamed, organisationsNamed, type SearchTerm } from '~/lib/search/vocabulary.ts';
import { stateToSearch, type SearchState } from '~/lib/search/state.ts';
import { counted, fill, fillNodes, part } from '../dom.ts';
import type { ExplorerMessages } from './messages.ts';

export class Suggestions {
  readonly #box: HTMLElement;
  readonly #messages: ExplorerMessages;
  readonly #url: string | undefined;
  #terms: Promise<SearchTerm[]> | undefined;

  constructor(root: HTMLElement, messages: ExplorerMessages) {
    this.#box = part(root, '[data-suggest]');
    this.#messages = messages;
    this.#url = root.dataset.termsUrl;
  }

  /** The vocabulary, fetched once; empty if it cannot be had. */
  terms(): Promise<SearchTerm[]> {
    this.#terms ??= this.#fetch().catch((error: unknown) => {
      console.warn('The search terms did not load', error);
      return [];
    });
    return this.#terms;
  }

  async #fetch(): Promise<SearchTerm[]> {
    if (!this.#url) return [];
    const response = await fetch(this.#url);
    if (!response.ok) throw new Error(`${this.#url}: ${response.status}`);
    return (await response.json()) as SearchTerm[];
  }

  /** The organisations the words `q` name exactly, once the vocabulary is in. */
  async named(q: string): Promise<SearchTerm[]> {
    return q ? organisationsNamed(q, await this.terms()) : [];
  }

  /**
   * Shows the organisations named, and "did you mean" for words that found nothing. Words that
   * name an organisation find its case studies only: a line says so, with a link to every case
   * study whose text holds the words (`inText` of them), and back. A link searches in place
   * (the explorer follows its `data-explorer-state`); its address works as a plain link too.
   */
  async show(state: SearchState, named: readonly SearchTerm[], shown: number, inText: number): Promise<void> {
    const { q } = state;
    const suggestion = shown === 0 && q ? didYouMean(q, await this.terms()) : undefined;
    const blocks: HTMLElement[] = [];
    if (named.length) {
      blocks.push(this.#termList(named, true));
      const names = named.map((term) => term.label).join(this.#messages.namedJoin);
      const line = document.createElement('p');
      line.className = 'text-sm text-slate-700 dark:text-slate-300';
      if (state.matchText)
        line.append(this.#searchLink({ ...state, matchText: undefined }, fill(this.#messages.namedOnlyLink, { name: names })));
      else if (inText > shown)
        line.append(
          `${fill(this.#messages.namedOnly, { name: names })} `,
          this.#searchLink({ ...state, matchText: true }, fill(this.#messages.inTextLink, { q, n: inText })),
        );
      if (line.childNodes.length) blocks.push(line);
    }
    // Words that name a cause ("climate"): the causes near it, which the words would not find.
    const near = q ? nearbyNamed(q, await this.terms()) : undefined;
    if (near) {
      const intro = document.createElement('p');
      intro.className = 'text-sm text-slate-700 dark:text-slate-300';
      intro.textContent = fill(this.#messages.nearby, { name: near.cause.label });
      blocks.push(intro, this.#termList(near.nearby, false));
    }
    if (suggestion) {
      const link = this.#searchLink({ ...state, q: suggestion.query, matchText: undefined }, suggestion.query);
      link.classList.add('font-bold');
      const line = document.createElement('p');
      line.append(...fillNodes(this.#messages.didYouMean, { q: link }));
      blocks.push(line);
      if (suggestion.terms.length) {
        const intro = document.createElement('p');
        intro.className = 'text-sm text-slate-700 dark:text-slate-300';
        intro.textContent = this.#messages.orGoTo;
        blocks.push(intro, this.#termList(suggestion.terms, false));
      }
    }
    this.#box.replaceChildren(...blocks);
    this.#box.hidden = blocks.length === 0;
  }

  /** A link to the explorer's view of `state`, which the explorer opens in place. */
  #searchLink(state: SearchState, text: string): HTMLAnchorElement {
    const search = stateToSearch(state);
    const link = anchor(search || '?', text);
    link.dataset.explorerState = search;
    return link;
  }

  clear(): void {
    this.#box.replaceChildren();
    this.#box.hidden = true;
  }

  /** Terms as links to their pages; `prominent` for the shortcut, which comes before every result. */
  #termList(terms: readonly SearchTerm[], prominent: boolean): HTMLElement {
    const list = document.createElement('ul');
    list.className = prominent ? 'space-y-2' : 'flex flex-wrap gap-2';
    for (const term of terms) {
      const name = document.createElement('strong');
      name.textContent = term.label;
      const link = anchor(term.href, '');
      link.className = prominent
        ? 'block rounded-lg border-2 border-accent-600 p-3 text-slate-900 no-underline hover:bg-accent-50 dark:border-accent-300 dark:text-slate-100 dark:hover:bg-slate-800'
        : 'chip';
      const { term: message, memberTerm, caseStudyTerm, termKinds, caseStudies } = this.#messages;
      // In a span of its own: a chip is a flex box, which would drop the spaces between the parts.
      const text = document.createElement('span');
      text.append(
        ...fillNodes(term.kind === 'hashtag' ? caseStudyTerm : term.byMembers ? memberTerm : message, {
          kind: termKinds[term.kind],
          name,
          count: counted(caseStudies, term.count),
        }),
      );
      link.append(text);
      const item = document.createElement('li');
      item.append(link);
      list.append(item);
    }
    return list;
  }
}

function anchor(href: string, text: string): HTMLAnchorElement {
  const link = document.createElement('a');
  link.className = 'link';
  link.href = href;
  link.textContent = text;
  return link;
}
