import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileDates, firstCommitted, lastChanged, parseGitLog, readFileDates } from '../../../src/lib/content/git-dates.node.ts';

const day = (date: Date | undefined) => date?.toISOString().slice(0, 10);

describe('file dates from one git pass, on a repository made for the test', () => {
  let root: string;
  const git = (args: string[], date?: string) =>
    execFileSync('git', args, {
      cwd: root,
      encoding: 'utf8',
      env: {
        ...process.env,
        GIT_AUTHOR_NAME: 'Test',
        GIT_AUTHOR_EMAIL: 'test@example.org',
        GIT_COMMITTER_NAME: 'Test',
        GIT_COMMITTER_EMAIL: 'test@example.org',
        ...(date && { GIT_AUTHOR_DATE: `${date}T12:00:00Z`, GIT_COMMITTER_DATE: `${date}T12:00:00Z` }),
      },
    });
  const write = (path: string, text: string) => {
    mkdirSync(join(root, path, '..'), { recursive: true });
    writeFileSync(join(root, path), text);
  };
  const commit = (date: string) => {
    git(['add', '-A']);
    git(['commit', '-q', '-m', date], date);
  };

  beforeAll(() => {
    root = mkdtempSync(join(tmpdir(), 'causeway-git-'));
    git(['init', '-q']);
    write('content/campaigns/a.mdx', 'one');
    write('content/campaigns/moved.mdx', 'moved');
    commit('2020-01-10');
    write('content/campaigns/b é.mdx', 'two');
    commit('2021-03-04');
    write('content/campaigns/a.mdx', 'one, edited');
    renameSync(join(root, 'content/campaigns/moved.mdx'), join(root, 'content/campaigns/renamed.mdx'));
    commit('2022-07-08');
    // Changed on disk but not committed, and never committed at all.
    write('content/campaigns/b é.mdx', 'two, edited');
    write('content/campaigns/new.mdx', 'new');
  });
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it('gives each file the day it was added and the day it last changed', () => {
    expect(day(firstCommitted('content/campaigns/a.mdx', root))).toBe('2020-01-10');
    expect(day(lastChanged('content/campaigns/a.mdx', root))).toBe('2022-07-08');
    expect(day(firstCommitted('content/campaigns/b é.mdx', root))).toBe('2021-03-04');
  });

  it('counts the last commit, not the working tree, for a file changed since', () => {
    expect(day(lastChanged('content/campaigns/b é.mdx', root))).toBe('2021-03-04');
  });

  it('starts a renamed file at its rename, and accepts ./ paths', () => {
    expect(fileDates('./content/campaigns/renamed.mdx', root)).toEqual({
      first: new Date('2022-07-08T00:00:00Z'),
      last: new Date('2022-07-08T00:00:00Z'),
    });
  });

  it('has no dates for a file never committed', () => {
    expect(lastChanged('content/campaigns/new.mdx', root)).toBeUndefined();
    expect(firstCommitted('content/campaigns/new.mdx', root)).toBeUndefined();
  });

  it('reads paths relative to the working directory, from a subfolder too', () => {
    const dates = readFileDates(join(root, 'content'));
    expect([...dates.keys()].sort()).toEqual(['campaigns/a.mdx', 'campaigns/b é.mdx', 'campaigns/moved.mdx', 'campaigns/renamed.mdx']);
  });

  it('is empty outside a git checkout', () => {
    const outside = mkdtempSync(join(tmpdir(), 'causeway-nogit-'));
    try {
      expect(readFileDates(outside).size).toBe(0);
      expect(lastChanged('anything.mdx', outside)).toBeUndefined();
    } finally {
      rmSync(outside, { recursive: true, force: true });
    }
  });

  it('runs git once per working directory, however many files are asked for', () => {
    write('content/campaigns/c.mdx', 'three');
    commit('2023-01-01');
    // The pass made by the earlier tests is kept: a commit made since does not show.
    expect(lastChanged('content/campaigns/c.mdx', root)).toBeUndefined();
    expect(day(readFileDates(root).get('content/campaigns/c.mdx')?.last)).toBe('2023-01-01');
  });

  it('dates a file whose conflict was resolved in a merge by the merge, as git log -- file does', () => {
    const main = git(['rev-parse', '--abbrev-ref', 'HEAD']).trim();
    git(['checkout', '-q', '-b', 'side']);
    write('content/campaigns/d.mdx', 'side');
    commit('2024-01-01');
    git(['checkout', '-q', main]);
    write('content/campaigns/d.mdx', 'main');
    commit('2024-02-02');
    try {
      git(['merge', '-q', '--no-edit', 'side'], '2024-03-03');
    } catch {
      // The conflict is the point: resolve it by hand, as a maintainer would.
    }
    write('content/campaigns/d.mdx', 'both');
    commit('2024-03-03');
    expect(day(readFileDates(root).get('content/campaigns/d.mdx')?.last)).toBe('2024-03-03');
  });
});

describe('parseGitLog', () => {
  it('skips commits without files and malformed headers', () => {
    const log = '\u00012024-05-06\0\u00012023-01-02\0\nx.mdx\0y.mdx\0\u0001garbage\0\nz.mdx\0';
    const dates = parseGitLog(log);
    expect([...dates.keys()]).toEqual(['x.mdx', 'y.mdx']);
    expect(day(dates.get('x.mdx')?.first)).toBe('2023-01-02');
  });
});
