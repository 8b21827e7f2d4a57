/**
 * The compare page's "Add a case study" box (CompareAddBox.astro), which the picker (picker.ts)
 * creates: an ARIA combobox with a listbox popup and list autocomplete, no option chosen until
 * the reader says so. A plain class rather than an element, because it is a part of the picker's
 * form and hands each choice to the picker, which owns the table and the URL.
 *
 * Arrow keys move through the options, Enter chooses, Escape closes the list (and then clears
 * the box); the number of matches is announced. It searches every case study without loading
 * the catalogue: /data/compare-index.json is fetched once, on first use, and ranked by
 * lib/compare/candidates.ts. Options are clones of the component's template.
 */
import { findCampaigns, readCompareIndex, type Candidate, type CompareIndex } from '~/lib/compare/candidates.ts';
import { words } from '~/lib/text.ts';
import { paths } from '~/lib/site/paths.ts';
import { counted, fill, part } from '../dom.ts';

/** Options listed at most; the status says how many more match. */
const LISTED = 8;

/** What the picker made of a choice; each has a message of the same name. */
export type Outcome = 'added' | 'already' | 'failed';

type Messages = Record<'loading' | 'unavailable' | 'none' | 'one' | 'many' | 'more' | 'inTable' | Outcome, string>;

/** The picker, as the box sees it. */
export interface AddBoxHost {
  /** Adds a case study to the comparison. */
  add(candidate: Candidate): Promise<Outcome>;
  /** Whether a case study is in the table now. */
  shown(id: string): boolean;
}

export class CompareAddBox {
  readonly #host: AddBoxHost;
  readonly #input: HTMLInputElement;
  readonly #list: HTMLElement;
  readonly #status: HTMLElement;
  readonly #option: HTMLTemplateElement;
  readonly #messages: Messages;
  #index: Promise<Candidate[]> | undefined;
  /** Whether the index has arrived. */
  #ready = false;
  #options: Candidate[] = [];
  #active = -1;

  constructor(root: HTMLElement, host: AddBoxHost) {
    this.#host = host;
    this.#input = part<HTMLInputElement>(root, '[role="combobox"]');
    this.#list = part(root, '[role="listbox"]');
    this.#status = part(root, '[data-find-status]');
    this.#option = part<HTMLTemplateElement>(root, 'template[data-option]');
    this.#messages = JSON.parse(root.dataset['messages'] ?? '{}') as Messages;

    const input = this.#input;
    // Fetch the index as soon as the reader shows interest, so it is there by the first letter.
    input.addEventListener('focus', () => void this.#load().catch(() => undefined), { once: true });
    input.addEventListener('input', () => void this.#search());
    input.addEventListener('keydown', (event) => this.#key(event));
    input.addEventListener('blur', () => this.#close());
    // Keep the focus in the box when an option is clicked, so the list stays until the click.
    this.#list.addEventListener('mousedown', (event) => event.preventDefault());
    this.#list.addEventListener('click', (event) => {
      const option = (event.target as Element).closest<HTMLElement>('[role="option"]');
      if (option) void this.#choose(Number(option.dataset['index']));
    });
  }

  #key(event: KeyboardEvent): void {
    const open = !this.#list.hidden;
    switch (event.key) {
      case 'ArrowDown':
      case 'ArrowUp':
        event.preventDefault();
        if (open) this.#move(event.key === 'ArrowDown' ? 1 : -1);
        else void this.#search().then(() => this.#move(event.key === 'ArrowDown' ? 1 : -1));
        break;
      case 'Enter':
        // The box sits in the picker's form; Enter chooses here and never submits it.
        event.preventDefault();
        if (open && this.#active >= 0) void this.#choose(this.#active);
        break;
      case 'Escape':
        if (open) this.#close();
        else {
          this.#input.value = '';
          this.#say('');
        }
        event.preventDefault();
        break;
    }
  }

  /** The index, fetched once; a failed fetch is tried again on the next search. */
  #load(): Promise<Candidate[]> {
    this.#index ??= fetch(paths.compareIndex)
      .then((response) => {
        if (!response.ok) throw new Error(`${paths.compareIndex}: HTTP ${response.status}`);
        return response.json() as Promise<CompareIndex>;
      })
      .then(readCompareIndex)
      .then((candidates) => {
        this.#ready = true;
        return candidates;
      })
      .catch((error: unknown) => {
        this.#index = undefined;
        throw error;
      });
    return this.#index;
  }

  async #search(): Promise<void> {
    const query = this.#input.value;
    if (!words(query).length) {
      this.#render([]);
      this.#say('');
      return;
    }
    if (!this.#ready) this.#say(this.#messages.loading);
    let candidates: Candidate[];
    try {
      candidates = await this.#load();
    } catch (error) {
      console.warn(error);
      this.#say(this.#messages.unavailable);
      return;
    }
    // A later keystroke has started a newer search.
    if (this.#input.value !== query) return;
    const { total, matches } = findCampaigns(candidates, query, LISTED);
    this.#render(matches);
    const m = this.#messages;
    this.#say(total > LISTED ? fill(m.more, { n: total, listed: LISTED }) : counted(m, total));
  }

  #render(matches: Candidate[]): void {
    this.#options = matches;
    this.#active = -1;
    this.#input.removeAttribute('aria-activedescendant');
    this.#list.replaceChildren(
      ...matches.map((candidate, index) => {
        const option = this.#option.content.firstElementChild!.cloneNode(true) as HTMLLIElement;
        option.id = `${this.#list.id}-${index}`;
        option.dataset['index'] = String(index);
        const inTable = this.#host.shown(candidate.id) ? ` · ${this.#messages.inTable}` : '';
        option.textContent = `${candidate.title} (${candidate.year})${inTable}`;
        return option;
      }),
    );
    this.#list.hidden = matches.length === 0;
    this.#input.setAttribute('aria-expanded', String(matches.length > 0));
  }

  /** Makes the option `step` away the active one, wrapping round; from none, down is the first and up the last. */
  #move(step: number): void {
    const count = this.#options.length;
    if (!count) return;
    const from = this.#active < 0 ? (step > 0 ? -1 : count) : this.#active;
    this.#active = (from + step + count) % count;
    for (const option of this.#list.children)
      option.setAttribute('aria-selected', String(option.id === `${this.#list.id}-${this.#active}`));
    const active = this.#list.children[this.#active]!;
    this.#input.setAttribute('aria-activedescendant', active.id);
    active.scrollIntoView({ block: 'nearest' });
  }

  #close(): void {
    this.#list.hidden = true;
    this.#input.setAttribute('aria-expanded', 'false');
    this.#input.removeAttribute('aria-activedescendant');
    this.#active = -1;
  }

  async #choose(index: number): Promise<void> {
    const candidate = this.#options[index];
    if (!candidate) return;
    this.#close();
    this.#input.value = candidate.title;
    const outcome = await this.#host.add(candidate);
    if (outcome !== 'failed') this.#input.value = '';
    this.#say(fill(this.#messages[outcome], { title: candidate.title }));
  }

  #say(message: string): void {
    this.#status.textContent = message;
  }
}
