/**
 * `npm run record-check -- <slug> --report <file>`: records an independent check of a case
 * study once its findings are fixed. It files the reviewer's report as docs/checks/<slug>.md,
 * takes the counts from it, hashes the case study and its sources as they now stand, and writes
 * the `checked` record into the frontmatter. It refuses while the content check fails, so no
 * record is ever made of content that does not build.
 */
import { copyFileSync, mkdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { checkContent, formatProblems } from '../src/lib/content/check.node.ts';
import { recordCheck } from '../src/lib/content/check-record.node.ts';
import { reportCounts } from '../src/lib/content/check-record.ts';
import { citedSourceIds } from '../src/lib/model/references.ts';
import type { CampaignData } from '../src/schemas/campaign.ts';
import { parseCli, usageError } from './cli.ts';

const USAGE = `Usage: npm run record-check -- <slug> --report <file> [--date YYYY-MM-DD]

Records the independent check of content/campaigns/<slug>.mdx, after its findings are fixed:
files the report as docs/checks/<slug>.md, copies its "items:" and "defects:" (or "confirmed:")
counts (and "since:", for a re-check of what changed since an earlier full check), and
writes the checked record with today's date (or --date) and the hash of the case study and
its sources. See CONTRIBUTING, "Checking a case study".`;

const { values, positionals } = parseCli(USAGE, { report: { type: 'string' }, date: { type: 'string' } }, { positionals: true });
const [slug, ...extra] = positionals;
if (!slug || extra.length) usageError(USAGE, 'give exactly one case study slug');
if (!values.report) usageError(USAGE, "give the reviewer's report with --report <file>");
const date = values.date ?? new Date().toISOString().slice(0, 10);
if (!/^\d{4}-\d\d-\d\d$/.test(date)) usageError(USAGE, `--date ${date} is not YYYY-MM-DD`);

const root = process.cwd();
const report = readFileSync(resolve(values.report), 'utf8');
const counts = reportCounts(report);
if (typeof counts === 'string') usageError(USAGE, `${values.report}: ${counts}`);

const { problems, entries } = checkContent(root);
if (problems.length) {
  console.error(`${formatProblems(problems)}\n\nFix these before recording the check: a check is recorded only for content that passes.`);
  process.exit(1);
}
const entry = entries.find((e) => e.collection === 'campaigns' && e.id === slug);
if (!entry) usageError(USAGE, `there is no content/campaigns/${slug}.mdx`);

recordCheck(slug, citedSourceIds(entry.data as CampaignData), { date, ...counts }, root);
mkdirSync(join(root, 'docs/checks'), { recursive: true });
if (resolve(values.report) !== join(root, 'docs/checks', `${slug}.md`))
  copyFileSync(resolve(values.report), join(root, 'docs/checks', `${slug}.md`));
console.log(
  `Recorded the check of ${slug}: ${counts.items} items, ${counts.defects} defects, ${date}${counts.since ? `, of what changed since ${counts.since}` : ''}.`,
);
