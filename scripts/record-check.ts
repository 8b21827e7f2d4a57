/**
 * `npm run record-check -- <slug> --report <file>`: records an independent check of a case
 * study once its findings are fixed. It files the reviewer's report as docs/checks/<slug>.md,
 * takes the counts from it, hashes the case study and its sources as they now stand, and writes
 * the `checked` record into the frontmatter. It refuses while the content check fails, so no
 * record is ever made of content that does not build.
 *
 * With --recheck, the report is a re-check of what changed since an earlier check: it is filed
 * above the earlier filed report, a `---` line between them (src/lib/content/check-record.ts,
 * `stackReports`), and the record takes the re-check's counts only.
 */
import { copyFileSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { checkContent, formatProblems } from '../src/lib/content/check.node.ts';
import { recordCheck } from '../src/lib/content/check-record.node.ts';
import { hasSeparator, reportCounts, stackReports, withSince } from '../src/lib/content/check-record.ts';
import { citedSourceIds } from '../src/lib/model/references.ts';
import type { CampaignData } from '../src/schemas/campaign.ts';
import { parseCli, usageError } from './cli.ts';

const USAGE = `Usage: npm run record-check -- <slug> --report <file> [--recheck] [--date YYYY-MM-DD]

Records the independent check of content/campaigns/<slug>.mdx, after its findings are fixed:
files the report as docs/checks/<slug>.md, copies its "items:" and "defects:" (or "confirmed:")
counts (and "since:", for a re-check of what changed since an earlier full check), and
writes the checked record with today's date (or --date) and the hash of the case study and
its sources. See CONTRIBUTING, "A second person checks every case study".

  --report    the reviewer's report, its counts at the top
  --recheck   the report is a re-check of what changed: it is filed above the earlier report in
              docs/checks/<slug>.md, a line "---" between them, and only its own counts are
              recorded. Without "since:", the day of the case study's current checked record
              is taken, and written into the filed report
  --date      the day the check ended (default: today)`;

const { values, positionals } = parseCli(
  USAGE,
  { report: { type: 'string' }, recheck: { type: 'boolean' }, date: { type: 'string' } },
  { positionals: true },
);
const [slug, ...extra] = positionals;
if (!slug || extra.length) usageError(USAGE, 'give exactly one case study slug');
if (!values.report) usageError(USAGE, "give the reviewer's report with --report <file>");
const date = values.date ?? new Date().toISOString().slice(0, 10);
if (!/^\d{4}-\d\d-\d\d$/.test(date)) usageError(USAGE, `--date ${date} is not YYYY-MM-DD`);

const root = process.cwd();
const filed = join(root, 'docs/checks', `${slug}.md`);
let report = readFileSync(resolve(values.report), 'utf8');
const counts = reportCounts(report);
if (typeof counts === 'string') usageError(USAGE, `${values.report}: ${counts}`);
if (values.recheck) {
  if (resolve(values.report) === filed)
    usageError(USAGE, `--recheck: ${values.report} is the earlier filed report; give the re-check's own report with --report`);
  if (!existsSync(filed))
    usageError(
      USAGE,
      `--recheck: there is no earlier report docs/checks/${slug}.md to keep below the re-check. Fix: record a full check, without --recheck`,
    );
  if (hasSeparator(report))
    usageError(
      USAGE,
      `--recheck: ${values.report} has a line "---", which would end the re-check there once filed. Fix: give the re-check alone (the earlier report is added below it), and write a rule inside it as ***`,
    );
}

const { problems, entries } = checkContent(root);
if (problems.length) {
  console.error(`${formatProblems(problems)}\n\nFix these before recording the check: a check is recorded only for content that passes.`);
  process.exit(1);
}
const entry = entries.find((e) => e.collection === 'campaigns' && e.id === slug);
if (!entry) usageError(USAGE, `there is no content/campaigns/${slug}.mdx`);

const data = entry.data as CampaignData;

let sinceNote = '';
if (values.recheck && !counts.since) {
  // A re-check without "since:" builds on the check the case study records now.
  const current = data.checked?.date.iso;
  if (!current)
    usageError(
      USAGE,
      `--recheck: ${values.report} has no "since: YYYY-MM-DD" line, and content/campaigns/${slug}.mdx has no checked record to take it from. Fix: add since: with the day of the earlier check`,
    );
  counts.since = current;
  report = withSince(report, current);
  sinceNote = ` (the report gave no "since:", so the day of the checked record it builds on was taken, and written into docs/checks/${slug}.md)`;
}
if (counts.since && counts.since > date)
  usageError(USAGE, `since: ${counts.since} is after the day of this check, ${date}. Fix: correct since: or --date`);

recordCheck(slug, citedSourceIds(data), { date, ...counts }, root);
mkdirSync(join(root, 'docs/checks'), { recursive: true });
if (values.recheck) writeFileSync(filed, stackReports(report, readFileSync(filed, 'utf8')));
else if (resolve(values.report) !== filed) copyFileSync(resolve(values.report), filed);
console.log(
  `Recorded the ${values.recheck ? 're-check' : 'check'} of ${slug}: ${counts.items} items, ${counts.defects} defects, ${date}${counts.since ? `, of what changed since ${counts.since}${sinceNote}` : ''}.${values.recheck ? ` Filed above the earlier report in docs/checks/${slug}.md.` : ''}`,
);
