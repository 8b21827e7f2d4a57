/**
 * `npm run bench:lighthouse`: Lighthouse (mobile) on the built site, the scores printed and
 * written as JSON. Without paths it scores the home page, /campaigns/, /compare/, the largest
 * taxonomy term and the largest case study.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { parseCli } from '../cli.ts';
import { defaultPaths, formatLighthouse, runLighthouse } from './lighthouse-audit.ts';

const USAGE = `
Usage: npm run bench:lighthouse [-- [options] [path ...]]   (after npm run build)

Runs Lighthouse (mobile) on the built site, served with gzip, and prints the performance,
accessibility, best-practices and SEO scores of each page, with every audit that cost a point.
Without paths it scores /, /campaigns/, /compare/, the taxonomy term with the most case
studies and the largest case-study page.

Options:
  --dist <dir>     the built site (default: dist)
  --json <file>    where to write the figures (default: test-results/lighthouse.json)
  -h, --help       print this help
`;

async function main() {
  const { values, positionals } = parseCli(USAGE, { dist: { type: 'string' }, json: { type: 'string' } }, { positionals: true });
  const dist = resolve(values.dist ?? 'dist');
  const paths = positionals.length ? positionals : defaultPaths(dist);
  const results = await runLighthouse(dist, paths);
  console.log(formatLighthouse(results));
  const json = resolve(values.json ?? join('test-results', 'lighthouse.json'));
  mkdirSync(dirname(json), { recursive: true });
  writeFileSync(json, `${JSON.stringify(results, null, 2)}\n`);
  console.log(`\nFigures written to ${json}`);
}

await main();
