/**
 * The content checker. It reads content/ straight from disk, validates every file against the
 * same schemas Astro uses, then checks what a schema alone cannot see (references between
 * files, duplicates, citations, dates in the future, the safety of each MDX body, placeholders
 * left by `npm run new`, a case study on one site that does not say so). It reports every problem at once, each naming the file, the field,
 * the bad value and the fix, so a contributor can mend a pull request in one pass.
 * `npm run check` runs it, and so does every build before a page is written
 * (src/integrations/content-check.ts).
 */
import { loadContent, type LoadedEntry } from './load.node.ts';
import {
  bodyProblems,
  duplicateHashtagProblems,
  duplicateIdProblems,
  futureDateProblems,
  organisationProblems,
  plannerProblems,
  referenceProblems,
  singleSiteProblems,
  translationProblems,
  uncitedSourceProblems,
} from './rules.node.ts';
import { placeholderProblems } from './placeholders.ts';
import type { Problem } from './problem.ts';

export type { Problem } from './problem.ts';
export type { LoadedEntry } from './load.node.ts';
export { formatPath, splitFrontmatter, zodProblems } from './load.node.ts';

export interface CheckOptions {
  /** The day dates are checked against; defaults to now. Tests fix it. */
  today?: Date;
}

/** Runs every check over the content folder of `root` and returns all problems found. */
export function checkContent(root: string, options: CheckOptions = {}): { problems: Problem[]; entries: LoadedEntry[] } {
  const problems: Problem[] = [];
  const entries = loadContent(root, problems);
  problems.push(
    ...entries.flatMap((e) => placeholderProblems(e.file, e.source, e.body?.startLine)),
    ...duplicateIdProblems(entries),
    ...referenceProblems(entries),
    ...organisationProblems(entries),
    ...duplicateHashtagProblems(entries),
    ...uncitedSourceProblems(entries),
    ...futureDateProblems(entries, options.today ?? new Date()),
    ...plannerProblems(entries),
    ...singleSiteProblems(entries),
    ...translationProblems(entries),
    ...bodyProblems(entries),
  );
  // Grouped by file in a stable order; within a file, in the order the checks found them.
  const order = new Map(entries.map((e, i) => [e.file, i]));
  problems.sort((a, b) => (order.get(a.file) ?? -1) - (order.get(b.file) ?? -1) || (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
  return { problems, entries: entries.filter((e) => e.data !== undefined) };
}

/** The report printed when content is invalid: every problem, grouped by file. */
export function formatProblems(problems: readonly Problem[]): string {
  const byFile = new Map<string, string[]>();
  for (const p of problems) byFile.set(p.file, [...(byFile.get(p.file) ?? []), p.message]);
  const lines = [
    `Content check failed: ${problems.length} problem${problems.length === 1 ? '' : 's'} in ${byFile.size} file${byFile.size === 1 ? '' : 's'}.`,
  ];
  for (const [file, messages] of byFile) {
    lines.push('', file);
    for (const m of messages) lines.push(`  - ${m}`);
  }
  return lines.join('\n');
}
