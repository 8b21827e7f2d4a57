/**
 * Scaffold placeholders. `npm run new` writes `TODO(what to write here)` wherever the
 * contributor still has work to do; the content checker refuses any file that still holds one,
 * so a half-filled case study can never be published.
 */
import type { Problem } from './problem.ts';

/** The token that marks a placeholder; matched case-sensitively, anywhere in a file. */
export const PLACEHOLDER_TOKEN = 'TODO(';

/** A placeholder asking for `what`. `what` must not contain parentheses. */
export function placeholder(what: string): string {
  return `${PLACEHOLDER_TOKEN}${what})`;
}

/**
 * Every placeholder in `source`, named by its field when it sits in YAML (`summary`), or by
 * `body` below the frontmatter of an MDX file, with the line number in the file.
 */
export function placeholderProblems(file: string, source: string, bodyStartLine?: number): Problem[] {
  const problems: Problem[] = [];
  let field = '(top)';
  source.split('\n').forEach((line, index) => {
    const lineNumber = index + 1;
    const key = /^([A-Za-z]\w*):/.exec(line);
    if (key) field = key[1]!;
    const at = line.indexOf(PLACEHOLDER_TOKEN);
    if (at === -1) return;
    const end = line.indexOf(')', at);
    const token = end === -1 ? line.slice(at) : line.slice(at, end + 1);
    const where = bodyStartLine !== undefined && lineNumber >= bodyStartLine ? 'body' : field;
    problems.push({
      file,
      message: `${where} (line ${lineNumber}): the placeholder ${token} is still there. Fix: replace it with the real content it asks for, or delete it.`,
    });
  });
  return problems;
}
