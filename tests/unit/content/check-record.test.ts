/** The checked record: taken out before hashing, written back in place, and read as a status. */
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  EARLIER_HEADING,
  checkStatus,
  hasSeparator,
  reportCounts,
  stackReports,
  topReport,
  withCheckRecord,
  withSince,
  withoutCheckRecord,
} from '../../../src/lib/content/check-record.ts';
import { checkHash } from '../../../src/lib/content/check-record.node.ts';
import { checkRecordSchema } from '../../../src/schemas/campaign.ts';

const FILE = `---
title: A
checked:
  date: 2026-12-02
  items: 30
  defects: 2
  hash: sha256:${'a'.repeat(64)}
draft: false
---

Body with checked: in it.
`;
const record = { date: '2026-12-03', items: 41, defects: 0, hash: `sha256:${'b'.repeat(64)}` };

describe('withoutCheckRecord', () => {
  it('drops the record and nothing else, so the hash covers every other byte', () => {
    expect(withoutCheckRecord(FILE)).toBe('---\ntitle: A\ndraft: false\n---\n\nBody with checked: in it.\n');
  });
  it('drops an inline record and makes CRLF line ends LF, so an editor on Windows does not change the hash', () => {
    const inline = `---\r\ntitle: A\r\nchecked: { date: 2026-12-02, items: 3, defects: 0, hash: x }\r\n---\r\nBody\r\n`;
    expect(withoutCheckRecord(inline)).toBe('---\ntitle: A\n---\nBody\n');
  });
  it('leaves a file without a record as it is', () => {
    expect(withoutCheckRecord('---\ntitle: A\n---\nBody\n')).toBe('---\ntitle: A\n---\nBody\n');
  });
});

describe('withCheckRecord', () => {
  it('replaces the old record with the new one at the end of the frontmatter', () => {
    const written = withCheckRecord(FILE, record);
    expect(written).toBe(
      `---\ntitle: A\ndraft: false\nchecked:\n  date: 2026-12-03\n  items: 41\n  defects: 0\n  hash: sha256:${'b'.repeat(64)}\n---\n\nBody with checked: in it.\n`,
    );
    expect(withoutCheckRecord(written)).toBe(withoutCheckRecord(FILE));
  });
  it('writes the day of the full check a re-check builds on, and reads back through the schema', () => {
    const written = withCheckRecord(FILE, { ...record, since: '2026-12-01' });
    expect(written).toContain('  defects: 0\n  since: 2026-12-01\n  hash:');
    const block = /checked:\n((?: {2}.*\n)+)/.exec(written)![1]!;
    const fields = Object.fromEntries(block.split('\n').filter(Boolean).map((l) => l.trim().split(': ')));
    const parsed = checkRecordSchema.parse({ ...fields, items: Number(fields.items), defects: Number(fields.defects) });
    expect(checkStatus(parsed, record.hash)).toMatchObject({ state: 'current', since: { iso: '2026-12-01' } });
  });
  it('refuses a file with no frontmatter', () => {
    expect(() => withCheckRecord('Body only', record)).toThrow(/no frontmatter/);
  });
});

describe('checkStatus', () => {
  const parsed = checkRecordSchema.parse({ date: '2026-12-02', items: 30, defects: 2, hash: `sha256:${'a'.repeat(64)}` });
  it('is current while the content hashes as it did when checked', () => {
    expect(checkStatus(parsed, `sha256:${'a'.repeat(64)}`)).toMatchObject({ state: 'current', items: 30, defects: 2 });
  });
  it('is changed once the hash differs', () => {
    expect(checkStatus(parsed, `sha256:${'c'.repeat(64)}`).state).toBe('changed');
  });
  it('is unchecked without a record', () => {
    expect(checkStatus(undefined, 'sha256:x')).toEqual({ state: 'unchecked' });
  });
});

describe('checkRecordSchema', () => {
  const good = { date: '2026-12-02', items: 3, defects: 1, hash: `sha256:${'0'.repeat(64)}` };
  it.each([
    [{ ...good, date: '2026-12' }, /to the day/],
    [{ ...good, defects: 4 }, /cannot outnumber/],
    [{ ...good, hash: 'abc' }, /npm run record-check/],
    [{ ...good, items: 0 }, /at least 1/],
    [{ ...good, since: '2026-12-03' }, /cannot be after the date of the check/],
    [{ ...good, since: '2026-11' }, /full check this re-check builds on/],
  ])('refuses %j', (input, message) => {
    const result = checkRecordSchema.safeParse(input);
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((i) => i.message).join(' ')).toMatch(message);
  });
});

describe('reportCounts', () => {
  it('reads the header counts, preferring the defects the fixer confirmed', () => {
    expect(reportCounts('# Review\nitems: 40\ndefects: 5\n')).toEqual({ items: 40, defects: 5 });
    expect(reportCounts('# Review\nitems: 40\ndefects: 5\nconfirmed: 3\n')).toEqual({ items: 40, defects: 3 });
  });
  it('names the missing or impossible count', () => {
    expect(reportCounts('defects: 1')).toMatch(/no "items: N"/);
    expect(reportCounts('items: 4')).toMatch(/no "defects: N"/);
    expect(reportCounts('items: 1\ndefects: 2')).toMatch(/2 defects in 1 items/);
  });
  it("reads a re-check's since line, and the re-check's counts above the earlier report's", () => {
    const recheck = '# Re-check\nitems: 9\nconfirmed: 1\nsince: 2026-12-01\n\n# Review\nitems: 40\nconfirmed: 5\n';
    expect(reportCounts(recheck)).toEqual({ items: 9, defects: 1, since: '2026-12-01' });
    expect(reportCounts('items: 9\ndefects: 0\nsince: 1 December')).toMatch(/"since: 1 December" is not a day/);
  });
});

describe('the top report of a filed file', () => {
  const EARLIER = '# Review\nitems: 40\ndefects: 5\nconfirmed: 3\n\n## Findings\n';
  const RECHECK = '# Re-check\nitems: 9\ndefects: 2\nsince: 2026-12-01\n\n## Findings\n';

  it('counts only the re-check, never a count the earlier report below the --- line has and the re-check lacks', () => {
    // The re-check has no confirmed: line; the earlier report's confirmed: 3 must not stand in for it.
    expect(reportCounts(stackReports(RECHECK, EARLIER))).toEqual({ items: 9, defects: 2, since: '2026-12-01' });
    expect(reportCounts(`# Re-check\ndefects: 0\n\n---\n\n${EARLIER}`)).toMatch(/no "items: N"/);
    expect(reportCounts(`# Re-check\nitems: 3\n\n---\n\n${EARLIER}`)).toMatch(/no "defects: N"/);
    expect(reportCounts(`# Re-check\nitems: 3\ndefects: 0\n\n---\n\n# Re-check\nitems: 4\ndefects: 0\nsince: 2026-11-01\n`)).toEqual({
      items: 3,
      defects: 0,
    });
  });
  it('ends at the first line that is exactly ---, CRLF or not, and is the whole text without one', () => {
    expect(topReport('a\n---\nb\n---\nc')).toBe('a\n');
    expect(topReport('a\r\n---\r\nb')).toBe('a\r\n');
    expect(topReport('a\n----\n --- \nb')).toBe('a\n----\n --- \nb');
    expect(hasSeparator('a\n----\nb')).toBe(false);
    expect(hasSeparator('a\n---\nb')).toBe(true);
  });
  it('stacks a re-check above the earlier report, which stays as it was filed', () => {
    const stacked = stackReports(RECHECK, EARLIER);
    expect(stacked).toBe(`${RECHECK}\n---\n\n${EARLIER_HEADING}\n\n${EARLIER}`);
    expect(stacked.endsWith(EARLIER)).toBe(true);
    expect(topReport(stacked)).toBe(`${RECHECK}\n`);
    expect(stackReports('# Re-check\nitems: 1\ndefects: 0', EARLIER)).toBe(`# Re-check\nitems: 1\ndefects: 0\n\n---\n\n${EARLIER_HEADING}\n\n${EARLIER}`);
  });
  it('adds since: below the last counts line of the top report', () => {
    expect(withSince('# Re-check\nitems: 9\nconfirmed: 1\n\nText\n', '2026-12-01')).toBe('# Re-check\nitems: 9\nconfirmed: 1\nsince: 2026-12-01\n\nText\n');
    expect(reportCounts(withSince('items: 9\ndefects: 0\n', '2026-12-01'))).toEqual({ items: 9, defects: 0, since: '2026-12-01' });
  });
});

describe('checkHash', () => {
  const root = mkdtempSync(join(tmpdir(), 'causeway-check-'));
  mkdirSync(join(root, 'content/campaigns'), { recursive: true });
  mkdirSync(join(root, 'content/sources'), { recursive: true });
  const write = (path: string, text: string) => writeFileSync(join(root, path), text);
  write('content/campaigns/a.mdx', FILE);
  write('content/sources/s1.yaml', 'title: One\n');
  write('content/sources/s2.yaml', 'title: Two\n');
  const first = checkHash('a', ['s2', 's1'], root);

  it('ignores the record itself and the order sources are cited in', () => {
    write('content/campaigns/a.mdx', withCheckRecord(FILE, record));
    expect(checkHash('a', ['s1', 's2', 's1'], root)).toBe(first);
  });
  it('changes when the text or a cited source changes', () => {
    write('content/sources/s2.yaml', 'title: Two, corrected\n');
    expect(checkHash('a', ['s1', 's2'], root)).not.toBe(first);
    write('content/sources/s2.yaml', 'title: Two\n');
    write('content/campaigns/a.mdx', FILE.replace('Body', 'Edited body'));
    expect(checkHash('a', ['s1', 's2'], root)).not.toBe(first);
  });
});
