/**
 * Runs the content checker before Astro loads a single entry, so invalid content stops the
 * build before any page is written ("nothing is published half-valid"). In dev it warns
 * instead, so a contributor can keep the preview open while fixing their file.
 *
 * A build whose content and checking code are byte for byte those of the last clean check skips
 * it: the check reads and parses every file, a tenth of a rebuild at thousands of case studies.
 * Only a clean result is remembered, and time passing can only clear a problem (a date in the
 * future), never make one, so a skipped check never lets a problem through.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { checkContent, formatProblems } from '../lib/content/check.node.ts';

/** What the check's verdict depends on: the content, and the code that checks it. */
const INPUTS = ['content', 'src/lib', 'src/schemas'];

/** The hash of every file under `inputs` (INPUTS unless given) in `root`, with its path, in a fixed order. */
export function checkInputsHash(root: string, inputs: readonly string[] = INPUTS): string {
  const hash = createHash('sha256');
  const walk = (path: string): void => {
    if (statSync(path).isDirectory()) {
      for (const name of readdirSync(path).sort()) walk(join(path, name));
      return;
    }
    hash
      .update(`${relative(root, path)}\0`)
      .update(readFileSync(path))
      .update('\0');
  };
  for (const input of inputs) if (existsSync(join(root, input))) walk(join(root, input));
  return hash.digest('hex');
}

/**
 * Astro keeps every entry's parsed data between builds and drops it only when content.config.ts
 * itself changes, not the schemas it imports: a new field's default would then be missing from
 * every unchanged entry. So the store goes whenever the schemas change.
 */
export function dropStaleDataStore(root: string, cacheDir: string): boolean {
  const schemas = checkInputsHash(root, ['src/schemas', 'src/content.config.ts']);
  const stamp = join(root, '.cache', 'content-schemas.json');
  const last = existsSync(stamp) ? (JSON.parse(readFileSync(stamp, 'utf8')) as { schemas?: string }).schemas : undefined;
  if (last === schemas) return false;
  rmSync(join(cacheDir, 'data-store.json'), { force: true });
  mkdirSync(dirname(stamp), { recursive: true });
  writeFileSync(stamp, `${JSON.stringify({ schemas })}\n`);
  return last !== undefined;
}

/** Where the hash of the last clean check is kept (git-ignored). */
export const stampFile = (root: string) => join(root, '.cache', 'content-check.json');

export default function contentCheck(): AstroIntegration {
  return {
    name: 'causeway:content-check',
    hooks: {
      'astro:config:setup': ({ command, config, logger }) => {
        // `astro sync` (run by lint and by `astro check`) only writes types, and `npm run check`
        // runs the checker itself first: checking here too would print every problem twice.
        const root = fileURLToPath(config.root);
        if (dropStaleDataStore(root, fileURLToPath(config.cacheDir))) logger.info('The schemas changed: every entry is read again.');
        if (command === 'sync') return;
        const inputs = checkInputsHash(root);
        const stamp = stampFile(root);
        const last = existsSync(stamp) ? (JSON.parse(readFileSync(stamp, 'utf8')) as { clean?: string }).clean : undefined;
        if (command === 'build' && last === inputs) {
          logger.info('Content and checks unchanged since the last clean check: not checked again.');
          return;
        }
        const { problems } = checkContent(root);
        if (problems.length === 0) {
          mkdirSync(dirname(stamp), { recursive: true });
          writeFileSync(stamp, `${JSON.stringify({ clean: inputs })}\n`);
          return;
        }
        const report = formatProblems(problems);
        if (command === 'build') throw new Error(report);
        logger.warn(report);
      },
    },
  };
}
