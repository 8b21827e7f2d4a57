/** The form of every entry id and file name, apart from the schemas so browser code can check one without Zod. */

/** Lower-case words joined by hyphens: the form of every entry id and file name. */
export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** Whether `text` could be an entry's id. */
export const isSlug = (text: string) => SLUG_PATTERN.test(text);
