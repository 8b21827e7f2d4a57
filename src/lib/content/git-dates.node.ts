/**
 * When content files were added and last changed, from git, so that a page's "version of" date
 * is the same in every build of a commit (builds stay reproducible) and moves only when the
 * text does. One `git log` pass reads the dates of every file at once: one process per build,
 * however many case studies there are.
 */
import { execFileSync } from 'node:child_process';

/** Commit dates (UTC days) of one file. */
export interface FileDates {
  /** The commit that added the file at this path (a rename counts as adding the new path). */
  first: Date;
  /** The last commit that changed it. */
  last: Date;
}

const HEADER = '\u0001';

/**
 * Reads `git log -z --name-only` output, newest commit first, into path → dates. Each commit is
 * a header (`\u0001YYYY-MM-DD`) and then the paths it touched, all NUL-terminated.
 */
export function parseGitLog(output: string): Map<string, FileDates> {
  const dates = new Map<string, FileDates>();
  let day: Date | undefined;
  for (const token of output.split('\0')) {
    // git puts a newline between a commit's header and its first path.
    const text = token.replace(/^\n/, '');
    if (text.startsWith(HEADER)) {
      const header = text.slice(HEADER.length);
      day = /^\d{4}-\d\d-\d\d$/.test(header) ? new Date(`${header}T00:00:00Z`) : undefined;
      continue;
    }
    if (!text || !day) continue;
    const known = dates.get(text);
    // Newest first: the first sighting is the last change, every later one an older commit.
    if (known) known.first = day;
    else dates.set(text, { first: day, last: day });
  }
  return dates;
}

/**
 * Every committed file's dates, keyed by its path relative to `cwd`; empty outside a git
 * checkout. Renames are not followed: a file's history starts where it took its current path.
 */
export function readFileDates(cwd: string): Map<string, FileDates> {
  try {
    const output = execFileSync(
      'git',
      ['log', '--no-renames', '--relative', '--name-only', '--diff-merges=dense-combined', '-z', `--format=${HEADER}%cs`],
      // A merge lists the files it changed beyond both parents (a conflict resolved by hand), as
      // `git log -- file` counts them; without it such a file keeps the date of the older edit.
      // The whole history's file names: allow far more than the default 1 MB.
      { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'], maxBuffer: 1024 ** 3 },
    );
    return parseGitLog(output);
  } catch {
    return new Map();
  }
}

// One pass per working directory, kept for the rest of the build.
const passes = new Map<string, Map<string, FileDates>>();

/** The dates of `file` (relative to `cwd`); undefined outside a git checkout or for an uncommitted file. */
export function fileDates(file: string, cwd = process.cwd()): FileDates | undefined {
  let dates = passes.get(cwd);
  if (!dates) passes.set(cwd, (dates = readFileDates(cwd)));
  return dates.get(file.replaceAll('\\', '/').replace(/^\.\//, ''));
}

/** The commit date (UTC day) of the last change to `file`; undefined outside a git checkout or for an uncommitted file. */
export function lastChanged(file: string, cwd?: string): Date | undefined {
  return fileDates(file, cwd)?.last;
}

/** The commit date (UTC day) of the commit that added `file`; undefined outside a git checkout or for an uncommitted file. */
export function firstCommitted(file: string, cwd?: string): Date | undefined {
  return fileDates(file, cwd)?.first;
}
