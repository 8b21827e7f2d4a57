/**
 * `npm run bench:search [-- query ...]`: the cost of a first search in Chromium, on the built
 * site (npm run build first; DIST=/path/to/dist for another build).
 */
import { parseCli } from '../cli.ts';
import { benchSearch, DEFAULT_QUERIES, formatSearchBench } from './first-search.ts';

const { positionals } = parseCli(
  `Usage: npm run bench:search [-- query ...]   (after npm run build)

Bytes transferred and time to first results for a first search in Chromium, on the built
site. Default queries: unicef, bullying, "children rights". DIST=/path/to/dist measures
another build.`,
  {},
  { positionals: true },
);
const RUNS = 5;
const queries = positionals.length ? positionals : DEFAULT_QUERIES;
console.log(formatSearchBench(await benchSearch(process.env.DIST ?? 'dist', queries, RUNS), RUNS));
