/**
 * The date a content file last changed, from git, so that a page's "version of" date is the
 * same in every build of a commit (builds stay reproducible) and moves only when the text does.
 */
import { execFileSync } from 'node:child_process';

/** The commit date (UTC day) of the last change to `file`; undefined outside a git checkout or for an uncommitted file. */
export function lastChanged(file: string): Date | undefined {
  try {
    const day = execFileSync('git', ['log', '-1', '--format=%cs', '--', file], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    }).trim();
    return /^\d{4}-\d\d-\d\d$/.test(day) ? new Date(`${day}T00:00:00Z`) : undefined;
  } catch {
    return undefined;
  }
}
