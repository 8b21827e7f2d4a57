/**
 * The `checked` record of a case study, as text: where it sits in the frontmatter, how to take it
 * out before hashing (a record cannot hash itself), how to write it back, and what a reader is
 * told about it. Hashing and file reading are in check-record.node.ts.
 */
import type { CheckRecord } from '../../schemas/campaign.ts';

/** What a reader is told: checked and unchanged since, changed since the check, or never checked. */
export type CheckStatus =
  | { state: 'current' | 'changed'; date: CheckRecord['date']; items: number; defects: number; since?: CheckRecord['date'] }
  | { state: 'unchecked' };

/** The record as the file holds it, before the schema has read its date. */
export interface CheckRecordFields {
  date: string;
  items: number;
  defects: number;
  /** The day of the full check a re-check of the changes builds on (YYYY-MM-DD). */
  since?: string;
  hash: string;
}

const FRONTMATTER = /^---\r?\n([\s\S]*?\r?\n)---(\r?\n|$)/;

/** The frontmatter's `checked:` key and its indented lines (or an inline `checked: {…}`). */
const RECORD = /^checked:.*\r?\n(?:[ \t]+.*\r?\n|[ \t]*\r?\n(?=[ \t]))*/m;

/** The file as it was checked: line ends made \n, and the `checked` record taken out of its frontmatter. */
export function withoutCheckRecord(text: string): string {
  const normalised = text.replace(/\r\n/g, '\n');
  const match = FRONTMATTER.exec(normalised);
  if (!match) return normalised;
  const frontmatter = match[1]!.replace(RECORD, '');
  return `---\n${frontmatter}---${match[2]}${normalised.slice(match[0].length)}`;
}

/** The file with `record` as its `checked` record, in place of any earlier one, at the end of the frontmatter. */
export function withCheckRecord(text: string, record: CheckRecordFields): string {
  const stripped = withoutCheckRecord(text);
  const match = FRONTMATTER.exec(stripped);
  if (!match) throw new Error('the file has no frontmatter (--- … ---) to hold its checked record');
  const since = record.since ? `  since: ${record.since}\n` : '';
  const block = `checked:\n  date: ${record.date}\n  items: ${record.items}\n  defects: ${record.defects}\n${since}  hash: ${record.hash}\n`;
  return `---\n${match[1]}${block}---${match[2]}${stripped.slice(match[0].length)}`;
}

/** The status readers see, given the record (if any) and the hash of the content as it is now. */
export function checkStatus(record: CheckRecord | undefined, currentHash: string): CheckStatus {
  if (!record) return { state: 'unchecked' };
  const { date, items, defects, since } = record;
  return { state: record.hash === currentHash ? 'current' : 'changed', date, items, defects, ...(since && { since }) };
}

/**
 * Where the top report of a filed file ends: its first line that is exactly `---`. A re-check is
 * filed above the report it builds on, with this line between them (`stackReports`); a
 * reviewer's report has no such line of its own (a Markdown rule inside one is written `***`).
 */
const SEPARATOR = /^---\r?$/m;

/** The heading `stackReports` writes above the earlier report, below the separator. */
export const EARLIER_HEADING = '# The earlier check, which this re-check builds on';

/** The top (newest) report of a filed file: all above its first `---` line, or the whole text. */
export function topReport(text: string): string {
  const match = SEPARATOR.exec(text);
  return match ? text.slice(0, match.index) : text;
}

/** Whether the text holds a separator line, so is more than one report (or would read as more). */
export const hasSeparator = (text: string): boolean => SEPARATOR.test(text);

/**
 * A filed re-check: the re-check report as written, the separator and a heading, then the
 * earlier filed report unchanged (itself perhaps a re-check above its own earlier report).
 */
export function stackReports(recheck: string, earlier: string): string {
  return `${recheck.endsWith('\n') ? recheck : `${recheck}\n`}\n---\n\n${EARLIER_HEADING}\n\n${earlier}`;
}

/** The counts lines of a report's header (`items:`, `defects:`, `confirmed:`, `since:`). */
const COUNT_LINE = /^(?:items|defects|confirmed|since):.*$/gm;

/** The report with `since: <day>` added below the last counts line of its top report (a re-check that left it out). */
export function withSince(report: string, since: string): string {
  const top = topReport(report);
  const last = [...top.matchAll(COUNT_LINE)].at(-1);
  if (!last) return `since: ${since}\n${report}`;
  const end = last.index + last[0].length;
  return `${report.slice(0, end)}\nsince: ${since}${report.slice(end)}`;
}

/**
 * The counts a reviewer's report states in its header (`items: 34`, `defects: 3`), so the
 * record is copied from the report and cannot disagree with it. `confirmed:` (defects the fixer
 * verified against the page) wins over the reviewer's own count. A re-check of what changed
 * since an earlier full check says so with `since: YYYY-MM-DD`. Only the top report of a filed
 * file counts (`topReport`): a re-check's header stands above the earlier report it builds on,
 * and a count the re-check leaves out is never taken from the earlier one.
 */
export function reportCounts(text: string): { items: number; defects: number; since?: string } | string {
  const report = topReport(text);
  const field = (name: string) => {
    const match = new RegExp(`^${name}:\\s*(\\d+)\\s*$`, 'm').exec(report);
    return match ? Number(match[1]) : undefined;
  };
  const items = field('items');
  const defects = field('confirmed') ?? field('defects');
  if (items === undefined) return 'the report has no "items: N" line. Fix: add how many items the reviewer tried';
  if (defects === undefined) return 'the report has no "defects: N" line. Fix: add how many defects the reviewer found (0 if none)';
  if (defects > items) return `the report counts ${defects} defects in ${items} items. Fix: correct the counts`;
  const since = /^since:\s*(.*?)\s*$/m.exec(report)?.[1];
  if (since === undefined) return { items, defects };
  if (!/^\d{4}-\d\d-\d\d$/.test(since))
    return `the report's "since: ${since}" is not a day. Fix: write the day of the earlier full check as YYYY-MM-DD`;
  return { items, defects, since };
}
