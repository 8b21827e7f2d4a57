/**
 * Prose that copies its sources: a run of COPY_RUN words of a passage repeated in the case
 * study's own sentences. Passages are the source's words; the prose must be ours, and a
 * quotation in the prose is marked with quotation marks, which this leaves out.
 */

/** The shortest run of a passage's words that counts as copying. */
export const COPY_RUN = 12;

const wordsOf = (text: string) =>
  text
    .toLowerCase()
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);

/** `text` without what it marks as a quotation (“…”, "…" or «…»). */
export const withoutQuotations = (text: string) => text.replace(/“[^”]*”|"[^"]*"|«[^»]*»/g, ' ');

/** The first run of COPY_RUN or more words that `prose` shares with one of `passages`, or undefined. */
export function copiedRun(prose: string, passages: readonly string[]): string | undefined {
  const runs = new Set<string>();
  for (const passage of passages) {
    const words = wordsOf(passage);
    for (let i = 0; i + COPY_RUN <= words.length; i++) runs.add(words.slice(i, i + COPY_RUN).join(' '));
  }
  if (!runs.size) return undefined;
  const words = wordsOf(withoutQuotations(prose));
  for (let i = 0; i + COPY_RUN <= words.length; i++) {
    const run = words.slice(i, i + COPY_RUN).join(' ');
    if (runs.has(run)) {
      // Extend the run as far as it goes, so the message shows all that was copied.
      let end = i + COPY_RUN;
      while (end < words.length && [...runs].some((r) => r.startsWith(words.slice(end - COPY_RUN + 1, end + 1).join(' ')))) end++;
      return words.slice(i, end).join(' ');
    }
  }
  return undefined;
}
