/** What every custom element of the site needs from the DOM. */

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
