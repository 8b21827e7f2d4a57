/**
 * `npm run check` (after astro check): validates every content file and prints every problem,
 * grouped by file, with the fix. Exits 1 if there is any.
 */
import { checkContent, formatProblems } from '../src/lib/content/check.node.ts';
import { parseCli } from './cli.ts';

parseCli(
  `Usage: npm run check:content

Validates every file in content/ against the schemas and the content rules, and prints every
problem at once, grouped by file, each with its fix. Exits 1 if there is any.`,
  {},
);

const { problems, entries } = checkContent(process.cwd());
if (problems.length) {
  console.error(formatProblems(problems));
  process.exit(1);
}
console.log(`Content check passed: ${entries.length} entries.`);
