/**
 * The hash a check record is made against, read from disk: the case study's file without its
 * record, then each cited source's file, in id order. A change to any of them (a figure, a
 * sentence, a source's date) makes the page say "changed since its last check".
 */
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkStatus, withCheckRecord, withoutCheckRecord, type CheckRecordFields, type CheckStatus } from './check-record.ts';
import type { CheckRecord } from '../../schemas/campaign.ts';

/** `sha256:` and the hash of the case study `slug` and the sources it cites, under `root`. */
export function checkHash(slug: string, sourceIds: readonly string[], root = process.cwd()): string {
  const hash = createHash('sha256');
  hash.update(withoutCheckRecord(readFileSync(join(root, 'content/campaigns', `${slug}.mdx`), 'utf8')));
  for (const id of [...new Set(sourceIds)].sort()) {
    // The path goes in too, so two files' texts can never run together into one.
    hash.update(`\0content/sources/${id}.yaml\0`);
    hash.update(readFileSync(join(root, 'content/sources', `${id}.yaml`), 'utf8').replace(/\r\n/g, '\n'));
  }
  return `sha256:${hash.digest('hex')}`;
}

/** Writes the `checked` record of case study `slug` under `root`: the counts and day given, the hash of the content as it now is. */
export function recordCheck(
  slug: string,
  sourceIds: readonly string[],
  record: Omit<CheckRecordFields, 'hash'>,
  root = process.cwd(),
): CheckRecordFields {
  const file = join(root, 'content/campaigns', `${slug}.mdx`);
  const written = { ...record, hash: checkHash(slug, sourceIds, root) };
  writeFileSync(file, withCheckRecord(readFileSync(file, 'utf8'), written));
  return written;
}

/** What readers are told about case study `slug`'s check; the files are read only when it has a record to compare. */
export function checkStatusOf(slug: string, record: CheckRecord | undefined, sourceIds: readonly string[], root = process.cwd()): CheckStatus {
  return record ? checkStatus(record, checkHash(slug, sourceIds, root)) : { state: 'unchecked' };
}
