/**
 * A passage: the words of a source that a claim rests on, verbatim and short, so a reader can
 * see in place what supports a sentence. Shared by the schemas (lessons) and the content
 * checker (the passage of each `<Cite>` in the prose).
 */

/** The longest passage, in words: enough to make the point, short enough to be a quotation. */
export const PASSAGE_MAX_WORDS = 50;

/** The words of a passage; an ellipsis marking a cut is not a word. */
export const passageWords = (text: string): string[] =>
  text
    .split(/\s+/)
    .map((w) => w.replace(/^[…\u2026.]{1,3}$/, ''))
    .filter(Boolean);

/** What is wrong with a passage, as the end of a sentence that names the field, or undefined. */
export function passageProblem(text: string): string | undefined {
  if (!text.trim()) return 'is empty. Fix: copy the words of the source that support the claim';
  const count = passageWords(text).length;
  if (count > PASSAGE_MAX_WORDS)
    return `has ${count} words, more than ${PASSAGE_MAX_WORDS}. Fix: keep only the words that make the point, and mark each cut with an ellipsis (…)`;
  return undefined;
}

/**
 * The fix for a citation without a passage, as the end of a sentence. `field` writes a field
 * as it is written where the passage is missing: `passage="…"` in MDX, `passage: "…"` in YAML.
 */
export const missingPassageFix = (field: (name: string, words: string) => string): string =>
  `add ${field('passage', "…the source's own words…")}, copied verbatim from the page, at most ${PASSAGE_MAX_WORDS} words, with … for cuts; for a source not in English, add ${field('translation', '…their English…')} as well`;
