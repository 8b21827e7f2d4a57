/**
 * Drops one build warning that needs nobody: Rolldown's "module level directive" warning for the
 * `"use astro:head-inject"` directive Astro 7 writes into every content entry's module and never
 * reads. It comes once per MDX file and buries real warnings; every other log goes on to Vite.
 */

/** Rolldown's words for the directive Astro writes and never reads. */
const HEAD_INJECT = 'module level directive "use astro:head-inject"';

interface Log {
  code?: string | undefined;
  message: string;
}

/** True for Rolldown's warning about Astro's unused head-inject directive, and for nothing else. */
export function isHeadInjectDirectiveWarning(level: string, log: Log): boolean {
  return level === 'warn' && log.code === 'MODULE_LEVEL_DIRECTIVE' && log.message.includes(HEAD_INJECT);
}

/** A Rolldown `onLog` handler (vite.build.rolldownOptions.onLog) that drops only that warning. */
export function onBuildLog<Level extends string, L extends Log>(level: Level, log: L, handler: (level: Level, log: L) => void): void {
  if (!isHeadInjectDirectiveWarning(level, log)) handler(level, log);
}
