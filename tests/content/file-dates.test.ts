/** Each case study's dates from git (src/lib/content/git-dates.node.ts) match `git log`, file by file. */
import { execFileSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { firstCommitted, lastChanged } from '../../src/lib/content/git-dates.node.ts';

const day = (date: Date | undefined) => date?.toISOString().slice(0, 10);

describe('file dates in this repository', () => {
  const gitDay = (args: string[]) =>
    execFileSync('git', ['log', '--format=%cs', ...args], { encoding: 'utf8' })
      .trim()
      .split('\n');
  it('agree with what `git log` says of each case study, file by file', () => {
    const files = readdirSync('content/campaigns').map((name) => `content/campaigns/${name}`);
    expect(files.length).toBeGreaterThan(0);
    for (const file of files) {
      expect(day(lastChanged(file)), file).toBe(gitDay(['-1', '--', file])[0] || undefined);
      expect(day(firstCommitted(file)), file).toBe(gitDay(['--no-renames', '--diff-filter=A', '--', file]).at(-1) || undefined);
    }
  });
  it('are undefined for a file git does not know', () => {
    expect(lastChanged('content/campaigns/no-such-file.mdx')).toBeUndefined();
  });
});
