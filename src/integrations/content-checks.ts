/**
 * Runs the content checker before Astro loads a single entry, so invalid content stops the
 * build before any page is written ("nothing is published half-valid"). In dev it warns
 * instead, so a contributor can keep the preview open while fixing their file.
 */
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { checkContent, formatProblems } from '../lib/content-check.ts';

export default function contentChecks(): AstroIntegration {
  return {
    name: 'causeway:content-checks',
    hooks: {
      'astro:config:setup': ({ command, config, logger }) => {
        const { problems } = checkContent(fileURLToPath(config.root));
        if (problems.length === 0) return;
        const report = formatProblems(problems);
        if (command === 'build') throw new Error(report);
        logger.warn(report);
      },
    },
  };
}
