/**
 * Prose that copies its sources: a run of COPY_RUN words of a passage repeated in the case
 * study's own sentences. Passages are the source's words; the prose must be ours, and a
 * quotation in the prose is marked with quotation marks, which this leaves out.
 */

import { words as wordsOf } from '../text.ts';

/** The shortest run of a passage's words that counts as copying. */
export const COPY_RUN = 12;

/** `text` without what it marks as a quotation (“…”, "…" or «…»). */
export const withoutQuotations = (text: string) => text.replace(/“[^”]*”|"[^"]*"|«[^»]*»/g, ' ');

/** Every run of COPY_RUN words of the passages: built once per case study, then looked up. */
export function passageRuns(passages: readonly string[]): Set<string> {
  const runs = new Set<string>();
  for (const passage of passages) {
    const words = wordsOf(passage);
    for (let i = 0; i + COPY_RUN <= words.length; i++) runs.add(words.slice(i, i + COPY_RUN).join(' '));
  }
  return runs;
}

/** The first stretch of COPY_RUN or more words that `prose` shares with the passages' `runs`, or undefined. */
export function copiedRun(prose: string, runs: ReadonlySet<string>): string | undefined {
  if (!runs.size) return undefined;
  const words = wordsOf(withoutQuotations(prose));
  const runAt = (start: number) => words.slice(start, start + COPY_RUN).join(' ');
  for (let i = 0; i + COPY_RUN <= words.length; i++) {
    if (!runs.has(runAt(i))) continue;
    // Extend the stretch while each next window of COPY_RUN words is copied too, so the message shows all of it.
    let end = i + COPY_RUN;
    while (end < words.length && runs.has(runAt(end - COPY_RUN + 1))) end++;
    return words.slice(i, end).join(' ');
  }
  return undefined;
}
