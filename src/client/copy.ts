/**
 * `<causeway-copy>`: a button that copies some text (the element `data-copy-from` names, or the
 * `data-text` itself) and says in its status line, which screen readers announce, whether it
 * worked. With `data-share`, where the browser can share (`navigator.share`, mostly phones), it
 * offers the system's share sheet for `data-text` instead, under the label `messages.share`.
 * The element ships `hidden` and this script reveals it, so without JavaScript no dead button
 * shows; strings come from the server in `data-messages`, once per page, on the first of them.
 */
// No imports: a module of its own stays small enough for Astro to inline in the page, so a case
// study still fetches no script (see scripts/check-budgets.ts).

interface Messages {
  /** Said once a citation is on the clipboard. */
  copied: string;
  /** Said once the page's address is. */
  linkCopied: string;
  /** Said when copying failed, with what to do instead. */
  failed: string;
  /** The share button's label where the browser can share. */
  share: string;
}

export class CopyButton extends HTMLElement {
  connectedCallback(): void {
    const button = this.querySelector('button')!;
    const label = button.querySelector('[data-label]') ?? button;
    const status = this.querySelector('[role="status"]')!;
    const messages = JSON.parse(document.querySelector<HTMLElement>('causeway-copy[data-messages]')!.dataset['messages']!) as Messages;
    const text = this.dataset['text'];
    const share = this.hasAttribute('data-share') && typeof navigator.share === 'function';
    if (share) label.textContent = messages.share;
    button.addEventListener('click', () => {
      status.textContent = '';
      const done = share
        ? navigator.share({ title: document.title, url: text! })
        : navigator.clipboard.writeText(text ?? document.getElementById(this.dataset['copyFrom']!)?.textContent?.trim() ?? '');
      done.then(
        () => (status.textContent = share ? '' : text ? messages.linkCopied : messages.copied),
        // A reader who closes the share sheet has not met an error.
        (error: unknown) => (status.textContent = (error as Error).name === 'AbortError' ? '' : messages.failed),
      );
    });
    this.hidden = false;
  }
}
