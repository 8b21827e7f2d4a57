/**
 * What the site's custom elements share: finding their parts, filling in the messages the page
 * gives them (counts among them), and the events they send each other.
 */

/**
 * The one element inside `root` that `selector` names. Custom elements find their parts inside
 * themselves, never in the whole document; a part that is missing is a mistake in the
 * component's markup, so it fails at once with the selector instead of later with `null`.
 */
export function part<T extends Element = HTMLElement>(root: ParentNode, selector: string): T {
  const element = root.querySelector<T>(selector);
  if (!element) throw new Error(`Missing ${selector} in the component's markup`);
  return element;
}

/**
 * A message the server wrote with `{name}` placeholders (in a data attribute, so scripts ship no
 * interface strings), with the values filled in.
 */
export const fill = (template: string, values: Record<string, string | number>) =>
  template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole));

/**
 * `fill` for a message some of whose values are elements (a link in "Did you mean {q}?"): the
 * message as nodes, text between the elements.
 */
export function fillNodes(template: string, values: Record<string, string | number | Node>): Node[] {
  return template
    .split(/(\{\w+\})/)
    .filter(Boolean)
    .map((piece) => {
      const name = /^\{(\w+)\}$/.exec(piece)?.[1];
      const value = name !== undefined && name in values ? values[name]! : piece;
      return value instanceof Node ? value : document.createTextNode(String(value));
    });
}

/** The messages for a count, as the server wrote them: none, one, and many (with `{n}`). */
export interface CountMessages {
  none: string;
  one: string;
  many: string;
}

/** The message for a count of `n`, with `{n}` and any other `values` filled in. */
export const counted = (messages: CountMessages, n: number, values: Record<string, string | number> = {}) =>
  fill(n === 0 ? messages.none : n === 1 ? messages.one : messages.many, { ...values, n });

/** Sent (bubbling) from a table body when rows were added to it, so a sorted table can put them in place. */
export const ROWS_ADDED = 'causeway:rows-added';
