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
 * The counts a reviewer's report states in its header (`items: 34`, `defects: 3`), so the
 * record is copied from the report and cannot disagree with it. `confirmed:` (defects the fixer
 * verified against the page) wins over the reviewer's own count. A re-check of what changed
 * since an earlier full check says so with `since: YYYY-MM-DD`. The first of each line counts,
 * so a re-check's header can stand above the earlier report it builds on.
 */
export function reportCounts(report: string): { items: number; defects: number; since?: string } | string {
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
