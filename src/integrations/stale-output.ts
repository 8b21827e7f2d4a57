/**
 * Lets a rebuild keep dist/ instead of emptying it, and still leave exactly what a clean build
 * would. Astro normally empties dist/ first; its incremental build (astro.config.mjs) then copies
 * every unchanged page back from its cache, which at thousands of pages costs more than
 * rendering the rest (tens of thousands of files deleted and copied). With `emptyOutDir: false`
 * unchanged pages simply stay where they are, and this integration removes, once the pages are
 * written, every file this build did not produce: the page of a deleted case study, an old
 * stylesheet bundle, the previous search index (Pagefind writes a fresh one after this runs).
 */
import { existsSync, readdirSync, rmdirSync, rmSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';

export interface PruneOptions {
  /** The build's output folder. */
  dir: string;
  /** Files this build wrote or kept, as absolute paths (Astro's pages and endpoints). */
  keep: ReadonlySet<string>;
  /** When the build started (ms): anything written since is this build's own. */
  since: number;
  /** The public/ folder, whose files the build copies as they are. */
  publicDir: string;
  /** Folders of `dir` that another integration keeps exact (social-cards' cards/): left as they are. */
  leave?: readonly string[];
}

/** Every file under `dir`, as absolute paths. */
const filesUnder = (dir: string): string[] =>
  readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name));

/** Deletes what an earlier build left in `dir` and this one did not produce; returns the paths removed. */
export function pruneStaleOutput({ dir, keep, since, publicDir, leave = [] }: PruneOptions): string[] {
  const removed: string[] = [];
  const left = new Set(leave.map((folder) => join(dir, folder)));
  // public/'s files by their path in dist/, listed once rather than looked up for every file.
  const fromPublic = new Set(existsSync(publicDir) ? filesUnder(publicDir).map((file) => join(dir, relative(publicDir, file))) : []);
  const walk = (folder: string): boolean => {
    let empty = true;
    for (const name of readdirSync(folder)) {
      const path = join(folder, name);
      const stat = statSync(path);
      if (stat.isDirectory()) {
        if (left.has(path)) empty = false;
        else if (walk(path)) rmdirSync(path);
        else empty = false;
        continue;
      }
      if (keep.has(path) || fromPublic.has(path) || stat.mtimeMs >= since) {
        empty = false;
        continue;
      }
      rmSync(path);
      removed.push(relative(dir, path).split(sep).join('/'));
    }
    return empty;
  };
  if (existsSync(dir)) walk(dir);
  return removed;
}

/** `leave`: folders of dist/ that another integration keeps exact, as for `pruneStaleOutput`. */
export default function staleOutput({ leave = [] }: { leave?: readonly string[] } = {}): AstroIntegration {
  let since = 0;
  let publicDir = '';
  return {
    name: 'causeway:stale-output',
    hooks: {
      'astro:config:done': ({ config }) => {
        publicDir = fileURLToPath(config.publicDir);
      },
      'astro:build:start': () => {
        // A second early, for file systems that keep modification times to the second.
        since = Date.now() - 1_000;
      },
      'astro:build:done': ({ dir, assets, logger }) => {
        const keep = new Set([...assets.values()].flat().map((url) => fileURLToPath(url)));
        const removed = pruneStaleOutput({ dir: fileURLToPath(dir), keep, since, publicDir, leave });
        if (removed.length) logger.info(`Removed ${removed.length} file(s) an earlier build left that this one did not produce.`);
      },
    },
  };
}
