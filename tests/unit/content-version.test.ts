import { describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { lastChanged } from '../../src/lib/content-version.ts';

describe('lastChanged', () => {
  it('is the day of the last commit that touched the file, the same in every build', () => {
    const file = 'content/campaigns/the-real-challenge.mdx';
    const day = execFileSync('git', ['log', '-1', '--format=%cs', '--', file], { encoding: 'utf8' }).trim();
    expect(lastChanged(file)?.toISOString().slice(0, 10)).toBe(day);
  });
  it('is undefined for a file git does not know', () => {
    expect(lastChanged('content/campaigns/no-such-file.mdx')).toBeUndefined();
  });
});
