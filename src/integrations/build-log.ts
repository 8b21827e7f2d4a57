/**
 * Keeps the build log for warnings that need a person. Astro 7 (up to 7.3.5 at least) writes the
 * module it puts behind every rendered content entry (`<file>.mdx?astroPropagatedAssets`, in
 * astro/dist/content/vite-plugin-content-assets.js) with a `"use astro:head-inject"` directive
 * first. Nothing reads that directive any more: head propagation now goes by the module id's
 * `astroPropagatedAssets` flag (astro/dist/vite-plugin-head). Rolldown warns that it cannot keep
 * a module-level directive when it bundles, once per MDX file, so a catalogue of 1,000 case
 * studies printed 1,000 warnings that buried the real ones. Reported upstream as
 * withastro/astro#18087 ("fix verified", open). Exactly that warning is dropped; every other
 * log, other directives' warnings included, goes on to Vite as before.
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
